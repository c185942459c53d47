/* Declarations fix a variable's type before its first use, as in D. */
#pragma D option quiet

int x;
self string s;
this unsigned char c;
int a[int, string];
string g;
uint16_t h;

BEGIN
{
	this->c = 300;
	self->s = "hi";
	a[1, "k"] = x + 5;
	h = 70000;
	printf("%d %s %d %d [%s] %d %d\n", this->c, self->s, a[1, "k"], x, g,
	    h, sizeof(this->c));
	exit(0);
}
