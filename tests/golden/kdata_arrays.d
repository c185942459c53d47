/* arrays: constant indexes fold into the load, others scale at run time */
fbt::synth_func:entry
{
	this->o = (struct outer *)arg0;
	printf("%d %d %d\n", this->o->arr[2], this->o->arr[arg1],
	    this->o->in.name[arg1 + 1]);
	printf("%d\n", this->o->pin[3].a);
}
