# tests/runtime/workloads.sh: real workloads for the runtime tests, built
# from the lab kernel's own modules (sourced after lib.sh; each function
# registers its teardown with at_exit, so a test leaves nothing behind).
#
#   slow_ext4 DIR DELAY_MS   ext4 on a loop device behind dm-delay, mounted
#                            on DIR: every read that reaches the device
#                            takes at least DELAY_MS more (writes do not)
#   drop_caches              so the next buffered reads go to the device
#   busy_ext4 DIR            a 16 MB ext4 on a loop device, mounted on DIR
#   ext4_writer DIR CPU      rewrites and syncs files in DIR from CPU CPU
#                            until killed (run it in the background)
#   netem_pair [LOSS%]       namespaces $NS_SEND and $NS_RECV joined by a
#                            veth pair, $ADDR_SEND and $ADDR_RECV, netem
#                            dropping LOSS% (20) of what the sender sends
#   netem_transfer BYTES     a TCP transfer of BYTES from $NS_SEND to
#                            $NS_RECV; returns when all have arrived
#   null_blk_dev NSEC        a 64 MB null_blk device $NULLB completing
#                            every request NSEC ns after it was issued
#                            (irqmode=2: a timer)

# slow_ext4 DIR DELAY_MS
slow_ext4() {
	local dir=$1 ms=$2 img loop name
	modprobe -a loop dm_delay ext4
	img=$(mktemp /dev/shm/ext4.XXXXXX)
	at_exit "rm -f $img"
	truncate -s 32M "$img"
	mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$img"
	loop=$(losetup -f --show "$img")
	at_exit "losetup -d $loop"
	name=tracer-slow-$$-$RANDOM
	# delay READ_DEV OFFSET READ_MS WRITE_DEV OFFSET WRITE_MS
	dmsetup create --noudevsync "$name" \
		--table "0 $(blockdev --getsz "$loop") delay $loop 0 $ms $loop 0 0"
	at_exit "dmsetup remove --noudevsync $name"
	mkdir -p "$dir"
	# /dev/dm-N from devtmpfs: without udev there is no /dev/mapper/NAME
	mount -t ext4 "/dev/$(dmsetup info -c --noheadings -o blkdevname "$name")" "$dir"
	at_exit "umount_busy $dir"
}

# umount_busy DIR: unmount DIR at a test's end.  A killed ext4_writer's
# last `sh -c "...; sync"` may still hold a file for a moment (kill -9 of
# the writer's subshell does not reach it), so retry for up to 5 s, then
# detach lazily rather than leave the test's directory busy.
umount_busy() {
	local i
	for ((i = 0; i < 20; i++)); do
		umount "$1" 2>/dev/null && return 0
		sleep 0.25
	done
	umount -l "$1"
}

# busy_ext4 DIR
busy_ext4() {
	modprobe -a ext4 loop
	dd if=/dev/zero of="$WORK/ext4.img" bs=1M count=16 status=none
	mkfs.ext4 -q "$WORK/ext4.img"
	mkdir -p "$1"
	mount -o loop "$WORK/ext4.img" "$1"
	at_exit "umount_busy $1"
}

# ext4_writer DIR CPU
ext4_writer() {
	local i=0 f
	while :; do
		f=$1/f$2-$((i % 50))
		taskset -c "$2" sh -c "echo $i >\"$f\"; sync \"$f\""
		i=$((i + 1))
	done
}

drop_caches() {
	sync
	echo 3 >/proc/sys/vm/drop_caches
}

# netem_pair [LOSS]
netem_pair() {
	local loss=${1:-20} id=$$-$RANDOM
	modprobe -a veth sch_netem
	NS_SEND=tsend-$id NS_RECV=trecv-$id
	ADDR_SEND=10.199.0.1 ADDR_RECV=10.199.0.2
	ip netns add "$NS_SEND"
	at_exit "ip netns del $NS_SEND"
	ip netns add "$NS_RECV"
	at_exit "ip netns del $NS_RECV"
	ip link add vsend netns "$NS_SEND" type veth peer name vrecv netns "$NS_RECV"
	ip -n "$NS_SEND" addr add "$ADDR_SEND/24" dev vsend
	ip -n "$NS_RECV" addr add "$ADDR_RECV/24" dev vrecv
	ip -n "$NS_SEND" link set vsend up
	ip -n "$NS_RECV" link set vrecv up
	tc -n "$NS_SEND" qdisc add dev vsend root netem loss "$loss%"
}

# netem_transfer BYTES
netem_transfer() {
	local ready=$WORK/tcpxfer.ready got
	rm -f "$ready"
	nsenter --net="/run/netns/$NS_RECV" "$TBIN/tcpxfer" -l 5001 "$ready" \
		>"$WORK/tcpxfer.out" &
	BGPIDS+=($!)
	wait_for "$ready" ready
	nsenter --net="/run/netns/$NS_SEND" "$TBIN/tcpxfer" "$ADDR_RECV" 5001 "$1"
	wait $!
	got=$(cat "$WORK/tcpxfer.out")
	[[ $got == "$1" ]] || fail "netem_transfer: $got bytes of $1 arrived"
}

# null_blk_dev NSEC
null_blk_dev() {
	local name=trnullb-$$-$RANDOM d
	d=/sys/kernel/config/nullb/$name
	modprobe null_blk nr_devices=0
	mountpoint -q /sys/kernel/config ||
		mount -t configfs configfs /sys/kernel/config
	mkdir "$d"
	at_exit "rmdir $d"
	echo 2 >"$d/queue_mode"		# blk-mq
	echo 2 >"$d/irqmode"		# complete from a timer ...
	echo "$1" >"$d/completion_nsec"	# ... this long after issue
	echo 64 >"$d/size"		# MB
	echo 1 >"$d/power"
	at_exit "echo 0 >$d/power"
	NULLB=/dev/$name		# a configfs device is named after its directory
	[[ -b $NULLB ]] || fail "null_blk_dev: no $NULLB"
}
