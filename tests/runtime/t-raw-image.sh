# Images sent straight to the ioctl, around the compiler: each bad one is
# rejected with the verifier's message naming the rule.
. tests/runtime/lib.sh

"$TBIN/rawload"
