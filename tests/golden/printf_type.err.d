BEGIN
{
	printf("%d\n", execname);
	printf("%s\n", pid);
	printf("%-20c|%x\n", probefunc, "lit");
}
