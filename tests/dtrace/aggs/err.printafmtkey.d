/* printa() conversions must fit the keys. */
BEGIN { @a["x"] = count(); printa("%d %@d\n", @a); }
