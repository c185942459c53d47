/* A builtin is not an associative array. */
BEGIN
{
	pid[1] = 2;
}
