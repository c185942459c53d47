/* count() with a string key, sorted by value, DTrace's default layout. */
#pragma D option quiet

BEGIN
{
	@["three"] = count();
	@["one"] = count();
	@["three"] = count();
	@["two"] = count();
	@["three"] = count();
	@["two"] = count();
	exit(0);
}
