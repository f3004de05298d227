import Testing
@testable import EarshotFeeds

@Suite("HTMLText")
struct HTMLTextTests {
    static let cases: [(String, String)] = [
        ("", ""),
        ("plain", "plain"),
        ("<p>Hello</p><p>World</p>", "Hello\nWorld"),
        ("a<br>b<br/>c<BR />d", "a\nb\nc\nd"),
        ("<ul><li>one</li><li>two</li></ul>after", "one\ntwo\nafter"),
        ("<h2>Title</h2>Body", "Title\nBody"),
        ("<div><div>nested</div></div>after", "nested\nafter"),
        ("<b>bold</b><i>italic</i>", "bolditalic"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&lt;tag&gt; &quot;q&quot; &apos;a&apos;", "<tag> \"q\" 'a'"),
        ("caf&eacute; &#233; &#xE9; &#XE9;", "café é é é"),
        ("&ldquo;hi&rdquo; &mdash; it&rsquo;s &hellip; &euro;5 &copy;", "“hi” — it’s … €5 ©"),
        ("&Alpha;&omega; &rarr; &hearts;", "Αω → ♥"),
        ("&#128512; &#x1F680;", "😀 🚀"),
        ("&#150; &#153;", "– ™"),                                 // C1 references read as windows-1252
        ("&#0;|&#xD800;|&#1114112;", "\u{FFFD}|\u{FFFD}|\u{FFFD}"),
        ("a&nbsp;&nbsp;b", "a b"),
        ("AT&T &bogus; & done", "AT&T &bogus; & done"),          // unknown or bare '&' stays
        ("fish &amp chips", "fish & chips"),                      // legacy reference without ';'
        ("5 < 6 and 7 > 3", "5 < 6 and 7 > 3"),                   // stray '<' is text
        ("x <script>var s = '<p>'; if (a < b) {}</script> y", "x y"),
        ("<style>p { color: red }</style>text", "text"),
        ("<SCRIPT type=\"text/javascript\">evil()</SCRIPT>ok", "ok"),
        ("<!-- hidden <p> -->visible", "visible"),
        ("<a href=\"x>y\" title='a>b'>link</a>", "link"),        // '>' inside quoted attributes
        ("<p>unclosed", "unclosed"),
        ("text <", "text <"),
        ("<img src=\"a.png\" alt=\"photo\"> caption", "caption"),
        ("  lots   of \n\t space  ", "lots of space"),
        ("<p>  spaced  </p>  <p>  out  </p>", "spaced\nout"),
        ("<pre>line1\nline2</pre>", "line1\nline2"),
        ("<![CDATA[raw <b>]]>", "raw <b>"),
        ("<?xml version=\"1.0\"?><p>x</p>", "x"),
        ("<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body></html>", "Body"),
        ("Zürich 日本 👍", "Zürich 日本 👍"),
    ]

    @Test(arguments: cases)
    func converts(_ html: String, _ expected: String) {
        #expect(HTMLText.plainText(html) == expected)
    }

    @Test func largeInputIsLinear() {
        let html = String(repeating: "<p>word &amp; <b>bold</b></p>", count: 20_000)
        let text = HTMLText.plainText(html)
        #expect(text.hasPrefix("word & bold\nword & bold"))
        #expect(text.split(separator: "\n").count == 20_000)
    }
}
