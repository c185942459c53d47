// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/seeds.c - build/tests/fuzz-seeds DIR: writes one valid image
 * per opcode of TR_OPCODES (DIR/op-NAME.img, made by mutate.c from the
 * opcode's operand roles), so a new opcode gets a seed without anyone
 * writing one.  The compiled golden programs are the other seeds (make
 * fuzz-seeds: build/trc-dump -o).
 */
#include <stdio.h>
#include "tracer/isa.h"
#include "mutate.h"

int main(int argc, char **argv)
{
	static u8 buf[1 << 16];
	char path[4096], name[64];
	unsigned int op, i;
	size_t len;
	FILE *f;

	if (argc != 2) {
		fprintf(stderr, "usage: fuzz-seeds DIR\n");
		return 2;
	}
	for (op = 0; op < TR_NOPCODES; op++) {
		struct fz_rng r = { op };

		for (i = 0; tr_op_table[op].name[i] && i + 1 < sizeof(name);
		     i++)
			name[i] = tr_op_table[op].name[i] | 0x20;
		name[i] = '\0';
		snprintf(path, sizeof(path), "%s/op-%s.img", argv[1], name);
		len = fz_opcode_image(op, buf, sizeof(buf), &r);
		f = fopen(path, "wb");
		if (!len || !f || fwrite(buf, 1, len, f) != len ||
		    fclose(f)) {
			perror(path);
			return 1;
		}
	}
	return 0;
}
