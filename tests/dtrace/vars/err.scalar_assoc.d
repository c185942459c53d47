/* A scalar is not an associative array. */
BEGIN
{
	x = 1;
	x[1] = 2;
}
