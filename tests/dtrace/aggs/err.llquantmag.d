/* llquantize() high magnitude above the low one. */
BEGIN { @ = llquantize(1, 10, 3, 3, 10); }
