// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/timers.c - the periods of the profile provider's probes:
 * "tick-N" and "profile-N" names, and bpftrace's "interval:UNIT:N" and
 * "profile:UNIT:N", to a period in nanoseconds.
 *
 * N is a decimal count with an optional unit, as in DTrace's profile
 * provider: ns nsec us usec ms msec s sec m min h hour d day hz; a bare
 * count is a rate in Hz.  The period must be at least TR_MIN_PERIOD_NS
 * (DTrace's profile_interval_min, 200us).
 */
#include <stdlib.h>
#include "trc_impl.h"

#define TRC_NS_PER_SEC	1000000000ull

static const struct trc_time_unit {
	const char *name;
	u64 ns;			/* nanoseconds per unit; 0: a rate, Hz */
} trc_time_units[] = {
	{ "ns", 1 }, { "nsec", 1 },
	{ "us", 1000 }, { "usec", 1000 },
	{ "ms", 1000000 }, { "msec", 1000000 },
	{ "s", TRC_NS_PER_SEC }, { "sec", TRC_NS_PER_SEC },
	{ "m", 60 * TRC_NS_PER_SEC }, { "min", 60 * TRC_NS_PER_SEC },
	{ "h", 3600 * TRC_NS_PER_SEC }, { "hour", 3600 * TRC_NS_PER_SEC },
	{ "d", 86400 * TRC_NS_PER_SEC }, { "day", 86400 * TRC_NS_PER_SEC },
	{ "hz", 0 },
};

int trc_timer_period(struct trc_ctx *ctx, struct trc_loc loc,
		     const char *desc, const char *spec, u64 *ns)
{
	const struct trc_time_unit *u = NULL;
	const char *p = spec;
	u64 n = 0;
	size_t i;

	if (*p < '0' || *p > '9') {
		trc_error(ctx, loc,
			  "probe description '%s': '%s' is not a rate or period; say e.g. 997, 10ms or 1s",
			  desc, spec);
		return -EINVAL;
	}
	for (; *p >= '0' && *p <= '9'; p++) {
		if (n > (~0ull - 9) / 10) {
			trc_error(ctx, loc,
				  "probe description '%s': %s is too large",
				  desc, spec);
			return -EINVAL;
		}
		n = n * 10 + (u64)(*p - '0');
	}
	if (!*p) {
		u = &trc_time_units[ARRAY_SIZE(trc_time_units) - 1];
	} else {
		for (i = 0; i < ARRAY_SIZE(trc_time_units); i++)
			if (!strcmp(p, trc_time_units[i].name))
				u = &trc_time_units[i];
	}
	if (!u) {
		trc_error(ctx, loc,
			  "probe description '%s': unknown time unit '%s' (ns, us, ms, s, m, h, d or hz)",
			  desc, p);
		return -EINVAL;
	}
	if (!n) {
		trc_error(ctx, loc,
			  "probe description '%s': the rate or period must not be 0",
			  desc);
		return -EINVAL;
	}
	if (u->ns && n > ~0ull / u->ns) {
		trc_error(ctx, loc, "probe description '%s': %s is too long",
			  desc, spec);
		return -EINVAL;
	}
	*ns = u->ns ? n * u->ns : TRC_NS_PER_SEC / n;
	if (*ns < TR_MIN_PERIOD_NS) {
		trc_error(ctx, loc,
			  "probe description '%s': fires too often; the shortest period is %lluus (%lluhz)",
			  desc, TR_MIN_PERIOD_NS / 1000,
			  TRC_NS_PER_SEC / TR_MIN_PERIOD_NS);
		return -EINVAL;
	}
	return 0;
}
