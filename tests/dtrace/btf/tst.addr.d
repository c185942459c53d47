/*
 * & of a member and [] through a cast pointer (tcpretransmit.d's
 * (unsigned char *)&so->__sk_common.skc_daddr, on a struct whose value is
 * known): the bytes of curthread->tgid, little-endian, are pid.
 */
#pragma D option quiet

BEGIN
{
	this->d = (unsigned char *)&curthread->tgid;
	printf("%d\n", (this->d[0] | this->d[1] << 8 | this->d[2] << 16 |
	    this->d[3] << 24) == pid);
	printf("%d\n", *(int *)&curthread->tgid == pid);
	exit(0);
}
