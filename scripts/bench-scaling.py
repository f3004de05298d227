#!/usr/bin/env python3
"""Time per text length: every analyzer on one long line of a repeated pattern, at doubling sizes.

Usage:
    scripts/bench-scaling.py --earshot BIN [--sizes 100000,200000,400000] [--files-only]

For each pattern (a word, a handle, an emoji, a decomposed letter, "but", ...) the line holds
the pattern repeated to each size in bytes; the whole chain (language, sentiment, classify,
reach, duplicates and a small model trained here) analyzes it through `earshot analyze`.
Printed: seconds per size and the ratio of the last two. Time that grows in proportion to the
text doubles with each size (ratio about 2, less while process start dominates); a ratio near 4
is time that grows with the square of the text, which one long e-mail turns into minutes. Rows
with a ratio over 3 and a last time over half a second are marked. Nothing is asserted: this
is the measuring tool that found the quadratic cases fixed on 2026-12-01.

A second table does the same for the drop-directory formats: one document of each shape
(many lines, one huge field, many MIME parts, many feed entries, markup libxml2 handles
slowly...) at the same sizes, read by `earshot test` with no analyzers. A document Earshot
refuses is timed too (refusing must be quick) and marked "refused".
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


def _repeat(unit, size):
    return unit * max(1, size // len(unit))


# name -> (extension, document of about `size` bytes)
FILES = {
    "jsonl: many lines": ("jsonl", lambda n: _repeat('{"text":"it broke again","id":"%d"}\n', n)),
    "jsonl: one long text": ("jsonl", lambda n: '{"text":"' + _repeat("b ", n) + '"}\n'),
    "json: escapes": ("json", lambda n: '{"text":"' + _repeat("\\u00e9\\n", n) + '"}'),
    "csv: many rows": ("csv", lambda n: "text,author.handle\n" + _repeat('"it broke, again",@u\n', n)),
    "csv: one quoted field": ("csv", lambda n: 'text\n"' + _repeat('x""', n) + '"\n'),
    "txt: words": ("txt", lambda n: _repeat("word ", n)),
    "eml: folded header": ("eml", lambda n: "Subject: a\r\n" + _repeat(" b\r\n", n) + "From: x@y\r\n\r\nhello"),
    "eml: MIME parts": ("eml", lambda n: 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
                        + _repeat("--B\r\nContent-Type: application/octet-stream\r\n\r\nzz\r\n", n)
                        + "--B\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B--\r\n"),
    "eml: quoted-printable": ("eml", lambda n: "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + _repeat("ab=3D=\r\n", n)),
    "eml: html body": ("eml", lambda n: "Content-Type: text/html\r\n\r\n" + _repeat("<b>x</b> &amp; ", n)),
    "rss: many items": ("rss", lambda n: "<rss><channel>" + _repeat(
        "<item><title>t</title><description>hello &amp; &eacute; <b>x</b></description></item>", n) + "</channel></rss>"),
    "rss: html in CDATA": ("rss", lambda n: "<rss><channel><item><title>t</title><description><![CDATA["
                           + _repeat("<p>x &amp; y</p><!--", n) + "]]></description></item></channel></rss>"),
    "rss: bare & and entities": ("rss", lambda n: "<rss><channel><item><title>t</title><description>"
                                 + _repeat("&eacute; & x &copy ", n) + "</description></item></channel></rss>"),
    "rss: empty <?pi?>": ("rss", lambda n: "<rss><channel><item><title>t</title><description>x</description></item>"
                          + _repeat("<?a?>", n) + "</channel></rss>"),
    "xml: attributes on a tag": ("xml", lambda n: "<rss><channel><item " + " ".join(
        'a%d="1"' % i for i in range(max(1, n // 9))) + "><title>x</title><description>y</description></item></channel></rss>"),
    "atom: undated entries": ("atom", lambda n: '<feed xmlns="http://www.w3.org/2005/Atom">' + _repeat(
        "<entry><title>t</title><updated>not a date</updated><content>x</content></entry>", n) + "</feed>"),
}


def files(earshot, sizes, tmp):
    config = os.path.join(tmp, "files.yaml")
    with open(config, "w") as f:
        f.write("state_dir: " + os.path.join(tmp, "state") + "\nsources:\n  - name: drop\n    type: directory\n"
                "    path: " + os.path.join(tmp, "inbox") + "\n    max_file_size: 1GB\n")
    print(f"\n{'document':26} " + " ".join(f"{s:>9,}B" for s in sizes) + "   ratio")
    for name, (ext, make) in FILES.items():
        times, refused = [], False
        for size in sizes:
            path = os.path.join(tmp, "doc." + ext)
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(size))
            start = time.perf_counter()
            r = subprocess.run([earshot, "test", "--config", config, "--format", "json", path],
                               capture_output=True, timeout=600)
            times.append(time.perf_counter() - start)
            refused = refused or r.returncode == 1
            if r.returncode not in (0, 1):
                print(f"{name:26} exit {r.returncode}: {r.stderr[:200]!r}")
                break
        ratio = times[-1] / max(times[-2], 1e-3) if len(times) > 1 else float("nan")
        mark = "  <-- grows faster than the document" if ratio > 3 and times[-1] > 0.5 else ""
        print(f"{name:26} " + " ".join(f"{t:9.2f}s" for t in times) + f"   x{ratio:.1f}"
              + ("  (refused)" if refused else "") + mark)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--earshot", required=True)
    ap.add_argument("--sizes", default="100000,200000,400000")
    ap.add_argument("--files-only", action="store_true", help="only the drop-directory documents")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="earshot-scaling-") as tmp:
        if args.files_only:
            files(args.earshot, sizes, tmp)
            return 0
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
        files(args.earshot, sizes, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
