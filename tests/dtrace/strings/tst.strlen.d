/* strlen() counts the bytes before the NUL. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", strlen(""), strlen("a"), strlen("hello, world"),
	    strlen(execname));
	exit(0);
}
