/* min() and max() compare as signed 64-bit numbers; they start at
 * INT64_MAX and INT64_MIN when a key is created. */
#pragma D option quiet

BEGIN
{
	@lo["a"] = min(5);
	@lo["a"] = min(-3);
	@lo["a"] = min(7);
	@lo["b"] = min(42);
	@hi["a"] = max(-5);
	@hi["a"] = max(-9);
	@hi["b"] = max(3);
	@hi["b"] = max(1);
	exit(0);
}
