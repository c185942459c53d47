/* normalize() takes the aggregation and a factor. */
BEGIN { @a = count(); normalize(@a); }
