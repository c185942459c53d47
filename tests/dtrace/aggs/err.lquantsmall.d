/* lquantize() levels must fit 16 bits. */
BEGIN { @ = lquantize(1, 0, 100000, 1); }
