/* printa() needs an aggregation. */
BEGIN { @a = count(); printa(1); }
