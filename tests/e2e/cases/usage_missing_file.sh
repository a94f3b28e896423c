# No FILE while standard input is a terminal (`script` gives it one): a usage error, not a wait for typing.
script -qec "$PATLAP overlap" /dev/null | tr -d '\r' >&2
exit "${PIPESTATUS[0]}"
