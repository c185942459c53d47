/* llquantize() magnitudes must fit 64 bits. */
BEGIN { @ = llquantize(1, 10, 0, 20, 10); }
