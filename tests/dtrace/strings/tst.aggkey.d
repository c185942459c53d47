/* A computed string is an aggregation key like execname. */
#pragma D option quiet

BEGIN
{
	@[strjoin("b", "c")] = count();
	@[toupper("a")] = count();
	@[strjoin("b", "c")] = count();
	exit(0);
}
