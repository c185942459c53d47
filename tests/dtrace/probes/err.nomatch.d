/* A description that matches no probe is an error naming it (without -Z). */
BEGIN { exit(0); }
fbt::tracer_no_such_function_*:entry { }
