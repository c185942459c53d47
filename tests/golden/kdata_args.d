/* args[N] typed from the BTF prototype; args[1] of a return probe */
fbt::synth_func:entry
{
	printf("%d %d\n", args[0]->in.a, args[1]);
	self->o = args[0];
}

fbt::synth_func:return
/self->o/
{
	printf("%d %d\n", args[1], self->o->pin->a);
	self->o = 0;
}

fbt::synthmod_func:entry
{
	printf("%d %d\n", args[0]->x, args[0]->o->in.a);
}

tick-1s
{
	printf("%d %d %s\n", curthread->pid, curtask->tgid, curthread->comm);
}
