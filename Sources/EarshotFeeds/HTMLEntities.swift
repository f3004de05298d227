/// Named character references understood by `HTMLText` and by the XML entity repair pass.
///
/// Covers the HTML 4 set (Latin-1, symbols, Greek, punctuation) and the HTML5 names that turn up in feeds.
enum HTMLEntities {
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "quot": 34, "amp": 38, "apos": 39, "lt": 60, "gt": 62,
            "QUOT": 34, "AMP": 38, "LT": 60, "GT": 62, "COPY": 169, "REG": 174, "TRADE": 8482,
            "Tab": 9, "NewLine": 10, "excl": 33, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40, "rpar": 41,
            "ast": 42, "plus": 43, "comma": 44, "period": 46, "sol": 47, "colon": 58, "semi": 59, "equals": 61,
            "quest": 63, "commat": 64, "lsqb": 91, "lbrack": 91, "bsol": 92, "rsqb": 93, "rbrack": 93,
            "Hat": 94, "lowbar": 95, "grave": 96, "lcub": 123, "lbrace": 123, "verbar": 124, "vert": 124,
            "rcub": 125, "rbrace": 125,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376, "fnof": 402,
            "circ": 710, "tilde": 732,
            "ensp": 8194, "emsp": 8195, "numsp": 8199, "puncsp": 8200, "thinsp": 8201, "hairsp": 8202,
            "ZeroWidthSpace": 8203, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207,
            "hyphen": 8208, "dash": 8208, "ndash": 8211, "mdash": 8212, "horbar": 8213,
            "lsquo": 8216, "rsquo": 8217, "rsquor": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221,
            "rdquor": 8221, "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "bull": 8226, "bullet": 8226,
            "nldr": 8229, "hellip": 8230, "mldr": 8230, "permil": 8240, "prime": 8242, "Prime": 8243,
            "lsaquo": 8249, "rsaquo": 8250, "oline": 8254, "frasl": 8260, "NoBreak": 8288, "euro": 8364,
            "image": 8465, "ell": 8467, "numero": 8470, "copysr": 8471, "weierp": 8472, "real": 8476,
            "trade": 8482, "alefsym": 8501,
            "larr": 8592, "uarr": 8593, "rarr": 8594, "darr": 8595, "harr": 8596, "crarr": 8629,
            "lArr": 8656, "uArr": 8657, "rArr": 8658, "dArr": 8659, "hArr": 8660,
            "forall": 8704, "part": 8706, "exist": 8707, "empty": 8709, "nabla": 8711, "isin": 8712,
            "notin": 8713, "ni": 8715, "prod": 8719, "sum": 8721, "minus": 8722, "lowast": 8727,
            "radic": 8730, "prop": 8733, "infin": 8734, "ang": 8736, "and": 8743, "or": 8744, "cap": 8745,
            "cup": 8746, "int": 8747, "there4": 8756, "sim": 8764, "cong": 8773, "asymp": 8776, "ne": 8800,
            "equiv": 8801, "le": 8804, "ge": 8805, "sub": 8834, "sup": 8835, "nsub": 8836, "sube": 8838,
            "supe": 8839, "oplus": 8853, "otimes": 8855, "perp": 8869, "sdot": 8901,
            "lceil": 8968, "rceil": 8969, "lfloor": 8970, "rfloor": 8971, "lang": 9001, "rang": 9002,
            "loz": 9674, "starf": 9733, "star": 9734, "phone": 9742, "female": 9792, "male": 9794,
            "spades": 9824, "clubs": 9827, "hearts": 9829, "diams": 9830, "flat": 9837, "natural": 9838,
            "sharp": 9839, "check": 10003, "cross": 10007,
            "thetasym": 977, "upsih": 978, "piv": 982, "sigmaf": 962, "half": 189, "centerdot": 183,
        ]
        let latin1 = [
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
            "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
            "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
            "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
            "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
            "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
            "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
            "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc",
            "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
        ]
        for (offset, name) in latin1.enumerated() { table[name] = UInt32(160 + offset) }
        // Greek capitals 913...937 (no 930) and small letters 945...969.
        let greek = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
                     "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi",
                     "Chi", "Psi", "Omega"]
        for (offset, name) in greek.enumerated() where !name.isEmpty {
            table[name] = UInt32(913 + offset)
            let lower = name.prefix(1).lowercased() + name.dropFirst()
            table[lower] = UInt32(945 + offset)
        }
        return table
    }()

    /// Names a browser also accepts without the closing semicolon (a subset of the HTML5 legacy list).
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// Windows-1252 characters for bytes 0x80...0x9F (0 where the code page leaves a hole).
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character a numeric reference stands for, with the HTML5 fixes (C1 range read as windows-1252,
    /// NUL, surrogates and out-of-range values become U+FFFD).
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F {
            let mapped = cp1252High[Int(value - 0x80)]
            return Unicode.Scalar(mapped == 0 ? value : mapped) ?? "\u{FFFD}"
        }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
