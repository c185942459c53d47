/* lquantize() step must be positive. */
BEGIN { @ = lquantize(1, 0, 100, 0); }
