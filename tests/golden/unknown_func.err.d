BEGIN { printff("hello\n"); }
