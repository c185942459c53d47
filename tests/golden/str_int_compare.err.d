BEGIN /execname == 1/ { exit(0); }
