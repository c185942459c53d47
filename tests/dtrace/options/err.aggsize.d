/* aggsize is capped: asking for more than a session may hold is an error naming the range. */
#pragma D option aggsize=2g

BEGIN
{
	@ = count();
	exit(0);
}
