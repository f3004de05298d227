#!/usr/bin/env python3
"""Time per text length: every analyzer on one long line of a repeated pattern, at doubling sizes.

Usage:
    scripts/bench-scaling.py --earshot BIN [--sizes 100000,200000,400000] [--patterns FILE]

For each pattern (a word, a handle, an emoji, a decomposed letter, "but", ...) the line holds
the pattern repeated to each size in bytes; the whole chain (language, sentiment, classify,
reach, duplicates and a small model trained here) analyzes it through `earshot analyze`.
Printed: seconds per size and the ratio of the last two. Time that grows in proportion to the
text doubles with each size (ratio about 2, less while process start dominates); a ratio near 4
is time that grows with the square of the text, which one long e-mail turns into minutes. Rows
with a ratio over 3 and a last time over half a second are marked. Nothing is asserted: this
is the measuring tool that found the quadratic cases fixed on 2026-12-01.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

PATTERNS = ["a.", "@a ", "!!!", "\U0001F600", "http://x.co/", "don't ", ":) ", "GREAT ", "x", "not good ",
            "very ", "but ", "good but bad ", "kind of ", "\u00e9", "a\u0301", "cafe\u0301 ", "#tag ", "?",
            "1,000 ", "no no ", "....", "'", "-", "never ", "cancel my ", "thanks for nothing ", "\t",
            "\ufb01", "I", "\u0130", "www.a", "a-b.c/"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--earshot", required=True)
    ap.add_argument("--sizes", default="100000,200000,400000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="earshot-scaling-") as tmp:
        data = os.path.join(tmp, "tiny.csv")
        with open(data, "w") as f:
            f.write("text,label\ngood one,a\nbad one,b\nnice day,a\nawful day,b\n")
        model = os.path.join(tmp, "tiny.model")
        subprocess.run([args.earshot, "train", "--data", data, "--out", model, "--eval-fraction", "0"],
                       check=True, capture_output=True)
        config = os.path.join(tmp, "all.yaml")
        with open(config, "w") as f:
            f.write("analyzers:\n  - type: language\n  - type: sentiment\n  - type: classify\n"
                    "  - type: reach\n  - type: duplicates\n  - type: model\n    path: " + model + "\n")
        print(f"{'pattern':24} " + " ".join(f"{s:>9,}B" for s in sizes) + "   ratio")
        for p in PATTERNS:
            times = []
            for size in sizes:
                line = ("p\t" + p * max(1, size // len(p.encode()))).replace("\n", " ") + "\n"
                start = time.perf_counter()
                r = subprocess.run([args.earshot, "analyze", "--config", config, "--format", "tsv"],
                                   input=line.encode(), capture_output=True, timeout=600)
                times.append(time.perf_counter() - start)
                if r.returncode != 0:
                    print(f"{p!r:24} exit {r.returncode}: {r.stderr[:200]!r}")
                    break
            ratio = times[-1] / max(times[-2], 1e-3) if len(times) > 1 else float("nan")
            mark = "  <-- grows faster than the text" if ratio > 3 and times[-1] > 0.5 else ""
            print(f"{p!r:24} " + " ".join(f"{t:9.2f}s" for t in times) + f"   x{ratio:.1f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
