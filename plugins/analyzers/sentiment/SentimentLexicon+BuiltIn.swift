// Earshot's built-in sentiment lexicon.
//
// How it was made: every entry was written and rated by hand for this project, from general
// knowledge of English as it is used in social media, customer messages and news. No
// published lexicon (VADER, AFINN, LIWC, ANEW, GI, SentiWordNet, ...) was copied, consulted
// for values or used as a word list, and no word was picked or rated by looking at the
// evaluation corpora.
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
    /// Earshot's own lexicon (several thousand English words, slang, emoticons), rated by hand.
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
    +3.4 awesooooome beautiful beautifully bliss blissful brilliant brilliantly ecstatic elated euphoria euphoric
    +3.4 excellence excellent extraordinary fabulous fantastic gorgeous jubilant overjoyed perfectly stunning
    +3.4 stunningly thrilled thrilling wonderful wonderfully
    +3.3 angelic awe-inspiring awestruck captivated captivating dazzled dazzling divine enchanted enchanting
    +3.3 majestic mesmerized mesmerizing paradise radiant resplendent utopia wondrous
    +3.2 adorbs adore adored adores adoring beloved blissfully cherish cherished cherishes darling delight
    +3.2 delighted delightful delights ecstasy elation exuberance exuberant exultant happiness joy joyful joyous
    +3.2 jubilation looooove loooove looove loove love loved lovee loveee loveeee loveeeee lovely loves lovin
    +3.2 loving luv luvs luvv luvvv overjoy passion passionate perfect perfection rapture rapturous rejoice
    +3.2 rejoicing sweetheart treasure treasured triumph triumphant triumphantly triumphs victorious winner
    +3.2 winners
    +3.0 <3 <33 <333 admirable admiration admire admired admires admiring amazingness astounding awesomely best
    +3.0 best-ever blessed blessing blessings brilliance epic exceeded exceeding exceeds excellency excellently
    +3.0 excited excitement exciting exemplary exhilarating fab fantastically fantasticness first-class first-rate
    +3.0 game-changer gamechanger genius geniuses glad gladly gloriously gloriousness grateful gratefully
    +3.0 gratitude greatest haaaaappy haaaappy haaappy haappy hands-down happier happiest happy happyy happyyy
    +3.0 happyyyy happyyyyy iconic idolize idolized ily ily2 ilysm immaculate impeccable impress impressed
    +3.0 impresses impressive incomparable inspiration inspirational inspire inspired inspires inspiring legend
    +3.0 legendary legends life-saver lifesaver lolz loveya loveyou lulz luvya magnificence magnificently
    +3.0 marvelously muah must-have mwah outstandingly phenomenally pristine remarkable rofl roflmao sensational
    +3.0 spectacularly splendid splendidly splendor splendour stellar superbly terrific thankful top-notch
    +3.0 topnotch unbeatable unmatched unrivaled wonderment wonderous world-class worship worshipped worshipping
    +3.0 worships xoxo xoxoxo
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
    +2.7 eagerly eagerness elate enthusiasm enthusiast enthusiastic enthusiastically excite excitedly excites
    +2.7 exhilarated exhilaration high-spirited spirited thrill thrills vivacious zeal zealous
    +2.6 10/10 100% 5-star :))) a+ a++ adorable ahaha ahahaha amuse amused amusement amusing amusingly applauding
    +2.6 applauds appreciating astonishing attractive beauties beauty carefree caring ceasefire champion champions
    +2.6 charm charmed charming cheer cheered cheerfulness cheering comedic comedy comical comically compassion
    +2.6 compassionate cute cutee cuteee cuteeee cuteeeee cuter cutest cuute cuuute cuuuute cuuuuute delicious
    +2.6 delightedly delightfully delighting delish elegance elegant enjoyin entertainingly five-star fivestar
    +2.6 friendliness friendly funnies generosity generous glee gleeful gleefully glory gr8 grace graceful
    +2.6 gratefulness grt gud haaaaaha haaaaha haaaha haaha haha hahaa hahaaa hahaaaa hahaaaaa hahah hahaha
    +2.6 hahahah hahahaha handsome happily harmonious harmony heh hehe hehehe hilarity humor humorous humour jaja
    +2.6 jajaja joyfully joyfulness joyously kindest kindness lighthearted lovable luvin luving merrily merriment
    +2.6 mirth nicey peace-deal playful playfully prettier prettiest ravishing reconcile reconciled reconciliation
    +2.6 rejoiced rejoices scrumptious smooch smooches solidarity sweetest sweetness tasty thankfully truce unite
    +2.6 unites uniting unity warm-hearted warmhearted win winning wins witty won yum yumm yummm yummy
    +2.5 affection affectionate affectionately conquer conquered cuddle cuddles cuddling cuddly embrace embraced
    +2.5 embracing enjoy enjoyable enjoyed enjoying enjoyment enjoys fav fave favorite favorites favourite
    +2.5 favourites fun funn funnier funniest funnn funnnn funnnnn funny fuun fuuun fuuuun fuuuuun grin grinning
    +2.5 hilarious hilariously hug hugged hugging hugs kiss kissed kisses kissing laugh laughed laughing laughs
    +2.5 laughter lover lovers nice nicee niceee niceeee niceeeee nicer nicest niice niiice niiiice niiiiice
    +2.5 overcame overcome overcoming prevail prevailed prevails romance romantic romantically smile smiled smiles
    +2.5 smiling succeeding succesful successes successfull sucessful sweetly tender tenderly tenderness victor
    +2.5 victors warmly warmth winnings
    +2.4 :)) :-)) =)) \o/ accomplish accomplished accomplishment achieve achieved achievement achievements
    +2.4 appreciatively awe babe barbecue bbq bestie besties bff bffs bonanza breakthrough breakthroughs bride
    +2.4 buddies buddy companion companions companionship concert concerts cutie cuties emancipation enthralling
    +2.4 eye-opening fam fiesta flourish flourishing friend friends friendship friendships fulfilled fulfilling
    +2.4 godsend hallelujah hbd heart-warming heartfelt high-quality homie homies honey honeymoon hun hunny
    +2.4 idyllic independence irresistible jackpot jaw-dropping liberate liberated liberation liberties
    +2.4 life-changing lmao lmaoo lmaooo lmfao long-awaited luckiest mind-blowing miracle miracles miraculous
    +2.4 miraculously must-see newborn pal pals partied partying picnic pleasurable precious pride progress
    +2.4 prosper prosperity prosperous proud reunion reunited smashing soulmate soulmates succeed succeeded
    +2.4 succeeds success successful successfully summertime sumptuous sweetie thankfulness thrive thrived
    +2.4 thriving user-friendly wedding weddings weekends well-done well-made well-written windfall xd xdd
    +2.3 beamed beaming beneficial benefit benefited benefits betterment bold boldly chivalrous chuckles daring
    +2.3 dauntless fearless fearlessly forgive forgiven forgiveness forgiving gallant gentle gentleness gently
    +2.3 giggly gracious graciously gutsy helpful helpfully heroine heroines heroism humble humility improve
    +2.3 improved improvement improvements improving intrepid laughin lol'd lolled merciful mercy modest nobility
    +2.3 noble patience patient patiently righteous smiley smileys snicker supporter supporters supportive
    +2.3 tolerance tolerant upgrade upgraded useful usefulness valiant valor valuable virtue virtues virtuous
    +2.3 worthwhile
    +2.2 8) 8-) :* :-* :-d :-p :b :d :p ;* ;-p ;p =d =p acclaim acclaimed alluring altruism altruistic angel
    +2.2 angels anniversary applaud applauded applause award awarded awards b-) benevolence benevolent bestseller
    +2.2 bestselling bloom blooming blossom blossoming booyah bright brighten brightened brighter brightest champ
    +2.2 colorful compliment complimentary compliments delectable dependable easter endearing faithful fame famous
    +2.2 flattered freedom freedoms gem gems glow glowed glowing good-hearted goodhearted goodie goodies goody
    +2.2 gourmet graduate graduated graduation hassle-free hasslefree hired honor honorable honored honors honour
    +2.2 honoured humane humanitarian innovate innovation innovations innovative kind kind-hearted kinder
    +2.2 kindhearted lol loll lolll lollll lolllll lolol lols lool loool looool loooool loyal loyalty luscious
    +2.2 lush luxurious milestone milestones newyear on-time ontime painless payday payout philanthropic pioneer
    +2.2 pioneering popular popularity praise praised praises praising prestigious promoted punctual radiance
    +2.2 recommend recommendation recommended recommending recommends reformed reformer reformers reliability
    +2.2 reliable relish relished renowned respect respected respectful rewarded savor savored savour selfless
    +2.2 selflessly shine shines shining shiny sparkle sparkling sparkly speedily sunlit sunny sunshine sweeeeeet
    +2.2 sweeeeet sweeeet sweeet sweet sweeter sweett sweettt sweetttt sweettttt swift swiftly tastier tastiest
    +2.2 thaaaaanks thaaaanks thaaanks thaanks thank thanked thanking thanks thanksgiving thankss thanksss
    +2.2 thankssss thanksssss thanx thnx thx timely trouble-free trust trusted trustworthy unselfish w00t win-win
    +2.2 wooo woooo wooooow woooow wooow woot woow worry-free wowwww wowwwww wowza xp yummier
    +2.1 adorably alive calm calming chic comfort comfortable comforting comfy contented cosy cozy cutely cuteness
    +2.1 dapper energetic fashionable fit fitness glam glamorous glamour hottie lovelier loveliest mighty
    +2.1 nourishing nutritious peace peaceful pleasant pleasantly pleased pleasing pleasure powerful prettily
    +2.1 relax relaxation relaxed relaxing satisfaction satisfied satisfying serene sexier sexy snazzy soothing
    +2.1 strength strengths strong stronger strongest tranquil trendy vigorous wholesome
    +2.0 (-: (: (^_^) *-* *_* 8d :') :'-) :) :-) :-> :-] :3 :> :] :o) ;) ;)) ;-) ;] =) =] ^-^ ^.^ ^^ ^_^
    +2.0 accommodating accurate accurately attentive bf bless blesses booming booms boyfriend brainy brave bravery
    +2.0 brunch c: clean cleaner confidence confident convenient conveniently correct correctly courage courageous
    +2.0 courteously danke datenight determined durable easier easiest easy effective effectively effectiveness
    +2.0 efficiency efficient efficiently effortless effortlessly empathetic empathy encourage encouraged
    +2.0 encouragement encouraging energize fast faster fastest feast feasting fiance fiancee flawlessly flirt
    +2.0 flirting flirty fresh freshest fruitful functional gf girlfriend gj good goodd gooddd goodddd gooddddd
    +2.0 goodness goood gooood goooood gooooood gracias grand handy hero heroes heroic hoped hopeful hopefully
    +2.0 hopes hoping hubby imaginative ingenious ingenuity insight insightful insights intact intelligence
    +2.0 intelligent intuitive inventive invigorated invigorating invincible jovial knowledgeable lucrative magic
    +2.0 merci motivated motivating motivation neat nurturing optimism optimistic perceptive positive positively
    +2.0 positivity practical precise precisely productive productivity professional professionally profit
    +2.0 profitable profits prompt promptly quick quicker quickly rebirth rebound rebounded rebounding rejuvenate
    +2.0 renew renewal renewed resourceful responsive responsiveness restoration restore restored restoring
    +2.0 revitalize revitalized revival revive revived seamless seamlessly slay slayed slaying slays smooth
    +2.0 smoothly solidly solve solved solves speedy spot-on sturdy super superior supreme surging thanku thankx
    +2.0 thankyou thnk thnks thoughtfully tidy timeless tks tnx treat treats undamaged upbeat vacation vacations
    +2.0 valid visionary well-built well-designed wifey x)
    +1.9 appetizing assurance assured better commitment committed crisp crispy cure cured dedicated dedication
    +1.9 diligence diligent flavorful flavourful fresh-baked hard-working hardworking heal healed healing health
    +1.9 healthier healthy homemade juicy mouthwatering protect protected protecting protection reassurance
    +1.9 recover recovered recovery rescue rescued safe safely safer safest savory savoury secure secured security
    +1.9 steadfast succulent trustful trusting trusty unwavering
    +1.8 ace admirably advancement advancing advantage advantageous advantages authentic aww awww awwww bday
    +1.8 birthday birthdays boost boosted boosting bountiful bubbly budget-friendly calmer calmly calmness capable
    +1.8 christmas chuckle chuckled chuckling chuffed clean-energy clever cleverly commendable compensated
    +1.8 compensation competent composed composure considerate courteous courtesy creative creativity danced
    +1.8 dances dashing debt-free debtfree decency decent deserve deserved deserves deserving dignity
    +1.8 distinguished ease eased easing eloquent engaging enhance enhanced enhancement enhancing enlightened
    +1.8 enlightening enriching entertained entertaining fairness fascinated fascinating genuine genuinely giddy
    +1.8 gifted giggle giggled giggles giggling goodwill honest honesty hype hyped integrity interesting
    +1.8 intriguing jazzed kitten kittens laudable liberty luxury mellow merit meritorious merits nailed paycheck
    +1.8 peacefully polite politely praiseworthy psyched pumped puppies puppy reassure reassured reassuring
    +1.8 reimbursed reimbursement relief relieve relieved relieves relieving renewable resilience resilient
    +1.8 resolved respectable rested restful robust rocked rocking satisfactory satisfies satisfy savings serenity
    +1.8 settle settled sincere sincerely skilled skillful smart smarter smartest smitten soothe soothed stability
    +1.8 stabilize stabilized stoked sustainability sustainable talent talented talents thoughtful tranquility
    +1.8 tranquillity truthful turnt unwind unwinding unwound well-deserved wisdom wise worthy wow woww wowww xmas
    +1.8 zest zestful
    +1.7 eager fond fondly friendlier friendliest keen liked likes liking neatly neighbourly nicely warmer warmest
    +1.7 welcome welcomed welcoming willing yas yasss
    +1.6 (y) accept acceptable accepted accepting accessibility accessible agree agreed agreeing agreement agrees
    +1.6 aid aided aiding aids alliance allies ally ambition ambitious appropriate appropriately approval approve
    +1.6 approved approves aspiration aspirations aspire assist assistance assisted assisting bipartisan buoyant
    +1.6 cancer-free chillin collaborate collaborated collaboration collaborative compromise compromises congenial
    +1.6 consensus convivial cooperate cooperated cooperating cooperation cooperative dear desirable desire
    +1.6 desired dialogue dignified diplomacy diplomatic diverse diversity dream dreaming dreams dreamt dreamy
    +1.6 easygoing equal equality equitable favorable favourable festival festivals fitting fixed foodie ftw
    +1.6 genial getaway gg ggwp gleaming handier haven helpfulness holiday holidays homecooked ideal ideally
    +1.6 improves inclusion inclusive indispensable luminous meticulous negotiate negotiated negotiations nice1
    +1.6 noice optimal optimize optimized partnership partnerships proficient proper properly props pure
    +1.6 recovering relaxin remission roadtrip savvy smoke-free sober sobriety spiffy staycation suitable suited
    +1.6 surely swell upgrades vacay wished wishes wishing worth yearning
    +1.5 abundance abundant accountability accountable affluent amicable bae beach bestest championship clarity
    +1.5 classy clean-up cleaned cleanliness clear conscientious constitutional cool cooler coolest cooll coolll
    +1.5 coollll coolllll coool cooool coooool cooooool crystal-clear democracy distinctive dope earn earned
    +1.5 earning earns ethical ethics fancy faves flattering hygienic in-stock instock lawful legitimacy
    +1.5 legitimate lit married marry marrying memorable nifty noteworthy orderly organised organized originality
    +1.5 plentiful plenty prepared principled rad responsibly rich richer richest sanitary save saved saves saving
    +1.5 shipshape simplicity sleek slick special specially spotless straightforward stylish transparency
    +1.5 transparent unforgettable unique vivid wealth wealthy yeeeees yeeees yeees yees yes yess yesss yessss
    +1.5 yesssss yyes yyyes yyyyes yyyyyes
    +1.4 acceptance accepts adequate adventure adventures adventurous advocacy advocated affirm affirmation
    +1.4 affirmative affirmed approving approvingly backing cake cared cares charitable charities charity
    +1.4 chocolate constructive cookies cupcake cupcakes curiosity curious dance dancing dessert desserts discover
    +1.4 discovered discovery donate donated donation donations eminent endorse endorsed endorsement endorses
    +1.4 explore explored exploring funloving gain gained gains hobbies hobby icecream industrious interested
    +1.4 interests leisure massage nonprofit pamper pampered pampering philanthropy playtime plucky poised
    +1.4 profound promotion quaint reasonable reasonably recreation recreational restocked sanctuary sightseeing
    +1.4 snug solid spa stable steady sufficient vacationing validated validation versatile volunteer volunteered
    +1.4 volunteers warm whimsical wonder wondering
    +1.3 agreeable amiable approachable charisma charismatic charmer cordial help helped helping helps hospitable
    +1.3 hospitality likable likeable neighborly outgoing personable polished refined sociable sophisticated
    +1.3 sophistication suave support supported supporting
    +1.2 affordable aight allright alrighty amen aspiring balmy bargain bargains blossoms bonus boom breezy care
    +1.2 chill classic discount discounts dynamic earnest educated educational empower empowered empowering
    +1.2 empowerment fairplay favor favour flower flowers free gift gifts gl gotcha historic hope inexpensive joke
    +1.2 jokes kk landmark legit legitimately literacy noted party patch patched pizza pretty prize prizes relaxes
    +1.2 resolve resolves resolving reward rewarding rewards rocks scholarship scholarships sensible sportsmanship
    +1.2 sunrise sunset surprise surprised surprises teamwork weekend whoa whoah wp yep yup
    +1.0 agile alright bearable chance chances dainty doable engaged engagement fair fairly feasible fine
    +1.0 fortunate fortunately grew grow growth joking kindly like lucid luck luckily lucky manageable mmm mmmm
    +1.0 nap napping naps o/ opportunities opportunity passable phew potential promise promised promises promising
    +1.0 rock soar soared soaring solution solutions sure surprising tolerable true viable wish works yeah yw zany
    +0.9 ok okay okey okie
    +0.8 active advance advanced advocate advocates ample apt babies baby certainly cheapest chilled delivered
    +0.8 education fix fixes fixing growing honestly indeed independent jk learn learned learning logical mature
    +0.8 notable np prominent rational ready reform reforms sharp simple travel traveling travelling truly united
    +0.8 value
    +0.6 ikr nbd original parties responsibility responsible top
    +0.5 alert available backed clearly deal deals democratic elected interest pleaaaaase pleaaaase pleaaase
    +0.5 pleaase please pleasee pleaseee pleaseeee pleaseeeee pleease pleeease pleeeease pleeeeease pls plss plz
    +0.5 plzz sensitive significant surge surged
    -0.3 average ordinary
    -0.5 busy cheap chilly cloudy dork drizzle naughty overtime prank pranked queue queued rainy swear swearing
    -0.6 chilling dark doubtfully excuse hard harder hardest insane issue issues odd questionably silly taxes
    -0.7 cost costs demanding finicky fussy nitpick nitpicking picky pricier
    -0.8 abrupt absence absent beg begging blind block blocking blocks bumpy confusingly crazy cynic cynical
    -0.8 cynicism damp defensive disagree distracted exam exams fee fees forgetful hesitant homework humid hungry
    -0.8 hungryy hungryyy hungryyyy hungryyyyy huungry huuungry huuuungry huuuuungry imperfect irrelevant lacked
    -0.8 late lopsided miiiiiss miiiiss miiiss miiss miss missed misses misss missss misssss missssss monday
    -0.8 mondays muggy naive needless needlessly negativity oops oopsie overcast pessimism pessimistic redundant
    -0.8 reluctance reluctant reluctantly sink sinking skeptic skeptics sry sticky strange sweaty tricky
    -0.8 unimportant unnecessary unneeded unsure wait waited wary weirdly whoops
    -0.9 abandon abandoned abandoning abandons break-up breakup divorce divorced dumped isolated isolation orphan
    -0.9 orphaned rough tough tougher toughest widow widowed
    -1.0 aimless allegation allegations alleged allegedly alone anemic apathetic apathy averse bah bland blemish
    -1.0 bloated boringly brash bug buggy burn burned burnt coarse commute controversially costlier dang dearer
    -1.0 drowsy empty escalate escalated escalating escalation flavorless freaky freeze freezes freezing froze
    -1.0 frozen gah greasy groggy hospital ill indifferent inquiry investigation investigations lackluster
    -1.0 lacklustre lethargic lukewarm meager monotonous murky nah naw nay negative negatively no noo nooo noooo
    -1.0 nooooo obsolete overcooked overpaid overpay pfft predictable pricy probe probes rash recall recalled
    -1.0 recalls refund refunded repetitive sleepy soggy sooooorry soooorry sooorry soorry sorrier sorry sorryy
    -1.0 sorryyy sorryyyy sorryyyyy sting stings strike strikes subpoena subpoenaed tasteless undercooked
    -1.0 unexciting uninspired uninspiring unreturned waiting weird wicked
    -1.2 (n) -.- -_- ._. 0_o :-/ :-\ :-s :-| :/ :\ :s :| ;/ <.< =/ =\ >.> abnormal alarm apologies apprehensive
    -1.2 arduous banal bankrupt bankruptcy blaring boo cancel canceled cancellation cancelled cancels
    -1.2 claustrophobic clown clowns cocky complacent confuse cost-cutting cramped critical crowded cuts darn
    -1.2 deadline deadlines deafening debt debts deficit deficits deportation deportations deported dirty
    -1.2 displaced displacement downturn dunno edgy excessive excuses expensive fidgety filthy fired gullible
    -1.2 haggard haunted idc idk indebted inflation insolvent jaded jittery jobless jumpy lack lacking lacks
    -1.2 laid-off layoff layoffs lie listless loud loudly meh missing moldy noise noisier noisiest noisy nvm o.o
    -1.2 o_o on-edge on-hold overcharging overloaded overwhelmed overwhelming penalties penalty pitied pitiful
    -1.2 pity poorer rotten rotting screeching shallow shortage shortages shortfall slump smelly sour spoiled
    -1.2 spoilt stale stank stink stinks stinky stubborn stuffy surcharge surgery suspend suspended tardy traffic
    -1.2 uh-oh unconvincing unemployed unemployment
    -1.3 ban banned banning bans bizarre blocked bluesy cheaply-made counterfeit dejected demoralized demotivated
    -1.3 denial denied denies deny denying discouraged discouraging downbeat downhearted eerie homesick imitation
    -1.3 knock-off knockoff lonesome mopey oddly overhype overrate poorly-made poorly-written prohibit prohibited
    -1.3 refusal refuse refused refuses refusing reject rejected rejecting rejection rejects restrict restricted
    -1.3 restriction restrictions spooky underachieve underachiever underperform underperformed underperforming
    -1.3 underperforms unmotivated
    -1.4 ache aches aching aghast ambulance appalled baffled baffling bbb beware bewildered bleeding blizzard
    -1.4 bruised caution cautious childish choke choked choking clutter cluttered complicate complicates
    -1.4 complication complications concern concerned concerning concerns convoluted cough coughing crude
    -1.4 debt-ridden demagogue demagoguery dismay dismayed dismaying disorderly disorganised disorganized
    -1.4 distorted doubt doubts dour entangled erratic fever flu frostbite gamble hail half-baked halfbaked
    -1.4 haphazardly hastily hasty hazard hazardous hazards headache headaches heatwave hospitalized icy immature
    -1.4 impatience impatient incomplete inedible injured injuries injury insufficient irrational jumbled messier
    -1.4 messiest migraine mistrustful muddled neurotic ombudsman overcomplicated pander pandering partisan
    -1.4 partisanship perplexed populist pretentious puzzled puzzling restless rhetoric risk risked risks risky
    -1.4 rushed scorching shaky shock shocked shocking sigh sighed sighs sleet slippery slow slowly smug snobbish
    -1.4 snowstorm sore stingy stunned sweltering tangled thunderstorm tornado tornadoes unappetizing uncertain
    -1.4 uncertainty unclear unfinished unlikely unpopular unpopularity untidy unwise vague warn warned warning
    -1.4 warnings warns wound wounded
    -1.5 bleak boo-hoo boohoo bother bothered bothering bothers boycott boycotted boycotts bullied bullies bully
    -1.5 bullying burden burdens burdensome cheesy chore cold-hearted condescending corny defiance defiant
    -1.5 diagnosis dire dismal dismissive disobedient disobey disobeyed disrespect disrespected disrespectful
    -1.5 disrupt disrupted disruption disruptions disruptive dissent dissident dissidents exclude excluded
    -1.5 excluding exclusion garish gaudy glitched gloomy grim harass harassed harassment harsh harshly hassle
    -1.5 hassles ignore ignored ignores ignoring impolite inconvenience inconvenienced inconvenient interrupt
    -1.5 interrupted interruption interruptions intimidate intimidated intimidating isolate kitschy lagged lags
    -1.5 mock mocked mockery mocking nuisance obnoxiously oppose opposed opposes opposing opposition ostracized
    -1.5 patronizing protest protested protester protesters protesting protests rebellious reboot rebooted
    -1.5 rebooting ridicule ridiculed rowdy sarcasm sarcastic severe severely shunned snub snubbed strict
    -1.5 stuttering stutters tacky tease teased teasing unfriendly unkind unruly waah wah whaa workaround
    -1.6 abrasive absurd absurdity abuses accusatory adverse aggravated aggravating aggravation agitated
    -1.6 annoyingly awkward awkwardly battle battles bewildering bled bleed bomb bombed bored brat brats breach
    -1.6 breached buffering bureaucracy bureaucratic churn churned clumsy conceited conflict conflicts confounded
    -1.6 confuses crass cringe cringeworthy cringey cringy cronyism dead-zone deadzone decline declined declining
    -1.6 deficient degraded deprecated difficult disagreeable discomfort disconnect disconnected disconnects
    -1.6 discontinue discontinued disinformation downgrade downgraded drop-out dropouts dropped embarrass
    -1.6 exasperated exasperating false falsehood falsely fight fighting fights fool fooled foolish fools fought
    -1.6 freak frustratingly garbled grating hack hacked hacker hackers hangover haughty hoe hungover illegible
    -1.6 inaccuracy inaccurate incomprehensible incorrect incorrectly inhospitable insecure insomnia invalid irk
    -1.6 irked irksome irritatingly jet-lagged jetlag laughable leak leaked leaking leaks loophole loopholes lose
    -1.6 loser losers losing lost ludicrous malpractice malware miffed misconduct misconnect misguided
    -1.6 misinformation misinformed mismanaged mismanagement misspent misuse misused mystifying nepotism
    -1.6 nightshift no-show nonsense nonsensical offline overbearing overspending overspent paranoid peeved
    -1.6 perplexing phishing pompous pork problem problems red-tape regrettably ridiculous ridiculously sheepish
    -1.6 spam spammer spammy squander squandered squandering stranded sucker suckers tired tiresome turbulence
    -1.6 unappealing unavailable uncomfortable uncooperative undesirable unease uneasy unfavorable unhealthy
    -1.6 unintelligible unreachable unreadable unreasonable unsubscribe unsubscribed unsubscribing untrue unwanted
    -1.6 vexed vexing virus viruses wearisome wrongdoing
    -1.7 aggression aggressive aggressively argumentative belligerent bossy cheaply clingy combative controlling
    -1.7 curse cursed curses disappointingly domineering feeble flimsy fragile frail hex ill-fated ill-timed
    -1.7 jinxed mediocre mediocrity needy overhyped overrated possessive pushy quarrelsome second-rate so-so
    -1.7 sub-par subpar underwhelmed underwhelming unimpressed unimpressive unluckily untimely vulnerability
    -1.7 vulnerable weak weaken weakened weakness weaknesses
    -1.8 aggravate agitate alienated angst antagonistic asthma backlog backorder backordered bad-tempered bitter
    -1.8 bitterly bitterness bogus boringest broke broken bummed carcinogen carcinogenic clunkier clunky
    -1.8 contamination counterproductive cranky cumbersome cutbacks daaaaamn daaaamn daaamn daamn damn damned
    -1.8 damnn damnnn damnnnn damnnnnn deceive deceived deception deceptive deforestation delusional diabetes
    -1.8 disillusioned disreputable distrust dodgy double-charged doublecharged doubted doubtful downsized
    -1.8 downsizing drudgery dubious duller dullest dullness egotistical emergency emissions endangered envious
    -1.8 envy extinction fake faked fakes fishy food-poisoning fruitless futile futility gouge gouging grumpy
    -1.8 hater haters headachy heart-attack hoax humdrum ick impossible impossibly impractical in-vain ineffective
    -1.8 ineffectual inefficiency inefficient infeasible insincere insolent intolerant jealous jealousy junky
    -1.8 laborious lifeless maniac mess messed messy migraines mislead misleading misled mistrust monotony moody
    -1.8 nutjob offended oil-spill ominous out-of-stock outofstock overbilled perilous petty phony plummet
    -1.8 plummeted plummeting plunge plunged plunging price-gouging propaganda punish punishing punishment
    -1.8 questionable resent resentful resentment revenge salty sank sceptical seizure seizures shady skeptical
    -1.8 sketchy slashed slashing slower slowest slowness sluggishly slumped smog snooze snoozefest sold-out
    -1.8 soldout spill spills spite spiteful stroke struggle struggled struggles struggling suckkkks suckss sulky
    -1.8 sullen sus suspect suspicion suspicious sussy tanked tanking tediously tediousness toxins trouble
    -1.8 troubles tumble tumbled tumbling unproductive unrealistic unsettling unsolvable unsuccessful
    -1.8 unsuccessfully untrustworthy unwelcome unwieldy unworkable unworthy vain vengeful vulgar wack waitlist
    -1.8 whack yawn yawning yawns yuk
    -1.9 arrest arrested arrests bribe bribery bribes cantankerous conspiracy contaminated contrite convicted
    -1.9 conviction cover-up coverup crabby crime crimes criminal criminals drought earthquake famine flood
    -1.9 flooded flooding floods gloomier gloomiest grouch grouchy grumpier grumpiest guilt guilt-ridden guilty
    -1.9 homeless hunger hurricane illegal illegally irritable jail jailed lawsuit lawsuits penitent poison
    -1.9 poisoned poisonous polluted pollution poor-quality poverty prickly prison regretful remorse remorseful
    -1.9 scandal scandalous scandals starvation starving storm storms sue sued suing sulkily surly testy touchy
    -1.9 toxic unlawful waste wasted wasteful wasting wildfire wildfires
    -2.0 accusation accusations accuse accused accuses accusing afflicted allergies allergy argh arghh arghhh
    -2.0 attack attacked attacker attackers attacking attacks belittle belittled belittling berate berated blame
    -2.0 blamed blames blaming bleah blech bleh botched bots canceling cancellations cancelling clash clashed
    -2.0 clashes clickbait collections complain complained complaining complains complaint complaints condemn
    -2.0 condemnation condemned condemns confrontation confrontational controversial controversy costly coughs
    -2.0 cracked cramps crash crashed crashes crashing crestfallen crippled criticism criticisms criticize
    -2.0 criticized criticizes criticizing crummy damning deadlock deceptively deformed delay delayed delays
    -2.0 demented dented dentist deprivation deprived derogatory despondent devious deviously diarrhea disfigured
    -2.0 disgruntled dishonestly disparaging displeased dispute disputed disputes dissatisfaction dissatisfied
    -2.0 distasteful divided division divisive downcast dumbly exploitative fakenews fed-up feud feuds foolishly
    -2.0 fraudulently ghosted ghosting gloomily glum gridlock gripe gripes groan groaned groaning groans
    -2.0 grotesquely grumble grumbled grumbles grumbling hell hemorrhoids hideously hung-up idiotically impasse
    -2.0 impoverished inconsiderate inequalities inequality inequity insensitive lag lagging laggy leaky lunatic
    -2.0 melancholic melancholy mindlessly misdelivered misleadingly moan moaned moaning moans moronically morose
    -2.0 mournful nausea neglect neglected noreply notorious oof ouch overcharge overcharged overdraft overdrawn
    -2.0 overdue overpriced overworked ow oww owww perv polarized polarizing pout pouting poverty-stricken pricey
    -2.0 quarrel quarrels rant ranting refunds rip ruder rudest run-around runaround saddened saddening sadder
    -2.0 saddest scarred scratched senselessly shameless shifty sick slimeball sluggish sneakily sneaky sneeze
    -2.0 sneezing somber sombre sordid sorrowfully spammers stalemate standoff stonewalled stuck stupidly
    -2.0 substandard sulk sulking sweatshop sweatshops tactless tearful teary teary-eyed tension tensions
    -2.0 thoughtless thoughtlessly thug thugs toothache troll trolled trolling trolls ugliness unanswered
    -2.0 unattractive uncaring undelivered underfunded underpaid ungrateful unhappily unhelpful unpleasant
    -2.0 unprofessional unresolved unresponsive unsafe unsatisfactory unsatisfied unsightly untruthful weasel
    -2.0 weasels weepy whine whined whines whining whiny yikes
    -2.1 arrogance arrogant bedbugs careless carelessness cockroach cockroaches creep creeps creepy greed greedy
    -2.1 grimy hypocrisy hypocrite hypocrites hypocritical ignorance ignorant incompetence incompetent inept
    -2.1 irresponsible jerk jerks laziness lazy lice maggots meaner meanest mildew mold mouldy negligence
    -2.1 negligent obnoxious pest pests rats reckless recklessly reek reeking reeks rude rudely rudeness selfish
    -2.1 selfishness slimy sloppy sludge snob snobby stinking vermin weirdo
    -2.2 )-: ): :'( :'-( :( :-( :-< :-@ :-[ :-c :< :@ :[ :c ;( ;-( ;_; =( =[ >:( >:-( >:[ accident accidents
    -2.2 acrimonious ailing ailment ailments amateur-hour amateurish anxiously apartheid apologise apologize
    -2.2 apologized apology arg authoritarian beaten blah booooored boooooring boooored booooring booored boooring
    -2.2 boored booring boredd boreddd boredddd boreddddd boredom boreed boreeed boreeeed boreeeeed boriiiiing
    -2.2 boriiiing boriiing boriing boring boringg boringgg boringggg boringgggg brainless breakdown breakdowns
    -2.2 bricked broke-down bummer callous cancerous carelessly censored censorship chaos chaotic clueless
    -2.2 collapse collapsed collapsing collision collisions complicated confused confusing confusion contagious
    -2.2 contemptuous coward cowardly cowards crackdown crippling crises crisis d-: d: dead-on-arrival defeat
    -2.2 defeated defeats deleterious demeaning destructive destructively deteriorate deteriorated deteriorating
    -2.2 detrimental dictator dictators dictatorship difficulties difficulty dimwit dimwitted discriminate
    -2.2 discriminated discrimination discriminatory dishonorable divorcing doa drown drowned drowning dull
    -2.2 enslaved estranged exes exhausted exhausting exhaustion fatigue fearfully feverish freaked fret fretting
    -2.2 grr gutless haphazard harmfully hate-crime heartbreaker hmph homophobia homophobic hurtfully
    -2.2 incompetently infectious injurious killer killers lame lazily loss losses menacing mindless misfortune
    -2.2 misogynist misogyny nag nagging nags nauseated nervously noxious offensive panics prejudice prejudiced
    -2.2 problematic psycho psychos queasy regime regimes repression repressive ruinous ruinously scold scolded
    -2.2 scolding segregation senseless separated sexism sexist shoddily sicker sickest sickly slave slavery
    -2.2 slaves sleepless sloppily spineless squalid suffocating t.t t_t tedious tiiiiired tiiiired tiiired tiired
    -2.2 timid tiredd tireddd tiredddd tireddddd tireed tireeed tireeeed tireeeeed tiring troublesome tyranny
    -2.2 tyrant tyrants ugh ughh ughhh ughhhh ughhhhh unethical unfortunate unfortunately unlucky unwell uugh
    -2.2 uuugh uuuugh uuuuugh vindictive weary worsen worsened worsening xenophobia xenophobic
    -2.3 alarmed alarming annoy annoyance annoyed annoying annoys anxieties anxiety anxious backfire backfired
    -2.3 backfires blunder blunders burned-out burnout burnt-out cartel cartels dead-end deadend defect defective
    -2.3 disappoint disappointed disappointing disappointment disappointments disappoints distress distressed
    -2.3 distressing disturbed disturbing downfall downfalls downtime drained dysfunctional embezzle embezzled
    -2.3 embezzlement error errors extortion failings faulty fedup flaw flawed flaws frantic frazzled frustrate
    -2.3 frustrated frustrates frustrating frustration frustrations gang gangs gangster gangsters glitch glitches
    -2.3 glitchy hysterical impeach impeached impeachment indicted indictment indictments inoperable irritate
    -2.3 irritated irritates irritating irritation let-down letdown mafia malfunction malfunctioning malfunctions
    -2.3 mistake mistaken mistakes nervous obstruction outage outages overstressed perjury racketeering regret
    -2.3 regrets regrettable regretted regretting setback setbacks shortcoming shortcomings sick-and-tired
    -2.3 smuggling stress stressed stressed-out stressful stressing tense trafficked trafficking troubled
    -2.3 troubling unreliable unstable unusable upset upsets upsetting worn-out worried worries worrisome worry
    -2.3 worrying wrong wrongful wrongly wrongs
    -2.4 :(( :-(( apocalypse apocalyptic austerity baaaaad baaaad baaad baad bad badd baddd badddd baddddd badly
    -2.4 bailout bailouts bankruptcies bleakness caught-fire chemo chemotherapy coffin corpse corpses cry-baby
    -2.4 crybaby dafuq damage damaged damages damaging dead default defaulted defaults defects degrading demonic
    -2.4 depressionary deranged desolate destitute die died dies dishonest dishonesty doom doomed doomsday dying
    -2.4 evicted eviction evictions ew eww ewww explode exploded explodes exploit exploitation exploited
    -2.4 exploiting explosion foreclosed foreclosure foreclosures forlorn funeral funerals gloom grave graves
    -2.4 grim-reaper gross grossed harm harmed harmful harming harms hospitalised howl hyperinflation icky immoral
    -2.4 inadequacy inadequate incapable incapacity inexcusable inferior inflationary inhumane injustice
    -2.4 injustices insignificant insolvency insufferable intolerable killing lousy meltdown nastier nastiest
    -2.4 nasty oppressed oppression oppressive overheat overheating overheats persecuted persecution pervert
    -2.4 perverts piss pissed-off pisses pointlessly poor poorest poorly predator predators recession repossessed
    -2.4 scream screamed screaming screams shabby shoddy shout shouted shouting stagnant stagnation uglier ugliest
    -2.4 ugly unacceptable unbearable unfair unfairly unfaithful unfit unforgivable unjust unqualified uselessly
    -2.4 uselessness wail wailing whimper whimpering worse worthlessly wtff wtfff yell yelled yelling yells yuck
    -2.4 yucky
    -2.5 ashamed cheerless contempt contemptible crappiest dammit deplorable deplorably desperate desperately
    -2.5 desperation disdain disdainful disgracefully dismally drab dreary embarrassed embarrassing embarrassment
    -2.5 goddamn goddamnit helpless helplessness hopelessly humiliate humiliated humiliating humiliation hurtful
    -2.5 insult insulted insulting insults joyless junk lamentable loneliness lonely mad madder miseries
    -2.5 pathetically reprehensible rubbish scorn scornful screw-up screwed screwup shame shamed shamefully sneer
    -2.5 sneering sorrows tragically unhappier unhappiest unhappiness woe woeful woefully woes wretchedly
    -2.6 :((( </3 </33 <\3 abhor abhorred abhors airstrike airstrikes backstabbed bitch bitches bitching bitchy
    -2.6 bombardment bombing bombings cancer captive chargeback chargebacks coup crap crapped crappy crushed
    -2.6 crushing deceitfully defenseless detesting devastatingly dick dicks disease diseases dislike disliked
    -2.6 dislikes disliking distrustful douche douchebag douchebags dumb dumbass dumber dumbest enslave epidemic
    -2.6 extremism extremist extremists fabricated fabrication fail failed failing fails failure failures
    -2.6 falsified ffs forged forgery grieve grieved grieves grrr grrrr gutted hatin' heartless hopelessness
    -2.6 imprisoned insurgency insurgent insurgents invade invaded invading invasion jackass jfc jihad jihadist
    -2.6 jihadists lethal loath looters looting militant militants omfg oppress overcharges pandemic plagiarism
    -2.6 plagiarized plague powerless powerlessness prick pricks resented resenting resents riot rioting riots
    -2.6 ripoffs ripped-off ruin ruined ruining ruins shatter shattered shelling shit shite sickk sickkk sickkkk
    -2.6 sickkkkk sickness siege siick siiick siiiick siiiiick slut sluts smdh smh stupid stupidity trapped tumor
    -2.6 twat unrest uprising wanker whore whores worthlessness wreck wreckage wrecked wrecks wth
    -2.7 afraid cheat cheated cheater cheaters cheating crook crooked crooks danger dangerous dangerously dread
    -2.7 dreaded dreadfully dreading fear feared fearful fears frightened frightening liar liars lied lies lying
    -2.7 panic panicked panicking rob robbed robbery robbing scared scary steal stealing stole stolen terrified
    -2.7 terrify terrifying thief thieves threat threaten threatened threatening threatens threats
    -2.8 abduct abducted abduction agonized anger angered angrier angriest angrily angry anguished assassinate
    -2.8 assassinated assassination bereaved bereavement bs casualties casualty cried cries cry crying depraved
    -2.8 distraught excruciating executed execution executions fck fk fuk fuming fuq furiously grief-stricken
    -2.8 gunfire gunman gunmen heartache heartaches homicide homicides hostage hostages hostile hostility hurt
    -2.8 hurting hurts idgaf incensed inconsolable infuriated infuriates infuriating intolerably irate kidnap
    -2.8 kidnapped kidnapping livid manslaughter outrage outraged outrages pain painful painfully pains pissed
    -2.8 raged rageful ragequit saaaaad saaaad saaad saad sad sadd saddd sadddd saddddd sadly sadness seething
    -2.8 shet shooting shootings sht shyt sob sobbed sobbing sobs sorrow sorrowful stabbed stabbing suffer
    -2.8 suffered suffering suffers torment tormented torments tortuous unbearably unhappy vengeance weep weeping
    -2.8 wept wrath wrathful
    -2.9 backstab backstabber backstabbing conniving damnit debacle deceitful depressed depressing depression
    -2.9 despair despairing duplicitous enemies enemy fiasco foe foes garbage goddammit grief grieving hateful
    -2.9 heartbreak hopeless manipulate manipulated manipulation manipulative miserably mourn mourned mourning
    -2.9 pointless shambles suck suckage sucked sucks sucky sux trash treacherous treachery two-faced useless
    -2.9 venom venomous victim victims violence violent war warfare wars worthless
    -3.0 0/10 1-star 1/10 asshole assholes bastard bastards betray betrayal betrayed betraying betrays bloodbath
    -3.0 bloodshed bullshit carnage clusterfuck corrupt corrupted corruption cunt cunts death deaths dickhead
    -3.0 dumpsterfire ethnic-cleansing extermination filth fml foul fraud frauds fraudulent fubar fuck fucked
    -3.0 fucker fuckers fucks fuckup fuckups genocidal ghastly grotesque gruesome gtfo holocaust idiot idiotic
    -3.0 idiots imbecile imbeciles kill killed killings kills macabre mf morbid moron moronic morons motherfucker
    -3.0 motherfuckers nauseating nauseous never-again obscene obscenity one-star puke puked puking putrid rancid
    -3.0 repellent repugnant retard retarded rip-off ripoff scam scammed scammer scammers scams scum scumbag
    -3.0 scumbags sewage shitshow shitty snafu stench stfu swindle swindled swindler tortures trainwreck traitor
    -3.0 traitors vomit vomited vomiting wtf zero-stars
    -3.2 abuse abused abusing abusive agonizing agony anguish appallingly assault assaulted assaulting brutal
    -3.2 brutality brutally cruel cruelty deadly destroy destroyed destroying destroys destruction disaster
    -3.2 disasters disastrous disgraced disgust disgusted disgustingly enraged fatal fatally furious fury
    -3.2 heartbreaking heartbroken horrendously horrifically horrified horrifyingly horror horrors nauseatingly
    -3.2 rage raging repulsively revoltingly sickeningly terror terrorize terrorized terrorizing victimized
    -3.3 barbaric barbarism bloodthirsty diabolical inhuman malevolent malicious maliciously merciless mercilessly
    -3.3 ruthless ruthlessly sadistic savage savagely sinister vicious viciously villain villainous villains
    -3.4 abominable abomination atrociously awful bigot bigotry bigots despicable despicably devastated
    -3.4 devastating devastation disgrace disgraceful dreadful hatefully heinously hellish hideous horrible
    -3.4 horribly loathsome miserable misery monstrously nazi nazis odious outrageous paedophile pathetic
    -3.4 pedophile pedophiles racism racist racists repulsive revolting shameful sickening terrible terribly
    -3.4 tragedies tragedy tragic vileness worst wretched
    -3.5 abysmal appalling catastrophe catastrophes catastrophic despise despised despises despising detest
    -3.5 detestable detested detests disgusting haaaaate haaaate haaate haate hate hated hatee hateee hateeee
    -3.5 hateeeee hates hating hatred loathe loathed loathes loathing nightmare nightmares nightmarish suicidal
    -3.5 suicide
    -3.6 abhorrent atrocious evil evils heinous horrendous horrific horrifying monstrous murder murdered murderer
    -3.6 murderers murdering murderous rape raped rapes raping rapist rapists terrorism terrorist terrorists
    -3.6 torture tortured torturing
    -3.8 atrocities atrocity genocide massacre massacred massacres slaughter slaughtered slaughtering
    """#
}
