/* A string plus an integer is a type error. */
BEGIN
{
	x = "a" + 1;
}
