/* member chains through pointers and embedded structs, one load each */
fbt::synth_func:entry
{
	this->o = (struct outer *)arg0;
	printf("%d %d %d %d\n", this->o->in.a, this->o->pin->a,
	    this->o->next->next->in.uc, this->o->u2);
	printf("%s %s\n", this->o->in.name, stringof(this->o->str));
	printf("%s\n", this->o->str);
}

/* a char array is a string where trace() and keys record it */
fbt::synth_func:entry
{
	trace(((struct outer *)arg0)->in.name);
	@[curthread->comm, ((struct outer *)arg0)->str] = count();
}
