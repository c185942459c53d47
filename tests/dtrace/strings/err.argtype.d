/* A subroutine argument of the wrong kind. */
BEGIN
{
	printf("%s\n", strjoin("a", 1));
}
