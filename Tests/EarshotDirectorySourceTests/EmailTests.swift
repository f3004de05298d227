import EarshotCore
import Foundation
import Testing
@testable import EarshotDirectorySource

@Suite struct EmailTests {
    func one(_ text: String) throws -> Item {
        let items = try parse("mail.eml", text)
        #expect(items.count == 1)
        return try #require(items.first)
    }

    @Test func plainMessageWithFoldedHeaders() throws {
        let item = try one("""
        Return-Path: <jane@example.com>
        From: "Doe, Jane" <jane@example.com>
        To: support@acme.example
        Subject: My order
         never arrived
        Date: Sun, 22 Nov 2026 11:00:00 +0100 (CET)
        Message-ID: <abc123@mail.example.com>
        In-Reply-To: <prev@acme.example>
        References: <root@acme.example> <prev@acme.example>

        Hello,

        I ordered two weeks ago.
        """.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(item.author == Author(handle: "jane@example.com", name: "Doe, Jane"))
        #expect(item.title == "My order never arrived")
        #expect(item.published == Date(timeIntervalSince1970: 1_795_341_600))
        #expect(item.id == "abc123@mail.example.com")
        #expect(item.inReplyTo == "prev@acme.example")
        #expect(item.thread == "root@acme.example")
        #expect(item.text == "Hello,\r\n\r\nI ordered two weeks ago.")
        #expect(item.source == "inbox")
    }

    @Test func quotedPrintableLatin1AndEncodedWords() throws {
        let item = try one("""
        From: =?iso-8859-1?Q?Ren=E9_Dupr=E9?= <rene@example.fr>
        Subject: =?utf-8?B?w4dhIG5lIG1hcmNoZQ==?= =?utf-8?Q?_pas_=E2=82=AC?= (ok)
        Content-Type: text/plain; charset="ISO-8859-1"
        Content-Transfer-Encoding: quoted-printable

        Le t=E9l=E9chargement =
        est cass=E9.=0A=3D fin
        """)
        #expect(item.author == Author(handle: "rene@example.fr", name: "René Dupré"))
        #expect(item.title == "Ça ne marche pas € (ok)")
        #expect(item.text == "Le téléchargement est cassé.\n= fin")
        #expect(item.id.hasPrefix("h:"))
    }

    @Test func multipartAlternativePrefersPlainBase64() throws {
        let plain = Data("Grüße, the app is slow".utf8).base64EncodedString()
        let item = try one("""
        From: bob@example.com (Bob B)
        Subject: slow
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1=_x"

        This is the preamble.
        --b1=_x
        Content-Type: text/html; charset=utf-8

        <p>HTML version</p>
        --b1=_x
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: base64

        \(plain.prefix(20))
        \(plain.dropFirst(20))
        --b1=_x--
        epilogue
        """)
        #expect(item.author == Author(handle: "bob@example.com", name: "Bob B"))
        #expect(item.text == "Grüße, the app is slow")
    }

    @Test func multipartMixedSkipsAttachmentsAndNests() throws {
        let item = try one("""
        From: a@example.com
        Subject: nested
        Content-Type: multipart/mixed; boundary=outer

        --outer
        Content-Type: text/plain; charset=us-ascii
        Content-Disposition: attachment; filename="log.txt"

        attachment text, not the body
        --outer
        Content-Type: multipart/alternative; boundary=inner

        --inner
        Content-Type: text/plain; charset=windows-1252
        Content-Transfer-Encoding: quoted-printable

        =93Broken=94 again =96 fix it
        --inner--
        --outer--
        """)
        #expect(item.text == "“Broken” again – fix it")
    }

    @Test func htmlOnlyBodyIsStripped() throws {
        let item = try one("""
        From: c@example.com
        Subject: html
        Content-Type: text/html; charset=utf-8

        <html><head><style>p { color: red }</style><script>alert("x")</script></head>
        <body><p>Refund&nbsp;please &amp; <b>now</b></p><p>Thanks&#33; &lt;3</p><!-- hidden --></body></html>
        """)
        #expect(item.text == "Refund please & now\nThanks! <3")   // block elements become one line break
    }

    @Test func brokenEmails() throws {
        #expect(parseError("m.eml", "just some text\nwithout headers\n")?.message.hasPrefix("not an email") == true)
        #expect(parseError("m.eml", "From: a@b.c\nSubject: x\n\n   \n")?.message == "the email body is empty")
        #expect(parseError("m.eml", "From: a@b.c\nContent-Type: multipart/mixed\n\nbody\n")?.message.contains("without a boundary") == true)
        #expect(parseError("m.eml", "From: a@b.c\nContent-Type: text/plain; charset=koi8-r\n\nhi\n")?.message.contains("unsupported charset \"koi8-r\"") == true)
        #expect(parseError("m.eml", "From: a@b.c\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n")?.message.contains("not valid base64") == true)
        #expect(parseError("m.eml", "From: a@b.c\nContent-Type: image/png\n\nxx\n")?.message.contains("no text/plain or text/html body") == true)
        let e = try #require(parseError("m.eml", "From: a@b.c\nSubject: y\n\nok line\nbad \u{1}".data(using: .utf8)! + Data([0xE9, 0x0A])))
        #expect(e.line == 5)
        #expect(e.message.hasPrefix("invalid UTF-8 at byte offset"))
        let h = try #require(parseError("m.eml", Data("From: a@b.c\nSubject: caf".utf8) + Data([0xE9, 0x0A, 0x0A]) + Data("body".utf8)))
        #expect(h.line == 2)
        #expect(h.message.contains("invalid UTF-8 in a header"))
    }

    @Test func rfc5322Dates() {
        let d = Date(timeIntervalSince1970: 1_795_341_600)   // 2026-11-22T10:00:00Z
        #expect(EmailMessage.parseDate("Sun, 22 Nov 2026 10:00:00 +0000") == d)
        #expect(EmailMessage.parseDate("22 Nov 2026 05:00:00 -0500") == d)
        #expect(EmailMessage.parseDate("Sun, 22 Nov 26 02:00 PST") == d)
        #expect(EmailMessage.parseDate("22 Nov 2026 10:00:00 GMT (comment)") == d)
        #expect(EmailMessage.parseDate("yesterday") == nil)
        #expect(EmailMessage.parseDate("32 Nov 2026 10:00:00 +0000") == nil)
    }

    @Test func encodedWordsEdgeCases() {
        #expect(EmailMessage.decodeEncodedWords("=?UTF-8?q?a_b?= =?utf-8?q?c?=") == "a bc")
        #expect(EmailMessage.decodeEncodedWords("plain =?bogus?q?x?= text") == "plain =?bogus?q?x?= text")
        #expect(EmailMessage.decodeEncodedWords("x =?utf-8?B?w6k=?= y") == "x é y")
    }
}
