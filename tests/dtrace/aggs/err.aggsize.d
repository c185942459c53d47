/* aggsize must hold one entry. */
#pragma D option aggsize=100
BEGIN { @[pid] = quantize(1); }
