BEGIN
{
	printf("%d\n",	execnam);
}
