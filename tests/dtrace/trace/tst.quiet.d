/* trace() in quiet mode: each value as %d or %s, nothing between them. */
#pragma D option quiet

BEGIN
{
	trace(1);
	trace(-2);
	trace("three");
	trace(4294967295u);
	trace(execname);
	trace(strjoin(" ", "x"));
	trace(0x123456789);
	trace("\n");
	exit(0);
}
