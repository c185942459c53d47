/* Only integers can be cast. */
BEGIN
{
	x = (int)"a";
}
