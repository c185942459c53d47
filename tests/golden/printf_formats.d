BEGIN
{
	printf("%-10s|%5d|%016x|%ld|%lld|%lu|%c|%%|%X|%i|%u|%.3s|%o|%p\n",
	    execname, pid, arg0, arg1, arg2, timestamp, 'A', uid, cpu, tid,
	    probefunc, arg3, arg4);
	printf("no arguments\n");
	printf("tab\tquote\" backslash\\ bell\a\n")
}
