import Foundation
import Testing
@testable import EarshotFeeds

@Suite("FeedDate")
struct DateTests {
    static let valid: [(String, String)] = [
        ("Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 14:30:00 +0000", "2024-03-05T14:30:00Z"),
        ("05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00Z"),                 // no weekday
        ("Tue, 5 Mar 2024 14:30 GMT", "2024-03-05T14:30:00Z"),                // 1-digit day, no seconds
        ("Tue, 05 Mar 24 14:30:00 GMT", "2024-03-05T14:30:00Z"),              // 2-digit year
        ("Fri, 31 Dec 99 23:00:00 GMT", "1999-12-31T23:00:00Z"),              // 2-digit year, last century
        ("Tue, 05 Mar 2024 09:30:00 EST", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 10:30:00 EDT", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 08:30:00 CST", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 07:30:00 PDT", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 14:30:00 UT", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 15:30:00 +0100", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 20:00:00 +0530", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 09:30:00 -0500", "2024-03-05T14:30:00Z"),
        ("Tue, 5 Mar 2024 15:30:00 +01:00", "2024-03-05T14:30:00Z"),         // colon in an RFC 822 zone
        ("Tue, 05 Mar 2024 15:30:00 GMT+0100", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 14:30:00 Z", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Mar 2024 14:30:00", "2024-03-05T14:30:00Z"),                // no zone: UTC
        ("tue, 05 mar 2024 14:30:00 gmt", "2024-03-05T14:30:00Z"),            // lower case
        ("  Tue, 05 Mar 2024 14:30:00 GMT \n", "2024-03-05T14:30:00Z"),       // surrounding whitespace
        ("Tuesday, 05 March 2024 14:30:00 GMT", "2024-03-05T14:30:00Z"),      // full names
        ("Tuesday, 05-Mar-24 14:30:00 GMT", "2024-03-05T14:30:00Z"),          // RFC 850
        ("Tue Mar  5 14:30:00 2024", "2024-03-05T14:30:00Z"),                 // asctime
        ("Tue, Mar 05 2024 14:30:00 GMT", "2024-03-05T14:30:00Z"),            // month before day
        ("March 5, 2024 2:30 PM EST", "2024-03-05T19:30:00Z"),                // prose with AM/PM
        ("5th March 2024 12:15 am", "2024-03-05T00:15:00Z"),                  // ordinal day, 12 am
        ("Tue, 05 Mar 2024 14:30:00 GMT (Coordinated Universal Time)", "2024-03-05T14:30:00Z"),
        ("Tue, 05 Sept 2023 14:30:00 GMT", "2023-09-05T14:30:00Z"),
        ("Sat, 29 Feb 2020 23:59:59 -0800", "2020-03-01T07:59:59Z"),         // leap day across midnight
        ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z"),
        ("2024-03-05t14:30:00z", "2024-03-05T14:30:00Z"),
        ("2024-03-05T14:30:00.123Z", "2024-03-05T14:30:00.123Z"),
        ("2024-03-05T09:30:00.5-05:00", "2024-03-05T14:30:00.500Z"),
        ("2024-03-05T15:30:00+01:00", "2024-03-05T14:30:00Z"),
        ("2024-03-05T15:30:00+0100", "2024-03-05T14:30:00Z"),                 // no colon in offset
        ("2024-03-05T15:30:00+01", "2024-03-05T14:30:00Z"),                   // hours-only offset
        ("2024-03-05T14:30Z", "2024-03-05T14:30:00Z"),                        // no seconds
        ("2024-03-05", "2024-03-05T00:00:00Z"),                               // date only
        ("2024-03-05 14:30:00", "2024-03-05T14:30:00Z"),                      // space, no zone
        ("2024-03-05 14:30:00 UTC", "2024-03-05T14:30:00Z"),
        ("2024/03/05 14:30:00", "2024-03-05T14:30:00Z"),
        ("2024-3-5T14:30:00Z", "2024-03-05T14:30:00Z"),                       // unpadded month and day
        ("20240305T143000Z", "2024-03-05T14:30:00Z"),                         // basic format
        ("1999-12-31T23:59:60Z", "1999-12-31T23:59:59Z"),                     // leap second clamps
        ("2024-03-05T24:00:00Z", "2024-03-06T00:00:00Z"),                     // end of day
    ]

    @Test(arguments: valid)
    func parses(_ input: String, _ expected: String) {
        let d = FeedDate.parse(input)
        #expect(d != nil, "could not parse \(input)")
        if let d { #expect(abs(d.timeIntervalSince1970 - utc(expected).timeIntervalSince1970) < 0.0005, "\(input)") }
    }

    @Test(arguments: [
        "", "   ", "not a date", "yesterday", "2024-13-01", "2024-02-30", "Tue, 31 Feb 2024 10:00:00 GMT",
        "32 Mar 2024 10:00:00 GMT", "2024-03-05T25:00:00Z", "2024-03-05T14:61:00Z", "Mar 2024", "14:30:00",
        "Tue, 05 Foo 2024 14:30:00 GMT", "2024-03-05T14:30:00+2500", "13 PM March 5 2024",
        String(repeating: "9", count: 500),
    ])
    func rejects(_ input: String) {
        #expect(FeedDate.parse(input) == nil, "\(input) should not parse")
    }
}
