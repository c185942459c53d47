BEGIN
/execname != "sshd"/
{
	printf("%d %d %d %d %d\n", execname == probefunc, execname < "m",
	    execname <= "m", execname > "m", execname >= "m");
}
