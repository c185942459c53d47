// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/program.c - releasing a struct tr_program (libtracer/program.h).
 * Safe on a program image.c left half built when memory ran out: every
 * count covers only what has been filled in, and every pointer starts NULL.
 */
#include <stdlib.h>
#include "program.h"

void tr_program_free(struct tr_program *p)
{
	uint32_t i;

	if (!p)
		return;
	free(p->image);
	for (i = 0; i < p->nprobes; i++) {
		free(p->probes[i].desc);
		free(p->probes[i].provider);
		free(p->probes[i].module);
		free(p->probes[i].function);
		free(p->probes[i].name);
	}
	free(p->probes);
	for (i = 0; i < p->nclauses; i++)
		free(p->clauses[i].action_of_pc);
	free(p->clauses);
	for (i = 0; i < p->naggs; i++) {
		free(p->aggs[i].name);
		free(p->aggs[i].keys);
	}
	free(p->aggs);
	for (i = 0; i < p->nrecs; i++) {
		free(p->recs[i].fmt);
		free(p->recs[i].args);
		free(p->recs[i].aggs);
	}
	free(p->recs);
	free(p);
}
