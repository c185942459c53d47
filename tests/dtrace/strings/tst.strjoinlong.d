/*
 * strjoin() whose result and its NUL do not fit strsize: DTrace runs out
 * of scratch space (DIF_SUBR_STRJOIN), the clause ends with that error,
 * and the ERROR probe sees DTRACEFLT_NOSCRATCH (5) in arg4.  The clause's
 * output is discarded, its first printf() included, as DTrace discards
 * the data of an ECB that faults.
 */
#pragma D option quiet
#pragma D option strsize=8

BEGIN
{
	printf("%s\n", strjoin("abcd", "efg"));
	printf("%s\n", strjoin("abcd", "efgh"));
	printf("not reached\n");
}

ERROR
{
	printf("fault %d in action %d\n", arg4, arg2);
	exit(0);
}
