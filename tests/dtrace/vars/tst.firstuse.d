/*
 * A variable used before its first assignment in the source has the kind
 * that assignment gives it: here a string, NULL until assigned, which
 * compares as "".
 */
#pragma D option quiet

BEGIN
/self->name == ""/
{
	printf("empty\n");
}

BEGIN
{
	self->name = "tracer";
}

BEGIN
/self->name != ""/
{
	printf("set [%s]\n", self->name);
	exit(0);
}
