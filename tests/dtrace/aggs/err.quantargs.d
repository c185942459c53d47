/* quantize() takes the value and an optional increment. */
BEGIN { @ = quantize(); }
