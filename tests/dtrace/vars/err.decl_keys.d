/* Declared keys are checked like inferred ones. */
int a[int, string];

BEGIN
{
	a["k", 1] = 1;
}
