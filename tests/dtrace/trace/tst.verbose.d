/*
 * trace() without quiet: DTrace's widths (integers right-aligned in their
 * type's width, strings "  %-33s"), a newline after each clause.
 */
BEGIN
{
	trace(42);
	trace(-1);
	trace("str");
	trace(4294967296);
}

BEGIN
{
	trace(execname);
	exit(0);
}
