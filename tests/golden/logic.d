BEGIN
/arg0 && (arg1 || !arg2)/
{
	printf("%d %d %d\n", arg0 ^^ arg1, arg0 && arg1, arg0 || arg1);
	printf("%d %d\n", arg0 < arg1, arg2 >= 10);
}
