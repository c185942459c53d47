/*
 * Where DTrace's strchr(), strrchr(), strstr() and strtok() return NULL,
 * so do tracer's, and a string compared with NULL is compared with "" as
 * DTrace's dtrace_strncmp() compares a NULL string: the predicates of
 * DTrace's own tst.strchr.d hold the same way (printing NULL faults:
 * tst.strnullfault.d).
 */
#pragma D option quiet

BEGIN
{
	str = "fooeyfooeyfoo";
	printf("%s|%s|%s\n", strchr(str, 'y'), strrchr(str, 'y'),
	    strstr(str, "ey"));
}

BEGIN
/strchr(str, 'a') != NULL/
{
	printf("strchr found an a\n");
}

BEGIN
/strrchr(str, 'a') == NULL && strchr(str, 'f') != NULL/
{
	printf("strrchr: NULL, strchr: found\n");
}

BEGIN
/strstr(str, "x") == NULL && strstr(str, "oo") != NULL/
{
	printf("strstr: NULL, found\n");
}

BEGIN
/strtok("a,b", ",") != NULL && strtok(NULL, ",") != NULL &&
    strtok(NULL, ",") == NULL/
{
	printf("strtok: a, b, NULL\n");
}

BEGIN
{
	exit(0);
}
