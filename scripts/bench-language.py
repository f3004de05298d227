#!/usr/bin/env python3
"""Compare Earshot's language identifier with Python langdetect on the same test set.

Usage:
    PY=$(scripts/python-env.sh)
    $PY scripts/bench-language.py [--testset FILE] [--skip-swift] [--skip-langdetect] [--seconds N]

The test set is Tests/EarshotLanguageTests/testset.tsv (lang<TAB>sentence, `#` comments).
Sentences of 40 characters or more form the accuracy set; shorter ones are reported
separately. langdetect runs with DetectorFactory.seed = 0. The Swift side is built in
release mode in a throwaway package (under $TMPDIR) whose only target is a symlink to
plugins/analyzers/language, so the repository's own build is never touched. Both sides
run on one thread; sentences/s is measured over the accuracy set, by the wall clock and by
the thread's CPU time (the second is the fairer figure on a busy machine). The model build
time includes the first identify call.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TESTSET = ROOT / "Tests" / "EarshotLanguageTests" / "testset.tsv"
PLUGIN = ROOT / "plugins" / "analyzers" / "language"

PACKAGE_SWIFT = """// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "earshot-langbench",
    platforms: [.macOS(.v13)],
    targets: [
        // The identifier alone: the plugin adapter (LanguagePlugin.swift) needs the rest of Earshot.
        .target(name: "EarshotLanguage", path: "Sources/EarshotLanguage", exclude: ["README.md", "sample.yaml", "LanguagePlugin.swift"]),
        .executableTarget(name: "langbench", dependencies: ["EarshotLanguage"], path: "Sources/langbench"),
    ],
    swiftLanguageModes: [.v6]
)
"""

MAIN_SWIFT = r"""import EarshotLanguage
import Foundation

// Reads lang<TAB>sentence lines from the file named by the first argument and prints one JSON object.
let path = CommandLine.arguments[1]
let seconds = Double(CommandLine.arguments[2]) ?? 2
var long: [(String, String)] = []
var short: [(String, String)] = []
for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
    let parts = line.split(separator: "\t", maxSplits: 1)
    guard parts.count == 2 else { continue }
    let row = (String(parts[0]), String(parts[1]))
    if row.1.unicodeScalars.count >= 40 { long.append(row) } else { short.append(row) }
}
let started = Date()
let identifier = try LanguageIdentifier()
_ = identifier.identify("warm up the model")
let initMilliseconds = Date().timeIntervalSince(started) * 1000
func accuracy(_ rows: [(String, String)]) -> Double {
    rows.isEmpty ? 0 : Double(rows.filter { identifier.identify($0.1).code == $0.0 }.count) / Double(rows.count)
}
func threadCPUTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
var checksum = 0
var done = 0
let clock = Date()
let cpuClock = threadCPUTime()
while Date().timeIntervalSince(clock) < seconds {
    for row in long { checksum &+= identifier.identify(row.1).code.utf8.count }
    done += long.count
}
let rate = Double(done) / Date().timeIntervalSince(clock)
let cpuRate = Double(done) / (threadCPUTime() - cpuClock)
print("{\"long\": \(long.count), \"short\": \(short.count), \"accuracy\": \(accuracy(long)), "
    + "\"short_accuracy\": \(accuracy(short)), \"per_second\": \(rate), \"per_cpu_second\": \(cpuRate), "
    + "\"init_ms\": \(initMilliseconds), \"checksum\": \(checksum)}")
"""


def load(path):
    long_rows, short_rows = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"{path} line {number}: expected lang<TAB>sentence")
            lang, text = line.split("\t", 1)
            (long_rows if len(text) >= 40 else short_rows).append((lang, text))
    return long_rows, short_rows


def bench_langdetect(long_rows, short_rows):
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def guess(text):
        try:
            return detect(text)
        except LangDetectException:
            return "und"

    guess("warm up the profiles")
    started = time.perf_counter()
    started_cpu = time.thread_time()
    correct = sum(1 for lang, text in long_rows if guess(text) == lang)
    elapsed = time.perf_counter() - started
    elapsed_cpu = time.thread_time() - started_cpu
    short_correct = sum(1 for lang, text in short_rows if guess(text) == lang)
    return {
        "accuracy": correct / len(long_rows),
        "short_accuracy": short_correct / len(short_rows) if short_rows else 0,
        "per_second": len(long_rows) / elapsed,
        "per_cpu_second": len(long_rows) / elapsed_cpu,
    }


def bench_swift(testset, seconds):
    work = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "earshot-langbench"
    (work / "Sources" / "langbench").mkdir(parents=True, exist_ok=True)
    link = work / "Sources" / "EarshotLanguage"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(PLUGIN)
    (work / "Package.swift").write_text(PACKAGE_SWIFT)
    (work / "Sources" / "langbench" / "main.swift").write_text(MAIN_SWIFT)
    build = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(work)],
                           capture_output=True, text=True)
    if build.returncode != 0:
        sys.exit(f"swift build failed in {work}:\n{build.stdout}\n{build.stderr}")
    binary = work / ".build" / "release" / "langbench"
    run = subprocess.run([str(binary), str(testset), str(seconds)], capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--testset", type=Path, default=DEFAULT_TESTSET)
    parser.add_argument("--skip-swift", action="store_true")
    parser.add_argument("--skip-langdetect", action="store_true")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long the Swift timing loop runs")
    args = parser.parse_args()

    long_rows, short_rows = load(args.testset)
    print(f"test set: {len(long_rows)} sentences of >= 40 characters, {len(short_rows)} shorter")
    print(f"{'identifier':<22}{'accuracy >=40':>14}{'accuracy short':>16}{'sentences/s':>14}{'per CPU-s':>12}")
    if not args.skip_langdetect:
        result = bench_langdetect(long_rows, short_rows)
        print(f"{'langdetect (seed 0)':<22}{result['accuracy']:>14.2%}{result['short_accuracy']:>16.2%}"
              f"{result['per_second']:>14,.0f}{result['per_cpu_second']:>12,.0f}")
    if not args.skip_swift:
        result = bench_swift(args.testset, args.seconds)
        print(f"{'earshot (release)':<22}{result['accuracy']:>14.2%}{result['short_accuracy']:>16.2%}"
              f"{result['per_second']:>14,.0f}{result['per_cpu_second']:>12,.0f}")
        print(f"earshot model build at first use: {result['init_ms']:.1f} ms")


if __name__ == "__main__":
    main()
