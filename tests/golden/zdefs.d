/* zdefs (-Z): descriptions that match nothing are dropped, and so is a
 * clause left without probes. */
#pragma D option zdefs
fbt::nosuch_*:entry { @a = count(); }
fbt::nosuch:entry, BEGIN { @b = count(); }
