/*
 * Without quiet, as dtrace(1M) prints it: the heading once, then for each
 * firing of a clause that records data (or has no statement at all) the
 * CPU, the probe ID and FUNCTION:NAME, the clause's output, and a newline.
 * Clauses that only aggregate or assign print nothing.  Probe IDs are the
 * probes' order in the program; tracer -s runs pinned to CPU 0 here.
 */
BEGIN
{
	trace(1);
	printf("x");
}

BEGIN
{
	@a = count();
}

BEGIN
{
	self->x = 1;
	x = 2;
}

BEGIN
{
}

BEGIN
/x == 2/
{
	printa("%@d", @a);
	exit(0);
}

BEGIN
/x == 3/
{
	trace(3);
}

END
{
	printf("end\n");
}
