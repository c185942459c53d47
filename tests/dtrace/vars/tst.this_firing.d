/* this-> variables do not outlive their probe firing. */
#pragma D option quiet

BEGIN
{
	this->x = 5;
	exit(0);
}

END
{
	printf("%d\n", this->x);
}
