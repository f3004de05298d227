extension SentimentEngine {
    /// Parses an emoji table of `emoji<TAB>description` lines (extra columns ignored, `#`
    /// comments and blank lines skipped), e.g. vaderSentiment's `emoji_utf8_lexicon.txt`;
    /// errors name source and line.
    public static func emojiTable(tsv: String, source: String) throws -> [String: String] {
        var table: [String: String] = [:]
        var lineNumber = 0
        for rawLine in tsv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[1].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SentimentLexiconError(source: source, line: lineNumber,
                                            message: "expected emoji<TAB>description")
            }
            table[String(columns[0])] = columns[1].trimmingCharacters(in: .whitespaces)
        }
        return table
    }

    /// Earshot's own emoji descriptions: common emoji in plain words that the built-in
    /// lexicon rates, written for this project. Emoji without a clear feeling are left out.
    public static let builtInEmoji: [String: String] = {
        var table: [String: String] = [:]
        for line in builtInEmojiText.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        // Presentation selectors, joiners and skin tones only separate words.
        for scalar in [0xFE0F, 0x200D, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE, 0x1F3FF] {
            table[String(UnicodeScalar(scalar)!)] = ""
        }
        return table
    }()

    static let builtInEmojiText = """
    😀 grinning happy face
    😃 big grin happy face
    😄 grinning happy eyes
    😁 beaming grin
    😆 laughing squint
    😅 nervous laugh sweat
    🤣 rolling laughing
    😂 laughing tears of joy
    🙂 slight smile
    🙃 upside-down smile
    😉 winking smile
    😊 smiling happy blush
    😇 smiling halo angel
    🥰 smiling hearts love
    😍 heart eyes love
    🤩 star struck amazed
    😘 blowing a kiss
    😗 kiss face
    ☺ smiling face
    😚 kiss closed eyes
    😙 kiss smiling eyes
    😋 yummy delicious
    😛 tongue out playful
    😜 winking tongue playful
    🤪 zany silly
    😝 squinting tongue playful
    🤑 money mouth
    🤗 hugging happy
    🤭 giggle hand over mouth
    🤫 shushing
    🤔 thinking
    🤐 zipped mouth
    🤨 raised eyebrow skeptical
    😐 neutral face
    😑 expressionless
    😶 speechless
    😏 smirk
    😒 unamused annoyed
    🙄 eye roll annoyed
    😬 grimace awkward
    🤥 lying liar
    😌 relieved calm
    😔 pensive sad
    😪 sleepy
    🤤 drooling
    😴 sleeping
    😷 sick mask
    🤒 sick thermometer
    🤕 hurt bandage
    🤢 nauseated sick
    🤮 vomiting disgusted
    🤧 sneezing sick
    🥵 overheated
    🥶 freezing cold
    🥴 woozy
    😵 dizzy
    🤯 mind blown shocked
    🤠 cowboy happy
    🥳 party celebration
    😎 cool sunglasses
    🤓 nerd
    🧐 monocle curious
    😕 confused
    😟 worried
    🙁 slight frown
    ☹ frowning sad
    😮 open mouth surprised
    😯 hushed surprised
    😲 astonished
    😳 flushed embarrassed
    🥺 pleading
    😦 frowning worried
    😧 anguished
    😨 fearful scared
    😰 anxious sweat
    😥 sad relieved
    😢 crying sad
    😭 sobbing crying
    😱 screaming fear
    😖 confounded upset
    😣 persevering struggle
    😞 disappointed
    😓 downcast sweat
    😩 weary tired
    😫 tired exhausted
    🥱 yawning bored
    😤 steaming frustrated
    😡 pouting angry furious
    😠 angry
    🤬 cursing furious angry
    😈 smiling devil
    👿 angry devil
    💀 skull dead
    ☠ skull crossbones danger
    💩 poop
    🤡 clown
    👹 ogre monster
    👺 goblin
    👻 ghost
    👽 alien
    🤖 robot
    😺 grinning cat happy
    😸 grinning cat happy
    😹 cat tears of joy
    😻 cat heart eyes love
    😼 cat smirk
    😽 cat kiss
    🙀 weary cat shocked
    😿 crying cat sad
    😾 pouting cat angry
    💋 kiss
    💌 love letter
    💘 heart arrow love
    💝 heart gift love
    💖 sparkling heart love
    💗 growing heart love
    💓 beating heart love
    💞 hearts love
    💕 two hearts love
    💟 heart
    ❣ heart exclamation
    💔 broken heart sad
    ❤ red heart love
    🧡 orange heart love
    💛 yellow heart love
    💚 green heart love
    💙 blue heart love
    💜 purple heart love
    🖤 black heart
    🤍 white heart love
    🤎 brown heart love
    💯 hundred percent perfect
    💢 anger symbol
    💥 collision boom
    💫 dizzy star
    💦 sweat drops
    💤 sleeping zzz
    👋 waving hello
    👌 ok hand good
    ✌ victory peace
    🤞 fingers crossed hope
    🤟 love you gesture
    🤘 rock on
    🤙 call me
    👈 pointing left
    👉 pointing right
    👆 pointing up
    👇 pointing down
    🖕 middle finger fuck you
    👍 thumbs up good
    👎 thumbs down bad
    ✊ raised fist
    👊 punch
    👏 clapping applause
    🙌 raising hands celebration
    👐 open hands
    🤲 palms up
    🤝 handshake agreement
    🙏 folded hands thanks
    💪 flexed biceps strong
    👀 eyes looking
    🔥 fire hot
    ✨ sparkles
    🎉 party popper celebration
    🎊 confetti celebration
    🎁 gift present
    🏆 trophy winner
    🥇 gold medal winner
    ⭐ star
    🌟 glowing star
    🌈 rainbow
    ☀ sun
    🌞 smiling sun
    ⚡ lightning
    ☔ rain umbrella
    💰 money bag
    💸 money flying away
    💵 dollars
    📈 chart rising
    📉 chart falling
    ✅ check mark ok
    ✔ check mark
    ❌ cross mark wrong
    ❎ cross mark
    ⚠ warning
    🚫 prohibited
    ⛔ no entry
    🆘 sos help
    ❗ exclamation
    ❓ question
    🤷 shrug
    🤦 facepalm
    🙈 see-no-evil monkey
    🙉 hear-no-evil monkey
    🙊 speak-no-evil monkey
    🐐 goat greatest
    🍾 champagne celebration
    🥂 clinking glasses celebration
    🍻 cheers beers
    🎂 birthday cake
    🎈 balloon
    🆒 cool
    🆗 ok
    🆕 new
    🆓 free
    💡 idea
    🔔 bell
    🔕 muted bell
    ⏳ hourglass waiting
    ⌛ hourglass done
    🐢 turtle slow
    🐌 snail slow
    🚀 rocket
    🛑 stop sign
    🗑 trash
    """
}
