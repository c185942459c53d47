/* An aggregation used with two different functions is an error. */
BEGIN
{
	@a = count();
	@a = sum(1);
}
