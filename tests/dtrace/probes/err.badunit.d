tick-1x
{
	exit(0);
}
