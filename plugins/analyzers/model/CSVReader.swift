/// RFC 4180 reader: quoted fields, doubled quotes, embedded newlines, LF or CRLF line ends.
///
/// Works on UTF-8 bytes the caller has already validated. Each record carries the line
/// it starts on, so errors can point at it. Blank lines between records are skipped.
struct CSVReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static func parse(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) throws(ModelError) -> [Record] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = 0
        let n = bytes.count
        var atFieldStart = true
        var recordHasContent = false

        func endRecord() {
            if recordHasContent || fields.count > 0 {
                fields.append(String(decoding: field, as: UTF8.self))
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = []
            atFieldStart = true
            recordHasContent = false
        }

        while i < n {
            let b = bytes[i]
            if atFieldStart && b == quote {
                // Quoted field: runs to the next quote not followed by another quote.
                let openLine = line
                recordHasContent = true
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if c == lf { line += 1 }
                    field.append(c)
                    i += 1
                }
                if !closed {
                    throw ModelError("unterminated quoted field (the quote opens here and is never closed)", line: openLine)
                }
                atFieldStart = false
                // Only a separator or a line end may follow a closing quote.
                if i < n {
                    let c = bytes[i]
                    let endsLine = c == lf || (c == cr && i + 1 < n && bytes[i + 1] == lf) || (c == cr && i + 1 == n)
                    if c != separator && !endsLine {
                        throw ModelError("unexpected character after a closing quote (a quote inside a quoted field must be doubled)", line: line)
                    }
                }
                continue
            }
            if b == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
                atFieldStart = true
                recordHasContent = true
                i += 1
                continue
            }
            if b == lf || (b == cr && (i + 1 == n || bytes[i + 1] == lf)) {
                endRecord()
                i += (b == cr && i + 1 < n) ? 2 : 1
                line += 1
                recordLine = line
                continue
            }
            field.append(b)
            atFieldStart = false
            recordHasContent = true
            i += 1
        }
        endRecord()
        return records
    }
}
