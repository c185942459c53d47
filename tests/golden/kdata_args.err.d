fbt::synth_func:entry { trace(args[2]); }
fbt::synth_func:return { trace(args[0]); }
fbt::synth_void:return { trace(args[1]); }
fbt::synth_func:entry, fbt::synth_other:entry { trace(args[1]); }
tick-1s { trace(args[0]); }
fbt::nobtf_func:entry { trace(args[0]); }
fbt::synth_func:entry { trace(args[arg0]); }
