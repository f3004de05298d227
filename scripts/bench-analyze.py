#!/usr/bin/env python3
"""Sentences per second on one core: `earshot analyze` (sentiment alone, and the default
analyzer chain) beside vaderSentiment, on the same texts in the same run.

Texts: the VADER tweet and NYT corpora (../shared/corpora/sentiment), repeated --repeat times.
Each tool runs pinned to one CPU (taskset); CPU time (user+sys) and wall time are both shown,
because wall time on a shared 2-core machine is noisy. Two Earshot figures per chain:
"in-process" is `earshot bench analyzers` (the analyzer loop alone, like vaderSentiment's bare
polarity_scores loop: the like-for-like comparison); "CLI" is `earshot analyze --format tsv`
end to end (process start-up, reading stdin, printing TSV included). Timing: the fastest of 3
in-process passes over all the sentences (about a quarter of a second each), of 3 CLI runs, and
of 3 vaderSentiment runs over one copy (about half a second each), the attempts of all rows
interleaved (every row once, then again, then again), so that all are best-of-3 over the same
stretches of a machine whose speed varies from minute to minute.

Usage: PY=$(scripts/python-env.sh); $PY scripts/bench-analyze.py [--earshot PATH] [--repeat 10] [--runs 3]
(--runs N repeats the whole measurement and ends with the median ratio: this machine's speed
swings from minute to minute, and vaderSentiment's more than Earshot's.)
"""
import argparse, os, re, resource, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def load_texts(corpora):
    texts = []
    for name in ("tweets_GroundTruth.txt", "nytEditorialSnippets_GroundTruth.txt"):
        with open(os.path.join(corpora, name), encoding="utf-8", errors="replace") as fh:
            for line in fh.read().splitlines():
                parts = line.split("\t")
                if len(parts) >= 3:
                    texts.append(" ".join(parts[2:]).strip())
    return texts


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_earshot(binary, args, path, n):
    """One `earshot analyze --format tsv` run over the file: (CPU seconds, wall seconds)."""
    c0, w0 = child_cpu(), time.perf_counter()
    with open(path, "rb") as inp:
        out = subprocess.run(["taskset", "-c", "0", binary, "analyze", "--format", "tsv", *args],
                             stdin=inp, stdout=subprocess.PIPE, check=True).stdout
    w, c = time.perf_counter() - w0, child_cpu() - c0
    lines = out.count(b"\n") - 1
    assert lines == n, f"earshot printed {lines} rows for {n} texts"
    return c, w


def run_inprocess(binary, args, path):
    """One in-process pass over the file after an untimed one (`earshot bench analyzers`), as
    vaderSentiment's best run is one after the first: (per CPU-s, per wall-s)."""
    out = subprocess.run(["taskset", "-c", "0", binary, "bench", "analyzers", "--input", path, "--warmup", "1", "--passes", "1", *args],
                         stdout=subprocess.PIPE, check=True, text=True).stdout
    m = re.search(r"([0-9.]+) sentences per CPU-second, ([0-9.]+) per wall-second", out)
    assert m, f"unexpected output of earshot bench analyzers: {out!r}"
    return float(m.group(1)), float(m.group(2))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--earshot", default=os.path.join(root, ".build", "release", "earshot"))
    ap.add_argument("--corpora", default=os.path.join(root, "..", "shared", "corpora", "sentiment"))
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--runs", type=int, default=1,
                    help="measure everything this many times and end with the median ratio per row")
    a = ap.parse_args()
    texts = load_texts(a.corpora) * a.repeat
    n = len(texts)
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(f"{i}\t{t.replace(chr(9), ' ')}\n")
        path = fh.name
    ratios = {}
    try:
        for run in range(max(1, a.runs)):
            rows = measure(a, texts, path)
            if a.runs > 1:
                print(f"## run {run + 1} of {a.runs}")
            report(rows, n, a.repeat)
            for label, cpu, _ in rows:
                ratios.setdefault(label, []).append(cpu / rows[-1][1])
    finally:
        os.unlink(path)
    if a.runs > 1:
        print(f"## median x vader (CPU) over {a.runs} runs (lowest - highest)")
        for label, values in ratios.items():
            print(f"{label:36} {statistics.median(values):8.1f}   ({min(values):.1f} - {max(values):.1f})")


def measure(a, texts, path):
    """One round of rows (label, per CPU-s, per wall-s): each figure is the best of 3, and the
    3 attempts of every row are interleaved (Earshot rows, then a vaderSentiment run, three
    times over), so that a stretch where the machine runs slow hits both tools alike."""
    n = len(texts)
    chains = (("sentiment", ["--only", "sentiment"]), ("default chain", []))
    best = {}

    def keep(label, cpu, wall):
        if label not in best or cpu > best[label][0]:
            best[label] = (cpu, wall)

    os.sched_setaffinity(0, {0})
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    vs = SentimentIntensityAnalyzer()
    sample = texts[: max(1, n // a.repeat)]
    for _ in range(3):
        for label, args in chains:
            keep(f"earshot {label}, in-process", *run_inprocess(a.earshot, args, path))
            cpu, wall = run_earshot(a.earshot, args, path, n)
            keep(f"earshot {label}, CLI", n / cpu, n / wall)
        c0, w0 = time.process_time(), time.perf_counter()
        for t in sample:
            vs.polarity_scores(t)
        c, w = time.process_time() - c0, time.perf_counter() - w0
        keep("vaderSentiment 3.3.2", len(sample) / c, len(sample) / w)
    order = [f"earshot {label}, {how}" for label, _ in chains for how in ("in-process", "CLI")] + ["vaderSentiment 3.3.2"]
    return [(label, *best[label]) for label in order]


def report(rows, n, repeat):
    print(f"# {n} sentences (VADER tweets + NYT x{repeat}); vaderSentiment timed on one copy ({n // repeat})")
    print(f"{'analyzer':36} {'sent/CPU-s':>12} {'sent/s wall':>12} {'x vader (CPU)':>14}")
    ref = rows[-1][1]
    for label, cpu, wall in rows:
        print(f"{label:36} {cpu:12,.0f} {wall:12,.0f} {cpu / ref:14.1f}")


if __name__ == "__main__":
    main()
