/* usym(), ufunc(), uaddr(), umod(): the pid, then the address. */
profile-97
{
	@[usym(arg1), umod(arg1)] = count();
	uaddr(arg1);
	ufunc(arg1);
}
