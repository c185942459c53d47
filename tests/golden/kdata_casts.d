/* casts to kernel types, typedefs, pointer arithmetic and comparisons */
fbt::synth_func:entry
/(struct outer *)arg0 != 0 && arg1/
{
	this->p = (outer_t *)arg0;
	this->b = (unsigned char *)this->p;
	this->e = this->p + 2;
	printf("%d %d %d\n", this->b[3], this->e - this->p, *(this->b + 5));
	printf("%d %d\n", (short)this->p->arr[1], this->p->c == BLUE);
	printf("%d\n", (char)*(long *)arg0);
}
