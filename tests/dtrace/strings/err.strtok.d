/* strtok()'s first argument is a string or NULL, not another integer. */
BEGIN
{
	printf("%s\n", strtok(1, ","));
}
