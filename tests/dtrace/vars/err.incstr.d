/* ++ and op= need an integer variable. */
BEGIN
{
	self->s = "a";
	self->s++;
}
