/*
 * bpftrace's interval:UNIT:N is DTrace's tick-N: interval:s:1 first fires
 * about 1 s after BEGIN, the sixth interval:ms:250 about 1.5 s after it.
 * A loaded lab may delay firings, so the periods are checked roughly (a
 * wrong unit is off by a factor of 1000).
 */
#pragma D option quiet

BEGIN
{
	start = timestamp;
}

interval:s:1
/once == 0/
{
	once = 1;
	this->ms = (timestamp - start) / 1000000;
	printf("interval:s:1 %s\n",
	    this->ms >= 900 && this->ms < 5000 ? "about 1 s" : "wrong");
}

interval:ms:250
{
	n++;
}

interval:ms:250
/n == 6/
{
	this->ms = (timestamp - start) / 1000000;
	printf("interval:ms:250 x6 %s\n",
	    this->ms >= 1400 && this->ms < 5000 ? "about 1.5 s" : "wrong");
	exit(0);
}
