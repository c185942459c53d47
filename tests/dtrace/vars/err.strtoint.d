/* An integer variable cannot be assigned a string. */
BEGIN
{
	x = 1;
	x = "s";
}
