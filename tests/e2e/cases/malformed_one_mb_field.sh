# The 1 MiB party name is read whole (records may reach 64 MiB): the report carries all of it (its length shown).
$PATLAP parties malformed/one-mb-field.csv --csv | awk -F, '{ printf "%d bytes: %s, key %s\n", length($1), substr($1, 1, 12), substr($2, 1, 12) }'
