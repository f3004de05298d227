#!/usr/bin/env bash
# Scores the VADER tweet and NYT corpora with an Earshot sentiment scorer and prints the
# paper's metrics beside vaderSentiment's (via ../shared/eval/sentiment_eval.py).
#
# Usage: scripts/eval-sentiment.sh [-o DIR] [-n NAME] [-- SCORER COMMAND...]
#   SCORER reads `id<TAB>text` lines on stdin and prints `id<TAB>score[<TAB>...]` lines (a
#   header line starting with `id` is skipped). Default, run from the repo root:
#     swift run -c release earshot analyze --format tsv
#   -o DIR   where to write tweets.tsv and nyt.tsv (id<TAB>score); default: a temp dir
#   -n NAME  the row label in the report; default: earshot
# Environment: EARSHOT_CORPORA (default ../shared/corpora/sentiment),
#              EARSHOT_SENTIMENT_EVAL (default ../shared/eval/sentiment_eval.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpora="${EARSHOT_CORPORA:-$root/../shared/corpora/sentiment}"
evaluator="${EARSHOT_SENTIMENT_EVAL:-$root/../shared/eval/sentiment_eval.py}"
out="" name="earshot"
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift 2 ;;
    -n) name="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "eval-sentiment.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ $# -eq 0 ]; then set -- swift run -c release earshot analyze --format tsv; fi
[ -n "$out" ] || out=$(mktemp -d "${TMPDIR:-/tmp}/earshot-sentiment.XXXXXX")
mkdir -p "$out"
for f in "$corpora/tweets_GroundTruth.txt" "$corpora/nytEditorialSnippets_GroundTruth.txt" "$evaluator"; do
  [ -f "$f" ] || { echo "eval-sentiment.sh: missing $f" >&2; exit 1; }
done

score() { # corpus-file output-file scorer...
  local src=$1 dst=$2 n_in n_out
  shift 2
  n_in=$(tr -d '\r' < "$src" | awk -F'\t' 'NF >= 3' | wc -l)
  tr -d '\r' < "$src" | awk -F'\t' 'NF >= 3 { t = $3; for (i = 4; i <= NF; i++) t = t "\t" $i; print $1 "\t" t }' \
    | (cd "$root" && "$@") \
    | awk -F'\t' 'BEGIN { print "id\tscore" } NR == 1 && $1 == "id" { next } NF >= 2 { print $1 "\t" $2 }' > "$dst"
  n_out=$(($(wc -l < "$dst") - 1))
  if [ "$n_out" -ne "$n_in" ]; then
    echo "eval-sentiment.sh: scorer returned $n_out scores for $n_in texts of $src" >&2; exit 1
  fi
}
start=$(date +%s.%N)
score "$corpora/tweets_GroundTruth.txt" "$out/tweets.tsv" "$@"
score "$corpora/nytEditorialSnippets_GroundTruth.txt" "$out/nyt.tsv" "$@"
end=$(date +%s.%N)
echo "# scores in $out (scoring took $(echo "$end - $start" | bc) s including process start)"
PY=$("$root/scripts/python-env.sh")
"$PY" "$evaluator" --data "$corpora" --analyzers vader --external "$name=$out" 2>&1 | grep -v '^# .*missing'
