# Kernel types on a real workload: (struct file *)arg0 of vfs_read and
# args[0] both name the file the process reads, through f_path.dentry's
# d_name (its name and, in an anonymous struct of a union, its length).
. tests/runtime/lib.sh

N=50
name=btf-named-file
head -c "$N" /dev/zero >"$WORK/$name"
"$TRACER" -q -n '
fbt::vfs_read:entry
/pid == $target/
{
	this->f = (struct file *)arg0;
	@[stringof(this->f->f_path.dentry->d_name.name),
	  this->f->f_path.dentry->d_name.len,
	  stringof(args[0]->f_path.dentry->d_name.name)] = count();
}' -c "$TBIN/readloop $N / $WORK/$name" >"$WORK/out"
cat "$WORK/out"
got=$(awk -v f="$name" '$1 == f { print $2, $3, $4 }' "$WORK/out")
expect_eq "reads of $name" "$got" "${#name} $name $N"
