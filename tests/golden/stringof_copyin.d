syscall::write:entry
/pid != 1/
{
	printf("%s", stringof(copyin(arg1, arg2)));
}
