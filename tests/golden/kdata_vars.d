/* pointers keep their type in every kind of variable */
fbt::synth_func:entry
{
	p = (struct outer *)arg0;
	self->p = p->next;
	a[pid] = self->p;
	this->q = a[pid];
	printf("%d %d %d\n", p->in.a, self->p->in.a, this->q->pin->a);
	@c[a[pid]->in.a] = count();
}
