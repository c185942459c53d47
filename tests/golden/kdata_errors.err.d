fbt::synth_func:entry { trace(((struct outr *)arg0)->in.a); }
fbt::synth_func:entry { trace(((struct outer *)arg0)->pinn); }
fbt::synth_func:entry { trace(((struct outer *)arg0).pin); }
fbt::synth_func:entry { trace(arg0->pin); }
fbt::synth_func:entry { trace(*(void *)arg0); }
fbt::synth_func:entry { trace(((struct outer *)arg0)->vp[1]); }
fbt::synth_func:entry { trace(((struct outer *)arg0)->in); }
fbt::synth_func:entry { trace(&((struct outer *)arg0)->in.flags); }
fbt::synth_func:entry { trace(arg0[1]); }
fbt::synth_func:entry { trace(*arg0); }
fbt::synth_func:entry { trace(&arg0); }
fbt::synth_func:entry { trace(offsetof(struct outer, in.nme)); }
fbt::synth_func:entry { trace((union outer *)arg0); }
fbt::synth_func:entry { trace((struct outer)arg0); }
fbt::synth_func:entry { trace(stringof(((struct outer *)arg0)->in)); }
fbt::synth_func:entry { trace(stringof((char *)copyin(arg0, 8))); }
