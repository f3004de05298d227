#!/usr/bin/env python3
"""Generate a fixed, seeded corpus of varied feed documents for the feed-parser benchmark.

Usage: make-corpus.py OUTDIR [--files N] [--seed S]

Writes ~200 documents (RSS 2.0, Atom 1.0, RSS 1.0/RDF, JSON Feed 1.0/1.1; about 10k items in
all) with realistic HTML bodies, entities, non-ASCII text and a spread of date formats. The same
seed always gives the same bytes.
"""
import argparse
import datetime as dt
import json
import os
import random
from xml.sax.saxutils import escape, quoteattr

WORDS = """the customer support team answered quickly and the refund arrived on time but the app still
crashes when I open settings after the latest update battery drains faster than before shipping was
delayed twice and nobody replied to my email I love the new design it feels faster cleaner simpler
pricing changed without notice which is frustrating our company switched last month great onboarding
documentation could be better the API returns errors under load latency spikes every evening""".split()
ACCENTED = ["café", "naïve", "Zürich", "São Paulo", "résumé", "Ærø", "Straße", "niño", "façade", "Kraków"]
EMOJI = ["😀", "🚀", "👍", "🔥", "😡"]
NAMES = ["Alice Martin", "Bob Nguyen", "Chloé Dubois", "Dmitri Ivanov", "Eva Müller", "Farah Khan",
         "George O'Brien", "Hana Sato", "Ingrid Olsen", "José García"]
ZONES = [("GMT", 0), ("+0000", 0), ("-0500", -300), ("EST", -300), ("PDT", -420), ("+0200", 120),
         ("+0530", 330), ("UT", 0), ("EDT", -240), ("CST", -360)]


def sentence(rng, n=None):
    n = n or rng.randint(6, 18)
    words = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(ACCENTED))
    if rng.random() < 0.1:
        words.append(rng.choice(EMOJI))
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", "!", "?"])


def inline_html(rng):
    """A sentence with inline markup and character references."""
    s = escape(sentence(rng))
    words = s.split(" ")
    r = rng.random()
    if r < 0.2 and len(words) > 3:
        i = rng.randrange(len(words) - 2)
        words[i] = "<strong>" + words[i]
        words[i + 1] = words[i + 1] + "</strong>"
    elif r < 0.4 and len(words) > 3:
        i = rng.randrange(len(words) - 2)
        words[i] = '<a href="https://example.com/p/%d">' % rng.randint(1, 999) + words[i]
        words[i + 1] = words[i + 1] + "</a>"
    elif r < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(["&amp;", "&mdash;", "&#8217;s", "&nbsp;", "&quot;ok&quot;", "&#x2014;", "&lt;3"]))
    return " ".join(words)


def html_body(rng):
    parts = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        if kind < 0.55:
            parts.append("<p>" + " ".join(inline_html(rng) for _ in range(rng.randint(1, 4))) + "</p>")
        elif kind < 0.7:
            parts.append("<ul>" + "".join("<li>%s</li>" % inline_html(rng) for _ in range(rng.randint(2, 4))) + "</ul>")
        elif kind < 0.8:
            parts.append("<blockquote><p>%s</p></blockquote>" % inline_html(rng))
        elif kind < 0.88:
            parts.append('<p><img src="https://cdn.example.com/i/%d.jpg" alt="photo"/> %s<br/>%s</p>'
                         % (rng.randint(1, 9999), inline_html(rng), inline_html(rng)))
        elif kind < 0.94:
            parts.append("<h2>%s</h2><div>%s</div>" % (escape(sentence(rng, 4)), inline_html(rng)))
        else:
            parts.append("<p>%s</p><script>track(%d)</script><style>p{color:red}</style>" % (inline_html(rng), rng.randint(1, 99)))
    return "\n".join(parts)


def rfc822(rng, t):
    name, minutes = rng.choice(ZONES)
    local = t + dt.timedelta(minutes=minutes)
    style = rng.random()
    if style < 0.55:
        return local.strftime("%a, %d %b %Y %H:%M:%S ") + name
    if style < 0.7:
        return local.strftime("%d %b %Y %H:%M:%S ") + name          # no weekday
    if style < 0.8:
        return local.strftime("%a, %d %b %Y %H:%M ") + name          # no seconds
    if style < 0.9:
        return local.strftime("%a, %-d %b %Y %H:%M:%S ") + name      # 1-digit day
    return local.strftime("%a, %d %b %y %H:%M:%S ") + name           # 2-digit year


def iso(rng, t):
    style = rng.random()
    if style < 0.4:
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style < 0.6:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)
    offset = rng.choice([60, -300, 330, 0, 120])
    local = t + dt.timedelta(minutes=offset)
    sign = "+" if offset >= 0 else "-"
    hh, mm = divmod(abs(offset), 60)
    if style < 0.9:
        return local.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, hh, mm)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d%02d" % (sign, hh, mm)   # no colon in offset


def random_time(rng):
    base = dt.datetime(2019, 1, 1)
    return base + dt.timedelta(seconds=rng.randint(0, 6 * 365 * 86400))


def title(rng):
    t = sentence(rng, rng.randint(3, 9)).rstrip(".!?")
    if rng.random() < 0.15:
        t = t.replace(" and ", " & ", 1) if " and " in t else t + " & more"
    return t


def rss2(rng, idx, n):
    site = "https://site%d.example.org" % idx
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", "<title>%s</title>" % escape(title(rng)), "<link>%s/</link>" % site,
           "<description>%s</description>" % escape(sentence(rng)), "<language>en-us</language>"]
    for i in range(n):
        t = random_time(rng)
        link = "%s/posts/%d-%d" % (site, idx, i)
        out.append("<item>")
        out.append("<title>%s</title>" % escape(title(rng)))
        out.append("<link>%s</link>" % link)
        r = rng.random()
        if r < 0.5:
            out.append('<guid isPermaLink="false">%s-item-%d-%d</guid>' % (site.split("//")[1], idx, i))
        elif r < 0.8:
            out.append("<guid>%s</guid>" % link)
        out.append("<pubDate>%s</pubDate>" % rfc822(rng, t))
        if rng.random() < 0.5:
            out.append("<dc:creator>%s</dc:creator>" % escape(rng.choice(NAMES)))
        body = html_body(rng)
        if rng.random() < 0.5:
            out.append("<description>%s</description>" % escape(sentence(rng)))
            if rng.random() < 0.5:
                out.append("<content:encoded><![CDATA[%s]]></content:encoded>" % body)
            else:
                out.append("<content:encoded>%s</content:encoded>" % escape(body))
        else:
            out.append("<description>%s</description>" % escape(body))
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out)


def atom(rng, idx, n):
    site = "https://blog%d.example.net" % idx
    use_base = rng.random() < 0.4
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0"%s xml:lang="en">'
           % (' xml:base="%s/"' % site if use_base else ""),
           "<title>%s</title>" % escape(title(rng)), '<link rel="alternate" href="%s/"/>' % site,
           '<link rel="self" href="%s/feed.atom"/>' % site, "<id>urn:uuid:feed-%d</id>" % idx,
           "<updated>%s</updated>" % random_time(rng).strftime("%Y-%m-%dT%H:%M:%SZ")]
    for i in range(n):
        t = random_time(rng)
        out.append("<entry>")
        out.append("<id>tag:blog%d.example.net,2024:entry-%d</id>" % (idx, i))
        ttype = rng.random()
        if ttype < 0.2:
            out.append('<title type="html">%s</title>' % escape("<em>%s</em>" % escape(title(rng))))
        else:
            out.append("<title>%s</title>" % escape(title(rng)))
        href = ("entries/%d" % i) if use_base else "%s/entries/%d" % (site, i)
        out.append('<link rel="alternate" type="text/html" href=%s/>' % quoteattr(href))
        out.append('<link rel="replies" href="%s/entries/%d/comments"/>' % (site, i))
        if rng.random() < 0.7:
            out.append("<published>%s</published>" % iso(rng, t))
        out.append("<updated>%s</updated>" % iso(rng, t + dt.timedelta(hours=rng.randint(0, 48))))
        out.append("<author><name>%s</name>%s</author>" % (escape(rng.choice(NAMES)),
                   "<email>u%d@example.net</email>" % rng.randint(1, 99) if rng.random() < 0.3 else ""))
        if rng.random() < 0.1:
            out.append('<thr:in-reply-to ref="tag:blog%d.example.net,2024:entry-%d"/>' % (idx, max(0, i - 1)))
        c = rng.random()
        body = html_body(rng)
        if c < 0.45:
            out.append('<content type="html">%s</content>' % escape(body))
        elif c < 0.65:
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>'
                       % body.replace("&nbsp;", "&#160;").replace("&mdash;", "&#8212;"))
        elif c < 0.8:
            out.append("<summary>%s</summary>" % escape(sentence(rng) + " " + sentence(rng)))
        else:
            out.append('<summary type="html">%s</summary>' % escape("<p>%s</p>" % inline_html(rng)))
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out)


def rss1(rng, idx, n):
    site = "https://news%d.example.com" % idx
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel rdf:about="%s/">' % site, "<title>%s</title>" % escape(title(rng)),
           "<link>%s/</link>" % site, "<description>%s</description>" % escape(sentence(rng)),
           "<items><rdf:Seq>"]
    links = ["%s/story/%d" % (site, i) for i in range(n)]
    out += ['<rdf:li rdf:resource="%s"/>' % l for l in links]
    out += ["</rdf:Seq></items>", "</channel>"]
    for i in range(n):
        t = random_time(rng)
        out.append('<item rdf:about="%s">' % links[i])
        out.append("<title>%s</title>" % escape(title(rng)))
        out.append("<link>%s</link>" % links[i])
        out.append("<dc:date>%s</dc:date>" % iso(rng, t))
        out.append("<dc:creator>%s</dc:creator>" % escape(rng.choice(NAMES)))
        body = html_body(rng)
        if rng.random() < 0.4:
            out.append("<content:encoded><![CDATA[%s]]></content:encoded>" % body)
        out.append("<description>%s</description>" % escape(body if rng.random() < 0.5 else sentence(rng)))
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out)


def jsonfeed(rng, idx, n):
    v11 = rng.random() < 0.6
    site = "https://micro%d.example.io" % idx
    feed = {"version": "https://jsonfeed.org/version/1.1" if v11 else "https://jsonfeed.org/version/1",
            "title": title(rng), "home_page_url": site + "/", "feed_url": site + "/feed.json", "items": []}
    if v11:
        feed["language"] = "en"
    for i in range(n):
        t = random_time(rng)
        item = {"id": "%s/%d" % (site, i) if rng.random() < 0.5 else str(1000 + i),
                "url": "%s/%d" % (site, i), "date_published": iso(rng, t)}
        if rng.random() < 0.8:
            item["title"] = title(rng)
        if rng.random() < 0.6:
            item["content_html"] = html_body(rng)
        else:
            item["content_text"] = sentence(rng) + "\n\n" + sentence(rng)
        a = {"name": rng.choice(NAMES), "url": "https://people.example/%d" % rng.randint(1, 99)}
        if v11:
            item["authors"] = [a]
        else:
            item["author"] = a
        feed["items"].append(item)
    return json.dumps(feed, ensure_ascii=rng.random() < 0.3, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261122)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    total = 0
    for idx in range(args.files):
        n = rng.randint(10, 90)
        kind = rng.random()
        if kind < 0.45:
            text, ext = rss2(rng, idx, n), "rss"
        elif kind < 0.75:
            text, ext = atom(rng, idx, n), "atom"
        elif kind < 0.87:
            text, ext = rss1(rng, idx, n), "rdf"
        else:
            text, ext = jsonfeed(rng, idx, n), "json"
        data = text.encode("utf-8")
        if ext == "rss" and idx % 15 == 0:
            # A few legacy-encoded documents.
            text = text.replace('encoding="UTF-8"', 'encoding="windows-1252"')
            data = text.encode("cp1252", errors="xmlcharrefreplace")
        with open(os.path.join(args.outdir, "feed-%03d.%s" % (idx, ext)), "wb") as f:
            f.write(data)
        total += n
    print("wrote %d files, %d items to %s" % (args.files, total, args.outdir))


if __name__ == "__main__":
    main()
