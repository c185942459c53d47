/* aggsortrev reverses the order: largest value first. */
#pragma D option quiet
#pragma D option aggsortrev

BEGIN
{
	@[1] = sum(10);
	@[2] = sum(30);
	@[3] = sum(20);
	exit(0);
}
