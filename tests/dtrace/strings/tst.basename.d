/* basename() and dirname(), including the corner cases of dtrace.c. */
#pragma D option quiet

BEGIN
{
	printf("%s %s\n", basename("/usr/bin/ls"), dirname("/usr/bin/ls"));
	printf("%s %s\n", basename("/usr/bin/"), dirname("/usr/bin/"));
	printf("%s %s\n", basename("ls"), dirname("ls"));
	printf("%s %s\n", basename("/"), dirname("/"));
	printf("%s %s\n", basename(""), dirname(""));
	printf("%s %s\n", basename("/ls"), dirname("/ls"));
	printf("%s %s\n", basename("//a//b//"), dirname("//a//b//"));
	exit(0);
}
