/* kmem: stringof() of a kernel address, copyinstr() with and without its
 * limit, copyin() with a constant and a variable size.  The addresses are
 * readable in the host mock's default memory (tests/unit/env_mock.h), so
 * the fuzzer's seed compiled from this program starts with reads that
 * succeed. */
BEGIN
{
	printf("%s %s %s\n", stringof(0xffffffff81000000), copyinstr(0x400000),
	    copyinstr(0x400000, 16));
	trace(copyin(0x400000, 12));
	trace(copyin(arg1, arg2));
}
