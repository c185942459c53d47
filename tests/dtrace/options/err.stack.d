/* stack(n) records 1 to 100 frames. */
BEGIN
{
	stack(0);
}
