/* bitfields: the storage unit is loaded, the bits shifted out */
fbt::synth_func:entry
{
	printf("%u %d\n", ((struct inner *)arg0)->flags,
	    ((struct inner *)arg0)->sflag);
}
