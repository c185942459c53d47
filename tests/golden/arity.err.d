BEGIN { @a = count(1); }
BEGIN { @b = sum(); }
BEGIN { @c = sum(1, 2); }
BEGIN { exit(); }
BEGIN { exit("no"); }
BEGIN { @d = sum(execname); }
