/* ustack(n) records 1 to 100 frames. */
BEGIN
{
	ustack(101);
}
