BEGIN { exit($1); }
