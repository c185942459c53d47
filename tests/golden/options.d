#pragma D option quiet=1
#pragma D option bufsize=4m
#pragma D option switchrate=10hz
#pragma ident "ignored, not D"
BEGIN { exit(0); }
