/* ustack() records the pid, then the frames: as a key, in its whole slot. */
#pragma D option ustackframes=4
profile-97
{
	@[ustack(), execname] = count();
	ustack(2);
}
