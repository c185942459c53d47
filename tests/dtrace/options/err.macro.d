/* A macro argument that was not given is an error without defaultargs. */
BEGIN
{
	printf("%d\n", $1);
}
