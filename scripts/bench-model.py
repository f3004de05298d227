#!/usr/bin/env python3
"""scikit-learn reference for Earshot's `model` analyzer, on the same folds and splits.

Runs TfidfVectorizer (word 1-2 grams, @handles and URLs masked) + LogisticRegression on:
  - complaints-dev.csv: stratified k-fold cross-validation (mean macro-F1 over folds);
  - Banking77 train.csv: a stratified held-out split (accuracy, macro-F1), and the time
    to train on all of it.
Folds and splits are dealt exactly as EarshotModel's `TextClassifier.foldAssignment` and
`TextClassifier.split` deal them (SplitMix64 shuffles per label), so the figures stand side
by side with the Swift benchmark's (`bench-model` in the model helper's scratch package).

Usage: PY=$(scripts/python-env.sh); $PY scripts/bench-model.py [--corpora DIR] [--folds 5] [--seed 1] [--eval 0.2]
                                     [--C 1.0] [--repeat N] [--only complaints|banking]
Times are wall-clock seconds of one process; run with OMP_NUM_THREADS=1 for one core.
"""
import argparse
import os
import csv
import math
import re
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

MASK64 = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def shuffle(self, a):
        for i in range(len(a) - 1, 0, -1):
            j = self.next() % (i + 1)
            a[i], a[j] = a[j], a[i]


def indices_by_label(labels):
    by = {}
    for i, y in enumerate(labels):
        by.setdefault(y, []).append(i)
    return [by[k] for k in sorted(by)]


def fold_assignment(labels, k, seed):
    rng, fold, dealt = SplitMix64(seed), [0] * len(labels), 0
    for idx in indices_by_label(labels):
        idx = list(idx)
        rng.shuffle(idx)
        for i in idx:
            fold[i] = dealt % k
            dealt += 1
    return fold


def split(labels, fraction, seed):
    rng, is_eval = SplitMix64(seed), [False] * len(labels)
    for idx in indices_by_label(labels):
        idx = list(idx)
        rng.shuffle(idx)
        n = len(idx)
        take = math.floor(n * fraction + 0.5)
        take = 0 if n < 2 else min(max(take, 1), n - 1)
        for i in idx[:take]:
            is_eval[i] = True
    return is_eval


HANDLE = re.compile(r"(?<!\w)@\w+")
URL = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)


def mask(text):
    return HANDLE.sub(" USERTOKEN ", URL.sub(" URLTOKEN ", text)).lower()


def fit(texts, labels, C):
    vec = TfidfVectorizer(ngram_range=(1, 2), preprocessor=mask)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(X, labels)
    return vec, clf


def load(path, text_col, label_col):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r[text_col] for r in rows], [r[label_col].strip() for r in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpora"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--eval", type=float, default=0.2)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=1, help="also run the complaints CV with seeds seed+1 ... seed+N-1")
    ap.add_argument("--only", choices=["complaints", "banking"])
    a = ap.parse_args()

    if a.only in (None, "complaints"):
        texts, labels = load(f"{a.corpora}/complaints/complaints-dev.csv", "text", "label")
        means = []
        for seed in range(a.seed, a.seed + a.repeat):
            folds = fold_assignment(labels, a.folds, seed)
            scores, accs, start = [], [], time.perf_counter()
            for f in range(a.folds):
                tr = [i for i in range(len(texts)) if folds[i] != f]
                ev = [i for i in range(len(texts)) if folds[i] == f]
                vec, clf = fit([texts[i] for i in tr], [labels[i] for i in tr], a.C)
                pred = clf.predict(vec.transform([texts[i] for i in ev]))
                gold = [labels[i] for i in ev]
                scores.append(f1_score(gold, pred, average="macro"))
                accs.append(accuracy_score(gold, pred))
            means.append(sum(scores) / len(scores))
            if seed == a.seed:
                sizes = "/".join(str(folds.count(f)) for f in range(a.folds))
                print(f"sklearn complaints {a.folds}-fold CV (fold sizes {sizes}): macro-F1 {100 * means[0]:.2f} "
                      f"(folds {' '.join(f'{100 * s:.1f}' for s in scores)}), accuracy {100 * sum(accs) / len(accs):.2f}; "
                      f"{time.perf_counter() - start:.2f} s for {a.folds} trainings")
        if a.repeat > 1:
            print(f"sklearn complaints CV over seeds {a.seed}...{a.seed + a.repeat - 1}: mean macro-F1 "
                  f"{100 * sum(means) / len(means):.2f} ({' '.join(f'{100 * m:.1f}' for m in means)})")
    if a.only == "complaints":
        return

    texts, labels = load(f"{a.corpora}/intents/train.csv", "text", "category")
    is_eval = split(labels, a.eval, a.seed)
    tr = [i for i in range(len(texts)) if not is_eval[i]]
    ev = [i for i in range(len(texts)) if is_eval[i]]
    start = time.perf_counter()
    vec, clf = fit([texts[i] for i in tr], [labels[i] for i in tr], a.C)
    seconds = time.perf_counter() - start
    pred = clf.predict(vec.transform([texts[i] for i in ev]))
    gold = [labels[i] for i in ev]
    print(f"sklearn banking77 split {len(tr)}/{len(ev)}: accuracy {100 * accuracy_score(gold, pred):.2f}, "
          f"macro-F1 {100 * f1_score(gold, pred, average='macro'):.2f}; training {seconds:.2f} s")
    start = time.perf_counter()
    fit(texts, labels, a.C)
    print(f"sklearn banking77 all {len(texts)}: training {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
