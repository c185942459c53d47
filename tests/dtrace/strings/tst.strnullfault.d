/*
 * Reading a NULL string is a fault at address 0, as in DTrace: printing,
 * tracing, keying on or measuring what strstr(), strchr(), strrchr() and
 * strtok() return when they find nothing, an absent thread-local or array
 * element, or stringof(0).  The clause ends without its record, ERROR
 * fires (DTRACEFLT_BADADDR, 1, at 0x0), and tracing goes on.  NULL still
 * compares as "", and storing it deletes a thread-local.
 */
#pragma D option quiet

self string s;
string a[int];

BEGIN
{
	printf("%s\n", strstr("abc", "x"));
}

BEGIN
{
	printf("%s\n", strchr("abc", 'x'));
}

BEGIN
{
	trace(strrchr("abc", 'x'));
}

BEGIN
{
	trace(strtok("a", "a"));
}

BEGIN
{
	printf("%s\n", self->s);
}

BEGIN
{
	@[a[1]] = count();
}

BEGIN
{
	printf("%d\n", strlen(self->s));
}

BEGIN
{
	printf("%s\n", stringof(0));
}

BEGIN
/self->s == NULL && a[1] == ""/
{
	printf("NULL compares as \"\"\n");
}

BEGIN
{
	self->s = "x";
	self->s = strstr("abc", "x");
	printf("%d\n", self->s == NULL);
}

ERROR
{
	printf("epid %d action %d fault %d at 0x%x\n", arg1, arg2, arg4,
	    arg5);
}

BEGIN
{
	exit(0);
}
