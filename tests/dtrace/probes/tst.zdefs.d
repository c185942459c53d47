/* zdefs (-Z): descriptions that match nothing are dropped, and a clause
 * left without probes is not compiled. */
#pragma D option quiet
#pragma D option zdefs

fbt::tracer_no_such_function_*:entry { printf("never\n"); }

fbt::tracer_no_such_function:entry, BEGIN
{
	printf("%s\n", probename);
	exit(0);
}
