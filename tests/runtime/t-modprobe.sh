# The lab loads the lab kernel's own modules: modprobe finds them (and their
# dependencies) in the cached module tree that scripts/lab-init binds over
# /lib/modules/$(uname -r), and the workloads' tools are there.
. tests/runtime/lib.sh

for m in ext4 loop dm_delay sch_netem veth null_blk; do
	modprobe "$m" || fail "modprobe $m"
	[[ -d /sys/module/$m ]] || fail "$m is not loaded"
	echo "ok: $m loaded"
done
# dependencies came along: dm_delay needs dm_mod, ext4 needs jbd2
for m in dm_mod jbd2; do
	[[ -d /sys/module/$m ]] || fail "dependency $m is not loaded"
done
for t in losetup dmsetup mkfs.ext4 blockdev ip tc nsenter mountpoint; do
	command -v "$t" >/dev/null || fail "no $t in the guest (scripts/deps installs it)"
done
echo "ok: tools present"
