/* lquantize() needs at least one level. */
BEGIN { @ = lquantize(1, 0, 5, 10); }
