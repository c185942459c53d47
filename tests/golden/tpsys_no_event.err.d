tracepoint:sched:sched_nosuch { @ = count(); }
