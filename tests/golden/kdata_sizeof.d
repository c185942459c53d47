/* sizeof and offsetof are constants from the BTF */
BEGIN
{
	printf("%d %d %d %d\n", sizeof(struct outer), sizeof(struct inner *),
	    sizeof(outer_t), sizeof(enum color));
	printf("%d %d %d\n", offsetof(struct outer, pin),
	    offsetof(struct outer, in.name), offsetof(struct outer, u1));
	this->o = (struct outer *)0;
	printf("%d %d %d\n", sizeof(this->o->arr), sizeof(this->o->in),
	    sizeof(*this->o));
	printf("%d %d\n", RED + GREEN, BLUE);
}
