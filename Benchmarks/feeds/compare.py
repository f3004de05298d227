#!/usr/bin/env python3
"""Compare two per-item dumps (feedparser_dump.py and earshot-bench-feeds) field by field.

Usage: compare.py REFERENCE.json CANDIDATE.json [--show N]

Items are matched by (file, index). Reports, for each of id, title, link, date and text (text and
title compared after whitespace normalisation), the share of reference items on which both agree,
and the share that agree on all five. Files the reference could not parse at all (e.g. JSON Feed
for feedparser 6.0) are reported separately and left out of the shares.
"""
import argparse
import collections
import json


def norm(v):
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s if s else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reference")
    ap.add_argument("candidate")
    ap.add_argument("--show", type=int, default=3, help="examples of disagreement to print per field")
    args = ap.parse_args()
    ref = json.load(open(args.reference, encoding="utf-8"))
    cand = json.load(open(args.candidate, encoding="utf-8"))
    cmap = {(r["file"], r["index"]): r for r in cand}
    ref_files = {r["file"] for r in ref}
    only_candidate = collections.Counter(r["file"] for r in cand if r["file"] not in ref_files)
    fields = ["id", "title", "link", "date", "text"]
    agree = collections.Counter()
    examples = collections.defaultdict(list)
    all_agree = 0
    missing = 0
    for r in ref:
        c = cmap.get((r["file"], r["index"]))
        if c is None:
            missing += 1
            continue
        ok_all = True
        for f in fields:
            a, b = (norm(r.get(f)), norm(c.get(f)))
            if a == b:
                agree[f] += 1
            else:
                ok_all = False
                if len(examples[f]) < args.show:
                    examples[f].append((r["file"], r["index"], a, b))
        all_agree += ok_all
    n = len(ref)
    print("reference items: %d, candidate items: %d, reference items missing from candidate: %d"
          % (n, len(cand), missing))
    if only_candidate:
        print("files only the candidate parsed (left out): %d files, %d items"
              % (len(only_candidate), sum(only_candidate.values())))
    for f in fields:
        print("  %-5s agree %6.2f%%" % (f, 100.0 * agree[f] / max(1, n)))
    print("  all five agree on %.2f%% of items" % (100.0 * all_agree / max(1, n)))
    for f in fields:
        for file, idx, a, b in examples[f]:
            print("\n[%s] %s #%d\n  ref: %r\n  got: %r" % (f, file, idx, (a or "")[:300], (b or "")[:300]))


if __name__ == "__main__":
    main()
