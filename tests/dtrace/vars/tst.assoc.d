/*
 * Associative arrays with tuple keys; absent entries read 0, or NULL for
 * strings, which compares as "" (printing it would fault, as in DTrace).
 */
#pragma D option quiet

BEGIN
{
	a[1, "one"] = 10;
	a[2, "two"] = 20;
	a[1, "one"] += 5;
	b["x"] = "hello";
	printf("%d %d %d\n", a[1, "one"], a[2, "two"], a[3, "three"]);
	printf("[%s] %d %d\n", b["x"], b["y"] == NULL, b["y"] == "");
	a[2, "two"] = 0;
	printf("%d\n", a[2, "two"]);
	c[a[1, "one"]]++;
	c[15]++;
	printf("%d\n", c[15]);
	exit(0);
}
