#!/usr/bin/env bash
# Runs every benchmark and evaluation whose figures docs/PERFORMANCE.md records, each beside
# its reference peer in the same run, and prints the reports one after another.
#
# Usage: scripts/bench.sh [--quick] [--only NAME[,NAME...]]
#   NAMES: pipeline analyze sentiment-accuracy complaints model language feeds poll scaling
#   --quick  smaller inputs (a smoke run; the figures in PERFORMANCE.md are from a full run)
# Needs: a release build (made here), the Python peers (scripts/python-env.sh makes .venv),
#        ../shared/corpora and ../shared/eval. Nothing here asserts a speed: it measures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
quick=0 only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; shift ;;
    --only) only=",$2,"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
want() { [ -z "$only" ] || [[ "$only" == *",$1,"* ]]; }
section() { printf '\n== %s ==\n' "$*"; }

PY=$(scripts/python-env.sh)
section "machine"
echo "$(nproc) CPU(s): $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "$(swift --version 2>&1 | head -1)"
echo "$("$PY" --version); vaderSentiment $("$PY" -c 'import importlib.metadata as m; print(m.version("vaderSentiment"))'), feedparser $("$PY" -c 'import feedparser; print(feedparser.__version__)'), scikit-learn $("$PY" -c 'import sklearn; print(sklearn.__version__)')"
swift build -c release --product earshot >&2
bin="$(swift build -c release --show-bin-path)"
corpora="$root/../shared/corpora"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/earshot-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if want pipeline; then
  section "pipeline: drop directory → classify → routes → SQLite outbox → log sink"
  n=100000; [ $quick = 1 ] && n=10000
  for share in some none all; do
    echo "-- $n items, --escalate $share"
    "$bin/earshot" bench pipeline --items "$n" --escalate $share
  done
  if [ $quick = 0 ]; then
    echo "-- 400000 items, --escalate some (does memory grow with the file?)"
    "$bin/earshot" bench pipeline --items 400000 --escalate some
  fi
fi

if want analyze; then
  section "analyze: sentences per CPU-second on one core, beside vaderSentiment"
  "$PY" scripts/bench-analyze.py --earshot "$bin/earshot" $([ $quick = 1 ] && echo "--repeat 2" || echo "--repeat 10 --runs 3")
fi

if want sentiment-accuracy; then
  section "sentiment accuracy (../shared/eval/sentiment_eval.py)"
  scripts/eval-sentiment.sh -n "earshot (built-in lexicon)" -- "$bin/earshot" analyze --format tsv --only sentiment
fi

if want complaints; then
  section "complaint detection from rules + sentiment (complaints-dev.csv)"
  "$PY" - "$corpora/complaints/complaints-dev.csv" > "$tmp/complaints.in" <<'PYEOF'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    print(r["tweet_id"] + "\t" + " ".join(r["text"].split()))
PYEOF
  "$bin/earshot" analyze --format tsv < "$tmp/complaints.in" > "$tmp/complaints.tsv"
  "$PY" scripts/eval-complaints.py --earshot "$tmp/complaints.tsv"
fi

if want model; then
  section "model: earshot train beside scikit-learn on the same folds and splits"
  # Fold deals move macro-F1 by about a point, so five fold seeds for both.
  for seed in 1 2 3 4 5; do
    "$bin/earshot" train --data "$corpora/complaints/complaints-dev.csv" --out "$tmp/complaints.model" --eval-fraction 0 \
      --folds 5 --seed "$seed" | grep cross-validation | sed "s/^/fold seed $seed: /"
  done
  OMP_NUM_THREADS=1 "$PY" scripts/bench-model.py --only complaints --repeat 5
  OMP_NUM_THREADS=1 "$PY" scripts/bench-model.py --only complaints --repeat 5 --C 10
  "$bin/earshot" train --data "$corpora/intents/train.csv" --label-column category --out "$tmp/banking.model" --eval-fraction 0.2
  /usr/bin/time -f "earshot train on all of Banking77: %U s user, %S s system, %M KB peak" \
    taskset -c 0 "$bin/earshot" train --data "$corpora/intents/train.csv" --label-column category --out "$tmp/banking.model" --eval-fraction 0 >/dev/null
  OMP_NUM_THREADS=1 "$PY" scripts/bench-model.py --only banking
fi

if want language; then
  section "language: accuracy and speed beside langdetect"
  "$PY" scripts/bench-language.py
fi

if want feeds; then
  section "feeds: EarshotFeeds beside feedparser on a generated corpus"
  swift build -c release --product earshot-bench-feeds >&2
  "$PY" Benchmarks/feeds/make-corpus.py "$tmp/feeds"
  "$PY" Benchmarks/feeds/feedparser_dump.py "$tmp/feeds" --repeat 3 --out "$tmp/fp.json"
  "$bin/earshot-bench-feeds" "$tmp/feeds" --repeat 5 --out "$tmp/es.json"
  "$PY" Benchmarks/feeds/compare.py "$tmp/fp.json" "$tmp/es.json"
fi

if want poll; then
  section "poll: one round over 1,000 local feeds"
  swift build -c release --product earshot-bench-poll >&2
  "$bin/earshot-bench-poll"
fi

if want scaling; then
  section "scaling: every analyzer on one long line, at doubling sizes"
  sizes=100000,200000,400000; [ $quick = 1 ] && sizes=50000,100000
  "$PY" scripts/bench-scaling.py --earshot "$bin/earshot" --sizes "$sizes"
fi
