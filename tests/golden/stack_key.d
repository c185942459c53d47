/* stack() as a key fills its whole slot; stack(n) as an action. */
#pragma D option stackframes=4
fbt::vfs_read:entry
{
	@[stack(), func(arg0)] = count();
	stack(2);
	sym(arg1);
}
