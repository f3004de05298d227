#!/usr/bin/env python3
"""Scores complaint detection (label intent/complaint) on the complaints corpus.

Two ways to get labels per tweet:
  * VADER stand-in (default): computes VADER's compound per tweet, then runs the classify rules
    through a helper executable that reads `id<TAB>compound<TAB>text` on stdin and prints
    `id<TAB>labels` (comma-separated). Give it with --tool (or EARSHOT_CLASSIFY_TOOL).
  * --earshot FILE: reads the TSV of `earshot analyze --format tsv` (columns id, sentiment, pos,
    neu, neg, language, labels, model_label, model_score; a header line is optional).

Prints precision, recall and F1 for the complaint class, F1 for the other class and their
macro-F1 (as in Preotiuc-Pietro et al., 2019), beside the sentiment-only baseline
(compound <= -0.05 => complaint).

Usage: PY=$(scripts/python-env.sh)
       $PY scripts/eval-complaints.py --tool PATH/classify-tool [--csv FILE]
       $PY scripts/eval-complaints.py --earshot analyzed.tsv [--csv FILE]
"""
import argparse
import csv
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CSV = os.path.join(ROOT, "..", "shared", "corpora", "complaints", "complaints-dev.csv")
LABEL = "intent/complaint"


def read_corpus(path):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for n, r in enumerate(csv.DictReader(f), start=2):
            for col in ("tweet_id", "text", "label"):
                if r.get(col) is None:
                    sys.exit(f"{path} line {n}: column \"{col}\" is missing")
            if r["label"] not in ("0", "1"):
                sys.exit(f"{path} line {n}: label must be 0 or 1, not {r['label']!r}")
            rows.append((r["tweet_id"], " ".join(r["text"].split()), r["label"] == "1"))
    return rows


def scores(gold, pred):
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    tn = len(gold) - tp - fp - fn

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    pc, rc, fc = prf(tp, fp, fn)
    pn, rn, fn_ = prf(tn, fn, fp)
    return {"p": pc, "r": rc, "f1": fc, "f1_not": fn_, "macro": (fc + fn_) / 2, "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def show(name, s):
    print(f"{name:<28} complaint P {s['p']*100:5.1f}  R {s['r']*100:5.1f}  F1 {s['f1']*100:5.1f}  |"
          f"  not F1 {s['f1_not']*100:5.1f}  |  macro-F1 {s['macro']*100:5.1f}"
          f"   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}, tn {s['tn']})")


def read_earshot(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            cols = line.rstrip("\n").split("\t")
            if n == 1 and cols[0] == "id":
                continue
            if len(cols) < 7:
                sys.exit(f"{path} line {n}: expected 9 tab-separated columns (id, sentiment, pos, neu, neg, "
                         f"language, labels, model_label, model_score), found {len(cols)}")
            sent = float(cols[1]) if cols[1] else None
            out[cols[0]] = (sent, [l for l in cols[6].split(",") if l])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default=DEFAULT_CSV)
    ap.add_argument("--tool", default=os.environ.get("EARSHOT_CLASSIFY_TOOL"))
    ap.add_argument("--earshot", metavar="FILE")
    ap.add_argument("--show-errors", type=int, default=0, help="print N misclassified examples of each kind")
    a = ap.parse_args()

    rows = read_corpus(a.csv)
    gold = [g for _, _, g in rows]

    if a.earshot:
        got = read_earshot(a.earshot)
        missing = [i for i, _, _ in rows if i not in got]
        if missing:
            sys.exit(f"{a.earshot}: {len(missing)} tweets of {a.csv} are missing (first: {missing[0]})")
        compound = [got[i][0] for i, _, _ in rows]
        labels = [got[i][1] for i, _, _ in rows]
        source = "earshot"
    else:
        if not a.tool:
            sys.exit("give --tool PATH (an executable reading id<TAB>compound<TAB>text) or --earshot FILE")
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        vader = SentimentIntensityAnalyzer()
        compound = [vader.polarity_scores(t)["compound"] for _, t, _ in rows]
        feed = "".join(f"{i}\t{c:.4f}\t{t}\n" for (i, t, _), c in zip(rows, compound))
        res = subprocess.run([a.tool, "label"], input=feed, capture_output=True, text=True, check=True)
        got = {}
        for line in res.stdout.splitlines():
            i, _, ls = line.partition("\t")
            got[i] = [l for l in ls.split(",") if l]
        labels = [got.get(i, []) for i, _, _ in rows]
        source = "rules + vader"

    print(f"{a.csv}: {len(rows)} tweets, {sum(gold)} complaints")
    show("sentiment only (<= -0.05)", scores(gold, [c is not None and c <= -0.05 for c in compound]))
    pred = [LABEL in ls for ls in labels]
    show(f"{source}", scores(gold, pred))
    if a.show_errors:
        fps = [(t, ls) for (_, t, g), p, ls in zip(rows, pred, labels) if p and not g][: a.show_errors]
        fns = [(t, ls) for (_, t, g), p, ls in zip(rows, pred, labels) if g and not p][: a.show_errors]
        print("\nfalse positives:"); [print("  ", t) for t, _ in fps]
        print("false negatives:"); [print("  ", t) for t, _ in fns]


if __name__ == "__main__":
    main()
