#!/usr/bin/env python3
"""Scores the default classify rule pack on hand-written test sets (plugins/analyzers/classify/testsets).

Usage: scripts/eval-rulepack.py [--earshot BIN] [--misses] [SET.tsv ...]
  SET.tsv: a header and the columns expected_labels, author, text. expected_labels is
  comma-separated (`-` for none); a label in parentheses, `(intent/praise)`, counts as right
  either way. Posts by @acme are the brand's (the config sets `brand.handles: ["@acme"]`).
  Default sets, all written for this purpose by reviewers who saw neither the corpora nor (for
  the later ones) the rules: testsets/audit.tsv (written for the rework of 2026-11-30, and tuned
  against), second.tsv (written before either pack ran on it; three additions came from its
  misses afterwards), third.tsv and fourth.tsv (2026-12-01; the second rework was tuned against
  both), fifth.tsv (2026-12-01, written after the second rework was done and scored once; its churn
  and praise misses were looked at afterwards, see the classify README), sixth.tsv (2026-12-01,
  written by a reviewer who saw neither the rules nor any set; never tuned against — keep it so by
  not fitting rules to its misses, and do not run --misses on it).
Prints, per set and label, caught/positives and false alarms/negatives, and the share of
posts whose intent labels are exactly the expected ones. Runs `earshot test` (language,
sentiment, classify), so nothing is recorded or delivered.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = os.path.join(ROOT, "plugins", "analyzers", "classify", "testsets")
LABELS = ["intent/complaint", "intent/question", "intent/praise", "intent/churn",
          "intent/legal", "intent/safety", "intent/deflection"]
CONFIG = """sources: [{name: inbox, type: directory, path: inbox}]
brand: {handles: ["@acme"]}
analyzers: [{type: language}, {type: sentiment}, {type: classify}]
"""


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, r in enumerate(rows, start=2):
        if not r.get("text") or r.get("expected_labels") is None or r.get("author") is None:
            sys.exit(f"{path} line {n}: expected the columns expected_labels, author, text")
    return rows


def score(binary, path, misses=False):
    rows = load(path)
    with tempfile.TemporaryDirectory(prefix="earshot-rulepack.") as tmp:
        config = os.path.join(tmp, "earshot.yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(CONFIG)
        items = "".join(json.dumps({"id": str(i), "text": r["text"], "author": {"handle": r["author"]}}) + "\n"
                        for i, r in enumerate(rows))
        run = subprocess.run([binary, "test", "-c", config, "--format", "json", "-"], input=items,
                             capture_output=True, text=True, cwd=tmp)
        if run.returncode != 0:
            sys.exit(f"{binary} test failed ({run.returncode}): {run.stderr.strip()}")
    got = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        got[o["item"]["id"]] = {l for l in o["analysis"]["labels"] if l.startswith("intent/")}
    stats = {l: [0, 0, 0, 0] for l in LABELS}  # caught, positives, false alarms, negatives
    exact = 0
    for i, r in enumerate(rows):
        want, either = set(), set()
        for part in r["expected_labels"].split(","):
            part = part.strip()
            if part in ("", "-"):
                continue
            (either if part.startswith("(") else want).add(part.strip("()"))
        labels = got.get(str(i), set())
        exact += (labels - either) == want
        if misses and (labels - either) != want:
            missed, extra = sorted(want - labels), sorted(labels - want - either)
            print(f"  line {i + 2}: missed {','.join(missed) or '-'}; extra {','.join(extra) or '-'} | {r['author']} {r['text']}")
        for l in LABELS:
            if l in want:
                stats[l][0] += l in labels
                stats[l][1] += 1
            elif l not in either:
                stats[l][2] += l in labels
                stats[l][3] += 1
    print(f"== {os.path.relpath(path, ROOT)}: {len(rows)} posts")
    for l in LABELS:
        c, p, fa, n = stats[l]
        print(f"  {l:18} caught {c:3}/{p:<3}  false alarms {fa:3}/{n}")
    print(f"  exact intent labels: {exact}/{len(rows)} = {100 * exact / len(rows):.1f}%")


def main():
    ap = argparse.ArgumentParser(description="Scores the default classify rule pack on hand-written sets.")
    ap.add_argument("--earshot", default=os.path.join(ROOT, ".build", "release", "earshot"))
    ap.add_argument("--misses", action="store_true", help="also list each post whose intent labels are not the expected ones")
    ap.add_argument("sets", nargs="*", default=[os.path.join(SETS, n + ".tsv") for n in ("audit", "second", "third", "fourth", "fifth", "sixth")])
    a = ap.parse_args()
    a.earshot = os.path.abspath(a.earshot)
    if not os.access(a.earshot, os.X_OK):
        sys.exit(f"eval-rulepack.py: {a.earshot} is not an executable (build with swift build -c release)")
    for s in a.sets:
        score(a.earshot, s, a.misses)


if __name__ == "__main__":
    main()
