/* Global scalars keep their values across clauses and into END. */
#pragma D option quiet

BEGIN
{
	n = 1;
	s = "begin";
}

BEGIN
{
	n += 41;
	t = s;
	s = "changed";
	exit(0);
}

END
{
	printf("%d %s %s\n", n, s, t);
}
