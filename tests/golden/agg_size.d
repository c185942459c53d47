/* aggsize: the per-CPU table bytes decide the slots. */
#pragma D option aggsize=64k
BEGIN { @[pid] = quantize(1); @c = count(); }
