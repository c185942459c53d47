/* printa() of an aggregation nothing assigns. */
BEGIN { printa(@nope); }
