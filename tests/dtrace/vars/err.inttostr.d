/* A string variable cannot be assigned an integer. */
BEGIN
{
	self->s = "a";
	self->s = 1;
}
