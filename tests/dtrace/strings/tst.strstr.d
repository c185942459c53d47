/* strstr(), strchr() and strrchr() return the rest of the string. */
#pragma D option quiet

BEGIN
{
	printf("%s|%s\n", strstr("hello world", "wor"), strstr("hello", "l"));
	printf("%s|%s\n", strchr("hello", 'l'), strrchr("hello", 'l'));
	exit(0);
}
