/*
 * Solaris Dynamic Tracing Guide, chapter 1 (Introduction), hello.d,
 * unchanged below this comment.  Its documented output:
 *   CPU     ID                    FUNCTION:NAME
 *     0      1                           :BEGIN   hello, world
 */
BEGIN
{
	trace("hello, world");
	exit(0);
}
