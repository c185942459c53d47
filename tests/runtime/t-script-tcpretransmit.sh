# scripts/tcpretransmit.d against a TCP transfer between two network
# namespaces with netem dropping 20% of the sender's packets: the
# retransmits are reported with the receiver's address and a kernel stack
# that starts in tcp_retransmit_skb and comes from the TCP retransmit code.
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

netem_pair 20
tracer_bg_until retrans out "Tracing TCP retransmits" -s scripts/tcpretransmit.d
netem_transfer 300000
tracer_stop
head -40 "$WORK/retrans.out"

hdr='^[0-9]{4} [A-Z][a-z]{2} [ 0-9][0-9] ..:..:..: retransmit to '
n=$(grep -cE "$hdr" "$WORK/retrans.out") || true
[[ $n -ge 1 ]] || fail "no retransmit reported"
echo "ok: $n retransmits"
expect_eq "destinations" "$(grep -E "$hdr" "$WORK/retrans.out" |
	sed -E "s/$hdr//" | sort -u)" "$ADDR_RECV, by:"
# the line after each header is the probed function itself
expect_eq "first frames" "$(grep -A1 -E "$hdr" "$WORK/retrans.out" |
	grep -vE "$hdr|^--" | sed -E 's/^ *//; s/\+.*//' | sort -u)" \
	"vmlinux\`tcp_retransmit_skb"
grep -qE '`(tcp_retransmit_timer|tcp_xmit_retransmit_queue)' "$WORK/retrans.out" ||
	fail "no tcp retransmit caller in the stacks"
