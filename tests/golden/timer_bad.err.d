tick-1x { exit(0); }
profile-100us { exit(0); }
profile:::tock-1s { exit(0); }
ERROR /arg4/ { exit(0); }
fbt:vmlinux:vfs_read:tick-1s { exit(0); }
