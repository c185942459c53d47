syscall:::entry
{
	totals[execname]++;
}

syscall::exit_group:entry
{
	printf("%40s %d\n", execname, totals[execname]);
	totals[execname] = 0;
}
