// Earshot's built-in sentiment lexicon.
//
// How it was made: every entry was written and rated by hand for this project, from general
// knowledge of English as it is used in social media, customer messages and news. No
// published lexicon (VADER, AFINN, LIWC, ANEW, GI, SentiWordNet, ...) was copied, consulted
// for values or used as a word list, and no word was picked or rated by looking at the
// evaluation corpora. It was written in four rounds: the first (about 5,600 keys) covered the
// core vocabulary; the second (about 3,500 keys) added, in three separately written batches,
// customer and product experience, emotions / personal life / news and editorial language, and
// social-media slang, abbreviations, profanity variants and emoticons — again rated by hand,
// calibrated against the first round's ratings, and checked only for overlaps with it. The
// third (about 2,500 keys, the lines after `-3.8 genocides`, in four separately written
// batches: everyday life, health, weather and food; people, character and relationships;
// actions, achievement, crime and public life; the informal register — interjections, chat
// spellings, entertainment reviews, hashtag compounds, kaomoji) was rated the same way against
// the first two; where two batches rated a key, the mean was kept. The fourth (about 4,500
// keys, the lines after `-3.8 war-criminal`) swept everyday English letter by letter, in seven
// separately written batches, for the faint words the earlier rounds left out as not emotional
// enough (chores, hassles, ailments, small pleasures: mostly ±0.3 … ±1.5) and for inflections
// of existing keys that were missing; it only adds keys, never re-rates one. Each key was also
// checked to survive the tokenizer's punctuation stripping (a test scores every key alone).
//
// Rules of thumb used for the mean valence (−4 … +4):
// - ±0.5–1: a faint or mild feeling (okay, meh, late); ±1.5–2.2: clearly positive or negative
//   (good, helpful, annoying, broken); ±2.5–3.2: strong feeling (great, love, awful, hate);
//   ±3.4–3.8: the extremes (perfect, amazing, horrific, worst) and atrocities.
// - A word is rated out of context for its most common sense; words whose common sense is
//   neutral (mean as in "I mean", hard as in "hard drive") are rated low or left out.
// - Inflections share the rating of their stem; adverbs and nouns of strong adjectives are a
//   little weaker, superlatives a little stronger.
// - Profanity and insults are rated by their usual hostile use; elongated and misspelled
//   forms (loooove, gud, awsome) follow their standard form; emoticons are rated like the
//   face they draw.
// - Negators, degree adverbs and "but" are left out: the engine's rules handle them, and a
//   rating would switch those rules off.
//
// Format of `builtInLexiconText`: one bucket per line, `<valence> word word ...`; a key is any
// run of non-space characters (emoticons included) and must be lowercase.

extension SentimentLexicon {
    /// Earshot's own lexicon (about 16,200 English words, slang, emoticons), rated by hand.
    public static let builtIn = SentimentLexicon(entries: parseBuckets(builtInLexiconText).entries)

    /// Parses the bucket format of `builtInLexiconText`; `duplicates` lists keys rated twice.
    static func parseBuckets(_ text: String) -> (entries: [String: Double], duplicates: [String], errors: [String]) {
        var entries: [String: Double] = [:]
        var duplicates: [String] = []
        var errors: [String] = []
        for (number, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let valence = Double(first), (-4...4).contains(valence) else {
                errors.append("built-in lexicon line \(number + 1): bad valence in \"\(line.prefix(30))\"")
                continue
            }
            for field in fields.dropFirst() {
                let key = String(field)
                if key != key.lowercased() { errors.append("built-in lexicon line \(number + 1): \"\(key)\" is not lowercase") }
                if entries.updateValue(valence, forKey: key) != nil { duplicates.append(key) }
            }
        }
        return (entries, duplicates, errors)
    }

    static let builtInLexiconText = #"""
    +3.6 breathtaking exquisite flawless glorious heavenly magnificent marvellous marvelous masterpiece
    +3.6 masterpieces outstanding phenomenal spectacular sublime superb
    +3.4 aaaaawesome aaaawesome aaawesome aawesome amaze amazed amazes amazing aweeeeesome aweeeesome aweeesome
    +3.4 aweesome awesome awesomee awesomeee awesomeeee awesomeeeee awesomeness awesoome awesooome awesoooome
    +3.4 awesooooome beatiful beautful beautiful beautifull beautifully beutiful bliss blissful brilliant
    +3.4 brilliantly ecstatic elated euphoria euphoric excellant excellence excellent extraordinary fabulous
    +3.4 fantastic gorgeous jubilant overjoyed perfectly stunning stunningly thrilled thrilling wonderful
    +3.4 wonderfull wonderfully
    +3.4 amaazing amazeing amazingday amazingggg amazng amazzing amzing awesomeeeeee awesomest awsomee
    +3.4 beautifulll beautyful bestdayever bestdayofmylife bestnightever besttimeever bestweekendever
    +3.4 bestyearever excelent exellent fantabulous fantastik faultless gorgeouss gorgeus gorgous gorjus xlnt
    +3.3 angelic awe-inspiring awestruck captivated captivating dazzled dazzling divine enchanted enchanting
    +3.3 majestic mesmerized mesmerizing paradise radiant resplendent utopia wondrous
    +3.2 adorbs adore adored adores adoring beloved blissfully cherish cherished cherishes darling delight
    +3.2 delighted delightful delights ecstasy elation exuberance exuberant exultant happiness joy joyful joyous
    +3.2 jubilation looooove loooove looove loove love loved lovee loveee loveeee loveeeee lovely loves lovin
    +3.2 loving lovley luv luvly luvs luvv luvvv overjoy passion passionate perfect perfection rapture rapturous
    +3.2 rejoice rejoicing sweetheart treasure treasured triumph triumphant triumphantly triumphs victorious
    +3.2 winner winners
    +3.2 awesomer best-in-class blown-away cherishing ecstatically exuberantly exult exultation
    +3.2 exulted exulting exults hapiness happyness iloveyou ilysmm joys jubilantly loooooove
    +3.2 loveeeeee lovelovelove lovelyy loveu loveyoutoo loveyouu lovve lurve luvely over-the-moon perfectday
    +3.2 perfecto perfectt perfekt purrfect purrfection second-to-none to-die-for treasuring truelove
    +3.0 <3 <33 admirable admiration admire admired admires admiring amazingness astounding awesomely best
    +3.0 best-ever blessed blessing blessings brilliance congradulations congratz dreamboat epic exceeded
    +3.0 exceeding exceeds excellency excellently excited excitement exciting exemplary exhilarating fab
    +3.0 fantastically fantasticness first-class first-rate game-changer gamechanger genius geniuses glad gladly
    +3.0 gloriously gloriousness grateful gratefully gratitude greatest greatful haaaaappy haaaappy haaappy haappy
    +3.0 hands-down happier happiest happy happyy happyyy happyyyy happyyyyy hapy iconic idolize idolized ily ily2
    +3.0 ilysm immaculate impeccable impress impressed impresses impressive incomparable inspiration inspirational
    +3.0 inspire inspired inspires inspiring legend legendary legends life-saver lifesaver lolz loveya loveyou
    +3.0 lulz luvya magnificence magnificently marvelously muah must-have mwah outstandingly phenomenally pristine
    +3.0 remarkable rofl roflmao sensational spectacularly splendid splendidly splendor splendour stellar superbly
    +3.0 terrific thankful top-notch topnotch unbeatable unmatched unrivaled wonderland wonderment wonderous
    +3.0 world-class worship worshipped worshipping worships xoxo xoxoxo
    +3.0 11/10 above-and-beyond amazeballs amazement beautifulday blessedd blissed bootiful brill chefskiss
    +3.0 darlings enchantment epicc exceed excitedd fabb faultlessly game-changing gamechanging gladness gorg
    +3.0 gratefull happi happpy iloveit ilovethis ilu ilu2 immaculately impeccably inspirations life-savers
    +3.0 lifesavers loveit lovelyday lovemylife lovethis lovingit luvit luvu luvyou lysm muahh mwahh peerless
    +3.0 perfected rotfl rotflmao soblessed soexcited sograteful sohappy superlative thankfull treasures
    +3.0 triumphing unparalleled unrivalled unsurpassed victoriously wuv xoxox xoxoxoxo ♡ ♡‿♡ ♡∀♡ ♥ ♥‿♥ ♥♥
    +3.0 ｡♥‿♥｡
    +2.8 adoringly amaaazing amazin amazingg amazinggg appreciate appreciated appreciates appreciation
    +2.8 appreciative awesomesauce awesum awsome awsum beautify bravo celebrate celebrated celebrates celebrating
    +2.8 celebration celebrations charmingly cheerful cheerfully cheers cheery congrats congratulate congratulated
    +2.8 congratulations devoted devotedly devotion dreamlike enchant enchants energized energizing fabulosa
    +2.8 fabulousness fantastico festive fondness gorgeousness greaaaaat greaaaat greaaat greaat great greatt
    +2.8 greattt greatttt greattttt greeat greeeat greeeeat greeeeeat heartwarming heartwarmingly hooray huggable
    +2.8 hurrah hurray jolly kudos lively loveliness lovingly magical marvel marveled marveling marvelled marvels
    +2.8 masterful merry moving passionately refreshed refreshing rejuvenated rejuvenating stunner touched
    +2.8 touching ty tysm uplifted uplifting vibrant victories victory wohoo wonderfulness woo-hoo woohoo yaaaaay
    +2.8 yaaaay yaaay yaay yay yayy yayyy yayyyy yayyyyy yippee yyay yyyay yyyyay yyyyyay
    +2.8 a+++ awsm blissed-out cheerier cheeriest cheerily congrads congrat congratss congratulation energised
    +2.8 energising enthused epicwin goated gr8t greatday greatnight head-over-heels hoorah horray
    +2.8 impressively lovemyfamily lovemyjob luff osm passions top-of-the-line yaaaaaaay yaayy yayyyyyyy yeay
    +2.8 yey yipee yippie yippy
    +2.7 eagerly eagerness elate enthusiasm enthusiast enthusiastic enthusiastically excite excitedly excites
    +2.7 exhilarated exhilaration high-spirited spirited thrill thrills vivacious zeal zealous
    +2.6 10/10 5-star :))) a+ a++ adorable adoration ahaha ahahaha amuse amused amusement amusing amusingly
    +2.6 applauding applauds appreciating astonishing attractive beauties beauty besotted carefree caring
    +2.6 ceasefire champion champions charm charmed charming cheer cheered cheerfulness cheering comedic comedy
    +2.6 comical comically compassion compassionate cute cutee cuteee cuteeee cuteeeee cuter cutest cuute cuuute
    +2.6 cuuuute cuuuuute delicious delightedly delightfully delighting delish elegance elegant enamored enamoured
    +2.6 enjoyin entertainingly five-star fivestar friendliness friendly funnies generosity generous glee gleeful
    +2.6 gleefully glory gr8 grace graceful gratefulness grt gud haaaaaha haaaaha haaaha haaha haha hahaa hahaaa
    +2.6 hahaaaa hahaaaaa hahah hahaha hahahah hahahaha handsome happily harmonious harmony heh hehe hehehe
    +2.6 hilarity honeys humor humorous humour infatuated infatuation jaja jajaja joyfully joyfulness joyously
    +2.6 kindest kindness lighthearted lovable lovebirds lovestruck luvin luving merrily merriment mirth nicey
    +2.6 peace-deal playful playfully prettier prettiest ravishing reconcile reconciled reconciliation rejoiced
    +2.6 rejoices scrumptious smooch smooches solidarity sweetest sweethearts sweetness tasty thankfully truce
    +2.6 unite unites uniting unity warm-hearted warmhearted win winning wins witty won yum yumm yummm yummy
    +2.6 5-stars 5star :)))) :))))) :-))) :-)))) \(^-^)/ \(^.^)/ \(^^)/ \(^_^)/ adorablee adorbz ahahah
    +2.6 ahahahah ahahahaha amuses awed bahaha bahahaha beaut blazing-fast bussin celebratory compassionately
    +2.6 cutiee cutiepie cyute deelish delicioso delicous enthralled enthuse enthuses enthusing epicness
    +2.6 festivities finger-licking five-stars fivestars great-value hahaaha hahahahah hahahahaha hahahahahaha
    +2.6 hahahha hahha happyanniversary happybirthday happydance hehehehe hidden-gem huzzah invaluable
    +2.6 jajajaja kawaii kewt kindnesses lightheartedly lightning-fast liveliness mazeltov melt-in-your-mouth
    +2.6 merrychristmas must-buy playfulness priceless proudest qtpie scrummy socute soproud squee superstar
    +2.6 superstars swoonworthy top-quality wowed wowing wows yummie yummmm yummo yumyum ≧∇≦ ≧▽≦ ♥_♥ ヽ(^o^)ノ
    +2.6 ＼(^o^)／
    +2.5 affection affectionate affectionately conquer conquered cuddle cuddles cuddling cuddly embrace embraced
    +2.5 embracing enjoy enjoyable enjoyed enjoying enjoyment enjoys fav fave favorite favorites favourite
    +2.5 favourites fun funn funnier funniest funnn funnnn funnnnn funny fuun fuuun fuuuun fuuuuun grin grinning
    +2.5 hilarious hilariously hug hugged hugging hugs kiss kissed kisses kissing laugh laughed laughing laughs
    +2.5 laughter lovebug lover lovers lovey nice nicee niceee niceeee niceeeee nicer nicest niice niiice niiiice
    +2.5 niiiiice overcame overcome overcoming prevail prevailed prevails romance romantic romantically smile
    +2.5 smiled smiles smiling smooching snuggle snuggled snuggles snuggling snuggly succeeding succesful
    +2.5 successes successfull sucessful sweetly sweetums tender tenderly tenderness victor victors warmly warmth
    +2.5 winnings
    +2.5 funner funnest funtimes hugss hugz sofun sofunny xo
    +2.4 (^-^) (^.^) (^^) *) *-) *\0/* /o/ 8d :)) :-)) :-d :-} :^) :c) :o) :} ;-] ;^) =)) =-3 =-d =3 =} \(^o^)/
    +2.4 \0/ \o/ \o\ ^-^; ^5 ^_^; ^___^ ^o^ accomplish accomplished accomplishment achieve achieved achievement
    +2.4 achievements appreciatively awe b^d babe barbecue bbq bestie besties bff bffs bonanza breakthrough
    +2.4 breakthroughs bride buddies buddy companion companions companionship concert concerts cutie cuties
    +2.4 emancipation enthralling exhilarate eye-opening fam fiesta flourish flourishing friendship friendships
    +2.4 fulfilled fulfilling gladden gladdened gladdening godsend grats gratz hallelujah hbd heart-warming
    +2.4 hearten heartening heartfelt heaven heavens high-quality homie homies honey honeymoon hun hunny idyllic
    +2.4 independence irresistible jackpot jaw-dropping liberate liberated liberation liberties life-changing lmao
    +2.4 lmaoo lmaooo lmfao long-awaited mind-blowing miracle miracles miraculous miraculously must-see newborn
    +2.4 o/\o overjoyous pal pals partied partying picnic pleasurable precious pride progress prosper prosperity
    +2.4 prosperous proud rapt reunion reunited smashing soulmate soulmates succeed succeeded succeeds success
    +2.4 successful successfully sucess sumptuous sweetie thankfulness thrive thrived thriving tyvm user-friendly
    +2.4 wedding weddings weekends well-done well-made well-written whee wheee windfall x-d xd xdd
    +2.4 (*^▽^*) (^^)/ (^o^) 8-d :'-d :'d :-dd :dd =))) =dd ardor ardour banger best-rated best-value
    +2.4 bestfriend bestfriends bffl big-hearted blessedly blessup buttery-smooth bwahaha camaraderie
    +2.4 captivates charms couplegoals crushingit dearest deliciously deliciousness drool-worthy droolworthy
    +2.4 enthrall generously gracefully gracefulness ground-breaking groundbreaking happybday happyholidays
    +2.4 happynewyear happyplace heartened heartens highquality hny killingit lesgo lessgo letsgooo
    +2.4 life-saving lifesaving lip-smacking lmaoooo lmaooooo lmbo lmfaooo lmfaoooo lyl magnanimity
    +2.4 magnanimous must-read must-try must-visit must-watch nailedit newlywed newlyweds nomnom
    +2.4 once-in-a-lifetime pogchamp poggers prouder proudly rave raved raves reconciles reconciling
    +2.4 relationshipgoals reunions reunite reunites reuniting revel reveled reveling revelled revelling
    +2.4 revels smash-hit super-fast superfast swoons title-winning togetherness top-tier toptier uplift
    +2.4 uplifts userfriendly wahoo wheeee winning-streak winningest x'd xddd xdddd
    +2.3 beamed beaming beneficial benefit benefited benefits betterment bold boldly chivalrous chuckles
    +2.3 conquering daring dauntless excel excelled excelling excels fearless fearlessly forgive forgiven
    +2.3 forgiveness forgiving gallant gentle gentleness gently giggly gracious graciously gutsy helpful helpfully
    +2.3 heroine heroines heroism humble humility improve improved improvement improvements improving intrepid
    +2.3 laughin lol'd lolled merciful mercy modest nobility noble outperform outperformed outperforming outshine
    +2.3 outshines outshone overachiever overachieving patience patient patiently prevailing righteous smiley
    +2.3 smileys snicker supporter supporters supportive tolerance tolerant triumphed upgrade upgraded useful
    +2.3 usefulness valiant valor valuable virtue virtues virtuous worthwhile
    +2.3 helpfull
    +2.2 8) 8-) :-p :b :d :p ;* ;-p ;p =d acclaim acclaimed adorableness alluring altruism altruistic angel angels
    +2.2 anniversary applaud applauded applause award awarded awards b-) benevolence benevolent bestseller
    +2.2 bestselling bloom blooming blossom blossoming booyah bright brighten brightened brighter brightest
    +2.2 bromance champ colorful commend commended commending commends compliment complimentary complimented
    +2.2 complimenting compliments delectable dependable easter endearing faithful fame famous flattered freedom
    +2.2 freedoms gem gems glow glowed glowing good-hearted goodhearted goodie goodies goody gourmet graduate
    +2.2 graduated graduation hail hailed hailing hassle-free hasslefree hired honor honorable honored honors
    +2.2 honour honoured humane humanitarian innovate innovation innovations innovative kind kind-hearted kinder
    +2.2 kindhearted lol loll lolll lollll lolllll lolol lols lool loool looool loooool loyal loyalty luscious
    +2.2 lush luxurious milestone milestones newyear on-time ontime painless payday payout philanthropic pioneer
    +2.2 pioneering popular popularity praise praised praises praising prestigious promoted punctual puppylove
    +2.2 radiance recommend recommendation recommended recommending recommends reformed reformer reformers
    +2.2 reliability reliable relish relished renowned respect respected respectful rewarded salute saluted
    +2.2 saluting savor savored savour selfless selflessly shine shines shining shiny sparkle sparkling sparkly
    +2.2 speedily sunlit sunny sunshine sweeeeeet sweeeeet sweeeet sweeet sweet sweeter sweetpea sweett sweettt
    +2.2 sweetttt sweettttt swift swiftly tastier tastiest thaaaaanks thaaaanks thaaanks thaanks thank thanked
    +2.2 thanking thanks thanksgiving thankss thanksss thankssss thanksssss thankz thanx thnx thx timely tribute
    +2.2 tributes trouble-free trust trusted trustworthy unselfish w00t win-win wooo woooo wooooow woooow wooow
    +2.2 woot woow worry-free wowwww wowwwww wowza xp yummier
    +2.2 (*^_^*) (*´▽`*) (^_^)v (^ω^) (´∀`) (´▽`) *^^* *^_^* 9/10 :pp ^^v ^w^ ^ω^ accolade accolades ardent
    +2.2 arigato award-winning best-selling bravest champs commendation dote doted doting easy-to-use
    +2.2 feelsgoodman fervor fervour fiyah friyay fun-loving funday gallantly gold-medal good-humored
    +2.2 good-humoured good-natured goodtimes goodvibes goodvibesonly graduating happyfriday happyweekend
    +2.2 highly-rated hihi honoring honourable honouring honours huggy humanely kekw kissable laud lauded
    +2.2 lauding lauds lifegoals lolling lollllll lololol lolololol loooooool nobly omegalul peacemaker
    +2.2 peacemakers picturesque pioneered plaudits positivevibes reccomendation reccomended reccommended
    +2.2 recomendation recomended record-breaking relishes relishing respeck rock-solid rocksolid savoring
    +2.2 savors savouring savours selflessness silky-smooth sogood squadgoals sundayfunday sweeeeeeet
    +2.2 sweet-natured swoon swooned swooning teehee tehee thankies thankyouu thanq thanxx thks thnku thxx
    +2.2 top-drawer trailblazer trailblazers trailblazing tyfm tyty tyy unbeaten undefeated valedictorian
    +2.2 valentine valentines well-appointed well-crafted winwin yasqueen yassqueen ≧◡≦ ◕‿◕ ◠‿◠ ◡‿◡ ｡◕‿◕｡
    +2.1 adorably benefactor benefactors calm calming chic comfort comfortable comforting comfy contented cosy
    +2.1 cozy cutely cuteness dapper energetic fashionable fit fitness glam glamorous glamour guardian guardians
    +2.1 helper helpers hottie lifeline lovelier loveliest mighty nourishing nutritious peace peaceful pleasant
    +2.1 pleasantly pleased pleasing pleasure powerful prettily protector protectors relax relaxation relaxed
    +2.1 relaxing rescuer rescuers satisfaction satisfied satisfying savior saviors saviour serene sexier sexy
    +2.1 snazzy soothing strength strengths strong stronger strongest tranquil trendy vigorous wholesome
    +2.1 comforted comforts peacefulness pleases pleasures satified satisifed satisified sexi sexxy sexyy
    +2.0 (-: (: (^_^) *-* *_* 0:) 0:-) 0:-3 0:3 3:) 3:-) :') :'-) :) :-) :-> :-] :-b :-j :-þ :> :] :þ ;)) ;-d ;d
    +2.0 =) =] >:) >:-) >:p >;) ^-^ ^.^ ^^ ^_^ accommodating accurate accurately attentive bestwishes bf bless
    +2.0 blesses blossomed booming booms boyfriend brainy brave bravery brunch c: clean cleaner confidence
    +2.0 confident convenient conveniently correct correctly courage courageous courteously danke datenight
    +2.0 determined durable easier easiest easy effective effectively effectiveness efficiency efficient
    +2.0 efficiently effortless effortlessly empathetic empathy encourage encouraged encouragement encouraging
    +2.0 encouragingly energize fast faster fastest feast feasting fiance fiancee flawlessly flirt flirting flirty
    +2.0 flourished flourishes fresh freshest fruitful functional gf girlfriend gj good goodd gooddd goodddd
    +2.0 gooddddd goodness goood gooood goooood gooooood gracias grand handy heartily hero heroes heroic hoped
    +2.0 hopeful hopes hoping hubby imaginative ingenious ingenuity insight insightful insights intact
    +2.0 intelligence intelligent intuitive inventive invigorated invigorating invincible jovial knowledgeable
    +2.0 luckiest lucky lucrative magic merci motivated motivating motivation neat nurturing o:) o:-) o:3 optimism
    +2.0 optimistic perceptive positive positively positivity practical precise precisely productive productivity
    +2.0 professional professionally profit profitable profits prompt promptly prospered prospering quick quicker
    +2.0 quickly rebirth rebound rebounded rebounding rejuvenate renew renewal renewed resourceful responsive
    +2.0 responsiveness restoration restore restored restoring revitalize revitalized revival revive revived
    +2.0 seamless seamlessly sincerest slay slayed slaying slays smooth smoothly solidly solve solved solves
    +2.0 speedy spot-on sturdy super superior supreme surging tgif thanku thankx thankyou thnk thnks thoughtfully
    +2.0 thrives tidy timeless tks tnx treat treats undamaged upbeat vacation vacations valid visionary vitality
    +2.0 welfare well-being well-built well-designed wellbeing wellness wholeheartedly wifey x) x-p |;-) }:) }:-)
    +2.0 (= (^人^) ;))) ;-)) =-) [-: [: [= ^3^ ^__^ accomodating achiever armistice badass bang-on bask basked
    +2.0 basking befriend befriended befriending befriends bigups boldness bonded bonding boon bop bops
    +2.0 bravely braver bug-free bugfree built-to-last calmed calms chivalry confidently contentedly
    +2.0 conveniant convienient cost-effective courageously crash-free decadent dependability determination
    +2.0 easy-peasy easypeasy empathic encourages energise error-free fairy-tale fairytale faithfulness
    +2.0 fangirling feelsgood fervent frictionless frolic frolicking gbu glitch-free goat good-value goodday
    +2.0 gudd guud hawt headache-free heroically heroics high-achiever hopefulness huehue incorruptible
    +2.0 indestructible invigorate invigorates kek kick-ass kickass knowledgable lag-free lawl lfg
    +2.0 long-lasting longlasting luxe more-ish moreish motivates motivational mvp n_n on-point onpoint
    +2.0 opulent overdeliver overdelivered overdelivering overdelivers peaceable peaceably pepelaugh
    +2.0 perseverance pleasingly pog problem-free profesional professionalism proffesional proffessional
    +2.0 profitability promptness public-spirited punctuality punctually rejuvenates rejuvenation reliably
    +2.0 revitalising revitalizes self-confidence self-confident serendipitous serendipity serenely slayy
    +2.0 speedier speediest squeaky-clean stress-free stressfree sturdier timeliness upgrading upstanding
    +2.0 value-for-money vibin vibing weee well-constructed well-engineered well-executed well-liked
    +2.0 well-optimised well-optimized well-thought-out well-worth whoo whoop whoopwhoop woo woop worth-it
    +2.0 wowie wowzers wtg yeehaw •‿•
    +1.9 appetizing assurance assured better commitment committed contentment crisp crispy cure cured dedicated
    +1.9 dedication diligence diligent flavorful flavourful fresh-baked fulfil fulfill fulfillment fulfilment
    +1.9 gratification gratified gratifying hard-working hardworking heal healed healing health healthier healthy
    +1.9 homemade juicy mouthwatering protect protected protecting protection reassurance recover recovered
    +1.9 recovery rescue rescued safe safely safer safest satisfyingly savory savoury secure secured security
    +1.9 steadfast succulent trustful trusting trusty unwavering
    +1.9 appetising betta bettah bettr cures curing flavorsome flavoursome heals healthful healthiest
    +1.9 healthily mouth-watering recovers soothes well-seasoned
    +1.8 ace admirably advancement advancing advantage advantageous advantages amicably authentic aww awww awwww
    +1.8 bday birthday birthdays boost boosted boosting bountiful bubbly budget-friendly calmer calmly calmness
    +1.8 capable christmas chuckle chuckled chuckling chuffed clean-energy clever cleverly commendable compensated
    +1.8 compensation competent composed composure considerate cooperatively courteous courtesy creative
    +1.8 creativity danced dances dashing debt-free debtfree decency decent delightfulness deserve deserved
    +1.8 deserves deserving dignity distinguished ease eased easing eloquent engaging enhance enhanced enhancement
    +1.8 enhancing enjoyably enlightened enlightening enriching entertained entertaining fairness fascinated
    +1.8 fascinating fortunate friend friends genuine genuinely giddy gifted giggle giggled giggles giggling
    +1.8 goodwill graciousness harmoniously harmonize harmonized honest honesty hype hyped integrity interesting
    +1.8 intriguing jazzed kindheartedness kitten kittens laudable liberty luxury mellow merit meritorious merits
    +1.8 nailed niceness paycheck peacefully pleasantness pleasantries pleasantry pleasurably polite politely
    +1.8 praiseworthy psyched pumped puppies puppy reassure reassured reassuring reimbursed reimbursement relief
    +1.8 relieve relieved relieves relieving renewable resilience resilient resolved respectable rested restful
    +1.8 robust rocked rocking satisfactory satisfies satisfy savings serenity settle settled sincere sincerely
    +1.8 skilled skillful smart smarter smartest smitten soothe soothed stability stabilize stabilized stoked
    +1.8 sustainability sustainable sweetnesses talent talented talents thoughtful tranquility tranquillity
    +1.8 truthful turnt unwind unwinding unwound well-deserved wisdom wise worthy wow woww wowww xmas zest zestful
    +1.8 4-star aaww amped astute astutely attentively attentiveness auspicious awh awwh awwwww b-day buoyed
    +1.8 chirpy clinch clinched clinches clinching comeback comebacks comfortably competence competently
    +1.8 consumer-friendly craftsmanship customer-friendly d'aww daww dawww dependably diligently durability
    +1.8 empathetically entertains exonerated exoneration fair-minded fairly-priced fellowship foolproof
    +1.8 four-star freebie freebies freed fuss-free gentlemanly giddily giddiness hard-wearing hardwearing
    +1.8 housewarming hunky-dory hunkydory hypee intimacy intuitively inviting kinship knowledgeably lavish
    +1.8 level-headed levelheaded like-new litty lovey-dovey medal medalist medals meticulously
    +1.8 neighbourliness no-brainer nobrainer obliging optimist optimistically optimists pain-free painfree
    +1.8 pay-rise payrise peachy peppy persevere persevered perseveres persevering piece-of-cake plush
    +1.8 pocket-friendly pupper reasonably-priced recuperate recuperated recuperating recuperation resolute
    +1.8 resolutely scenic self-assured self-respect snappier snappy spick-and-span sprightly statesmanlike
    +1.8 statesmanship steadfastly streamlined sturdiest sturdily sturdiness swanky swifter swiftest swiftness
    +1.8 tasteful tastefully tenacious tenacity thorough thoroughness thoughtfulness thumbs-up thumbsup
    +1.8 tireless tirelessly trophies trophy unblemished unflappable vindicated vindication vouch vouched
    +1.8 vouches vouching wallet-friendly wedded well-earned well-maintained well-managed well-mannered
    +1.8 well-organised well-organized well-packaged well-packed well-presented well-priced well-regarded
    +1.8 well-respected well-rested well-reviewed well-run well-spent wisely wisest youthful zippy
    +1.7 credibility credible eager esteem esteemed fond fondly friendlier friendliest honorary keen liked likes
    +1.7 liking neatly neighbourly nicely prestige reputable trustworthiness warmer warmest welcome welcomed
    +1.7 welcoming willing yas yasss
    +1.6 (y) accept acceptable accepted accepting accessibility accessible adept adeptly agree agreed agreeing
    +1.6 agreement agrees aid aided aiding aids alliance allies ally ambition ambitious appropriate appropriately
    +1.6 approval approve approved approves aspiration aspirations aspire assist assistance assisted assisting
    +1.6 bipartisan buoyant cancer-free chillin collaborate collaborated collaboration collaborative compromise
    +1.6 compromises congenial consensus convivial cooperate cooperated cooperating cooperation cooperative dear
    +1.6 deft deftly desirable desire desired dialogue dignified diplomacy diplomatic diverse diversity dream
    +1.6 dreaming dreams dreamt dreamy easygoing equal equality equitable expert expertly experts favorable
    +1.6 favourable festival festivals fitting fixed foodie ftw genial getaway gg ggwp gleaming handier haven
    +1.6 helpfulness holiday holidays homecooked ideal ideally improves improvise inclusion inclusive
    +1.6 indispensable luckily luminous masterfully mastery meticulous negotiate negotiated negotiations nice1
    +1.6 noice nourish nourished optimal optimize optimized partnership partnerships proficient proper properly
    +1.6 props pure recovering refreshes refreshingly reinvigorated relaxin remission replenish replenished
    +1.6 revitalizing roadtrip savvy skilfully skillfully smoke-free sober sobriety spiffy staycation suitable
    +1.6 suited surely swell upgrades vacay wished wishes wishing yearning
    +1.6 8/10 affluence authenticity boomed chillaxing conscientiously de-escalate de-escalation doggo durably
    +1.6 empathise empathize equitably even-handed far-sighted farsighted feature-packed feature-rich
    +1.6 fortuitous forward-thinking getaways ggs glhf gregarious hearty inclusivity judicious judiciously
    +1.6 naice noyce nyce on-schedule optimise optimised optimises optimising perk perks perky proactive
    +1.6 proactively prudence prudent prudently repurchase repurchased repurchasing respectfully roadtrips
    +1.6 robustness rosy smol solace sought-after spotlessly stanning top-rated upswing upturn vibey
    +1.6 well-cooked well-equipped well-kept well-located well-stocked well-trained youthfulness
    +1.5 :* :-* :-3 :-x :3 :^* :x ;) ;-) ;] =p abundance abundant accountability accountable affluent agreeably
    +1.5 amicable approvingly bae beach bestest calmingly championship clarity classy clean-up cleaned cleanest
    +1.5 cleanliness clear clearer comfortingly conscientious constitutional cool cooler coolest cooll coolll
    +1.5 coollll coolllll coool cooool coooool cooooool crystal-clear democracy distinctive dope earn earned
    +1.5 earning earns ethical ethics fancy faves flattering fresher hygienic in-stock instock kewl kool lawful
    +1.5 legitimacy legitimate lit married marry marrying memorable neater nifty noteworthy orderly organised
    +1.5 organized originality plentiful plenty prepared principled quickest rad reassuringly responsibly rich
    +1.5 richer richest sanitary save saved saves saving shipshape simplicity sleek slick smoother smoothest
    +1.5 soothingly special specially spotless straightforward stylish supportively tidier transparency
    +1.5 transparent unforgettable unique vivid wealth wealthy xx yeeeees yeeees yeees yees yes yess yesss yessss
    +1.5 yesssss yyes yyyes yyyyes yyyyyes
    +1.5 (-; (; (^_~) :33 ;-* ;3 ;o) ;} =* =-p [; ^.~ ^_~ accommodated ad-free adfree beaches chillax chum
    +1.5 chums cinch comped convenience conveniences coolio cost-efficient day-off days-off dopeee ergonomic
    +1.5 expertise go-to homey idiot-proof indulgent money-saver money-saving muahaha mwahaha no-hassle phat
    +1.5 playdate plug-and-play rectified reimburse reimburses reimbursing remedied revamped satisfactorily
    +1.5 shout-out shoutout shoutouts sleepover sleepovers spacious streamline streamlines streamlining
    +1.5 stylishly sympathetic uncomplicated under-rated underrated velvety waived yesh yessir yolo yus zesty
    +1.4 absorbing acceptance accepts adequate adventure adventures adventurous advocacy advocated affirm
    +1.4 affirmation affirmative affirmed approving backing cake captivate cared cares charitable charities
    +1.4 charity chocolate compelling constructive cookies cupcake cupcakes curiosity curious dance dancing
    +1.4 dessert desserts discover discovered discovery donate donated donation donations eminent endorse endorsed
    +1.4 endorsement endorses engrossing explore explored exploring faith faithfully fascination fortunately
    +1.4 funloving gain gained gains gripping ha haa hah hobbies hobby icecream industrious interested
    +1.4 interestingly interests intrigue intrigued leisure massage nonprofit pamper pampered pampering
    +1.4 philanthropy playtime plucky poised profound promotion quaint reasonable reasonably reccomend reccommend
    +1.4 recomend recommed recommendable recommendations recreation recreational restocked riveting sanctuary
    +1.4 sightseeing snug solid spa stable steady sufficient vacationing validated validation versatile volunteer
    +1.4 volunteered volunteers warm whimsical wonder wondering
    +1.4 beginner-friendly convalescing de-stress destress ergonomically fit-for-purpose gaining law-abiding
    +1.4 lie-in mended repaired rugged ruggedness sportsmanlike sympathetically tidily vacationed
    +1.4 well-informed
    +1.3 agreeable amiable approachable charisma charismatic charmer commendably cordial decently help helped
    +1.3 helping helps hospitable hospitality likable likeable neighborly outgoing personable polished refined
    +1.3 respectably sociable sophisticated sophistication suave support supported supporting
    +1.3 compensate compensates compensating painstaking painstakingly roomy waive waives waiving
    +1.2 affordable aight alive allright alrighty amen aspiring balmy bargain bargains blossoms bonus boom breezy
    +1.2 care chill classic comfier comfiest cosier cosiest cozier coziest discount discounts dynamic earnest
    +1.2 educated educational empower empowered empowering empowerment fairplay favor favour flower flowers free
    +1.2 gift gifts gl gotcha historic hope hopefully inexpensive joke jokes kk landmark legit legitimately
    +1.2 literacy noted party patch patched pizza pretty prize prizes relaxes resolve resolves resolving reward
    +1.2 rewarding rewards rocks scholarship scholarships sensible snugger sportsmanship springlike sunnier
    +1.2 sunniest sunrise sunset surprise surprised surprises teamwork weekend whoa whoah wp yeahh yeahhh yeahhhh
    +1.2 yep yup
    +1.2 accommodate acquitted affordability affordably airy bonuses breeze careful cashback chilll cleanly
    +1.2 consistency consistent creamy discounted economical expedite expedited expediting flexibility
    +1.2 flexible fluffy freshly high-end humbled impartial inexpensively mentorship no-nonsense posh
    +1.2 pragmatic pragmatism rebuild rebuilding rebuilds rebuilt rectify rectifying remedy revamp revamping
    +1.2 securely sensibly shrewd simplified simplifies simplify statesman survived up-front upfront upscale
    +1.2 usable useable well-founded well-intentioned whoaa whoaaa woah woahh
    +1.0 adequately agile alright alrightish bearable dainty doable engaged engagement fair fairly feasible fine
    +1.0 grew grow growth heart hearts joking kindly like lucid luck manageable mmm mmmm music nap napping naps o/
    +1.0 okayish opportunities opportunity passable passably phew prayer prayers promise promised promises
    +1.0 promising rock soar soared soaring solution solutions sufficiently summer summertime sure surprising
    +1.0 tolerable tolerably true truth viable wish works xxx yea yeah yw zany
    +1.0 7/10 a-ok a-okay as-advertised as-described as-pictured carefully crunchy fairer fairest fixable
    +1.0 justice mmmmm mmmmmm modernised modernized phewww privileged rebate rebates refundable renovated
    +1.0 simpler simplest unbreakable upside upsides well-meaning whew whewww workable
    +0.9 ok okay okey okie
    +0.9 okey-dokey okeydokey oki okie-dokie okiedokie okies
    +0.8 active advance advanced advocate advocates ample apt aw babies baby certainly cheapest chilled delivered
    +0.8 education family finally fix fixes fixing friday growing honestly indeed independent jk learn learned
    +0.8 learning logical mature notable np pray prayed praying prominent rational ready reform reforms sang sharp
    +0.8 shopping simple sing singing travel traveling travelling trip trips truly united value worth yah yeh
    +0.8 brand-new cheaper repairable runner-up serviceable shatterproof survive survives surviving survivor
    +0.8 survivors sympathy underpriced
    +0.7 sun sunshiny
    +0.6 beer chance chances coffee dinner food garden home homecoming ikr important movie movies nbd original
    +0.6 parties play playing potential responsibility responsible song songs spring springtime top wine
    +0.6 ok-ish okish
    +0.5 alert available backed breakfast clearly deal deals democratic elected game games interest lunch park
    +0.5 pleaaaaase pleaaaase pleaaase pleaase please pleasee pleaseee pleaseeee pleaseeeee pleease pleeease
    +0.5 pleeeease pleeeeease pls plss plz plzz pool sensitive significant surge surged tea
    -0.3 average hard ordinary
    -0.4 bills chores crazy laundry
    -0.5 busy cheap chilly cloudy dork drizzle naughty overtime prank pranked queue queued rain rained raining
    -0.5 rains rainy swear swearing welp
    -0.5 5/10 bog-standard drizzling queueing queues queuing typo typos upsell upsells upsold
    -0.6 chilling dark doubtfully excuse harder hardest insane issue issues odd questionably silly taxes
    -0.6 bruh bruhh bruhhh craziness creaking creaks foggy geez geeze humidity jeesh jeez jeeze mismatch
    -0.6 run-of-the-mill shy shyness squeaking squeaks squeaky
    -0.7 cost costs demanding finicky fussy nitpick nitpicking picky pricier
    -0.8 abrupt absence absent apologies apologise apologised apologize apologized apology beg begging blind block
    -0.8 blocking blocks bumpy confusingly cynic cynical cynicism damp defensive disagree distracted exam exams
    -0.8 fee fees forgetful hesitant homework humid hungry hungryy hungryyy hungryyyy hungryyyyy huungry huuungry
    -0.8 huuuungry huuuuungry imperfect irrelevant lacked late lopsided miiiiiss miiiiss miiiss miiss miss missed
    -0.8 misses misss missss misssss missssss monday mondays muggy naive needless needlessly negativity oops
    -0.8 oopsie overcast pessimism pessimistic pressure pressured redundant reluctance reluctant reluctantly rumor
    -0.8 rumors rumour rumours sink sinking skeptic skeptics soz sry sticky strange sweaty tricky unimportant
    -0.8 unnecessary unneeded unsure wait waited wary weirdly whoops wierd
    -0.8 backpedal breakable bulky cramming d'oh drenched drowsiness duh envied faded firstworldproblem
    -0.8 firstworldproblems imperfection imperfections middling mybad ooops oopsies oopsy overvalued postpone
    -0.8 postponed postponement postpones postponing pressures rattles rattling redundancy scant sleepiness
    -0.8 slush slushy sobering sporadic sporadically touristy u-turn underweight unnecessarily unrefined
    -0.8 unremarkable unseasoned waits whatev whatevs whatevz whoopsie whoopsy woops workaholic wtv
    -0.9 abandon abandoned abandoning abandons break-up breakup divorce divorced dumped isolated isolation orphan
    -0.9 orphaned rough tough tougher toughest widow widowed
    -0.9 break-ups breakups divorces orphans widower widowers widows
    -1.0 :# :$ :& :-# :-$ :-& :-. :-l :-| :l :| <_< =l >_> >_>^ ^<_< aimless allegation allegations alleged
    -1.0 allegedly alone anemic apathetic apathy averse bah bland blemish bloated boringly brash bug buggy burn
    -1.0 burned burnt coarse commute controversially costlier dang dearer drowsy empty escalate escalated
    -1.0 escalating escalation false flavorless freaky freeze freezes freezing froze frozen gah gossip gossiping
    -1.0 greasy groggy hospital ill indifferent inquiry investigation investigations lackadaisical lackluster
    -1.0 lacklustre lethargic lukewarm meager monotonous mundane murky nah naw nay negative negatively no noo nooo
    -1.0 noooo nooooo obsolete overcooked overpaid overpay pfft predictable pricy probe probes rash recall
    -1.0 recalled recalls refund refunded repetitive screw screws sleepy soggy sooooorry soooorry sooorry soorry
    -1.0 sorrier sorry sorryy sorryyy sorryyyy sorryyyyy sting stings strike strikes subpoena subpoenaed tasteless
    -1.0 undercooked uneventful unexciting uninspired uninspiring unreturned v.v waiting weird wicked |-o
    -1.0 =| addicted argue avoided avoiding avoids bahh bloating bugs bulkier cheapness commutes commuting
    -1.0 condolence condolences creaky cripes derp downside downsides drawback drawbacks expensively famished
    -1.0 fizzle flavourless fomo frosty gahh gimmick gimmicks goof gossiped gossips hectic ho-hum humbug
    -1.0 incessantly indifference inflated intermittent intermittently lateness limp lock-in locked-in
    -1.0 lovelorn mismatched monotonously mushy non-refundable nonrefundable nosey nosy ohnoes overdone
    -1.0 overpaying overpays overpowering overweight oyvey paywall paywalled pff pfff poky pressuring
    -1.0 procrastinate procrastinated procrastinating procrastination rattly refunding scorcher scrawny
    -1.0 self-conscious short-lived shortlived shrank shrunk smirk smirked smirking smirks sori sorri sowwy
    -1.0 srry tepid time-consuming timeconsuming timed-out timeout timeouts tmi unpolished unsupported
    -1.0 upselling waitlisted watery wilting wobbles womp yeesh
    -1.2 (n) -.- -_- ._. 0_o :-\ ;/ <.< >.> abnormal alarm apprehensive arduous aversion banal bankrupt bankruptcy
    -1.2 begrudgingly blaring boo cancel canceled cancellation cancelled cancels claustrophobic clown clowns cocky
    -1.2 complacent confuse cost-cutting cramped critical crowded cuts darn deadline deadlines deafening debt
    -1.2 debts deficit deficits deportation deportations deported dirty displaced displacement distaste downturn
    -1.2 drearily dunno edgy excessive excuses expensive fidgety filthy fired grudgingly gullible haggard haunted
    -1.2 idc idk indebted inflation insolvent jaded jittery jobless jumpy lack lacking lacks laid-off layoff
    -1.2 layoffs lie listless loud loudly meh missing moldy noise noisier noisiest noisy nvm o.o o_o on-edge
    -1.2 on-hold overcharging overloaded overwhelmed overwhelming penalties penalty pitied pitiful pity poorer
    -1.2 rotten rotting scream screamed screaming screams screeching shallow shortage shortages shortfall slump
    -1.2 smelly sour spoiled spoilt stale stank stink stinks stinky stubborn stuffy surcharge surgery suspend
    -1.2 suspended tardy traffic uh-oh unconvincing unemployed unemployment unpalatable unsavory unsavoury
    -1.2 unwilling unwillingly wearily
    -1.2 (-.-) (-_-) (._.) -.-; -_-; -__- .-. 0.o 0_0 4/10 @_@ allergic aloof apprehension apprehensions
    -1.2 apprehensively avoid behind-schedule benched blackout blackouts booo boooo bugged buggier busybody
    -1.2 cheapo curmudgeon curt curtly dangit darnit deactivated defunct discrepancies discrepancy downpour
    -1.2 downpours downturns drafty drat drats draughty drawn-out edginess eeek eek expired flabby flakey
    -1.2 flaky forgettable frigid gobbledygook gossipy grainy grudging hit-and-miss hit-or-miss imprecise
    -1.2 incessant indebtedness inundated isolating itchy jitters joblessness limping loner long-winded
    -1.2 longwinded lowball meddle meddlesome meeh mehh mehhh misfit misfits mispriced mondayblues mondayitis
    -1.2 muffled o.0 o_0 obese overwhelm overwhelms peeling pilling pimple pimples pop-ups popups priciest
    -1.2 protracted redundancies rut scratchy sheepishly short-staffed shortstaffed sickday slumping slumps
    -1.2 snarky sniffle sniffles sniffly sourly spoilsport stain stains stalled stalling surcharges swamped
    -1.2 tardiness telemarketer telemarketers thestruggleisreal tiff tinny truancy tsk tsk-tsk tsktsk
    -1.2 turbulent u_u uhoh understocked unpredictable unpredictably upcharge upcharges v_v wilted wonky zits
    -1.2 ¬_¬
    -1.3 ban banned banning bans bizarre blocked bluesy cheaply-made counterfeit dejected demoralized demotivated
    -1.3 denial denied denies deny denying discouraged discouraging downbeat downhearted eerie hiccup hiccups
    -1.3 homesick imitation knock-off knockoff lonesome misstep missteps mopey oddly overhype overrate poorly-made
    -1.3 poorly-written prohibit prohibited refusal refuse refused refuses refusing reject rejected rejecting
    -1.3 rejection rejects restrict restricted restriction restrictions snag snags spooky stumble stumbled
    -1.3 stumbles stumbling underachieve underachiever underperform underperformed underperforming underperforms
    -1.3 unmotivated
    -1.3 blurry bodge bootleg brusque brusquely clogging corroded corrosion counter-intuitive counterfeits
    -1.3 counterintuitive crumbled crumbles dank demoralised fiddly frayed fraying goofed grubby half-hearted
    -1.3 halfhearted homesickness incompatibility inconsistencies inconsistency inconsistently kludge
    -1.3 knock-offs knockoffs misplace misplaced misshapen mix-up mix-ups mixed-up mixup muddle overseasoned
    -1.3 oversold penny-pinching pixelated rubbery rusted rusty scuffed scuffs squashed staticky temperamental
    -1.3 torn unsolved wobbly
    -1.4 ache aches aching aghast ambulance appalled baffled baffling bbb beware bewildered bleeding blizzard
    -1.4 bruised caution cautious childish choke choked choking clutter cluttered complicate complicates
    -1.4 complication complications concern concerned concerning concerns convoluted cough coughing crude
    -1.4 debt-ridden demagogue demagoguery dirtiness dismay dismayed dismaying disorderly disorganised
    -1.4 disorganized distorted doubt doubts dour drama entangled erratic fault faults fever filthiness flimsiness
    -1.4 flu frostbite gamble half-baked halfbaked haphazardly hastily hasty hazard hazardous hazards headache
    -1.4 headaches heatwave hospitalized hysteria icy immature impatience impatient incomplete inedible injured
    -1.4 injuries injury insufficient irrational jumbled melodramatic messier messiest messiness migraine
    -1.4 mistrustful muddled neurotic ombudsman overcomplicated overreact overreacted overreacting overreaction
    -1.4 pander pandering partisan partisanship perplexed populist pretentious puzzled puzzling restless rhetoric
    -1.4 risk risked risks risky rushed scorching shaky shock shocked shocking shoddiness sigh sighed sighs sleet
    -1.4 slippery sloppiness slow slowly smug snobbish snowstorm sore stingy stunned sweltering tangled
    -1.4 thunderstorm tornado tornadoes unappetizing uncertain uncertainty unclear unfinished unlikely unpopular
    -1.4 unpopularity untidiness untidy unwise vague warn warned warning warnings warns wound wounded
    -1.4 ached achy acne angsty anticlimactic anticlimax archaic arguing baffles blatant blatantly blemishes
    -1.4 blister blisters blizzards brazen brazenly bruise bruises bruising catty chafes chafing clogged
    -1.4 coldly constipated constipation coughed crud detention dirtier distortion dried-out drunken eczema
    -1.4 elitism elitist erratically eye-roll eyeroll eyerolling eyerolls fevers fizzled fumble fumbled
    -1.4 fumbles gaffe gaffes glacial hailstorm hailstorms hair-raising half-finished heatwaves
    -1.4 hospitalisation hospitalization icily imdone impatiently incompatible inconsistent indigestion
    -1.4 inflexibility injure injures injuring itching jammed lethargy lightheaded madness meddling messily
    -1.4 misplacing noes numb numbness obesity obfuscate obfuscation ohno opportunistic ousted out-of-date
    -1.4 outclassed outdated outplayed overextended overit oversalted overstretched rainstorm rainstorms
    -1.4 restlessness shudder shuddered sidelined sighh sighhh siiigh sky-high slacking smugly smugness
    -1.4 snowstorms sodone soreness standoffish stodgy stormy strained sunburn sunburned sunburnt swollen
    -1.4 tattered tatty threadbare thunderstorms tremble trembled trembling unacknowledged unappetising
    -1.4 unconscious unfixed uninformed unsettled wannabe watered-down wince winced wincing womp-womp wompwomp
    -1.4 wounding
    -1.5 :-/ :-s :/ :\ :s =/ =\ >.< >:/ >:\ >_< bleak boo-hoo boohoo bother bothered bothering bothers bottleneck
    -1.5 bottlenecks boycott boycotted boycotts bullied bullies bully bullying burden burdens burdensome cheesy
    -1.5 chore cold-hearted condescending congested congestion corny defiance defiant diagnosis dire dismal
    -1.5 dismissive disobedient disobey disobeyed disrespect disrespected disrespectful disrupt disrupted
    -1.5 disruption disruptions disruptive dissent dissident dissidents exclude excluded excluding exclusion
    -1.5 garish gaudy glitched gloomy gridlocked grim harass harassed harassment harsh harshly hassle hassles
    -1.5 ignore ignored ignores ignoring impolite inconvenience inconvenienced inconvenient inoperative interrupt
    -1.5 interrupted interruption interruptions intimidate intimidated intimidating isolate kitschy lagged lags
    -1.5 malfunctioned misfire misfired misfires mock mocked mockery mocking non-working nonfunctional nuisance
    -1.5 obnoxiously oppose opposed opposes opposing opposition ostracized overcrowded overcrowding patronizing
    -1.5 protest protested protester protesters protesting protests rebellious reboot rebooted rebooting ridicule
    -1.5 ridiculed rowdy sarcasm sarcastic severe severely shunned snub snubbed standstill strict stuttering
    -1.5 stutters tacky tease teased teasing unfriendly unkind unruly unworking waah wah whaa workaround
    -1.5 (>.<) (>_<) 2-star =s >﹏< abandonware antiquated bodged boohooo boycotting brittle cheap-looking
    -1.5 chintzy chipped choppy condescendingly condescension disconnecting disconnection disconnections
    -1.5 dismissively disorganisation disorganization disrespectfully drop-outs erroneously fined gimmicky
    -1.5 gristly grungy harshness haterade impolitely impoliteness inaccessible inconveniences inconveniencing
    -1.5 inconveniently inconvienence inconvienient inconvinient inflexible invasive kludgy lowballed
    -1.5 lowballing miscalculated miscalculation miscalculations miscommunication miscommunications mislabeled
    -1.5 mislabelled monopolistic musty n00b naff non-functioning nonfunctioning noob noobs ostracise
    -1.5 ostracised ostracize paltry patchy patronised patronising patronized patronizingly penalise penalises
    -1.5 penalize penalizes power-cut powercut price-hike price-hikes pwned ramshackle rodents ropey ropy
    -1.5 scratches shun shunning shuns simp simping snubbing snubs spotty stained tarnished two-star
    -1.5 uncomfortably uninstall uninstalled uninstalling uninstalls unkempt unkindly unkindness unoptimised
    -1.5 unoptimized upcharged upcharging waaah wahhh warped
    -1.6 abrasive absurd absurdity abuses accusatory admonish admonished adverse aggravated aggravating
    -1.6 aggravation agitated annoyingly awkward awkwardly battle battles bewildering bicker bickered bickering
    -1.6 bled bleed bomb bombed bored brat brats breach breached buffering bummer bureaucracy bureaucratic censure
    -1.6 censured chastise chastised churn churned clumsy conceited conflict conflicts confounded confuses crass
    -1.6 cringe cringeworthy cringey cringy cronyism dead-zone deadzone decline declined declining deficient
    -1.6 degraded deprecated difficult disagreeable discomfort disconnect disconnected disconnects discontinue
    -1.6 discontinued disinformation downgrade downgraded drop-out dropouts dropped embarrass exasperated
    -1.6 exasperating falsehood falsely fight fighting fights fool fooled foolish fools fought freak frustratingly
    -1.6 garbled grating hack hacked hacker hackers hangover haughty hell hoe hungover illegible inaccuracy
    -1.6 inaccurate incomprehensible incorrect incorrectly inhospitable insecure insomnia invalid irk irked
    -1.6 irksome irritatingly jet-lagged jetlag laughable leak leaked leaking leaks loophole loopholes loosing
    -1.6 lose loser losers losing lost ludicrous malpractice malware miffed misconduct misconnect misguided
    -1.6 misinformation misinformed mismanaged mismanagement misspent misuse misused mystifying nagged naggy
    -1.6 nepotism nightshift no-show nonsense nonsensical offline overbearing overspending overspent paranoid
    -1.6 peeved perplexing phishing pompous pork problem problems quarreled quarrelled rebuke rebuked red-tape
    -1.6 rediculous regrettably reprimand reprimanded ridiculous ridiculously ridiculus scolds sheepish spam
    -1.6 spammer spammy spat spats squabble squabbles squabbling squander squandered squandering stranded sucker
    -1.6 suckers tired tiresome turbulence unappealing unavailable uncomfortable uncooperative undesirable unease
    -1.6 uneasy unfavorable unfortunately unhealthy unintelligible unreachable unreadable unreasonable unsubscribe
    -1.6 unsubscribed unsubscribing untrue unwanted vexed vexing virus viruses wearisome wrongdoing
    -1.6 addict addicts alarmist awkwardness backlogged bleaker breaches breakage breakages bronchitis
    -1.6 buck-passing bugginess clumsily clumsiness clunkiness codependent crashed-out cringed cringee cringes
    -1.6 cringing crony crumbling dead-zones deadzones defeatist degradation degrade degrades dehydrated
    -1.6 dehydration delinquency delinquent dingy disquiet disturb disturbs dizziness dizzy double-booked
    -1.6 downgrades downgrading dweeb emptiness erroneous evasive exasperate exasperates exasperation
    -1.6 finger-pointing foolishness fruitlessly glared glowered glowering grimace grimaced grimacing
    -1.6 groundless hangry hassled hassling headdesk heartburn huffy ill-advised inflamed inflammation
    -1.6 insanity insecurities insecurity insomniac insomniacs intrusive jank jankiness jealously jetlagged
    -1.6 killjoy knucklehead leakage measly micromanage micromanaged micromanagement micromanager
    -1.6 micromanaging miserly misunderstood monkas nepotistic nofun non-intuitive notamused numpty oafish
    -1.6 opportunist outburst outbursts overbooked overbooking overpromise overpromised overpromises
    -1.6 overpromising overreach overreaching pandemonium partypooper peevish perturbed phobia phobias pooped
    -1.6 poorly-trained pork-barrel poser poseur ratioed redic rickety ridic robocall robocalls run-down
    -1.6 sacked seedy short-sighted shortsighted skimpy slacker slackers snide sobored sotired spammed
    -1.6 spamming spams spooked sprain sprained throttled throttling tiredness trepidation try-hard tryhard
    -1.6 unamused uncouth under-staffed underprivileged understaffed undervalued uneasily uneasiness
    -1.6 unfavourable unfriendliness unhealthier unhealthily uninteresting unsupportive washout whitewash
    -1.7 aggression aggressive aggressively argumentative belligerent bossy brood brooding cheaply clingy
    -1.7 combative controlling curse cursed curses disappointingly domineering feeble flimsy fragile frail hex
    -1.7 ill-fated ill-timed inconsolably jinxed mediocre mediocrity mope mopes moping needy overhyped overrated
    -1.7 possessive pouted pouts pushy quarrelsome second-rate so-so sub-par subpar sulked sulks underwhelmed
    -1.7 underwhelming unimpressed unimpressive unluckily untimely vulnerability vulnerable weak weaken weakened
    -1.7 weakness weaknesses
    -1.7 flimsier flimsiest frailty underwhelm underwhelms vulnerabilities
    -1.8 aggravate agitate alienated angst antagonistic asthma backlog backorder backordered bad-tempered bitter
    -1.8 bitterly bitterness bogus boringest broke broken bummed carcinogen carcinogenic clunkier clunky
    -1.8 complainer complainers contamination counterproductive cranky crybabies cumbersome cutbacks daaaaamn
    -1.8 daaaamn daaamn daamn damn damned damnn damnnn damnnnn damnnnnn deceive deceived deception deceptive
    -1.8 deforestation delusional devil devils diabetes disillusioned disreputable distrust dodgy double-charged
    -1.8 doublecharged doubted doubtful downsized downsizing drudgery dubious duller dullest dullness egotistical
    -1.8 emergency emissions endangered envious envy extinction fake faked fakes fishy foil foiled food-poisoning
    -1.8 frown frowned frowning frowns fruitless futile futility gouge gouging grievance grievances grumpy h8ers
    -1.8 hater haters haterz headachy heart-attack hoax humdrum ick impossible impossibly impractical in-vain
    -1.8 ineffective ineffectual inefficiency inefficient infeasible insincere insolent intolerant jealous
    -1.8 jealousy junky laborious lifeless maniac mess messed messy migraines mislead misleading misled mistrust
    -1.8 moaner monotony moody naysayer naysayers nutjob offended oil-spill ominous out-of-stock outofstock
    -1.8 overbilled perilous petty phony plummet plummeted plummeting plunge plunged plunging price-gouging
    -1.8 propaganda punish punishing punishment questionable resent resentful resentment revenge rip sabotage
    -1.8 sabotaged sabotaging salty sank sceptical seizure seizures shady skeptical sketchy slashed slashing
    -1.8 slower slowest slowness sluggishly slumped smog snooze snoozefest sold-out soldout spill spills spite
    -1.8 spiteful stroke struggle struggled struggles struggling suckkkks suckss sulky sullen sus suspect
    -1.8 suspicion suspicious sussy tanked tanking tediously tediousness thwart thwarted toxins trouble troubles
    -1.8 tumble tumbled tumbling undermine undermined undermines undermining unproductive unrealistic unsettling
    -1.8 unsolvable unsuccessful unsuccessfully untrustworthy unwelcome unwieldy unworkable unworthy vain vengeful
    -1.8 vulgar wack waitlist whack whiner whiners yawn yawning yawns yuk
    -1.8 3/10 adversities adversity airhead alcoholic alienate alienates alienating antagonise antagonised
    -1.8 antagonize antagonized antagonizing apeshit backache backaches backlogs backorders baseless batshit
    -1.8 bleakest bloatware blockhead bonehead brokeaf brushed-off bugger busted buzzkill cheapskate
    -1.8 cheapskates clownery clownish clunker clunkers compromised crankiness cringefest cronies cyclone
    -1.8 cyclones deal-breaker deal-breakers dealbreaker dealbreakers deceives deceiving decrepit dejection
    -1.8 derailment dilapidated disarray discourteous discourtesy disingenuous disintegrated disintegrates
    -1.8 disintegrating displease displeases displeasure disquieting doofus double-billed double-billing
    -1.8 double-charge double-charging double-standard double-standards doublebilled doublecharge downer
    -1.8 earache edgelord embattled envies envying facepalm facepalming flagrant flagrantly flop flopped
    -1.8 fobbed fobbed-off foodpoisoning foolhardy foreboding frick gash gerrymander gerrymandered
    -1.8 gerrymandering grotty h8er h8r h8rs heavy-handed holier-than-thou hooligan hooliganism hooligans
    -1.8 hot-headed hot-mess hotheaded hotmess ill-conceived ill-mannered ill-tempered illegitimate illicit
    -1.8 inattentive inconsiderately inefficiencies inefficiently insincerity instability interminable janky
    -1.8 jelous kaput kvetch locked-out losing-streak lost-in-transit loutish malding manhandled manky
    -1.8 meathead messed-up messedup mis-shipped misadvertised misbilled mischarge mischarged misdescribed
    -1.8 mishandle mishandled mishandles mishandling misleads misrepresent misrepresentation misrepresented
    -1.8 misrepresents misshipped moodiness mudslinging neckbeard non-delivery nondelivery nosedive nosedived
    -1.8 not-as-described notfun ostracism overbill overbilling overbills overwork overworking own-goal
    -1.8 paranoia penalised penalising penalized penalizing pettiness philanderer phished phoney phonies
    -1.8 pisstake plummets plunges price-gouge purge purged purges purging ragebait redflag redflags rekt
    -1.8 relegated relegation resentfully rift rifts ripp rubble scapegoat scapegoated scapegoating scapegoats
    -1.8 scowl scowled scowling scowls scuffle scuffles self-doubt self-pity self-righteous shadiness
    -1.8 shoplifting short-tempered shrinkflation sissy sluggishness slum slums smart-ass smartass snooty
    -1.8 soulless spitefully stomach-ache stomachache stomachaches stonewall stressor stressors stuck-up
    -1.8 tantrum tantrums thumbs-down thumbsdown triggered troublemaker troublemakers typhoon typhoons
    -1.8 unaccommodating unappreciated unclean unconstitutional uncontactable under-deliver under-delivered
    -1.8 underdeliver underdelivered underdelivering underdelivers undrinkable uneatable unhealthiest
    -1.8 unhelpfully unintuitive unknowledgeable unnavigable unsatisfactorily unsatisfying unsettle unsettles
    -1.8 unsportsmanlike unsympathetic unwelcoming upheaval user-unfriendly vaporware whinge whinged whingeing
    -1.8 whinger whinges whinging whyme wimp winless womanizer wuss zealot zealots
    -1.9 arrest arrested arrests bribe bribery bribes cantankerous conspiracy contaminated contrite convicted
    -1.9 conviction cover-up coverup crabby crime crimes criminal criminals depleted drought earthquake
    -1.9 exhaustedly famine fatigued flood flooded flooding floods gloomier gloomiest grouch grouchy grumpier
    -1.9 grumpiest guilt guilt-ridden guilty homeless hunger hurricane illegal illegally irritable jail jailed
    -1.9 lawsuit lawsuits overtired penitent poison poisoned poisonous polluted pollution poor-quality poverty
    -1.9 prickly prison regretful remorse remorseful scandal scandalous scandals sleep-deprived starvation
    -1.9 starving storm storms sue sued suing sulkily surly testy touchy toxic unlawful waste wasted wasteful
    -1.9 wasting weariness wildfire wildfires
    -1.9 bad-value badly-reviewed badly-run bribed bribing bushfire bushfires contaminate contaminates
    -1.9 cover-ups droughts earthquakes felon felonies felons felony floodwaters gloominess grumpiness
    -1.9 guiltily homelessness hurricanes irritability jailing jails lawbreaker lawbreakers lawbreaking
    -1.9 low-quality low-rated lowquality poor-value poorly-built poorly-designed poorly-managed poorly-rated
    -1.9 poorly-run quake quakes regretfully remorsefully scandalously time-waster time-wasters time-wasting
    -1.9 timewaster timewasters timewasting toxicity unlawfully wastefully
    -2.0 :'( :'-( :-< :-[ :-c :-|| :< :[ :c :{ ;'( ;( ;_; accusation accusations accuse accused accuses accusing
    -2.0 afflicted affront affronted allergies allergy argh arghh arghhh attack attacked attacker attackers
    -2.0 attacking attacks backlash belittle belittled belittling berate berated blame blamed blames blaming bleah
    -2.0 blech bleh botched bots calamities calamity canceling cancellations cancelling clash clashed clashes
    -2.0 clickbait collections complain complained complaining complains complaint complaints condemn condemnation
    -2.0 condemned condemns confrontation confrontational controversial controversy costly coughs cracked cramps
    -2.0 crash crashed crashes crashing crestfallen crippled criticism criticisms criticize criticized criticizes
    -2.0 criticizing crummy d-': d8 d:< d; d= damning deadlock debacles deceptively deformed delay delayed delays
    -2.0 demented demon demons dented dentist deprivation deprived derogatory despondent devious deviously
    -2.0 diarrhea disfigured disgruntled dishonestly disparaging displeased dispute disputed disputes
    -2.0 dissatisfaction dissatisfied distasteful divided division divisive downcast dumbly dx exploitative
    -2.0 fakenews fed-up feud feuds foolishly fraudulently furor furore ghosted ghosting gloomily glum gridlock
    -2.0 gripe gripes groan groaned groaning groans grotesquely grumble grumbled grumbles grumbling hemorrhoids
    -2.0 hideously hung-up idiotically impasse impoverished inconsiderate indignant indignation inequalities
    -2.0 inequality inequity insensitive lag lagging laggy leaky lunatic melancholic melancholy mindlessly
    -2.0 misadventure misdelivered misfortunes mishap mishaps misleadingly moan moaned moaning moans moronically
    -2.0 morose mournful nausea neglect neglected noreply notorious offend offending offends oof ouch outcry
    -2.0 overcharge overcharged overdraft overdrawn overdue overpriced overworked ow oww owww perv plight
    -2.0 polarized polarizing pout pouting poverty-stricken predicament pricey q_q quagmire quarrel quarrels rant
    -2.0 ranting refunds ruder rudest run-around runaround saddened saddening sadder saddest sadface scarred
    -2.0 scratched senselessly shameless shifty sick slimeball sluggish sneakily sneaky sneeze sneezing somber
    -2.0 sombre sordid sorrowfully spammers stalemate standoff stonewalled stuck stupidly substandard sulk sulking
    -2.0 sweatshop sweatshops t.t t_t tactless tearful teary teary-eyed tension tensions thoughtless thoughtlessly
    -2.0 thug thugs toothache troll trolled trolling trolls ugliness unanswered unattractive uncaring undelivered
    -2.0 underfunded underpaid ungrateful unhappily unhelpful unpleasant unprofessional unresolved unresponsive
    -2.0 unsafe unsatisfactory unsatisfied unsightly untruthful uproar weasel weasels weepy whine whined whines
    -2.0 whining whiny yikes
    -2.0 (;-;) (;_;) )': :'[ :*( :,( :,-( :~( ;-; ='( >:-o >:o adware afflict afflicts aggrieved altercation
    -2.0 anarchy antagonism anti-consumer anticonsumer backbiting bad-quality badly-built badly-designed
    -2.0 badly-made bed-bugs bedbug beleaguered blargh bleck blegh blehh bleurgh boondoggle boorish botch
    -2.0 botches botching bungle bungled bungling butthurt buttmad cash-grab cashgrab castigate castigated
    -2.0 catfished catfishing charade clickbaity cluelessness cock-up cock-ups cockup cower cowered cowering
    -2.0 cramp cramping crashy creeped criticise criticised criticises criticising decried decries decry
    -2.0 decrying defame defamed delaying demonise demonised demonize demonized demonizing denounce denounced
    -2.0 denounces denouncing denunciation deprive deprives depriving destabilise destabilising destabilize
    -2.0 destabilizing diarrhoea disingenuously disputing disqualification disqualified disqualify
    -2.0 dissatisfying divisiveness doping dud duds dunce dysfunction exorbitant exorbitantly explosives
    -2.0 expulsion eyesore eyesores fainted falling-out fanatic fanatical fanatics feelsbad feuded feuding
    -2.0 flops foh fracture fractured fractures glitchiness gouged gouges greedily griped griping hardship
    -2.0 hardships heatstroke hidden-fees idfc idgas impoverish incompetents indignantly ineptness inequitable
    -2.0 infected infection infections inferiority infighting ingrate intolerance junk-fee junk-fees laggier
    -2.0 lambast lambaste lambasted lambasting lament lamentation lamented lamenting laments libel
    -2.0 lost-luggage malady mangle mangled marginalise marginalised marginalize marginalized mildewy
    -2.0 mind-numbing mind-numbingly money-hungry narcissism neglecting neglects negligently nerve-racking
    -2.0 nerve-wracking nervousness nickel-and-dime nickel-and-dimed nickel-and-diming nitwit notcool notfunny
    -2.0 notgood notimpressed notokay ooff ooof ouchh ouchie outcast outcasts over-priced overburdened
    -2.0 overdrafts overprice overpricing owie owwww paralysis pepehands plonker pneumonia polarisation
    -2.0 polarised polarization polarize power-outage prat preposterous profiteering ptsd q.q quarreling
    -2.0 quarrelling radicalised radicalized ransom ranted rants rigging roach roaches roughday sadden saddens
    -2.0 sadge sanctimonious sedition seditious self-centered self-centred self-serving shabbily shaddup
    -2.0 shamefaced short-changed shortchange shortchanged shortchanging shutup sleazy sleeplessness smear
    -2.0 smeared smears snotty sore-loser spyware stiffed stonewalling sub-standard sufferer sufferers t-t t^t
    -2.0 t__t tax-evasion teardrops tearfully tensed thoughtlessness ticked-off tourist-trap trashed trashy
    -2.0 tribulation tribulations tricked triple-charged twit unaffordable unauthorised unauthorized
    -2.0 undependable unethically unfixable unhelpfull unhelpfulness unhygienic unjustified unnerve unnerved
    -2.0 unnerving unprofesional unprofessionalism unprofessionally unproffesional unreliability unreliably
    -2.0 unrepairable unresponsiveness unsanitary user-hostile wearied witch-hunt worriedly x( x-( x.x x_x
    -2.0 yiikes yikess ಠ╭╮ಠ ┻━┻
    -2.1 acrimony animosity antipathy arrogance arrogant bedbugs careless carelessness cockroach cockroaches creep
    -2.1 creeps creepy enmity greed greedy grimy grudge grudges hostilities hypocrisy hypocrite hypocrites
    -2.1 hypocritical ignorance ignorant ill-will incompetence incompetent inept irresponsible jerk jerks laziness
    -2.1 lazy lice maggots malice meaner meanest mildew mold mouldy negligence negligent obnoxious pest pests
    -2.1 rancor rancour rats reckless recklessly reek reeking reeks resentments rude rudely rudeness selfish
    -2.1 selfishness slimy sloppy sludge snob snobby stinking vermin weirdo
    -2.1 arrogantly avarice avaricious greedier greediest hypocrisies hypocritically ineptitude ineptly
    -2.1 irresponsibility irresponsibly recklessness selfishly sloppier
    -2.2 )-: ): :( :-( ;-( =( =[ accident accidents acrimonious ailing ailment ailments amateur-hour amateurish
    -2.2 anxiously apartheid arg authoritarian beaten betrayer blah booooored boooooring boooored booooring
    -2.2 booored boooring boored booring boredd boreddd boredddd boreddddd boredom boreed boreeed boreeeed
    -2.2 boreeeeed boriiiiing boriiiing boriiing boriing boring boringg boringgg boringggg boringgggg brainless
    -2.2 breakdown breakdowns bricked broke-down callous cancerous carelessly censored censorship chaos chaotic
    -2.2 charlatan charlatans clueless collapse collapsed collapsing collision collisions complicated con-artist
    -2.2 confused confusing confusion conman conmen contagious contemptuous coward cowardly cowards crackdown
    -2.2 cried cries crippling crises crisis cry crying d-: d: dead-on-arrival defeat defeated defeats deleterious
    -2.2 demeaning deride derided derision destructive destructively deteriorate deteriorated deteriorating
    -2.2 detrimental dictator dictators dictatorship difficulties difficulty dimwit dimwitted discriminate
    -2.2 discriminated discrimination discriminatory dishonorable divorcing doa drown drowned drowning dull
    -2.2 enslaved estranged exes exhausted exhausting exhaustion fatigue fearfully feverish freaked fret fretting
    -2.2 grifter grifters grr gutless haphazard harmfully hate-crime heartbreaker heckle heckled heckling hmph
    -2.2 homophobia homophobic hurtfully imposter impostor incompetently infectious injurious jeer jeered jeering
    -2.2 killer killers lame lazily loss losses menacing mindless misfortune misogynist misogyny nag nagging nags
    -2.2 nauseated nervously noxious offensive panics prejudice prejudiced problematic psycho psychos quack quacks
    -2.2 queasy regime regimes repression repressive ridiculing ruinous ruinously scoff scoffed scoffing scold
    -2.2 scolded scolding segregation senseless separated sexism sexist shoddily sicker sickest sickly slave
    -2.2 slavery slaves sleepless sloppily sneered spineless squalid suffocating swindlers tedious tiiiiired
    -2.2 tiiiired tiiired tiired timid tiredd tireddd tiredddd tireddddd tireed tireeed tireeeed tireeeeed tiring
    -2.2 troublesome tyranny tyrant tyrants ugh ughh ughhh ughhhh ughhhhh unethical unfortunate unlucky unwell
    -2.2 uugh uuugh uuuugh uuuuugh vindictive weary worsen worsened worsening xenophobia xenophobic
    -2.2 (`へ´) :'(( :o( >:-| >:| abandonment addiction affliction afflictions aggressor aggressors alcoholism
    -2.2 alienation authoritarianism autocracy autocrat autocratic autocrats badday blahh blahhh bone-tired
    -2.2 bores bricking broken-down callously callousness censoring clown-show clownshow collapses concussion
    -2.2 concussions contagion cowardice crackdowns crapware creeper cryin cryinggg deceiver deceivers
    -2.2 defamation defamatory deteriorates deterioration disenfranchise disenfranchised disenfranchisement
    -2.2 dishonor dishonored dishonour dishonoured draconian duped embittered estrangement eugh excoriate
    -2.2 excoriated expelled falling-apart falls-apart false-advertising farce farcical fell-apart festering
    -2.2 fistfight flunk flunked flunking flunks fretful frets fretted grrrrr grrrrrr hack-job hackjob
    -2.2 half-assed halfassed halfwit heavy-hearted heavyhearted hoodwink hypothermia ihatemondays illness
    -2.2 illnesses incarcerated incarceration infamous islamophobia jerkface junta kickback kickbacks
    -2.2 knackered laggiest lamee lameness lamentably lamer lamesauce lamo lawless lawlessness libelous
    -2.2 malfeasance mean-spirited meanness melancholia menace menaced menaces minger minging misappropriated
    -2.2 misappropriation misdeeds misogynistic money-grabbing money-grubbing money-pit moneypit mudslide
    -2.2 mudslides narcissist narcissistic narcissists numbskull ordeal ordeals outbreak outbreaks pervy
    -2.2 pillock pissant pissy profiteers recessionary relapse relapsed relapses rigged sadtimes
    -2.2 scaremongering shipwreck sleaze squalor stab stabs stagflation starve starved starves strife tedium
    -2.2 thuggery thuggish transphobia transphobic turmoil uggggh ugggh uggh ugghh ugghhh ughhhhhh unhinged
    -2.2 unrecoverable vilification vilified vilify vilifying voter-suppression worsens ಠ.ಠ ಠ_ಠ ಠ~ಠ
    -2.3 alarmed alarming annoy annoyance annoyed annoying annoys anoying anxieties anxiety anxious backfire
    -2.3 backfired backfires badger badgered blunder blunders burned-out burnout burnt-out cartel cartels dead-end
    -2.3 deadend defect defective disapointed disapointing disappoint disappointed disappointing disappointment
    -2.3 disappointments disappoints dissapointed dissapointing distress distressed distressing disturbed
    -2.3 disturbing downfall downfalls downtime drained dysfunctional embezzle embezzled embezzlement error errors
    -2.3 extortion failings faulty fedup flaw flawed flaws frantic frazzled frustrate frustrated frustrates
    -2.3 frustrating frustration frustrations gang gangs gangster gangsters glitch glitches glitchy harasses
    -2.3 harassing hounded hysterical impeach impeached impeachment indicted indictment indictments inoperable
    -2.3 irritant irritants irritate irritated irritates irritating irritation let-down letdown mafia malfunction
    -2.3 malfunctioning malfunctions mistake mistaken mistakes nervous nuisances obstruction outage outages
    -2.3 overstressed perjury pester pestered pestering racketeering regret regrets regrettable regretted
    -2.3 regretting setback setbacks shortcoming shortcomings sick-and-tired smuggling stress stressed
    -2.3 stressed-out stressful stressing tense trafficked trafficking troubled troubling unreliable unstable
    -2.3 unusable upset upsets upsetting worn-out worried worries worrisome worry worrying wrong wrongful wrongly
    -2.3 wrongs
    -2.3 annoyedd annoyin annoyingg annoyinggg anoyed anxiousness blundered blundering boot-loop bootloop
    -2.3 bootlooping disapoint disapointment disapointments disappointin dissapoint dissapointment
    -2.3 dissapointments dissapoints dissappointed dissappointing dissappointment embarrassingly embezzler
    -2.3 embezzlers embezzling errored erroring frustated frustating frusterated frustratedd fustrated
    -2.3 fustrating glitching indict indicts irritatin let-downs letdowns mobster mobsters sloppiest smuggler
    -2.3 smugglers stresses trafficker traffickers unacceptably unplayable unuseable unwatchable
    -2.4 :(( :-(( :-@ :@ </3 </33 <\3 >:( >:-( >:[ apocalypse apocalyptic austerity baaaaad baaaad baaad baad bad
    -2.4 badd baddd badddd baddddd badly bailout bailouts bankruptcies bleakness caught-fire chemo chemotherapy
    -2.4 coffin corpse corpses cry-baby crybaby dafuq damage damaged damages damaging dead default defaulted
    -2.4 defaults defects degrading demonic demoralising demoralizing depressionary deranged desolate despondency
    -2.4 destitute die died dies disheartened disheartening dishonest dishonesty dispirited doom doomed doomsday
    -2.4 dying evicted eviction evictions ew eww ewww explode exploded explodes exploit exploitation exploited
    -2.4 exploiting explosion foreclosed foreclosure foreclosures forlorn funeral funerals gloom grave graves
    -2.4 grim-reaper gross grossed harm harmed harmful harming harms hospitalised howl hyperinflation icky immoral
    -2.4 inadequacy inadequate incapable incapacity inexcusable inferior inflationary inhumane injustice
    -2.4 injustices insignificant insolvency insufferable intolerable killing lousy meltdown nastier nastiest
    -2.4 nasty oppressed oppression oppressive overheat overheating overheats persecuted persecution pervert
    -2.4 perverts piss pissed-off pisses pointlessly poor poorest poorly predator predators recession repossessed
    -2.4 shabby shoddy shout shouted shouting stagnant stagnation uglier ugliest ugly unacceptable unbearable
    -2.4 unfair unfairly unfaithful unfit unforgivable unjust unqualified uselessly uselessness wail wailing
    -2.4 whimper whimpering worse worthlessly wtff wtfff yell yelled yelling yells yuck yucky
    -2.4 (#`д´) 2/10 <//3 >:(( >:c >:{ >=( adultery alzheimer's alzheimers amputated amputation angery barf
    -2.4 barfs barfy battered bedridden besieged brawl brawled brawling brawls burglar burglaries burglarized
    -2.4 burglars burglary burgled coma creepo deadinside deathly debilitated debilitating defaulting dementia
    -2.4 demoralise demoralize depressive destitution dgaf dickish dishearten disheartens disloyal disloyalty
    -2.4 dispiriting douchey douchy eeew egregious egregiously euw euww ewwww ewwwww explosions fearmongering
    -2.4 feck fright fuckboi fuckboy gaslight gaslighted gaslighter godforsaken gory grosss gunshot gunshots
    -2.4 haemorrhage hate-speech hemorrhage hijack hijacked hijackers hijacking hoodwinked incel indefensible
    -2.4 inexcusably infamy infestation infested insidious insurrection irreparable irreparably jilted killme
    -2.4 laughing-stock laughingstock lecherous lonelier malnourished malnutrition mauled mayhem meltdowns
    -2.4 mistreat mistreated mistreating mistreatment mistreats monstrosity mournfully nastily nastiness
    -2.4 outrageously overheated panicky paralysed paralyzed predatory pukey r.i.p ransomware rapacious
    -2.4 recessions repossession rioter scare scares scarily scaring screwthis seethe sham shoddier slander
    -2.4 slandered slanderous soannoying sobad stagnate stagnated stagnating theft thefts thot tsunami
    -2.4 tsunamis unaceptable unexceptable unfairness unfaithfulness unjustifiable unjustly unluckiest
    -2.4 unscrupulous venal vom wailed wails whimpered whimpers wtffff wthell wthh yuckk yucko ಥ_ಥ ಥ﹏ಥ ╥_╥ ╥﹏╥
    -2.4 ╯°□°)╯︵┻━┻ ╯°□°）╯︵┻━┻ ｀д´
    -2.5 ashamed cheerless contempt contemptible crappiest dammit deplorable deplorably desperate desperately
    -2.5 desperation disdain disdainful disgracefully dismally drab dreary embarassed embarassing embarrassed
    -2.5 embarrassing embarrassment goddamn goddamnit helpless helplessness hopelessly humiliate humiliated
    -2.5 humiliating humiliation hurtful insult insulted insulting insults joyless junk lamentable loneliness
    -2.5 lonely mad madder miseries pathetically reprehensible rubbish scorn scornful screw-up screwed screwup
    -2.5 shame shamed shamefully smashed sneer sneering sorrows totaled totalled tragically unhappier unhappiest
    -2.5 unhappiness vandal vandalism vandalized vandals woe woeful woefully woes wrecking wretchedly
    -2.5 conned conning dammitt dammmit damnitt deplore deplored deplores deploring embarassment embarrased
    -2.5 embarrasses foul-smelling godammit godamn goddam goddamit goddamned humiliates lonley lonly screw-ups
    -2.5 screwedup screwups shames shaming vandalise vandalised vandalize vandalizing
    -2.6 :((( abhor abhorred abhors abuser abusers airstrike airstrikes assaults backstabbed bitch bitches
    -2.6 bitching bitchy bombardment bombing bombings cancer captive chargeback chargebacks coup crap crapped
    -2.6 crappy crushed crushing deceitfully defenseless detesting devastatingly dick dicks disease diseases
    -2.6 dislike disliked dislikes disliking distrustful douche douchebag douchebags dumb dumbass dumber dumbest
    -2.6 enslave epidemic extremism extremist extremists fabricated fabrication fail failed failing fails failure
    -2.6 failures falsified ffs forged forgery grieve grieved grieves grrr grrrr gutted heartless
    -2.6 hopelessness imprisoned insurgency insurgent insurgents invade invaded invading invasion jackass jfc
    -2.6 jihad jihadist jihadists lethal loath looters looting militant militants molest molestation molested
    -2.6 molester omfg oppress overcharges pandemic plagiarism plagiarized plague powerless powerlessness prick
    -2.6 pricks resented resenting resents riot rioting riots ripoffs ripped-off ruin ruined ruining ruins shatter
    -2.6 shattered shelling shit shite sickk sickkk sickkkk sickkkkk sickness siege siick siiick siiiick siiiiick
    -2.6 slut sluts smdh smh stalked stalker stalkers stalking stupid stupidity tormenting tormentor torturer
    -2.6 trapped tumor twat unrest uprising wanker whore whores worthlessness wreck wreckage wrecked wrecks wth
    -2.6 :(((( :((((( :-((( =(( =((( arson arsonist arsonists b!tch b**ch b*tch bait-and-switch bellend bereft
    -2.6 beyotch biatch bilked biotch bitchh blackmail blackmailed blackmailing bloodcurdling bloodsuckers
    -2.6 bloodsucking bullcrap bytch chickenshit child-labor child-labour crapfest crapp crappier crapshow
    -2.6 craptastic d-bag dbag dehumanised dehumanising dehumanize dehumanizing despot despotic despotism
    -2.6 despots disconsolate diseased douchebaggery douchecanoe douches dumass dumbassery dumbasses dumbb
    -2.6 dumbbb eejit enshittification extort extorted extorting extortionate extorts ffss fleeced fleecing
    -2.6 forsaken friendless frighten frighteningly frightens frightful fumed gaslighting gaslit grievous
    -2.6 heartlessly heartsick idiocy idjit ignominious ignominy incurable infuriatingly jackasses jagoff
    -2.6 jerkoff jerkwad kleptocracy kleptocrat kleptocratic kleptocrats knobhead leukaemia leukemia loneliest
    -2.6 looted maddening maddeningly malignant manipulators molests mourner mourners mugged mugger muggers
    -2.6 mugging omfgg oppresses oppressing oppressor oppressors pained pernicious ravage ravaged ravages
    -2.6 ravaging rioters rip-offs rippedoff s**t sadday scammy sepsis sh!t sh** sh*t sh1t shambolic shelled
    -2.6 shiiit shiit shitey shits shitt shoddiest shyster shysters sicko skank skanky slutty smhh smhhh
    -2.6 stoopid stupidd stupider stupido suffocate suffocated tosser totalitarian totalitarianism tumors
    -2.6 tumour tumours twats unloved wankers war-torn wickedness ಠ益ಠ ╬ಠ益ಠ ヽ(`д´)ﾉ
    -2.7 afraid cheat cheated cheater cheaters cheating crook crooked crooks danger dangerous dangerously dread
    -2.7 dreaded dreadfully dreading fear feared fearful fears frightened frightening liar liars lied lies lying
    -2.7 panic panicked panicking rob robbed robbery robbing scared scary steal stealing stole stolen terrified
    -2.7 terrify terrifying thief thieves threat threaten threatened threatening threatens threats
    -2.7 cheats dreads robber robberies robbers robs steals thieving
    -2.8 abduct abducted abduction agonized anger angered angrier angriest angrily angry anguished assassinate
    -2.8 assassinated assassination bereaved bereavement bs casualties casualty deceased depraved distraught
    -2.8 excruciating executed execution executions fatalities fatality fck fk fuk fuming fuq furiously
    -2.8 grief-stricken gunfire gunman gunmen heartache heartaches homicide homicides hostage hostages hostile
    -2.8 hostility hurt hurting hurts idgaf incensed inconsolable infuriated infuriates infuriating intolerably
    -2.8 irate kidnap kidnapped kidnapping livid manslaughter outrage outraged outrages overdose overdosed
    -2.8 overdoses pain painful painfully pains perish perished perishes pissed raged rageful ragequit saaaaad
    -2.8 saaaad saaad saad sad sadd saddd sadddd saddddd sadly sadness seething shet shooting shootings sht shyt
    -2.8 sob sobbed sobbing sobs sorrow sorrowful stabbed stabbing suffer suffered suffering suffers suicides
    -2.8 torment tormented torments tortuous unbearably unhappy vengeance weep weeping wept wrath wrathful
    -2.8 abductions abducts agonise agonised agonising agonize agonizes angering angers assassin assassins
    -2.8 corrupting deathtrap deceit dirtbag epic-fail epicfail fkk fook fuckery fukk fuuu fuuuu fuuuuu
    -2.8 gobshite hatemyjob hatemylife horridly horseshit idgaff ihatemyjob ihatemylife infidelity infuriate
    -2.8 kidnapper kidnappers kidnappings kidnaps killmenow lifesucks miscarriage miscarriages miscarried
    -2.8 mortified mortifying mylifesucks nefarious petrified piss-off piss-poor pissedoff pissoff pisspoor
    -2.8 remorseless scarier screwyou seethed seethes sleazebag sleazeball smfh soangry sorrowing sosad
    -2.8 stabbings stupid-ass stupidest terrifyingly torturous traitorous trauma traumas travesty treason
    -2.8 treasonous tyrannical unconscionable vitriol vitriolic weeps
    -2.9 backstab backstabber backstabbing conniving damnit debacle deceitful depressed depressing depression
    -2.9 despair despairing duplicitous enemies enemy fiasco foe foes garbage goddammit grief grieving hateful
    -2.9 heartbreak hopeless manipulate manipulated manipulation manipulative miserably mourn mourned mourning
    -2.9 pointless shambles suck suckage sucked sucks sucky sux suxx trash treacherous treachery two-faced useless
    -2.9 venom venomous victim victims violence violent war warfare wars worthless
    -2.9 backstabbers depress depressedd depresses despaired despairingly despairs duplicity fiascos
    -2.9 gun-violence hatefull heartbreaks mourns scariest sucksass sucksballs sucksss suckz suuucks thissucks
    -2.9 useles uselesss warmonger warmongering warmongers warring
    -3.0 0/10 1-star 1/10 asshole assholes bastard bastards betray betrayal betrayed betraying betrays bloodbath
    -3.0 bloodied bloodshed bloody-murder bullshit butcher butchered butchery carnage clusterfuck corrupt
    -3.0 corrupted corruption cunt cunts death deaths dickhead dismember dismembered dumpsterfire ethnic-cleansing
    -3.0 extermination filth fml foul fraud frauds fraudulent fubar fuck fucked fucker fuckers fucks fuckup
    -3.0 fuckups genocidal ghastly grotesque gruesome gtfo holocaust idiot idiotic idiots imbecile imbeciles kill
    -3.0 killed killings kills macabre mf morbid moron moronic morons motherfucker motherfuckers mutilate
    -3.0 mutilated mutilation nauseating nauseous never-again obscene obscenity one-star puke puked puking putrid
    -3.0 rancid repellent repugnant retard retarded rip-off ripoff scam scammed scammer scammers scams scum
    -3.0 scumbag scumbags sewage shitshow shitty slaughterhouse snafu stench stfu swindle swindled swindler
    -3.0 tortures trainwreck traitor traitors vomit vomited vomiting wtf zero-stars
    -3.0 0-star 1star a$$hole a**hole a-hole abominably agonizingly ahole anti-semitic anti-semitism
    -3.0 antisemitic antisemitism arsehole assclown assface asshat asshats asswipe awfulness azzhole b*stard
    -3.0 basterd bitchass bloodiest bullsh!t bullsh*t bullshite bullshitter bullshitting bullsht bullshyt c**t
    -3.0 c*nt calamitous clusterf*ck clusterfck corruptly cruelly daylight-robbery death-toll decimate
    -3.0 decimated defraud defrauded defrauding defrauds dickheads dickwad dickweed dipshit disastrously
    -3.0 domestic-violence dumpster-fire enrage enrages enraging excruciatingly f*** f**k f**ked f*ck f*cked
    -3.0 fascism fascist fascists fcuk fmll fraudster fraudsters fu*k fucked-up fuckedup fuckk fuckoff fuuck
    -3.0 fuuuck garbagefire grisly gtfoh gut-wrenching harrowing heart-wrenching heartbreakingly heartrending
    -3.0 heartwrenching hellhole highway-robbery horrid idoit inhumanity lowlife maim maimed maiming mfer
    -3.0 mfers mofo mothafucka muthafucka obliterate obliterated obliterating phuck phuk scam-artist
    -3.0 scam-artists scamming self-loathing shitbag shitface shitfest shithead shitheads shithole shitstorm
    -3.0 shittier snafus sonofabitch soul-crushing stfuu stillborn strangle strangled strangling swindles
    -3.0 swindling train-wreck trashfire traumatic traumatised traumatising traumatized traumatizing vilely
    -3.0 villainy w.t.f wretchedness wtaf wtfh wtfuck zero-star
    -3.2 abhorrence abuse abused abusing abusive agonizing agony anguish appallingly assault assaulted assaulting
    -3.2 brutal brutality brutally cruel cruelty deadly destroy destroyed destroying destroys destruction disaster
    -3.2 disasters disastrous disgraced disgust disgusted disgustingly enraged fatal fatally furious fury
    -3.2 heartbreaking heartbroken horrendously horrifically horrified horrifyingly horror horrors loathsomeness
    -3.2 nauseatingly odiousness rage raging repugnance repulsively revoltingly revulsion sickeningly terror
    -3.2 terrorize terrorized terrorizing victimized
    -3.2 abysmally annihilate annihilated brutalised brutalize brutalized cataclysm cataclysmic
    -3.2 catastrophically cocksucker crueler dumbfuck fuckface fuckhead fucktard fuckwit gfy homicidal
    -3.2 horrifies horrify ihatethis self-harm shittiest terrorise terrorised terrorizes victimised
    -3.2 worstnightever worstweekever worstyearever
    -3.3 barbaric barbarism bloodthirsty diabolical inhuman malevolent malicious maliciously merciless mercilessly
    -3.3 ruthless ruthlessly sadistic savage savagely sinister vicious viciously villain villainous villains
    -3.3 barbarity savagery
    -3.4 abominable abomination atrociously awful bigot bigotry bigots despicable despicably devastated
    -3.4 devastating devastation disgrace disgraceful dreadful hatefully heinously hellish hideous horible
    -3.4 horrible horribly loathsome miserable misery monstrously nazi nazis odious outrageous paedophile pathetic
    -3.4 pedophile pedophiles racism racist racists repulsive revolting shameful sickening terible terrible
    -3.4 terribly tragedies tragedy tragic vileness worst wretched
    -3.4 annihilation aweful awfull bigoted cruelest decapitated devastate devastates evildoer evildoers fucku
    -3.4 fuckyou god-awful godawful horrable horrrible ihateyou lynch terrable terrrible vile worstdayever
    -3.4 worstdayofmylife
    -3.5 abysmal appalling catastrophe catastrophes catastrophic despise despised despises despising detest
    -3.5 detestable detested detests disgusting h8 haaaaate haaaate haaate haate hate hated hatee hateee hateeee
    -3.5 hateeeee hates hating hatred loathe loathed loathes loathing nightmare nightmares nightmarish suicidal
    -3.5 suicide
    -3.5 abismal apalling appaling digusting discusting disgustin h8ed h8ing h8s
    -3.6 abhorrent atrocious evil evils heinous horrendous horrific horrifying monstrous murder murdered murderer
    -3.6 murderers murdering murderous rape raped rapes raping rapist rapists terrorism terrorist terrorists
    -3.6 torture tortured torturing
    -3.6 attrocious beheaded beheading beheadings crimes-against-humanity femicide horendous infanticide kys
    -3.6 lynched lynching mass-shooting massacring murders paedophiles paedophilia pedophilia pogrom pogroms
    -3.6 suicide-bomber worst-ever worstest worstt worsttt
    -3.8 atrocities atrocity genocide massacre massacred massacres slaughter slaughtered slaughtering
    -3.8 genocides war-crime war-crimes
    +3.4 awesomazing buetiful fabolous fantasic masterpeice stunnin
    +3.2 100/10 bestmovieever iloveyousomuch iloveyouu lovelyyy luvd luved masterwork masterworks
    +3.0 bellissimo bestday chefkiss chefs-kiss darlin dream-come-true happyaf iloveu iluvyou lovedit
    +3.0 loveyall lovu magnifique magnum-opus muahhh mwahhh on-cloud-nine out-of-this-world pawsome pitch-perfect
    +3.0 scrumdiddlyumptious spellbinding tour-de-force urthebest visually-stunning yourethebest youthebest ♡♡ ♡♡♡ ♥♥♥
    +2.8 beautifully-written cloud-nine congratsss cuteaf fabby god-tier godtier greatnews greatservice hip-hip-hooray
    +2.8 hiphiphooray hoorayy instant-classic lovemybestfriend lovemyboyfriend lovemyfriends lovemygirlfriend lovemyhubby lovemyhusband lovemykids
    +2.8 lovemywife lovethat o(≧▽≦)o roflol side-splitting spellbound standing-ovation standing-ovations whoohoo woohooo
    +2.8 wunderbar yayay yippeee yummiest ﾉ◕ヮ◕)ﾉ
    +2.6 :)))))) =)))) \(^ヮ^)/ beautifully-shot bighug bighugs ceasefires chuffed-to-bits congratulatory cream-of-the-crop
    +2.6 crushed-it cutiepatootie dabomb delishh finger-lickin goty greatjob greatwork gut-busting hahahahahahaha
    +2.6 happily-ever-after happilyeverafter heart-melting heartmelting heheh killed-it kyoot laugh-out-loud life-affirming lottery-win
    +2.6 love-struck loveable masterclass merryxmas much-loved olympic-champion oscar-worthy prouddad proudmama proudmom
    +2.6 proudmum proudparent smashed-it squeee swoon-worthy thanksomuch thankyousomuch tickled-pink triumphal truces
    +2.6 two-thumbs-up unmissable unputdownable uproarious world-champion worth-every-penny yummmmy ٩(◕‿◕)۶ づ｡◕‿‿◕｡)づ
    +2.5 cuddled hugsss love-bug mazel-tov niiiiiice overcomes smilin
    +2.4 (>^_^)> (^-^)/ (^_^)/ (^o^)/ (^▽^) *\o/* <(^_^<) ^0^ accomplishing accomplishments
    +2.4 achievers achieving award-worthy bangers barbeque belter best-friend best-friends breakfast-in-bed bwahahaha
    +2.4 championship-winning critically-acclaimed crushedit cuddlebug cutie-pie emmy-worthy familygoals fuckyeah fun-filled good-boy
    +2.4 good-girl goodboy goodgirl goodnews guardian-angel halleluja heart-of-gold hell-yeah hellyeah hellyes
    +2.4 honeymooners honeymooning hunnie jackpots jawdropping just-married justmarried killedit liberates liberating
    +2.4 liberator liberators lmaoooooo lmbao lmfaoo loved-up masterstroke mind-blown mindblowing mindblown
    +2.4 mustsee mustwatch nailed-it off-the-charts omnom omnomnom picnics s-tier show-stopping showstopper
    +2.4 showstoppers smashedit smashingit soul-stirring success-story super-duper superduper sweetie-pie sweetiepie thanksalot
    +2.4 well-loved welldone wheeeee whoopee windfalls winnin yummers ≧ω≦ ヽ(^。^)ノ
    +2.3 nomnomnom valour
    +2.2 (*^-^*) (*^^*) (*´∀`*) <(^_^)> =^_^= >w< ^u^ aced adulation affections
    +2.2 anniversaries attractiveness babes bangin bear-hug bearhug booya boyfriend-material cantwait cherubic
    +2.2 class-act crowd-pleaser crowd-pleasers crowd-pleasing cup-winning d^_^b edge-of-your-seat exalt exalted fan-favorite
    +2.2 fan-favourite feel-good feelgood festivity first-place fri-yay friendshipgoals fur-babies fur-baby furbabies
    +2.2 furbaby gallantry glow-up glowup god-bless godbless gold-medalist good-job good-looking good-samaritan
    +2.2 good-vibes goodjob goodlooking graduations happy-go-lucky happycamper hats-off hatsoff heckyeah highfive
    +2.2 hihihi homesweethome honeybun honeybunch husband-material husbandmaterial job-offer kind-heartedness kissyface lovelies
    +2.2 madprops merrymaking moneywellspent must-listen must-play nicejob oscar-winning pay-day peacemaking personal-best
    +2.2 prize-winning rave-reviews revered ride-or-die rockstar rockstars role-model role-models rolemodel rollicking
    +2.2 rousing saintly salutes sexiest soulful spa-day spaday sunnyday sunnydays sunshiney
    +2.2 sweeties tehehe tender-hearted tenderhearted thankuu thankyouuu tyyy unstoppable venerated virtuoso
    +2.2 way-to-go well-acted well-directed well-plotted wife-material wifematerial wooot wootwoot worththewait yahooo
    +2.2 ◕‿◕✿ ✿◠‿◠
    +2.1 fitter fittest forgave in-shape saviours
    +2.0 ;)))) \m/ action-packed adorkable babycakes bargainous beastmode belly-rubs bellyrub bellyrubs
    +2.0 bigup binge-worthy bingeworthy bodacious buzzer-beater catchiest cherry-blossom christmassy close-knit comfort-food
    +2.0 comfortfood cosiness cosy-night coziness cozy-night cult-classic date-night endearingly eye-candy eye-popping
    +2.0 eyecandy familytime famjam feasted feasts fiances fiancé fiancée flirted flirts
    +2.0 floof floofs floofy fluffball forgives game-winner game-winning getwellsoon gewd goddess
    +2.0 goddesses good-deed good-deeds good-nights-sleep grazie groovy hall-of-fame hall-of-famer handsomely hat-trick
    +2.0 heart-pounding heartthrob heartthrobs hi5 high-achieving high-five high-fives honor-roll honour-roll hygge
    +2.0 inseparable juiciest kissy long-weekend match-winner match-winning mensch n.n nurturer obrigado
    +2.0 on-fleek page-turner page-turners pay-it-forward peace-accord peace-agreement podium-finish pookie qualitytime rags-to-riches
    +2.0 recharged record-breaker record-setting reinvigorating replayable respek revelers revellers revitalised rewatchable
    +2.0 rising-star scene-stealing sexiness slayyy smileyface sparkling-clean spic-and-span spine-tingling stand-out standout
    +2.0 standouts sun-drenched sun-kissed sundrenched sunkissed thirst-quenching thought-provoking threepeat tight-knit toe-tapping
    +2.0 unharmed unhurt unscathed well-paced wellplayed wholesomeness win-streak winning-goal woopwoop worthit
    +2.0 wowsers
    +1.9 affable amiably chart-topping crisper crispier down-to-earth healer healers juicier open-hearted
    +1.9 openhearted pay-raise prodigy protects rescues rescuing revelry treatyoself treatyourself well-behaved
    +1.8 (^///^) 4-stars 4stars adrenaline-fueled all-star anthemic awhh awwwwww baby-shower babyshower
    +1.8 ballin bdays best-seller bingeable birdsong blanket-fort bridal-shower broad-minded brotherhood bullseye
    +1.8 catchier catchy championed chart-topper comely considerately considerateness danceable dead-on debonair
    +1.8 easy-going evocative exonerate exonerates eye-catching feats fired-up fistbump fleek foodporn
    +1.8 fortitude freshly-baked fridayfeeling getwell girls-night girlsnight go-getter good-tempered green-flags happy-hour
    +1.8 happyhour home-baked home-cooked homebaked hugger huggers hunk hunks hunky hyped-up
    +1.8 immersive jammin looker lookers loyally me-time medalists medallist metime mind-bending
    +1.8 modesty morish neato no-hitter nom noms nurture nurtured nurtures ohyeah
    +1.8 on-the-mend open-minded open-mindedness openminded outdid paid-off peacebuilding peachy-keen poppet prodigies
    +1.8 pumped-up pup puppo pups purr purred purring purrs quality-time quick-witted
    +1.8 rockin self-care selfcare sincerity sisterhood slam-dunk snuggled-up spring-break springbreak sweet-tempered
    +1.8 tax-refund taxrefund thank-god thankgod thankgoodness toothsome true-blue tucked-in uwu victory-lap
    +1.8 walk-off well-slept welldeserved wiser wunderkind yowza zoomies ʕ•ᴥ•ʔ
    +1.7 all-clear courtesies dopest philanthropist philanthropists politeness welcomes yaaas yaas yassss
    +1.6 bank-holiday bankholiday blep blue-skies boop boops bridesmaid bridesmaids bubble-bath bubblebath
    +1.6 catto chilled-out chummy clean-sheets coexist coexistence collegial collegiality confidant confidante
    +1.6 crisisaverted crisp-sheets dandy dearly deservedly doggie doggos doggy fangirl fangirls
    +1.6 feelbetter flirtation flirtatious foxy fresh-sheets freshsheets get-together get-togethers get-well gettogether
    +1.6 green-flag greenflag headhunted heart-to-heart holidaying hot-chocolate hotchocolate jumper-weather kitteh kittie
    +1.6 kitties kitty knighted lazy-sunday log-fire longer-days massaged massages mlem mulled-wine
    +1.6 nail-biter nail-biting olive-branch photogenic powerhouse retail-therapy retailtherapy reunification road-trip self-sacrifice
    +1.6 sharp-witted shindig shindigs silver-lining snow-day snowday snowdays soft-hearted softhearted sploot
    +1.6 staycations summer-break sunbathe sunbathed sunbathing sweater-weather sweaterweather tactful tactfully tail-wagging
    +1.6 tailwag team-player teamplayer toasty top-scorer trustable wagging waggy well-dressed well-groomed
    +1.6 well-spoken well-wishers wine-o-clock wineoclock winetime
    +1.5 :3c >:d championships dayoff family-friendly far-out goodluck humbly indulge indulged
    +1.5 indulgence indulging laid-back laidback muahahaha mwahahaha shout-outs yessssss
    +1.4 addicting adopt-dont-shop adoptdontshop attain attained attaining ayyy back-in-stock backinstock bargain-hunting
    +1.4 bargainhunting child-friendly civility clear-skies cordially cuppa donates donating duvet-day duvetday
    +1.4 even-tempered feisty fist-bump freshness giveaway giveaways giver givers gumption half-price
    +1.4 halfprice kid-friendly laureate lazy-day light-evenings mend mending pajama-day party-animal peace-talks
    +1.4 peacekeeper peacekeepers peacekeeping prized pyjama-day relatable self-made sleep-in sleepin snugly
    +1.4 spunky summery volunteering volunteerism walkies well-adjusted
    +1.3 ageless likability likeability neighborliness unassuming
    +1.2 acquit acquits acquittal acquittals acquitting aromatic ayy blameless bogo bogof
    +1.2 bork buttery cash-back creamier day-trip daytrip empowers first-responder first-responders fluffier
    +1.2 fragrant fundraiser fundraisers fundraising gifting level-up leveled-up levelled-up maturity mondaymotivation
    +1.2 moneysaving nap-time naptime price-drop price-drops pricedrop pumpkin-spice pumpkinspice quirky safeguard
    +1.2 safeguarded safeguarding satiated self-starter snoot snoots sunny-spells sunrises sunsets tgit
    +1.2 thrifty two-for-one under-budget underbudget well-fed
    +1.0 brightening declutter decluttered decluttering donor donors house-proud houseproud invited lazing
    +1.0 napped non-violent nonviolence nonviolent on-sale onsale pheww piping-hot reforming salvaged
    +1.0 tangy thrifted thrifting vegged vegging vegging-out wheww
    +0.8 consoled consoling harmless hump-day humpday splurge splurged splurges splurging
    -0.5 dorks dorky drizzles housework peckish rainier rainiest rainy-day rainyday rainydays
    -0.5 showery
    -0.6 chillier chilliest drizzly mizzle nippy spendy wintry
    -0.8 achoo ahchoo atchoo back-to-work backtowork blustery cloudburst detour detours eye-bags
    -0.8 eyebags gray-day grey-day greyday hungrier hungriest low-battery lowbattery muddy mugginess
    -0.8 ohdear picky-eater pins-and-needles sappy scrimp scrimped scrimping shiver shivered shivers
    -0.8 stiff sweatiness sweating thirstier thirsty threenager yawny
    -0.9 klutz klutzy pudgy
    -1.0 blander brr brrr brrrr bucketing burns burnt-toast butterfingers cheugy clumpy
    -1.0 dagnabbit dark-evenings dark-mornings darker-nights dehydrate dehydrating fib fibbing forgetfulness fussier
    -1.0 gahhh gawky goshdarnit groggily hailstones honked honking hosepipe-ban laddered lumpy
    -1.0 man-flu manflu mudbath niggle niggles niggling oily out-of-breath out-of-pocket outofpocket
    -1.0 over-protective overate overcook overcooking overcooks overeat overprotective past-its-best pffft phooey
    -1.0 pissing-down puffy-eyed pushover pushovers rashes red-eyed road-works roadworks scatterbrained self-isolating
    -1.0 sleepier sleepiest slippy snark snore snored snores snoring twinge twinges
    -1.0 undercook undercooking underdone wind-chill windchill winded ┐(´д`)┌
    -1.1 friendzone unpaid
    -1.2 (-_-;) >< airless balderdash bankrupted blabbermouth blandest bleary bleary-eyed blocked-nose
    -1.2 booooo bunged-up chilblains cliche cliches cliché clichés colds conjunctivitis curdle
    -1.2 curfew dampness dead-battery diagnosed eeeek eulogy evacuate evacuated evacuates evacuating
    -1.2 evacuation evacuations face-plant faceplant firings freezer-burn freezer-burnt freezing-fog frenemies frenemy
    -1.2 frostnip fuzzy-headed gale gale-force gales goodgrief gristle grovel groveling grovelling
    -1.2 hairball hairballs hammy hard-sell heat-rash hiring-freeze hoity-toity itch itched itches
    -1.2 itchiness lay-off lay-offs left-on-read limped limps loners manic-monday materialistic meddler
    -1.2 meddlers mehhhh mucus mumps near-miss nerfed no-signal no-wifi nosignal nowifi
    -1.2 overeating overlooked overplayed overproduced oversleep oversleeping oversleeps overslept overspend overspends
    -1.2 paper-cut papercut papercuts pining pink-eye pinkeye poo poop poppycock prosecuted
    -1.2 quarantine rammed ravenous rush-hour rushhour saccharine schmaltzy scruffy seized-up shallowness
    -1.2 shivering shivery show-off showoff showoffs sick-day sick-days sickdays skippable smoggy
    -1.2 snot soaked sodden soggy-bottom splinter splinters spoilsports staler stiffness stubbornly
    -1.2 stubbornness stuffiness stung tacked-on teeth-chattering teething terminated terrible-twos tiffs trash-talk
    -1.2 trash-talking trespasser trespassing truant u.u uncool unfriend unfriended washed-out waterlogged
    -1.2 whyyy zonked
    -1.3 anti-social antisocial counterfeiting crumble debbie-downer disheveled dishevelled dowdy fickle friendzoned
    -1.3 frumpy mooch mooching mouthy quarantined rejections tattletale tattletales underachieving unsociable
    -1.4 (´д`) achey achiness annexation annexed arrears arthritic arthritis at-risk attention-seeker
    -1.4 attention-seeking bad-back bad-breath badback baloney blistered blue-monday bluemonday body-odor body-odour
    -1.4 bullheaded caseofthemondays chafe chafed chickenpox childishly childishness clammy codswallop colic
    -1.4 colicky coronavirus covid covid-19 curdled curmudgeons cystitis deluge deluges dingbat
    -1.4 disadvantaged drama-queen dramaqueen drowned-rat earful eroded fender-bender fevered flip-flopping flu-like
    -1.4 flus formulaic freezing-cold frozen-screen game-over ggez gout graceless half-raw halitosis
    -1.4 hard-up hay-fever hayfever head-cold heat-dome heat-wave high-risk hissy-fit hissyfit hives
    -1.4 housebound immaturity inane influenza judgy late-fee late-fees leathery lightheadedness littering
    -1.4 lockdown lockdowns lurgi lurgy malarkey mawkish maxed-out meanie measles misanthrope
    -1.4 misanthropic misbehave misbehaved misbehaving misjudged mom-guilt momguilt mum-guilt mumguilt non-starter
    -1.4 nonstarter nosebleed nosebleeds obstinate off-color off-colour out-of-shape overlong overwrought paint-by-numbers
    -1.4 parched parenting-fail parentingfail pitfall pitfalls played-out plot-hole plot-holes plothole plotholes
    -1.4 polar-vortex poonami pothole potholes pretentiousness puncture punctured rained-off rained-out rainedoff
    -1.4 rebuff rebuffed red-card revoked rinky-dink scorched scrooge sentenced shoehorned shrill
    -1.4 sickly-sweet sighhhh siiiigh sinusitis sneezy snippy soaked-through sorer soured spillage
    -1.4 spilled spilt stilted stormier strep stubbed sunburns superficial swelling swelter
    -1.4 sweltered tailback tailbacks tailgater tailgaters tax-hike termites tightwad tightwads torrential
    -1.4 tossing-and-turning towed twaddle twister under-the-weather uninvited unmemorable unwashed uti wet-blanket
    -1.4 wet-through wheeze wheezing wheezy whyyyy wifi-down windbag windbags woodworm woozy
    -1.4 wounds yapping yappy
    -1.5 2-stars 2stars angy boastful breadcrumbing brown-noser brown-nosing brownnoser cliched clichéd
    -1.5 cold-shoulder cold-shouldered coldhearted condescend condescended condescends curmudgeonly disrespecting disrespects dumbo
    -1.5 fingerpointing impertinence impertinent impudent intimidates intimidation left-out misbehavior misbehaviour nincompoop
    -1.5 numpties oaf oafs ostracizes ostracizing preachy quick-tempered qwq sourpuss stand-offish
    -1.5 suck-up suck-ups thankless trashtalk trust-issues trustissues unapproachable wahh y_y
    -1.6 /o\ admonishing axed bad-blood badly-behaved bellyache bellyaches bickers bimbo bimbos
    -1.6 birdbrain black-ice bombarded bomber bombers bombs braggart braggarts brain-fog brainfog
    -1.6 brokeness bumper-to-bumper burial bushed buyers-remorse cant-afford cantafford cantsleep cash-strapped chav
    -1.6 chavs chump chumps claptrap clobbered close-minded closed-minded cloying clumsier complainin
    -1.6 confiscate confiscated confiscation cooking-fail cracked-screen cringe-worthy crotchety culpable culprit culprits
    -1.6 decay decayed decaying defeatism delinquents demote demoted demotes demoting demotion
    -1.6 demotions detained disjointed diss dissed disses dissing diy-disaster draggy dropout
    -1.6 ear-infection falter faltered faltering fibromyalgia flailing flare-up flare-ups flareup flareups
    -1.6 flat-tire flat-tyre flea fleas floodwater floozy forfeit forfeited freaks frostbitten
    -1.6 fugitive fugitives furlough furloughed furloughs gone-off gormless grimmer grouches guilt-trip
    -1.6 guilt-tripping hackneyed hangovers has-been heckno heebie-jeebies hogwash hung-over hussy insipid
    -1.6 january-blues januaryblues jet-lag justmyluck killjoys kitchen-fail kitchenfail knocked-out know-it-all know-it-alls
    -1.6 knuckleheads layabout layabouts lewd life-or-death lockedout loses loudmouth loudmouths love-bombed
    -1.6 love-bombing lovebombing micromanagers minefield miscast miscasting miser misers missed-connection moneyless
    -1.6 muzzled nemesis no-win obituary obstructed ornery out-of-order out-of-work overact overacted
    -1.6 overacting overblown p2w parking-ticket parkingticket party-pooper party-poopers paycheck-to-paycheck phlegm pig-headed
    -1.6 pigheaded pile-on plodding pomposity poorly-paced posers poseurs possessiveness putdown putdowns
    -1.6 queue-jumper queue-jumpers queuejumper red-flag red-flags riff-raff riffraff rumormonger rumourmonger saber-rattling
    -1.6 sabre-rattling scald scalded scalding sciatica season-ending sectarian self-indulgent shadowbanned shove
    -1.6 shoved skint slapdash slapped slapping sleep-inducing slog slovenly snitch snitched
    -1.6 snitches snitching snoozer speeding-ticket squabbled stifling stroppy sunday-scaries sundayscaries sycophant
    -1.6 sycophantic sycophants tetchy throb throbbing throbs tireder tonsillitis traffic-jam trafficjam
    -1.6 trite try-hards tryhards tummy-ache tummyache unappreciative ungentlemanly ungracious unlikable unlikeable
    -1.6 unoriginal uppity usurp usurped weakling weaklings weaksauce wearying whingy whitewashed
    -1.6 winter-blues winterblues wipeout withered worked-up wussy yawner
    -1.7 bossiness clinginess crackpot crackpots cursing irascible judgemental judgmental moocher nutter
    -1.7 nutters over-hyped over-rated petulance petulant put-down slob slobs taunt taunted
    -1.7 taunting taunts
    -1.8 (;´д`) (>д<) :-{ airheads ass-kisser ass-kissing bad-luck bad-mouth bad-mouthing badluck
    -1.8 badmouth badmouthed badmouthing badvibes bamboozled blacklisted blameworthy blockheads blowhard blowhards
    -1.8 boneheaded boneheads booed bootlicker bootlickers bootlicking boredaf borked bratty buzz-kill
    -1.8 buzzkills carcinogens cheap-shot churlish conspired crampy crankier crankiest cringe-inducing cyberbullied
    -1.8 cyberbullies dead-last deceptions derail derailed dressing-down drivel drubbing druggie druggies
    -1.8 drunkard drunkards earaches edgelords egotist egotists emergencies endanger endangering endangerment
    -1.8 endangers failwhale fainting fell-flat floundered floundering forever-alone foreveralone frowny frownyface
    -1.8 grimmest grump grumpily grumps ham-fisted hard-hearted hardhearted hoaxes hothead hotheads
    -1.8 humph improprieties impropriety incivility incoherent insolence jeopardise jeopardised jeopardize jeopardized
    -1.8 jeopardizing last-place lost-cause lout louts low-effort manhunt moochers moodier mould
    -1.8 name-calling narrow-minded norovirus nutcases nutjobs offender offenders pay-cut pay-cuts pay-to-win
    -1.8 paycut pea-brain pettiest philanderers philandering phoned-in phoneys pink-slip pink-slipped precarious
    -1.8 punished punitive rage-quit relegate relegates relegating riled riled-up sabotages saboteur
    -1.8 saboteurs saltier schemer schemers scheming schlock schlocky self-righteousness sell-out sellout
    -1.8 sellouts shill shilled shills shoplifter shoplifters sickbed silenced silencing sinkhole
    -1.8 siphoned skirmish skirmishes slow-witted small-minded smashed-screen spurn spurning stinker stinkers
    -1.8 stomach-bug strugglin stuckup sunstroke tampered tampering tiredaf tiredest trouble-maker trouble-makers
    -1.8 tummy-bug uncivil underappreciated unfeeling unfunny unrequited vapid vulgarity wacko wackos
    -1.8 washed-up whiney wimps wimpy wiped-out witless womaniser womanising womanizers womanizing
    -1.8 yob yobs ×_× ಠ__ಠ
    -1.9 bad-mannered buffoonery convict convicts criminality disparage disparaged freeloader freeloaders freeloading
    -1.9 inconsiderateness nutcase poisoning pollute polluter polluting self-absorbed self-obsessed yawnfest
    -2.0 )= :'c :^( aaargh aargh arch-enemy archenemy arrgh asinine badly-acted
    -2.0 badly-written banish banished berating bigyikes blerg bleugh blubbering bonetired borefest
    -2.0 box-office-bomb bozo bozos broke-af broken-home brokest browbeat browbeaten buffoon buffoons
    -2.0 butt-hurt buttface butthead catfish cave-in chauvinism chauvinist chauvinistic chauvinists chronic-illness
    -2.0 chronicillness click-bait colluded colluding collusion creeped-out cruddy cucks cybercrime data-breach
    -2.0 data-loss dead-tired demean demeaned demeans disfigure disown disowning disowns dog-tired
    -2.0 dolt dolts doped dunces effed exile exiled failing-grade faithless fake-news
    -2.0 fear-mongering feelsbadman freeload gas-leak gold-digger gold-diggers golddigger griefer griefers griefing
    -2.0 grody hangxiety hazing heat-stroke hell-no hellnah hellno hypothermic ignoramus infect
    -2.0 infecting infects ingratitude insensitively insensitivity insider-trading job-loss job-losses knackering long-covid
    -2.0 lose-lose maladministration martial-law miscreant miscreants missed-flight money-grab near-death neglectful nitwits
    -2.0 non-functional not-cool not-worth-it notworthit occupiers pariah pariahs penniless pile-up pileup
    -2.0 pilfer pilfered plagued plonkers poorly-acted poorly-executed prats pummeled pummelled pyramid-scheme
    -2.0 queasiness rejection-letter reprobate reprobates restinpeace sad-face schmuck schmucks skeevy sleepless-nights
    -2.0 slimeballs smear-campaign sneezed sneezes spurned tactlessness teed-off tongue-lashing toothaches trample
    -2.0 trampled twits uggo uggos underhand underhanded ungratefully vendetta vendettas yech
    -2.0 yowch
    -2.1 bawling broken-promises creepier creepiest cuck cyberbully cyberbullying evict evicting road-rage
    -2.1 snobbery snobs weirdos
    -2.2 ):< >:< bad-day badnews bawl bawled bawls bedbound beyond-repair bollocks
    -2.2 bollox borin borrring broken-promise brutish career-ending chronic-pain chronicpain coerce coerced
    -2.2 coercion coercive con-man concussed contemptuously crackhead crackheads crossfire cybercriminals deadbeat
    -2.2 deadbeats defeating demise dim-witted dimwits dishonourable disowned dreck drug-dealer drug-dealers
    -2.2 effed-up expel expelling expels freaked-out freaking-out freakout grift grifting grossness
    -2.2 hag hags half-wit halfwits heckler hecklers homophobe homophobes imperil imperiled
    -2.2 imperilled ingrates jeers laaame loan-shark money-laundering nothappy numbskulls passed-away pickpocket
    -2.2 pickpocketed pickpockets pillocks political-prisoner power-grab preyed price-fixing racial-profiling relapsing roadrage
    -2.2 rubbishy scandal-hit scandal-ridden scoldings scoundrel scoundrels seasonal-depression slandering slanders tickedoff
    -2.2 turncoat turncoats unemployable urgh vindictively vindictiveness wretch wretches ㄒoㄒ
    -2.3 backfiring degenerate degenerates egomaniac egomaniacs frustratin good-for-nothing harasser impeachable smuggled
    -2.3 stressin worryin wrongfully wrongly-convicted
    -2.4 (`д´) ;(( ;__; <///3 adulterer adulterers adulterous ambush ambushed badservice
    -2.4 barfed barfing break-in break-ins burgle cold-blooded collateral-damage crapola craptacular cretin
    -2.4 cretins critical-condition desolation dontbuy double-crossing doxed doxing doxx doxxed doxxing
    -2.4 drone-strike drunk-driver drunk-driving eeeew election-fraud evicts ewwwwww firefight forsake forsakes
    -2.4 forsook fuckbois fuckboys fuckno garbo gaslighters gaslights gone-too-soon grossed-out grossss
    -2.4 hijacker home-wrecker homewrecker homewreckers house-fire incels inferno insufferably lamest landmine
    -2.4 landmines lecher lechers maltreated maltreatment ohhellno perfidious perfidy peril perils
    -2.4 persecute persecuting perverted plunder plundered plundering police-state put-to-sleep rainbow-bridge rainbowbridge
    -2.4 ransacked sickos stray-bullet t___t thots two-timer two-timing unlistenable vote-rigging voter-fraud
    -2.4 voter-intimidation warlord warlords waste-of-time wasteoftime yuckkk
    -2.5 disdained double-cross double-crossed drearier gonetoosoon humiliations scorned scorns screwed-up sneers
    -2.5 vandalising
    -2.6 :'((( :(((((( air-raid bellends bitchiness carjack carjacked carjacker carjackers carjacking
    -2.6 carjackings customerservicefail death-trap donotbuy eejits enslavement ffsake foul-tasting fugly garbage-tier
    -2.6 gobshites gun-battle gunbattle gunpoint hatin hit-and-run identity-theft imprisonment invader invaders
    -2.6 invades invasions jerk-off knifepoint knobheads life-threatening madaf match-fixing nobhead pitiless
    -2.6 plagiarise plagiarised plagiarize psychopath psychopathic psychopaths ruination sadnews shattering sicknesses
    -2.6 skanks slave-labor slave-labour smhhhh sociopath sociopathic sociopaths sucktastic tax-fraud tire-fire
    -2.6 totalfail trash-tier wage-theft waste-of-money wasteofmoney
    -2.7 butt-ugly cheatin dangers grossest lyin violently
    -2.8 apoplectic assailant bereavements civil-war drive-by epicfails griefstricken groped groping home-invasion
    -2.8 hostage-taking hurtin infidelities pissd pissedaf police-brutality sadaf sleazebags sleazeballs sobbin
    -2.8 son-of-a-bitch verbal-abuse ┻━┻︵ヽ(`д´)ﾉ︵┻━┻ ノಠ益ಠ)ノ ノಠ益ಠ)ノ彡┻━┻
    -2.9 back-stabbing depressin h8ful manipulating suks treacherously
    -3.0 a-holes animal-cruelty arseholes assclowns asswipes betrayals bludgeoned car-bomb corrupts dickwads
    -3.0 dipshits dogshit elder-abuse emotional-abuse fmlll forfuckssake gunned-down hateit hatemyself hatethis
    -3.0 heartbroke hot-garbage incest low-life maims onestar pukes revenge-porn ruthlessness sadist
    -3.0 sadists sex-offender sextortion shit-show shitbags shot-dead traumatize victimize victimizing vomits
    -3.1 broken-hearted brokenhearted
    -3.2 cocksuckers fuckfaces fuckwits heart-broken heartbreakin ihateit ihatemyself nuclear-war worstday
    -3.3 deadliest
    -3.4 child-abuse cruellest lynch-mob worstmovieever worstservice
    -3.6 mass-grave mass-graves mass-shootings school-shooting suicide-bombing
    -3.8 war-criminal
    +3.3 mesmerised mesmerising
    +3.2 exquisitely
    +3.0 enchantingly extraordinarily gorgeously idolise idolised idolises idolising idolizes idolizing
    +3.0 marvellously mesmerise mesmerize mesmerizes stupendous
    +2.8 congratulates congratulating greatness marvelling picture-perfect rapturously
    +2.6 beautified dazzle dazzles enraptured radiantly ravishingly
    +2.5 cuddlier cuddliest embraces grinned grins
    +2.4 accomplishes astonish beautifies beautifying bighearted blessedness cease-fire ebullient elegantly
    +2.4 enthralls exhilarates handsomest hilariousness merriest prospers top-class wonderstruck
    +2.3 conquers outperforms outshined outshining
    +2.2 brightens colourful comradery crowdpleaser entrancing exalts glows goodnatured humorously humourous
    +2.2 innovated innovates innovating mirthful near-perfect prizewinning sparkled sparkles
    +2.0 amusements applaudable astonishment attractively awarding basks benefiting benefitted benefitting bloomed
    +2.0 blooms caringly colorfully colourfully commendations energetically energises energizes enthusiasts
    +2.0 entranced fearlessness felicitations felicity fondest frolicked frolics gentler gentlest glories
    +2.0 glowingly honorably honourably humbleness idyll illustrious indomitable irreplaceable jollity luxuriously
    +2.0 matchless merrier motivate ovation payouts plaudit restores revere revitalise revives self-love
    +2.0 serendipitously shinier shiniest top-flight topflight trendier trendiest unselfishly unselfishness
    +2.0 upliftment valiantly venerate vibrancy vibrantly virtuosity virtuously wholehearted wittily wittiness
    +1.9 crispiest fulfills fulfils gratifies gratify
    +1.8 aces advancements allure appealing appealingly artistry attaboy attagirl bewitching bolder boldest bonny
    +1.8 boosts brightly broadminded calmest championing cleverer cleverest cleverness comfiness contentedness
    +1.8 creatively eases effervescent effortlessness eloquence eloquently endeared endearment enhancements
    +1.8 enhances enlightenment enviable exonerating fascinate fascinates fascinatingly fashionably feat fervently
    +1.8 finest grandeur gusto harmonies harmonise harmonised harmonizing irreproachable luckier luxuriate
    +1.8 luxuriating magically paychecks paycheque paycheques powerfully prowess reassures resourcefulness
    +1.8 reviving righteousness skilful stabilise stabilised swimmingly tip-top tiptop top-shelf winsome worthier
    +1.8 worthiest
    +1.6 admirer admirers adroit advantageously astonished bettering boundless bounteous bouquet bouquets bravura
    +1.6 chipper collaborates collaborating collaborations companionable comradeship congeniality cooperates
    +1.6 courteousness cutting-edge determinedly devote devotes devoting doggies dreamier dreamiest emancipated
    +1.6 empathised empathises empathising empathized empathizes empathizing endear endears enlighten enlightens
    +1.6 enliven enlivened enlivening enrich enriched enriches enrichment enterprising entertain entertainment
    +1.6 enticing epiphany equanimity extol extolled extolling extols extravaganza eye-opener eyeopener famed
    +1.6 favorably favourably flair flirtatiously foodies free-spirited freeing freespirited fruitfully
    +1.6 genuineness grander grandest guilt-free guiltfree handiest inestimable innocence inspo inventiveness
    +1.6 luxuries meaningful melodious motivator nourishes optimizes optimizing opulence peng pinnacle pizazz
    +1.6 pizzazz prettiness primo profitably progressed progresses pukka purest quick-thinking reassurances
    +1.6 recoveries redemption reinvigorate renewing renews riches saint salvation savvier self-assurance
    +1.6 self-compassion smooth-sailing smoothness stabilisation stabilization tantalising tantalizing tenaciously
    +1.6 trusts truthfulness unfailing uninjured unwaveringly vigor vigour well-balanced well-received
    +1.6 world-renowned zealously
    +1.5 classier classiest clearest conscientiousness ethically indulges neatest neatness tidiest tidiness
    +1.5 wealthier wealthiest
    +1.4 accuracy achievable affirming affirms afterglow aglow agreements alliances ambitions amity aplomb
    +1.4 approbation approvals aspired aspires assists attainable attainment attains attraction authentically
    +1.4 bedazzled bettered brotherly cakes capably cheesecake cheesecakes chocolates chocolatey chocolaty
    +1.4 closeness cosily cozily crispness delicacies delicacy deluxe discoveries discovering eco-friendly
    +1.4 ecofriendly efficacious efficacy endorsements endorsing enticingly erudite estimable everlasting explores
    +1.4 fidelity finesse flatters gala glowy golden informative jubilee keepsake keepsakes kindred lavishly
    +1.4 limitless memorably mends mercifully momentous nourishment openness optimally panache precision
    +1.4 prodigious proficiency proficiently progressing prolific propitious purer purity rapport reprieve respite
    +1.4 rizz robustly rosier safety sagacious secures self-belief self-control self-discipline self-disciplined
    +1.4 self-improvement self-reliance self-reliant self-sacrificing sensual sensuous serenade serenaded shapely
    +1.4 silky skill smartly stabilising stabilizes stabilizing stalwart stalwarts stan stanned starstruck
    +1.4 strengthen strengthened strengthening strengthens surpass surpassed surpasses surpassing sustainably
    +1.4 time-saver time-savers time-saving timesaver timesaving trendsetter trendsetters trendsetting tuneful
    +1.4 unconditional unconditionally unfailingly unimpeachable unspoiled unspoilt untiring usefully venerable
    +1.4 versatility vindicate vindicates warms well-paid well-prepared well-rounded willingness wonders
    +1.4 worthiness zenith
    +1.3 cordiality roomier supports
    +1.2 accommodates acumen adorn adorned adorns adventurer adventurers adventuring aesthetic agility alacrity
    +1.2 alleviate alleviated alleviates alleviating aloha ambitiously antidote aptitude aroma aromas artfully
    +1.2 articulate aspirational assiduous assure assures attractions balanced belonging bespoke bestow bestowed
    +1.2 bestows bewitched blockbuster boogie breezier champagne chonky cleans cleanup clear-headed collab collabs
    +1.2 confetti constructively cookie correctness cushy decisive decisiveness desirability diplomatically
    +1.2 discovers dreamed earnestly earnestness edifying effusive egalitarian elevate elevates elevating encore
    +1.2 endurance energy-efficient entertainer entertainers entrust entrusted expedites famously fancier fatherly
    +1.2 finer fireworks fittingly fluency fluent fluently forgivable forthright forward-looking fragrance freely
    +1.2 freer freshen freshened freshening freshens gentleman gladdens gleam gleamed gleams glistening glittering
    +1.2 godly hallowed hand-crafted hand-picked handcrafted handmade handpicked heralded homage humanity humbling
    +1.2 idol idols illuminating imagination impactful in-demand incisive instagrammable invitation invitations
    +1.2 jaunty jewel leisurely levity lullaby luster lustre lustrous luxuriant meaningfully mentor mentored
    +1.2 mentoring mentors merited mindful mindfulness nimble nominated nuzzle nuzzled nuzzles nuzzling on-trend
    +1.2 optimum outsmart pep-talk peptalk perked pick-me-up poetic poise preeminent purposeful quaintly
    +1.2 quaintness quirkier rainbow rainbows raring recharge recharges recharging reconnected rectifies redeemed
    +1.2 redeeming refreshment refreshments regal reverent sacred safeguards sanity securing self-esteem
    +1.2 self-motivated self-sufficient self-worth settles shoo-in shortlisted skills slicker smarts solving
    +1.2 stamina stans stardom stately steadier steadiness sultry sunbeam sunbeams surefire sympathise sympathised
    +1.2 sympathize sympathized sympathizes tickled tidied tidies tidying twinkle twinkles twinkling twinkly
    +1.2 unburdened uncluttered undaunted unflagging unlimited unpretentious unshakable unshakeable upvote upvoted
    +1.2 upvotes upvoting valued valuing verdant wanderlust warmed well-off well-read well-suited well-timed
    +1.2 whimsy willingly winnable wit witticism wizardry world-famous zen zingy
    +1.0 absolve absolved absolves acceptably adaptability advocating aesthetically allyship ambiance ambience
    +1.0 amenable amends amenities amenity anticipation artistic asset averted avid banter believable benign
    +1.0 blushing bolster bolstered bolstering bolsters bouncy brainiac breezes breezily bullish buoyancy bustling
    +1.0 candies candor candour candy capabilities capability carefulness chonk civilised civilized classics
    +1.0 coherent cohesion cohesive compatibility compatible concise contribute contributed contributes
    +1.0 contributing contribution contributions convincing convincingly crunchier curable decisively declutters
    +1.0 decorum dedicate dedicates dexterity dexterous discerning donut donuts doughnut doughnuts dutiful
    +1.0 dynamism eminently employable engrossed entice experienced fail-safe failsafe fanfare favored favors
    +1.0 favoured favours flexibly focused focussed fragrances gainful gainfully galore gamely glisten glitter
    +1.0 glittery gravitas grows guidance hardy hideaway highlight impartiality influential innocent innocently
    +1.0 instructive interest-free intimate invite jazzy jewels joked justly knack know-how knowledge largesse
    +1.0 livable liveable longevity lounging low-maintenance lucidity makeover makeovers marriage melodic
    +1.0 mindfully modernise modernize mojo nomination oasis observant oomph opportune pastime pastimes payoff pep
    +1.0 perking persistence pet-friendly practicality presentable profited promotions purified purify quirkiness
    +1.0 reconnect reconnecting redeem redeems refresh regained remedies restock saints salvage salvageable
    +1.0 salvaging scrupulous scrupulously seductive self-aware sharp-eyed sharpest shrewdly siesta sizzling soars
    +1.0 softness solvable spontaneity spontaneous studious succinct succinctly suitably swag tempting thriftiness
    +1.0 tidy-up tidyup unafraid unbiased undisturbed unerring unflinching uninterrupted unpolluted untroubled
    +1.0 up-and-coming up-to-date urbane validate validates validating vigilance vigilant well-placed willpower
    +1.0 zaniness
    +0.9 coherence
    +0.8 abilities ability abound abounds adaptable adequacy advances advisable aha alertness amnesty anthem
    +0.8 appreciable aptly artisan artisanal assertiveness athletic atmospheric attuned autonomy awakening
    +0.8 awareness befitting brainchild breather budding candid clean-cut cleanse cleared clears cloudless
    +0.8 coherently complement complemented complements completed completion comprehensive concisely contributor
    +0.8 contributors countryside coupon coupons create creates creating creation creations daydream daydreams
    +0.8 decorated decorations delivers dutifully easily eclectic elite enticed fertile flavor flavors flavour
    +0.8 flavours glitzy goofy greenery guarantee guaranteed hands-on hangout hangouts headway home-grown
    +0.8 homegrown hygiene incentive incentives inquisitive invites jacuzzi justifiable justified learns learnt
    +0.8 lifelike literate low-cost lunchbreak manners memories mingle mingled mingles mingling money-back
    +0.8 newfound nostalgia nostalgic nuanced palatable pancake pancakes pastries pastry persuasive pet pets
    +0.8 petting placid potluck preferable protective qualified quenched quenching quintessential recognition
    +0.8 recompense refuge regain renovate renovation resounding rightful rigorous rigorously sabbatical salutary
    +0.8 sane scenery seasoned self-taught sensibility sharing sharper sings slumber smoothed spruced star
    +0.8 starry-eyed steadily streetwise strive strives striving stroll strolled strolling strolls strong-willed
    +0.8 suitability sunlight supple survival sweets synergy tailwind tailwinds travels treatable unbothered
    +0.8 uncomplaining unfazed unhurried unperturbed unproblematic voucher vouchers wacky walkable watchable
    +0.8 well-lit well-to-do wink winked winking winks yearn yearned yearns zing
    +0.6 able adjustable afloat afresh airtight anew assertive avert baking balance breadwinner candidly coffees
    +0.6 completing connect connected connecting connection connections connects cultured daydreaming decorate
    +0.6 decorating deliver dinners discreet discreetly eligible essential eventful exclusive exercise frugal
    +0.6 frugality habitable intricate jokingly leafy leeway legible nestled obedient parade parades pie playable
    +0.6 playground playgrounds popcorn premium promo promos promote proven pudding punchy purpose quality queen
    +0.6 quietness realistic renovating reopen reopened reopening rustic safekeeping sale sentimental sheen
    +0.6 shortcut shortcuts snack snacks soft-spoken softly sporty surplus throwback throwbacks tickle tickles
    +0.6 tickling touchdown touchdowns traveled travelled understandable undivided unlocked unobstructed
    +0.6 unobtrusive untapped viability vibes vintage watchful
    +0.5 acknowledge acknowledged acknowledges acknowledging advice bake bakes brisk icebreaker lunchtime trending
    +0.5 unlock unlocking unlocks vibe warranties warranty
    +0.4 quiet quieter spare
    -0.4 ads afterthought backwards coped errand errands fog ironing peculiar pretend pretended pretending puddle
    -0.4 puddles rudimentary rumpled sweat
    -0.5 backward busier challenged challenges challenging clatter cloudier cold colder coldest cope copes coping
    -0.5 dated dim frost gusty illusion illusions investigate investigated investigating layover layovers mischief
    -0.5 mud obligation obligations plea pleas pranking pranks prone tax taxed throwaway topsy-turvy tubby unaware
    -0.5 unnoticed unplanned unsecured urgency wasp wasps
    -0.6 absentee aftertaste ambiguity ambiguous arid askew backtrack backtracked backtracking bandwagon barmy
    -0.6 batty beholden bemused blur blurs boast busiest busyness buzzword callus calluses cautionary cemeteries
    -0.6 cemetery choosy cigarette cigarettes circuitous clouded cobwebs confront confronted confronting confronts
    -0.6 cons consequences constraint constraints contrarian conundrum costing cram creak creaked creased cursory
    -0.6 damper darken darkened darker dawdle dawdling delulu detached disappear disappearing disappears discarded
    -0.6 disused dozy drag dragged dragging drags drain droop drooping drugs dumps ego egos elusive exertion
    -0.6 expires fad fading fads fallible fat fatter fattest filler flaunt flaunting fleeting foggier foible
    -0.6 foibles forget forgets forgetting generic glorified guarded haggle haggling halted hang-up hang-ups
    -0.6 hangups haze hazy hearsay hesitate hesitated hesitates hesitating hesitation hollow hubbub hurdle hurdles
    -0.6 hurriedly hurry hurrying idle idling immobile imperfectly impetuous impulsively inactive inactivity
    -0.6 inconclusive inertia inexplicable innuendo irregular jackhammer jagged jargon jaywalking judged junkyard
    -0.6 kitsch lapsed legalese lengthy limescale lingering lumbering makeshift mark-up markup markups
    -0.6 mass-produced mishear misheard mishmash misnomer misspell misspelled misspelling misspelt mistype
    -0.6 mistyped mumble mumbled mumbles mumbling mutter muttered muttering mutters nondescript nonexistent
    -0.6 obligated overcautious overindulge overindulged paunch potbelly predictably preoccupied pretext primitive
    -0.6 prosaic puffy qualms ragtag ramble rambled rambles raspy redness runny rushing scramble scrapping
    -0.6 sedentary showy shrink shrinks sillier silliest slip slips slouch slouching soppy spoiler spoilers squeak
    -0.6 squeaked staid stark stern sternly stickiness stickler stiffly strangely strangeness streaky strenuous
    -0.6 swampy sweated theatrics thirst topple toppled toppling trifling trivial triviality twee unavoidable
    -0.6 unavoidably uncommitted uncooked undone unemotional unevenly unexceptional unexplained unforeseen
    -0.6 unintended unlicensed unregulated unripe unsold urgent urgently venting waver wavered wavering wavers
    -0.6 wintery wrinkle wrinkled wrinkles wrinkly yuppie yuppies
    -0.7 nitpicked nitpicks pickier pickiest
    -0.8 abruptly absences absent-minded absentminded absentmindedness accidentally acerbic antsy apologises
    -0.8 apologising apologizes apologizing argues ashen ashes attrition austere avoidable babyish bacteria baddie
    -0.8 baddies barred barrier barriers begged begs belch belched belches belching blab blabbed blabber blather
    -0.8 blot blotch blotches blotchy blurred boasted bogged boggy booboo brag bragged brags bristle bristled
    -0.8 bristling brouhaha bumpier bumpkin bureaucrat buzzwords cagey capricious cavalier cellulite chained
    -0.8 chapped clique cliques closures clunk coddle coddled coddling colorless colourless conflicting
    -0.8 constrained contradict contradicted contradiction contradictions contradicts cracks crammed creditors
    -0.8 credulous crick crumpled crutch crutches custody cynically dampen dampened dampening dampens darkest
    -0.8 darkness debris deducted detract detracted detracts dicey dilemma dilemmas dirt disagreed disagreeing
    -0.8 disagrees disappeared disbelief disciplinary dismiss dismissed dismisses dismissing disproportionate
    -0.8 disproportionately distract distraction distractions distracts dither dithering dopey downhill downplay
    -0.8 downplayed downplaying downplays drastic droopy dummy dump dumping dustier dusty dwindle dwindled
    -0.8 dwindles dwindling endure endured endures entrenched expense expenses expire expiring facade facile
    -0.8 fattening fazed fictitious fidget fidgeting flinch flinched forgot forgotten frizz frizzy fussed fussing
    -0.8 gangly gawk gawking grabby grandiose graveyard gremlin gremlins hangnail haste headwind headwinds
    -0.8 heavy-going hesitancy hesitantly high-priced highpriced hoard hoarded hokey hold-up holdup holdups
    -0.8 hurried idleness iffy impending impose imposed imposes impulsive impulsiveness inadmissible inaudible
    -0.8 inconsequential indelicate indisposed inescapable inexperience inexperienced inhibit inhibited inhibiting
    -0.8 inhibits insubstantial insular irrelevance jaundiced jolt jolted jolting jolts jostle jostled jostles
    -0.8 jostling jumble landfill lapdog latency leery limitation limitations limiting loiter loitered loiters
    -0.8 looming low-res lowbrow lowly lurk lurked lurks macho matted mealy melodrama menial midges misaligned
    -0.8 misclick misclicked misprint misread mistimed mistook mites monopolies monotone mosquito mosquitoes
    -0.8 mosquitos mozzie mozzies muddied naivete naivety negatives nerves objection objections obsessively odor
    -0.8 odors odour odours omission omissions opinionated opioid opioids outlandish outnumbered overboard overdid
    -0.8 overdo overdoes overdoing overexposed overflow overflows overgrown overindulgence overripe oversaturated
    -0.8 overshadow overshadowed overshadows overshare overshared oversharing oversimplification oversimplified
    -0.8 oversimplify overstate overstated overthink overthinker overthinks overthought overuse pallid paperwork
    -0.8 paternalistic peddling penance pessimist pessimistically pessimists pleading plod plodded ploy ploys
    -0.8 pockmarked premature pretence pretender pretenders pretense preventable probation procrastinator
    -0.8 procrastinators prolonged provocative prowling pry pungent pushback quibble quibbles ragged raggedy
    -0.8 rambling rattle raucous retrograde rigid rigidity rocky sag sagged sagging sags sceptic sceptics
    -0.8 schadenfreude scraggly scrambling scraping scrapped scrounge scrounged scrounging second-best
    -0.8 second-guess second-guessing secrecy shitpost shitposting shitposts shrinkage shrinking sidetracked
    -0.8 simplistic skewed skimp skimped skimping skittish skive skiving slipped slipping slowing slowpoke slows
    -0.8 sly slyly smudge smudged smudges snuck soaking splotchy spoon-fed stickier stickiest stiffer strapped
    -0.8 stumped subtweet subtweeting sugarcoat sugarcoated sugarcoating sunk susceptible suspension sweatier
    -0.8 temper tempers tenuous terse tersely thorn thorns toll tolls tongue-tied touch-and-go tow tows trickier
    -0.8 trickiest trickiness tripped tripping trudge trudged trudges trudging tunnel-vision tut tutted tutting
    -0.8 twitchy unable uncompetitive unconvinced underrepresented undue unduly unearned uneconomical uneven
    -0.8 unfunded ungraceful unobservant unpersuasive unravel unraveled unraveling unravelled unravelling unravels
    -0.8 unscientific unskilled unsophisticated unspectacular unsteadiness unsubstantiated unsuited untoward
    -0.8 untrained upended uphill upstart upstarts vanity verbose verbosity vulture vultures wane waned wanes
    -0.8 waning warily wariness weapon wilful willful wobble wobbled wobbling zilch zoned-out
    -0.9 abort aborted aborting aborts accidental argument arguments irregularities irregularity lapse lapses
    -0.9 podgy rougher roughest
    -1.0 abrasion abrasions addled adulterated aftermath aimlessly aimlessness alas alleges alleging allergen
    -1.0 allergens amiss anaemic arbitrarily arbitrariness arbitrary argued asbestos asthmatic astray audacity
    -1.0 avoidance avoidant awks awol backwater bashed battled battlefield battling beggar beggars biases
    -1.0 blandness blare blared blemished blindly bloat bloats blustering boasting bolshy bossed bragger bragging
    -1.0 braggy brownout bulldoze bulldozes bulldozing bureaucrats busywork capitulate capitulated capitulates
    -1.0 capitulating capitulation carping cavities cavity churning clowning commotion compulsive confounding
    -1.0 contradictory crowding cuss daft dandruff darned dazed debtor debtors defensively defensiveness demerit
    -1.0 demerits demolition deserted devoid diminish diminished diminishes diminishing dirtied disagreement
    -1.0 disagreements disallowed disengaged dismissal disparities disparity disregard disregarded disregarding
    -1.0 distracting dogmatic dramatics dregs droning dulled dumpy ejected embargo empty-handed emptyhanded
    -1.0 enabler enablers encumber encumbered err erred escalates exaggerate exaggerated exaggerates exaggerating
    -1.0 exaggeration exaggerations excess excesses expletive expletives eye-watering eyewatering fawning fibbed
    -1.0 fibs fitful fizzles flake fled flummoxed fluster forbid forbidden forbidding forbids forced fray frays
    -1.0 frenetic friction frittered fudged fumes fungal fungus fuss fussiness gambled gambler gamblers gambles
    -1.0 gambling gassy gauche germ germs gibe gibes glib glut gnawing goofs grandiosity greasier greasiness growl
    -1.0 growling growls gruff guile hailstone hair-loss hairloss hard-pressed harping heatedly hoarding hoarse
    -1.0 hoarseness hobble hobbled hobbling huff huffed ill-fitting imbalance imbalanced imbalances immobilised
    -1.0 immobilized impassable impersonal implausible imposition impositions impound inaction incident incidents
    -1.0 inclement indecision indecisive indecisiveness indigestible indiscreet inelegant ineligible ingratiating
    -1.0 ingrown inmate inmates inopportune inquest insinuate insinuated insinuating insinuation insinuations
    -1.0 intemperate intoxicated irreversible jarring jeopardy junk-mail junkmail kerfuffle kingpin knee-jerk
    -1.0 kneejerk lame-duck lax lazybones leaden liabilities limbo litigation logjam loitering long-suffering
    -1.0 loudness low-paid lurid lurking manic meagre messing milquetoast misconception misconceptions
    -1.0 misconfiguration misconfigured misgiving misgivings misinterpret misinterpretation misinterpreted
    -1.0 misinterpreting misquote misquoted mob mobs moralising moralizing moth-eaten mugshot mugshots mumbo-jumbo
    -1.0 murkier murkiness narcotics never-ending neverending niggled niggly nitpicker nitpicky nosiness oblivious
    -1.0 obsessive obstacle obstacles off-key one-sided out-of-sorts outmoded overconfidence overconfident
    -1.0 overeats overflowed overkill overruns overstayed overstep overstepped overstepping oversteps overthinking
    -1.0 overused overzealous pedantry pejorative perfunctory pernickety perplexity persnickety philistine
    -1.0 piddling piddly pimply plaintive posturing prattle prattling premeditated prey procrastinates promiscuous
    -1.0 prosecution provoking prudish quibbling rampant rattled regress regressed regresses regressing
    -1.0 repercussions repetitiveness restive rife roadblock roadblocks ruckus rueful ruefully ruse rust rusting
    -1.0 rusts saddled saggy scab scabs scanty scatterbrain scatterbrains scepticism schmaltz scrape
    -1.0 scraped scrapes scrapheap scuff scuffing secretive self-isolate self-isolation sell-off selloff sewer
    -1.0 sewers shallower shenanigans shocker short-handed shrivel shriveled shrivelled shuttered skepticism skid
    -1.0 skidded skids slam slowed sneak sneaked sneaking sniffy snoop snooped soggier sourness spit spitting
    -1.0 spook squeamish squirm squirming squirms staleness stammer stammering stereotypical stoppage stoppages
    -1.0 strains stricter strictness strident stutter stuttered suboptimal subservient surveillance suspected
    -1.0 suspects swearword swearwords symptom symptomatic symptoms tangle tangles tangling tastelessly tattle
    -1.0 tattled tattling taxing tears tempestuous terminate terminates terminating thorny tinnitus toil toiled
    -1.0 toiling toils toothless towing tremor tremors tripe trivialise trivialised trivialising trivialize
    -1.0 trivialized trivializes trivializing tuneless tussle tussles tut-tut ulterior uncoordinated
    -1.0 underdeveloped underpowered undiagnosed unequally unexcited unfashionable unfeasible unfocused unfocussed
    -1.0 unfollow unfollowed unfollowing unfollows ungainly uninsured uninterested unmet unnatural
    -1.0 unpredictability unprotected unpunctual unrested unrewarded unsmiling unsolicited unsteady unstylish
    -1.0 untreated vainly vertigo volatility waitlists wallow wallowed wallowing wallows wayward weapons weirder
    -1.0 weirdest weirdness wilt wilts worrywart yap yapped yaps yes-man yes-men yokel yokels zombified
    -1.2 abscond absconded absconding adrift alarms aloofness amok anaemia anarchic anemia antagonist antagonists
    -1.2 archrival archrivals arsey atrophied atrophy aversive awry axe backslide backsliding bankrupting
    -1.2 bankrupts barrage barren bedraggled befuddled begrudge begrudged begrudges begrudging bemoan bemoaned
    -1.2 bemoaning bemoans bewilder bewilderment bewilders bias bilious blinded blurriness bogeyman bombastic
    -1.2 boogeyman bossing bossypants brainrot brunt bugging bulldozed bumptious busybodies cacophony cadaver
    -1.2 cadavers caged cancelation cancelations caustic cheapen cheapened cheapens cheesiness chide chided chides
    -1.2 chronic cliquey cliquish clog clowned cluttering clutters cockiness coldness collide comedown complacency
    -1.2 confined conflicted contrived copium corrode corrodes corroding covetous crossly croup crudely curfews
    -1.2 cussing daunting deadweight dearth defiantly dent dents deport deporting deports dermatitis detainee
    -1.2 detainees devaluation disadvantage disadvantages disaffected disappearance disobedience disorder
    -1.2 disorders disorientated disoriented distort distorting distorts disturbance disturbances ditched doomer
    -1.2 doomers doubter doubters doubting drunkenness eavesdrop eavesdropped eavesdropping emotionless encroach
    -1.2 encroached encroaching encroachment entangle entanglement entanglements errant erupt erupted erupting
    -1.2 evade evaded evades evading excessively eyestrain faint-hearted fainthearted fallacies fallacy
    -1.2 far-fetched farfetched fart farting farts fault-finding faulted faultfinding fibber filthier fines
    -1.2 finger-wagging fizzling flail flails flak flakiness flee fleeing flees flout flouted flouting flub
    -1.2 flubbed flustered foot-dragging freakish frenzy frivolous fusty gasbag gatekeep gatekeeper gatekeepers
    -1.2 gatekeeping gaunt germy ghetto gibberish gingivitis glare glares glaring glutton goaded goading
    -1.2 gracelessly grandstand gratuitous gratuitously groupthink groveled grovelled grovels growled gullibility
    -1.2 gunk gunky hampered hampering hangdog heedless hiccuping hiccupping high-maintenance hinder hindered
    -1.2 hindering hinders hindrance hindrances hoarder hoarders hoaxer hogging ill-equipped illiteracy illiterate
    -1.2 impede impeded impedes impediment impediments impeding imperious implicated impounded improper improperly
    -1.2 imprudent impure inability inadvisable inattention incontinence incorrigible infirm infraction
    -1.2 infractions instigate instigated instigating insufficiently interloper interlopers intractable invalidate
    -1.2 invalidated invalidates invalidating irrationally irreconcilable jaundice jibe jibes jinx jinxes jinxing
    -1.2 laggard laggards laryngitis liability liquidation listlessness litigious littered loony low-grade
    -1.2 lowballs lured malformed mardy marooned marred marring meddled meddles mire misdemeanor misdemeanors
    -1.2 misdemeanour misdemeanours mislaid mistakenly mucky narked narky nettled nits noisily noisiness nonentity
    -1.2 notoriety obtuse officious ogle ogled ogling ogre oligarch oligarchs ostentatious osteoporosis oust
    -1.2 ousting ousts over-budget overbudget overcritical overdramatic overload overpopulated overrun
    -1.2 oversensitive patronise patronize pedantic pooping poops pouty presumptuous prisoner prisoners profanity
    -1.2 prohibition prosecute provoke provoked provokes prude prying pugnacious pulverise pulverize punishable
    -1.2 puny quandary quarantines quarantining quicksand rabble rankle rankled rankles rashly rashness ratty
    -1.2 regressive remiss renege reneged reproachful riddled rigmarole rogue rogues rot rots rotted rudderless
    -1.2 ruts scalping scarcity sceptically schism scorch screech screeched screeches screwy scrounger scroungers
    -1.2 scruffier self-congratulatory self-indulgence self-satisfied sensationalised sensationalism
    -1.2 sensationalist sensationalized shadowy shakily shakiness sharp-tongued shirk shirked shirking shocks
    -1.2 shortfalls shriek shrieked shrieking shrieks shutdown shutdowns skeptically skinflint slacked slammed
    -1.2 slamming sleety slights slip-up slip-ups slipup slipups slogging slowdown slowdowns slurred smack smacked
    -1.2 smellier smelliest smokescreen smutty snarl-up sniffling snipe snivel snooping snowed-under soiled sours
    -1.2 spasm spasms spendthrift spiraling spiralling spoiling spoils spurious spying stereotype stereotyped
    -1.2 stereotypes sticker-shock strain straining stumbling-block stunk stunted stupor superficiality suppress
    -1.2 suppressed suppresses suppressing surrender surrendered surrendering tatters teases tendinitis tendonitis
    -1.2 termination terminations termite thin-skinned tight-fisted tightfisted timidly tinpot tizzy tokenism
    -1.2 tokenistic tosh trap traps trespass trespassed trespassers trespasses turgid turn-off turnoff twisted
    -1.2 two-bit ultimatum ultimatums unbecoming uncomfy uncontrollably uncontrolled under-resourced undermanned
    -1.2 underqualified undervalue undervalues undervaluing undesired unenthusiastic unenviable unequal
    -1.2 unflattering unfounded unfriending unfriends ungodly unholy uninformative uninviting unorganised
    -1.2 unorganized unpleasing unprepared unprofitable unpromising unpunished unrealistically unsound unthinking
    -1.2 untidily unviable unwillingness unwisely vagueness volatile wart warts wastage weakly whiplash
    -1.2 wild-goose-chase wishy-washy worn-down worrier worriers zit
    -1.3 blurrier demotivating discourage discourages eerily eeriness fickleness hiccuped illogical infringe
    -1.3 infringed infringement infringements infringes infringing interfere interfered interference interferes
    -1.3 interfering interrogate interrogated interrogates interrogating misplaces mooched muddles muddling
    -1.3 overhypes overhyping overrates overrating prohibiting prohibits restricting restricts rustier
    -1.3 under-performing underperformance
    -1.4 abrasiveness abyss acrid adversarial adversaries adversary aftershock aftershocks aggro agitator
    -1.4 agitators airsick appendicitis avalanche avalanches backhanded baffle beastly bedlam bellyaching biased
    -1.4 bish blahs blasphemous bleeds blindness blockage blockages blowback boos breadline bugbear buggered
    -1.4 bumbled bumbling carsick carsickness catcall catcalled catcalls chagrin chagrined chokes clobber clot
    -1.4 clots colitis colliding complicating conceit confinement contentious cop-out copout corniness corrosive
    -1.4 counterfeiters crudeness culpability cutthroat cyst cysts deficiencies deficiency demolish demolished
    -1.4 deplete depletes depleting depletion detain detaining detains devalue devalued devalues deviant dialysis
    -1.4 diatribe dingier dingiest dinginess dirtiest disconcerting discord discouragement disharmony disrepair
    -1.4 doldrums doomscroll doomscrolling dubiously ear-splitting earsplitting edema egoistic elitists embroiled
    -1.4 engulf engulfed erode erodes eroding erosion eruption eruptions evasion extinct fallout fatalistic
    -1.4 fearsome feebly ferociously ferocity flailed flatulence fooling fractious fragility frenzied fumbling
    -1.4 glaucoma gloat gloated gloating gloats gluttony goon goons grandstanding grime grimly grumbly hacking
    -1.4 handcuffed harangue hare-brained harebrained harried haywire head-lice headlice heckles heist heists
    -1.4 hernia high-handed highhanded huffily hypertension ill-health ill-informed ill-judged ill-prepared impair
    -1.4 impaired impairing impairment impairments impairs inaccurately inanity inauspicious incite incited
    -1.4 incitement incites inciting indiscriminate indolent infantile infiltrate infiltrated infiltrating
    -1.4 infiltration inflame inflames inflaming inglorious insanitary instigator instigators insubordinate
    -1.4 insubordination interrogation interrogations intransigence intransigent intrude intruded intrudes
    -1.4 intruding invidious irretrievable jingoism jingoistic jobsworth jobsworths lackey lackeys languish
    -1.4 languished languishes languishing leer leered leering lesion lesions litterbug litterbugs lockout louse
    -1.4 ludicrously madhouse maladjusted malaise malcontent malcontents mangy mercenary mired misanthropy
    -1.4 misbehaves misjudge misjudges misjudging misunderstand misunderstanding misunderstandings misunderstands
    -1.4 moribund neuroses neurosis nonpayment obfuscated obfuscates obfuscating obstinacy obstruct obstructing
    -1.4 obstructive obstructs off-putting offputting oligarchy onerous out-of-touch over-complicated
    -1.4 overcomplicate overcomplicating overreacts overtaxed pandered panders panic-buying passionless pauper
    -1.4 pear-shaped peeve peeves perturbing pesky pitiable pitifully pittance poacher poachers potholed
    -1.4 precariously profane provocation provocations punctures puncturing purposeless querulous quitter quitters
    -1.4 rebuffs repressed reprisal reprisals reproach restrictive retaliate retaliated retaliating retaliation
    -1.4 retaliatory retribution revoke revokes revoking riskier riskiest risking rowdiness ruffian ruffians
    -1.4 rupture sacking sarcastically scalper scalpers scar scars seamy self-inflicted separation severity
    -1.4 shackles shaken shiftless shockingly shuddering shudders sighing sinner sinners slighted slothful sludgy
    -1.4 snappish sniping sniveling snivelling snobbishness sob-story sockpuppet sockpuppets sorely sores souring
    -1.4 spew spewed spewing spews spilling spoil stampede stereotyping stingier stinginess stir-crazy succumb
    -1.4 succumbing succumbs tackiness tarnish tarnishes tarnishing tawdry tiresomely tone-deaf trapping trembles
    -1.4 trepidatious trickster tricksters trigger-happy triggering tumultuous ulcer ulcers umbrage uncertainties
    -1.4 uncharitable uncontrollable underfed undeserved undeserving undignified undisciplined unfavorably
    -1.4 unfavourably unforgiving ungovernable unimaginative unlovely unmitigated unpatriotic unreasonably
    -1.4 unrepentant unrewarding unseemly unsubscribes unsuitable unsustainable untenable unthoughtful unwarranted
    -1.4 unwholesome uptight vacuous vainglorious vulgarly wannabes withering wrongheaded yellow-bellied
    -1.5 bleakly bothersome burdening cornier corniest costliest disobeying disobeys disrupting disrupts excludes
    -1.5 grimness harsher harshest implode imploded implodes imploding implosion impotence impotent infertile
    -1.5 infertility inflammatory interrupting interrupts isolates misfiring mockingly mocks ostracises
    -1.5 ostracising protestor protestors ridicules rodent tackier tackiest taint tainting taints toady
    -1.6 abscess absurdities accomplice accomplices accost accosted accuser accusers accusingly admonishes
    -1.6 admonishment aggravations agitation alcoholics axing backbreaking bandit bandits bashing bellicose
    -1.6 berserk beset bigheaded blacklist blacklisting blacklists blasphemy bombard bombarding bombards bummers
    -1.6 burdened bureaucracies capsized casket caskets catcalling censorious clampdown clampdowns collided
    -1.6 comatose confiscates confiscating contaminant contaminants crassness decays declines deface defaced
    -1.6 defacing deformities deformity degenerative dejectedly delusion delusions dentists derelict disapproval
    -1.6 disapprove disapproved disapproves disapproving disapprovingly discontent discontented discredit
    -1.6 discredited disgruntlement dislikable dislikeable dislocated displeasing disrepute distrusts doleful
    -1.6 downsize draining drugged dullard duress dystopia dystopian egocentric egotism embolism ennui ensnared
    -1.6 evasiveness exacerbate exacerbated exacerbates exacerbating exasperatingly falsehoods falters fatuous
    -1.6 favoritism favouritism ferocious firestorm flame-war flamewar fleabag flounder flounders fly-tipping
    -1.6 flytipping folly forfeiting forfeits foul-up fouled foulup fraught furloughing futilely gaffe-prone
    -1.6 gallstones ghoulish glower glowers goner gravely greenwashing grueling gruelling hapless haughtily
    -1.6 hot-tempered hovel hubris humorless humourless hyperventilating impunity inaccuracies inadequately
    -1.6 inappropriate inappropriately inappropriateness incapacitated indoctrinate indoctrinated indoctrination
    -1.6 ineffectively insignificance insurmountable interminably intrusion intrusions irking irks irrecoverable
    -1.6 junkie junkies laceration lacerations leech leeches luckless lupus madman madmen maligned malodorous
    -1.6 meaningless meanly messes micromanages mildewed mirthless mismanage mismanages mismanaging misrule
    -1.6 misuses misusing moany mutiny naysaying neediness noisome notoriously objectionable obstructionist
    -1.6 onslaught opportunists out-of-control overacts overbook overreached pathological penury perilously
    -1.6 perpetrator perpetrators perverse pigsty piracy pleb plebs pollutant pollutants pompously pox prejudicial
    -1.6 privation prowler puerile punched purgatory pus pustule rat rebukes redtape reprimands ridiculousness
    -1.6 rubbished ruptured sacrilege sacrilegious scarring scathing scathingly scurvy seasick seasickness
    -1.6 second-class seedier self-defeating senile senility shackle shackled shakedown shooter shooters
    -1.6 shortsightedness shoves shoving simpleton sinful slap slime slipshod smother smothered smothering snarl
    -1.6 snarled snarling snidely sodding sprains squanders stifle stifled stooge stooges stressy succumbed
    -1.6 sullied suppression suspiciously tainted tamper tampers thickheaded thrombosis timidity tirade tirades
    -1.6 transgression transgressions truculent trumped-up tuberculosis twerp twerps typhoid uncalled-for
    -1.6 uncivilised uncivilized undernourished underpay underpaying underpays uneducated unfulfilled unfulfilling
    -1.6 unmanageable unsafely unthankful untruth untruths unworthiness usurper usurping usurps usury vex vexation
    -1.6 vexatious vexes virulent wasteland waster wasters wither writhe writhed writhes writhing yawned zealotry
    -1.7 aggressiveness belligerence bossier weakening weakens weaker weakest
    -1.8 abject ableism ableist ageism ageist aggravates agitates agitating anorexic antagonises antagonizes
    -1.8 assailed bamboozle bamboozles bamboozling bane blight blighted blindside blindsided blindsides
    -1.8 blindsiding booing buffoonish bungler bunglers captivity captor captors censor censors chlamydia clashing
    -1.8 claustrophobia conspire conspiring craven criminally cutback deadlocked deluded denigrate denigrated
    -1.8 denigrating derailing derails detriment distressingly distrusted dodgier downtrodden emaciated emphysema
    -1.8 entrapment entrapped error-prone fakeness fakery faking feckless fester festered festers fishiness
    -1.8 flash-flood flashflood flopping foul-mouthed foulmouthed frazzle gerrymanders hamfisted hatchet-job
    -1.8 hepatitis herpes hounding illegality indecency indecent indignities indignity inflict inflicted
    -1.8 inflicting inflicts ire irritably jealousies jeopardises jeopardising jeopardizes kvetched kvetching
    -1.8 lacerate lacerated lamely leprosy malaria mald malign manhandle maniacs megalomaniac mischarges
    -1.8 mischarging misdiagnose misdiagnosed misdiagnosis misrepresenting mistrusted mistrusting mistrusts
    -1.8 moodiest ominously overworks parasitic passive-aggressive pettier punishes punishments razed sanctimony
    -1.8 scuffled segregated self-absorption self-doubting self-important self-obsession self-pitying
    -1.8 self-sabotage self-sabotaging shabbiness shamelessly sheeple shoplift shoplifted sin sinned sins
    -1.8 sketchier sketchiest smarmy sneakiness spitefulness stigma stigmatise stigmatised stigmatize stigmatized
    -1.8 sullenly sullenness surliness tactlessly thwarting thwarts toxin trickery trollish tumbles tumult
    -1.8 under-appreciated underfunding unenjoyable uninhabitable unintelligent unlivable unliveable unpleasantly
    -1.8 unpleasantness unprincipled unprovoked untalented unthinkable untrustworthiness vengefully violation
    -1.8 violations violator violators wastefulness worryingly wrongdoer wrongdoers wrongness yobbish
    -1.9 conspiracies contaminating disparages famines poisons polluters pollutes prisons wastes
    -2.0 afflicting affronts amoral amputate annoyances anorexia backlashes badgering badness banishes banishing
    -2.0 banishment belittlement belittles berates besmirch besmirched besmirching bestial bitterest bloodstained
    -2.0 boringness brain-dead braindead brainwash brainwashed brainwashes brainwashing brokenness bungles cesspit
    -2.0 cesspool cesspools chaotically cirrhosis complicit condemning controversies cowers creepily creepiness
    -2.0 cripple cripples cyberattack cyberattacks damnation defames defaming defile defiled demonising demonizes
    -2.0 derisive despondently destabilised destabilized dictatorial disqualifies disturbingly dreariness
    -2.0 dysentery electrocuted exiles faeces fanatically fanaticism fat-shaming fatshaming fatso feces
    -2.0 felonious fiend fiendish fracturing frantically freeloads fume gore haemorrhaging havoc helplessly
    -2.0 hemorrhaging ignorantly impaled impoverishing intruder intruders irredeemable jilt lambastes lambasts
    -2.0 larceny lazier lunatics maggot mangles mangling maniacal marginalises marginalising marginalizes
    -2.0 marginalizing menacingly mendacious napalm obnoxiousness offensively paralyse paralysing paralyze
    -2.0 paralyzing parasite parasites perversion pilfering pilfers pissing plaguing plights polarise polarising
    -2.0 predicaments profiteer pummel pummeling pummelling quackery quagmires rabid rancorous retch retched
    -2.0 retching revengeful satanic scaremonger scaremongers segregate self-centeredness shipwrecked sleazier
    -2.0 slumlord slumlords slur slurs sneakier sniper snipers stricken swine talentless tramples trampling
    -2.0 trashes trashing turd turds unjustifiably unlovable unpardonable violate violates violating woebegone
    -2.0 wronged
    -2.1 reeked
    -2.2 accursed addictions authoritarians cholera derides deriding desecrate desecrated desecration
    -2.2 discriminates disdainfully drowns excoriates excoriating fearmonger fearmongers fetid gangrene grievously
    -2.2 grifts hoodwinking hoodwinks ill-treated ill-treatment immorality imperiling imperilling imperils
    -2.2 imprison imprisoning imprisons inadequacies incarcerate infest infests iniquity insultingly laziest
    -2.2 libellous maddened meningitis misogynists pickpocketing prejudices preying psychotic queasier revile
    -2.2 reviled scoffs scornfully scourge self-destructive shootout sicken sickens subjugate subjugated
    -2.2 subjugation unforgivably vilifies violated xenophobe xenophobes
    -2.3 burnouts impeaching indicting pesters smuggle
    -2.4 ambushes ambushing amputations appall appalls asphyxiation beatings butchering depressingly exploding
    -2.4 falsifies falsify falsifying fearfulness foreclose forger forsaking hijacks infestations kms lousier
    -2.4 lymphoma lymphomas melanoma persecutes pestilence petrify petrifying pillage pillaged pillaging plunders
    -2.4 rampage rampaged rampaging ransack ransacking repulse repulsion sickened unspeakable venomously
    -2.4 vomit-inducing war-zone warzone
    -2.5 embarrassments
    -2.6 abductor abductors assholish blackmails cancers coups deceitfulness enslaves enslaving epidemics
    -2.6 fascistic hellscape imbecilic looter lousiest manipulator pandemics plagiarising plagiarist plagiarizing
    -2.6 plagues rapey scummy shatters suffocation
    -2.7 terrifies
    -2.8 agonises assailants assassinating assassinations grope gropes kidnaped kidnaping overdosing rages
    -2.8 repulsed slain supremacist supremacists
    -2.9 backstabs manipulates
    -3.0 abusively deadlier disgusts mutilates mutilating neo-nazi neonazi obliterates sadistically self-hate
    -3.0 self-hatred strangulation viciousness
    -3.2 agonies annihilates annihilating brutalising brutalities brutalizing evilness self-harming
    -3.8 slaughters
    """#
}
