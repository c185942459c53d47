/* A declared integer cannot be assigned a string. */
int x;

BEGIN
{
	x = "a";
}
