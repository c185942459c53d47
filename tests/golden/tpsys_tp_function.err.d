tracepoint:sched:sched_switch:entry { @ = count(); }
