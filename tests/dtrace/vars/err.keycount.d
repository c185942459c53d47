/* Every use of an associative array has the same number of keys. */
BEGIN
{
	a[1] = 1;
	a[1, 2] = 2;
}
