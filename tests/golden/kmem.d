/* kmem: stringof() of a kernel address, copyinstr() with and without its
 * limit, copyin() with a constant and a variable size. */
BEGIN
{
	printf("%s %s %s\n", stringof(arg0), copyinstr(arg1),
	    copyinstr(arg1, 16));
	trace(copyin(arg1, 12));
	trace(copyin(arg1, arg2));
}
