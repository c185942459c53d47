/* A subroutine called with the wrong number of arguments. */
BEGIN
{
	printf("%d\n", strlen());
}
