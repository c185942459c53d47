/* strtok(): the first call names the string, NULL goes on with it. */
#pragma D option quiet

BEGIN
{
	printf("%s|", strtok(",a,,bc;d;,", ",;"));
	printf("%s|", strtok(NULL, ",;"));
	printf("%s\n", strtok(NULL, ",;"));
	printf("%s|%s\n", strtok(execname, "a"), strtok(NULL, "a"));
	exit(0);
}
