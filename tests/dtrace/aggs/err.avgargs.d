/* avg() takes one argument. */
BEGIN { @ = avg(1, 2); }
