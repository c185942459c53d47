# Predicates comparing execname with a string literal (one strcmpbl, the
# builtin and the literal read where they lie) in the kernel: equal, a
# prefix, a longer name, the literal on the left, and ordering, on the
# exact count of one process's reads while another process reads too.
. tests/runtime/lib.sh

N=3000
readloop_start "$N"

cat >"$WORK/ex.d" <<EOD
fbt::vfs_read:entry /pid == $pid && execname == "readloop"/ { @["equal"] = count(); }
fbt::vfs_read:entry /pid == $pid && execname == "readloo"/ { @["prefix"] = count(); }
fbt::vfs_read:entry /pid == $pid && execname == "readloopx"/ { @["longer"] = count(); }
fbt::vfs_read:entry /pid == $pid && "readloop" == execname/ { @["left"] = count(); }
fbt::vfs_read:entry /pid == $pid && execname != "readloop"/ { @["unequal"] = count(); }
fbt::vfs_read:entry /pid == $pid && execname > "readlooo" && "readloopa" > execname/ { @["between"] = count(); }
EOD
tracer_bg ex -s "$WORK/ex.d"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/ex.out" "$WORK/ex.err"
got=$(awk 'NF { print $1 "=" $2 }' "$WORK/ex.out" | sort | tr '\n' ' ')
expect_eq "the predicates that hold" "$got" "between=$N equal=$N left=$N "
