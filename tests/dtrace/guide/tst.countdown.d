/*
 * Solaris Dynamic Tracing Guide, chapter 1 (Introduction), countdown.d,
 * unchanged below this comment: counts down from 10, one line a second,
 * then blastoff.  Its documented output (tracer numbers probes in program
 * order: tick-1sec is ID 5 here):
 *   CPU     ID                    FUNCTION:NAME
 *     0  25499                       :tick-1sec        10
 *   ...
 *     0  25499                       :tick-1sec   blastoff!
 */
dtrace:::BEGIN
{
	i = 10;
}

profile:::tick-1sec
/i > 0/
{
	trace(i--);
}

profile:::tick-1sec
/i == 0/
{
	trace("blastoff!");
	exit(0);
}
