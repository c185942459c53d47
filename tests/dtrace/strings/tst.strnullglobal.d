/*
 * A global string variable holds NULL, as DTrace's do: storing what
 * strstr() returns when it finds nothing, or a variable that holds NULL,
 * keeps NULL, which compares as "" and faults when printed; storing a
 * string replaces it.  Before its first assignment a global string is "".
 */
#pragma D option quiet

string s;

BEGIN
{
	printf("[%s]\n", s);
	s = strstr("abc", "x");
	t = s;
	printf("%d %d\n", s == NULL, t == NULL);
}

BEGIN
{
	printf("%s\n", t);
}

BEGIN
{
	s = strstr("abc", "b");
	printf("%s\n", s);
	exit(0);
}

ERROR
{
	printf("epid %d fault %d at 0x%x\n", arg1, arg4, arg5);
}
