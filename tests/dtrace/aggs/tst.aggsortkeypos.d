/* aggsortkey with aggsortkeypos=1 compares the second key first. */
#pragma D option quiet
#pragma D option aggsortkey
#pragma D option aggsortkeypos=1

BEGIN
{
	@["a", 3] = count();
	@["b", 1] = count();
	@["c", 2] = count();
	exit(0);
}
