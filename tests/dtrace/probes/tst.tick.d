/*
 * tick-N fires every N on one CPU (DTrace's profile provider): the tenth
 * tick-100ms comes about a second after BEGIN.  A loaded lab may delay a
 * firing, and a late timer skips the expiries it missed, so the test
 * counts firings rather than waiting a fixed time, and checks the period
 * only roughly (a wrong unit is off by a factor of 1000).
 */
#pragma D option quiet

BEGIN
{
	start = timestamp;
}

tick-100ms
{
	n++;
}

tick-100ms
/n == 10/
{
	this->ms = (timestamp - start) / 1000000;
	printf("%d firings in %s\n", n,
	    this->ms >= 900 && this->ms < 5000 ? "about 1 s" : "the wrong time");
	exit(0);
}
