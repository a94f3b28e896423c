# What the bash completion offers: commands, each command's options, their choices, and files.
$PATLAP completion bash >"$TMP/patlap.bash" || exit
source "$TMP/patlap.bash"
offer() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _patlap
  echo "$*|> ${COMPREPLY[*]}"
}
offer patlap ov
offer patlap c
offer patlap ''
offer patlap help fl
offer patlap overlap --to
offer patlap overlap --min
offer patlap overlap --format ''
offer patlap check --format ''
offer patlap graph --format ''
offer patlap deals --by ''
offer patlap deals --kind li
offer patlap check --fail-on ''
offer patlap completion ''
offer patlap overlap --top ''
offer patlap overlap sm
offer patlap overlap --aliases sm
