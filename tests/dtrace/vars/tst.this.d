/* this-> variables live across the clauses of one probe firing. */
#pragma D option quiet

BEGIN
{
	this->x = 10;
	this->s = "str";
}

BEGIN
{
	this->x++;
	printf("%d %s\n", this->x, this->s);
}

BEGIN
{
	exit(0);
}
