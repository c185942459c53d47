/* ++ and op= need an integer variable. */
BEGIN
{
	s = "a";
	s <<= 1;
}
