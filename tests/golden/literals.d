BEGIN
{
	printf("%d %d %d %d %d\n", 'a', '\n', '\x41', '\101', '\'');
	printf("%d %d %d %d\n", 0x10, 010, 4294967295, 0xffffffffffffffffULL);
	printf("%d %d %d\n", 10u, 10L, 10UL);
	printf("%s|%s\n", "esc\t\"\\\x41\101", "");
}
