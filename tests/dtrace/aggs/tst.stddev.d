/* stddev(): sqrt(avg(x^2) - avg(x)^2) in DTrace's integer steps. */
#pragma D option quiet

BEGIN
{
	@["one"] = stddev(1);
	@["one"] = stddev(2);
	@["one"] = stddev(4);
	@["two"] = stddev(10);
	@["two"] = stddev(20);
	@["three"] = stddev(-100);
	@["three"] = stddev(100);
	@["big"] = stddev(4000000000);
	@["big"] = stddev(8000000000);
	exit(0);
}
