BEGIN { @a = lquantize(1, 0, 10, 3 - 3); }
BEGIN { @b = llquantize(1, 10, 0, 3, 7); }
BEGIN { @d = lquantize(1, 0, 10); @d = lquantize(1, 0, 20); }
BEGIN { printa(@f); }
