/* Builtins are read-only. */
BEGIN
{
	timestamp = 0;
}
