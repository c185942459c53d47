/* strjoin() concatenates, and its result is a string like any other. */
#pragma D option quiet

BEGIN
{
	printf("%s\n", strjoin("foo", "bar"));
	printf("[%s]\n", strjoin("", ""));
	printf("%s\n", strjoin(strjoin("a", "b"), "c"));
	printf("%s\n", strjoin(execname, "!"));
	printf("%d\n", strjoin("ab", "c") == "abc");
	exit(0);
}
