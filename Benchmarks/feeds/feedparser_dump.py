#!/usr/bin/env python3
"""Parse every file in DIR with Python feedparser; print throughput and dump per-item fields as JSON.

Usage: feedparser_dump.py DIR [--out FILE] [--repeat N] [--ext rss,atom,...]

Throughput counts feedparser.parse() alone (best of N passes), by wall clock and by process CPU
time (the fairer figure on a busy machine). The JSON is a list of
{file, index, id, title, link, date, text}: date is UTC ISO 8601 (published, else updated);
title and text are plain text (HTML converted by a small html.parser-based converter).
"""
import argparse
import calendar
import json
import os
import sys
import time
from html.parser import HTMLParser

import feedparser

BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
         "tr", "table", "section", "article", "header", "footer", "hr", "figure", "figcaption", "dd", "dt"}
SKIP = {"script", "style"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(html):
    p = _Text()
    p.feed(html)
    p.close()
    return " ".join("".join(p.out).split())


def detail_text(value, detail):
    kind = (detail or {}).get("type", "text/plain")
    if "html" in kind:
        return html_to_text(value)
    return " ".join(value.split())


def entry_record(name, index, e):
    text = ""
    if e.get("content"):
        c = e["content"][0]
        text = detail_text(c.get("value", ""), c)
    elif e.get("summary") is not None:
        text = detail_text(e.get("summary", ""), e.get("summary_detail"))
    title = e.get("title")
    if title is not None:
        title = detail_text(title, e.get("title_detail"))
    t = e.get("published_parsed") or e.get("updated_parsed")
    date = None
    if t:
        date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(t)))
    return {"file": name, "index": index, "id": e.get("id"), "title": title, "link": e.get("link"),
            "date": date, "text": text}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--out", help="write the JSON here instead of stdout")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes; the best is reported")
    ap.add_argument("--ext", help="only files with these extensions (comma-separated)")
    args = ap.parse_args()
    exts = set(args.ext.split(",")) if args.ext else None
    names = sorted(n for n in os.listdir(args.dir)
                   if not n.startswith(".") and (exts is None or n.rsplit(".", 1)[-1] in exts))
    blobs = []
    for n in names:
        with open(os.path.join(args.dir, n), "rb") as f:
            blobs.append((n, f.read()))
    total_bytes = sum(len(b) for _, b in blobs)
    best = best_cpu = None
    parsed = []
    for _ in range(max(1, args.repeat)):
        parsed = []
        start, start_cpu = time.perf_counter(), time.process_time()
        for n, b in blobs:
            parsed.append((n, feedparser.parse(b)))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    items = sum(len(d.entries) for _, d in parsed)
    mb = total_bytes / 1e6
    print("feedparser %s: %d files, %d items, %.2f MB; wall %.3f s: %.0f items/s, %.2f MB/s; "
          "CPU %.3f s: %.0f items/s, %.2f MB/s"
          % (feedparser.__version__, len(blobs), items, mb, best, items / best, mb / best,
             best_cpu, items / best_cpu, mb / best_cpu), file=sys.stderr)
    records = [entry_record(n, i, e) for n, d in parsed for i, e in enumerate(d.entries)]
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    json.dump(records, out, ensure_ascii=False, indent=0)
    if args.out:
        out.close()


if __name__ == "__main__":
    main()
