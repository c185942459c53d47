/* A variable is declared once. */
int x;
string x;

BEGIN
{
	x = 1;
}
