/* An aggregation used with two key signatures is an error. */
BEGIN { @a[1] = count(); @a[1, 2] = count(); }
