BEGIN
/timestamp > arg0 && uid < 1000/
{
	printf("%d %d %d %d\n", timestamp / 1000, timestamp % 7,
	    timestamp >> 3, arg0 >> 3);
}
