/* copyin()'s bytes cast to a kernel type are read with LDX, not LDK */
fbt::synth_func:entry
{
	printf("%d %d\n",
	    ((struct outer *)copyin(arg0, sizeof(struct outer)))->in.a,
	    ((struct outer *)copyin(arg0, sizeof(struct outer)))->arr[2]);
	printf("%d\n", *(int *)copyin(arg1, 4));
}
