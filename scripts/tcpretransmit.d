#!/usr/sbin/tracer -s
/*
 * tcpretransmit.d - TCP retransmits as they happen: the time, the
 * destination IPv4 address and the kernel stack that led to it.  Only
 * retransmits are traced, not every packet.
 *
 * USAGE: tcpretransmit.d        (Ctrl-C to end)
 *
 * The "DTrace: tcpretransmit.d" example of Brendan Gregg's talk,
 * unchanged: it reads the destination from the kernel's struct sock
 * through BTF.
 */

#pragma D option quiet

dtrace:::BEGIN { trace("Tracing TCP retransmits... Ctrl-C to end.\n"); }

fbt::tcp_retransmit_skb:entry {
	this->so = (struct sock *)arg0;
	this->d = (unsigned char *)&this->so->__sk_common.skc_daddr;
	printf("%Y: retransmit to %d.%d.%d.%d, by:", walltimestamp,
	    this->d[0], this->d[1], this->d[2], this->d[3]);
	stack(99);
}
