/* Every use of an associative array has keys of the same types. */
BEGIN
{
	a[1] = 1;
	a["x"] = 2;
}
