profile:::tick-1s { exit(0); }
tick-1s { exit(0); }
