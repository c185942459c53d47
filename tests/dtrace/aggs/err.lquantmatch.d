/* Every use of an lquantize() aggregation gives the same bounds. */
BEGIN { @a = lquantize(1, 0, 100, 10); @a = lquantize(2, 5, 100, 10); }
