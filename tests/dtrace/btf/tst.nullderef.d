/*
 * Reading through a NULL pointer is a fault (BADADDR, address 0): the
 * clause ends, ERROR fires, and tracing goes on.
 */
#pragma D option quiet

BEGIN
{
	printf("before\n");
}

BEGIN
{
	this->l = (struct list_head *)0;
	printf("%d\n", this->l->next == 0);
}

ERROR
{
	printf("fault %d at 0x%x\n", arg4, arg5);
}

BEGIN
{
	printf("after\n");
	exit(0);
}
