/* & of members and elements: address arithmetic, no load */
fbt::synth_func:entry
{
	this->o = (struct outer *)arg0;
	this->d = (unsigned char *)&this->o->in.uc;
	printf("%d %d %d\n", this->d[0], this->d[1], &this->o->arr[3]);
	printf("%d %d\n", &this->o->pin->name[2], &*this->o);
}
