import EarshotCore
import EarshotTesting
import Foundation
import Testing
@testable import EarshotDirectorySource

@Suite struct RunLoopTests {
    @Test func goodFilesGoToDoneBrokenToFailedOthersStay() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/a.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n")
        try write(dir + "/bad.csv", "id,text\n1,fine\n2,\n")
        try write(dir + "/notes.md", "# not an item file")
        try write(dir + "/.partial.json", "{\"text\": \"still being written\"}")
        try FileManager.default.createDirectory(atPath: dir + "/subdir", withIntermediateDirectories: false)
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done/a.jsonl") && exists(dir + "/.failed/bad.csv.error") })
        }
        #expect(recorder.items.map(\.text) == ["one", "two"])
        #expect(recorder.items.allSatisfy { $0.source == "inbox" })
        #expect(recorder.batches.map(\.origin) == ["a.jsonl"])
        #expect(listing(dir) == [".done", ".failed", ".partial.json", "notes.md", "subdir"])
        #expect(listing(dir + "/.failed") == ["bad.csv", "bad.csv.error"])
        #expect(read(dir + "/.failed/bad.csv") == "id,text\n1,fine\n2,\n")   // moved untouched
        let error = try #require(read(dir + "/.failed/bad.csv.error"))
        #expect(error.hasPrefix("bad.csv line 3: column \"text\" is empty\n"))
        #expect(error.contains("Nothing from this file was taken"))
        #expect(recorder.health.last == .ok)
    }

    @Test func duplicateNamesGetSuffixesAndNothingIsOverwritten() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/.done", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/.failed", withIntermediateDirectories: true)
        try write(dir + "/.done/note.txt", "earlier note")
        try write(dir + "/.done/note-1.txt", "earlier note 2")
        try write(dir + "/.failed/x.json", "old broken")
        try write(dir + "/.failed/x-1.json.error", "an error file without its file")
        try write(dir + "/note.txt", "a new note")
        try write(dir + "/x.json", "{broken")
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done/note-2.txt") && exists(dir + "/.failed/x-2.json.error") })
        }
        #expect(read(dir + "/.done/note.txt") == "earlier note")
        #expect(read(dir + "/.done/note-1.txt") == "earlier note 2")
        #expect(read(dir + "/.done/note-2.txt") == "a new note")
        #expect(read(dir + "/.failed/x.json") == "old broken")
        #expect(read(dir + "/.failed/x-1.json.error") == "an error file without its file")
        #expect(read(dir + "/.failed/x-2.json") == "{broken")
        #expect(read(dir + "/.failed/x-2.json.error")?.contains("x.json line 1: invalid JSON") == true)
        #expect(listing(dir) == [".done", ".failed"])
    }

    /// `.done` and `.failed` removed while the source runs are made again when a file goes there.
    @Test func doneAndFailedRemovedWhileRunningAreMadeAgain() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done") && exists(dir + "/.failed") })
            try FileManager.default.removeItem(atPath: dir + "/.done")
            try FileManager.default.removeItem(atPath: dir + "/.failed")
            try write(dir + "/b.jsonl", "{\"text\": \"after the cleanup\"}\n")
            try write(dir + "/c.json", "{broken")
            #expect(await eventually { exists(dir + "/.done/b.jsonl") && exists(dir + "/.failed/c.json.error") })
        }
        #expect(recorder.items.map(\.text) == ["after the cleanup"])
        #expect(listing(dir) == [".done", ".failed"])
        #expect(recorder.health.allSatisfy { $0 == .ok }, "\(recorder.health)")
    }

    /// A file that cannot be moved out keeps the source failing until it can (no ok on the scans
    /// where it is settling again), then the source recovers.
    @Test func aFileThatCannotBeMovedKeepsTheSourceFailingUntilItCan() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let recorder = Recorder()
        let settings = testSettings(dir, settle: .milliseconds(100), rescan: .milliseconds(50))
        try await withRunningSource(settings, recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done") })
            try FileManager.default.removeItem(atPath: dir + "/.done")
            try write(dir + "/.done", "not a directory")   // every move into .done/ now fails
            try write(dir + "/a.jsonl", "{\"text\": \"one\"}\n")
            #expect(await eventually { recorder.health.contains { if case .failing = $0 { return true }; return false } })
            try await Task.sleep(for: .milliseconds(600))   // many scans, and settles, later
            let sinceFailing = recorder.health.drop { if case .failing = $0 { return false }; return true }
            #expect(!sinceFailing.contains(.ok), "no flapping back to ok: \(recorder.health)")
            try FileManager.default.removeItem(atPath: dir + "/.done")
            // The source makes `.done` again itself when it finds it missing, and may win the race.
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: dir + "/.done", isDirectory: &isDirectory) {
                try? FileManager.default.createDirectory(atPath: dir + "/.done", withIntermediateDirectories: false)
            }
            #expect(FileManager.default.fileExists(atPath: dir + "/.done", isDirectory: &isDirectory) && isDirectory.boolValue)
            #expect(await eventually { exists(dir + "/.done/a.jsonl") && recorder.health.last == .ok })
        }
    }

    /// A name that is not UTF-8 cannot be opened through a String path: said once, at warning level.
    @Test func aFileNameThatIsNotUTF8IsReportedOnce() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let bad = Array((dir + "/caf").utf8) + [0xE9] + Array(".jsonl".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bad.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        try write(dir + "/ok.jsonl", "{\"text\": \"fine\"}\n")
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done/ok.jsonl") })
            try await Task.sleep(for: .milliseconds(300))   // more scans
        }
        let warnings = recorder.logs.all.filter { $0.message.contains("its name is not valid UTF-8") }
        #expect(warnings.count == 1 && warnings.first?.level == .warning, "\(recorder.logs.all.map(\.message))")
    }

    @Test func whenEmitFailsTheFileStaysAndIsRetakenWithTheSameIDs() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let lines = (1...5).map { "{\"text\": \"item \($0)\"}" }.joined(separator: "\n")
        try write(dir + "/five.jsonl", lines)
        let settings = testSettings(dir, batchSize: 2)

        // The engine takes the first batch, then stops answering (as if killed mid-file).
        let first = Recorder(failAfter: 1)
        try await withRunningSource(settings, recorder: first) {
            #expect(await eventually { first.health.contains { if case .failing = $0 { return true }; return false } })
        }
        #expect(first.items.map(\.text) == ["item 1", "item 2"])
        #expect(exists(dir + "/five.jsonl"))
        #expect(!exists(dir + "/.done/five.jsonl"))

        // On restart the whole file is taken again; the ids already seen are the same.
        let second = Recorder()
        try await withRunningSource(settings, recorder: second) {
            #expect(await eventually { exists(dir + "/.done/five.jsonl") })
        }
        #expect(second.batches.map(\.items.count) == [2, 2, 1])
        #expect(Array(second.items.prefix(2).map(\.id)) == first.items.map(\.id))
        #expect(!exists(dir + "/five.jsonl"))
    }

    /// An engine that keeps refusing (a full disk under the state) is not asked again at once, in
    /// a loop with an error line each time, but at the next rescan; then the file is taken.
    @Test func aRefusedFileWaitsForTheNextRescan() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/one.jsonl", "{\"text\": \"item\"}\n")
        let recorder = Recorder(failAfter: 0)
        try await withRunningSource(testSettings(dir, rescan: .seconds(5)), recorder: recorder) {
            #expect(await eventually { recorder.state.withLock { $0.emits } >= 1 })
            try await Task.sleep(for: .milliseconds(1500))
            // Before, the settled file was taken again every 10 ms: about a hundred attempts here.
            #expect(recorder.state.withLock { $0.emits } == 1)
            recorder.state.withLock { $0.failAfter = nil }
            #expect(await eventually { exists(dir + "/.done/one.jsonl") })
        }
        #expect(recorder.items.map(\.text) == ["item"])
        #expect(recorder.health.last == .ok)
    }

    @Test func symlinksAreIgnoredAndTheirTargetsUntouched() async throws {
        let dir = try makeTempDir()
        let outside = try makeTempDir("earshot-outside")
        defer { cleanup(dir); cleanup(outside) }
        try write(outside + "/secret.json", "{\"text\": \"outside the inbox\"}")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: outside + "/secret.json")
        try write(dir + "/real.txt", "inside")
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done/real.txt") })
            try await Task.sleep(for: .milliseconds(300))   // a few more scans
        }
        #expect(recorder.items.map(\.text) == ["inside"])
        #expect(exists(dir + "/link.json"))
        #expect(read(outside + "/secret.json") == "{\"text\": \"outside the inbox\"}")
        #expect(listing(dir + "/.failed").isEmpty)
    }

    @Test func aRenamedInFileIsTakenAtOnceAWrittenOneWaitsToSettle() async throws {
        let dir = try makeTempDir()
        let staging = try makeTempDir("earshot-staging")
        defer { cleanup(dir); cleanup(staging) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir, settle: .seconds(3600), rescan: .seconds(3600)), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.failed") })
            try await Task.sleep(for: .milliseconds(100))   // the watcher starts right after the directories
            try write(dir + "/inplace.txt", "written in place")
            try write(staging + "/moved.txt", "renamed in")
            #expect(rename(staging + "/moved.txt", dir + "/moved.txt") == 0)
            #expect(await eventually { exists(dir + "/.done/moved.txt") })
        }
        #expect(recorder.items.map(\.text) == ["renamed in"])
        #expect(exists(dir + "/inplace.txt"))
    }

    @Test func settleIsMeasuredOnTheContextClock() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/slow.txt", "waited for")
        let clock = TestClock()
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir, settle: .seconds(5), rescan: .seconds(60)), recorder: recorder, clock: clock) {
            #expect(await eventually { exists(dir + "/.done") && clock.sleeperCount > 0 })
            try await Task.sleep(for: .milliseconds(200))
            #expect(recorder.items.isEmpty)
            clock.advance(by: .seconds(4))
            try await Task.sleep(for: .milliseconds(200))
            #expect(recorder.items.isEmpty)
            clock.advance(by: .seconds(2))
            #expect(await eventually { exists(dir + "/.done/slow.txt") })
        }
        #expect(recorder.items.map(\.text) == ["waited for"])
    }

    @Test func oversizedFilesFailWithSizeAndLimit() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/big.txt", String(repeating: "x", count: 2000))
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir, maxFileSize: 1024), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.failed/big.txt.error") })
        }
        let error = try #require(read(dir + "/.failed/big.txt.error"))
        #expect(error.hasPrefix("big.txt: the file is 2000 bytes (2.0 KB), larger than max_file_size 1024 bytes (1.0 KB)"))
        #expect(read(dir + "/.failed/big.txt")?.count == 2000)
        #expect(recorder.items.isEmpty)
    }

    @Test func formatsRestrictWhatIsTakenAndMissingPathIsCreated() async throws {
        let base = try makeTempDir()
        defer { cleanup(base) }
        let dir = base + "/deep/inbox"
        var settings = testSettings(dir)
        settings.formats = ["csv"]
        let recorder = Recorder()
        try await withRunningSource(settings, recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done") })
            try write(dir + "/skip.json", "{\"text\": \"not accepted here\"}")
            try write(dir + "/take.csv", "text\nfrom csv\n")
            #expect(await eventually { exists(dir + "/.done/take.csv") })
            try await Task.sleep(for: .milliseconds(300))
        }
        #expect(recorder.items.map(\.text) == ["from csv"])
        #expect(exists(dir + "/skip.json"))
    }

    @Test func manyItemsAreEmittedInBatches() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let lines = (1...2500).map { "{\"text\": \"mention number \($0)\", \"author\": {\"handle\": \"@u\($0 % 50)\"}}" }
        try write(dir + "/bulk.jsonl", lines.joined(separator: "\n") + "\n")
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { exists(dir + "/.done/bulk.jsonl") })
        }
        #expect(recorder.batches.map(\.items.count) == [1000, 1000, 500])
        #expect(Set(recorder.items.map(\.id)).count == 2500)
    }

    /// Two daemons with different state_dirs on one inbox would both take each file (neither
    /// state_dir lock sees the other): the second source waits, failing with the reason. (That it
    /// takes over once the first stops is shown end to end with two daemons, `DaemonTests`; here
    /// every step needs this process's busy task pool, and under the full suite that made a
    /// chain of waits too slow to time.)
    @Test func aSecondReaderOfTheSameDirectoryWaits() async throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let holder = Recorder(), waiter = Recorder()
        let holding = DirectorySource(settings: testSettings(dir), feedDecoder: nil)
        let context = holder.context()
        let task = Task { try await holding.run(context: context) }
        #expect(await eventually { holder.health.last == .ok })
        try await withRunningSource(testSettings(dir), recorder: waiter) {
            #expect(await eventually { !waiter.health.isEmpty })
            guard case .failing(let why) = waiter.health.last else {
                Issue.record("expected the second source to fail, got \(waiter.health)")
                return
            }
            #expect(why.contains("another process holds the lock on the drop directory \(dir)"))
            try write(dir + "/a.jsonl", "{\"text\": \"taken once\"}\n")
            #expect(await eventually { exists(dir + "/.done/a.jsonl") })
            try await Task.sleep(for: .milliseconds(300))
        }
        task.cancel()
        _ = await task.result
        #expect(holder.items.map(\.text) == ["taken once"])
        #expect(waiter.items.isEmpty)
    }

    /// Whether another process could lock `dir` now (the lock is let go at once).
    static func lockIsFree(_ dir: String) -> Bool {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return flock(fd, LOCK_EX | LOCK_NB) == 0
    }

    /// `mv inbox inbox.old; mkdir inbox`: the source must lock the new directory (else a second
    /// daemon could, and both would read it) and take what is dropped there.
    @Test func aDirectoryMadeAgainAtThePathIsLockedAgain() async throws {
        let base = try makeTempDir()
        defer { cleanup(base) }
        let dir = base + "/inbox"
        let recorder = Recorder()
        try await withRunningSource(testSettings(dir), recorder: recorder) {
            #expect(await eventually { recorder.health.last == .ok })
            #expect(!Self.lockIsFree(dir))
            #expect(rename(dir, base + "/inbox.old") == 0)
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
            #expect(await eventually { !Self.lockIsFree(dir) })
            #expect(Self.lockIsFree(base + "/inbox.old"))
            try write(dir + "/a.jsonl", "{\"text\": \"in the new directory\"}\n")
            #expect(await eventually { exists(dir + "/.done/a.jsonl") })
        }
        #expect(recorder.items.map(\.text) == ["in the new directory"])
    }
}
