BEGIN { @c = quantize(1, 2, 3); }
BEGIN { @e = min("x"); }
BEGIN { @g = count(); printa("%@d %@d\n", @g); }
BEGIN { clear(@g, 1); }
BEGIN { trunc(@g, "x"); }
