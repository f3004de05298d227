extension TrainingText {
    static let dutch = #"""
    Hallo, ik heb vorige dinsdag een paar hardloopschoenen besteld en volgens de track-and-trace ligt het pakket nog steeds in het depot.
    Kunt u mij laten weten wanneer mijn terugbetaling wordt verwerkt? Ik heb het artikel bijna drie weken geleden teruggestuurd.
    Hartelijk dank voor het snelle antwoord, het vervangende apparaat kwam vanochtend binnen en werkt prima.
    Ik ben al jaren klant bij jullie, maar de manier waarop de klantenservice mijn klacht heeft afgehandeld was echt teleurstellend.
    De app loopt vast zodra ik een foto probeer te uploaden, en opnieuw installeren heeft niets geholpen.
    Excuses voor het ongemak, we hebben uw opmerkingen doorgegeven aan ons bezorgteam.
    Is het mogelijk om het bezorgadres nog te wijzigen nadat de bestelling al is bevestigd?
    Mijn vlucht werd op het laatste moment geannuleerd en niemand aan de balie kon ons vertellen wat we moesten doen.
    Het hotel was schoon en rustig, het personeel erg vriendelijk, en het ontbijt werd tot elf uur geserveerd.
    's Avonds hebben we langs de rivier gewandeld en een klein restaurant gevonden met de lekkerste vissoep die ik ooit heb gegeten.
    De trein naar het vliegveld vertrekt elke twintig minuten vanaf het centraal station, dus reserveren is niet nodig.
    Vannacht wordt in het noorden van het land zware regen verwacht, met harde windstoten langs de kust.
    De gemeente maakte maandag bekend dat de nieuwe brug voor het eind van het jaar opengaat voor het verkeer.
    Het aandeel van het bedrijf kelderde nadat het waarschuwde dat de winst lager zou uitvallen dan verwacht.
    De politie vraagt iedereen die het ongeluk heeft gezien zich te melden.
    Net het nieuwe koffietentje in de binnenstad geprobeerd en wauw, de taartjes zijn geweldig, dit weekend ga ik zeker terug!
    Niet te geloven hoe lang de rij vandaag bij het postkantoor was, ik heb bijna een uur gewacht voor één brief.
    Eerlijk gezegd is de klantenservice hier een grap, ik hang al veertig minuten in de wacht en nog steeds niets.
    Ik ben dol op de nieuwe update, de donkere modus ziet er super uit en alles gaat veel sneller dan vroeger.
    Wie kijkt er vanavond naar de wedstrijd? Volgens mij maakt ons team dit seizoen eindelijk een echte kans.
    Ik wil mijn abonnement opzeggen omdat ik de dienst niet meer gebruik en deze maand twee keer ben afgeschreven.
    Uw pakket is bij de voordeur afgeleverd. Heeft u het niet ontvangen, neem dan binnen zeven dagen contact met ons op.
    Sinds de laatste update is de batterij heel snel leeg, hij houdt het nauwelijks een halve dag vol.
    In de bijlage vindt u een kopie van de factuur en foto's van de schade aan de doos.
    Met genoegen laten wij u weten dat uw account gratis is opgewaardeerd.
    De kinderen hebben de hele middag zandkastelen gebouwd op het strand terwijl wij in de schaduw lazen.
    Als jullie in de zomer komen, neem dan een dunne jas mee, want 's avonds kan het verrassend fris worden.
    Mijn buurman draait deze week elke avond keiharde muziek en ik heb echt wat slaap nodig.
    Ze heeft eindelijk de baan gekregen die ze wilde, en vrijdag gaan we met z'n allen uit eten om het te vieren.
    Vergeet niet de planten water te geven en de kat te voeren terwijl wij het weekend weg zijn.
    Het museum is op maandag gesloten, maar de tuinen zijn elke dag open van negen uur 's ochtends tot zonsondergang.
    Onze internetverbinding valt meerdere keren per dag weg, waardoor thuiswerken erg lastig is.
    De monteur zou tussen acht en twaalf komen, maar hij is nooit verschenen en niemand heeft gebeld.
    Hoe laat gaat de apotheek op zondag open, en heb ik voor dit medicijn een recept nodig?
    Bedankt voor uw geduld terwijl wij het probleem onderzoeken; we nemen zo snel mogelijk contact met u op.
    Uit het laatste onderzoek blijkt dat steeds meer jongeren liever huren dan hun eerste huis kopen.
    Het kabinet heeft beloofd de komende vijf jaar meer geld te steken in scholen, ziekenhuizen en het openbaar vervoer.
    Wetenschappers zeggen dat de bloemen door het warme weer bijna twee weken eerder bloeien dan normaal.
    Weet iemand een goede garage in de buurt van het station? Mijn auto maakt een raar geluid als ik rem.
    Aan de telefoon werd mij gezegd dat de korting zou gelden, maar in de eindprijs zat die er niet bij.
    We hebben het geweldig gehad op de bruiloft, de muziek was fantastisch en iedereen heeft tot middernacht gedanst.
    Dit is de derde keer dat ik u over hetzelfde probleem schrijf en ik heb nog steeds geen duidelijk antwoord gekregen.
    Zorg ervoor dat het wachtwoord minstens acht tekens bevat, waaronder een cijfer en een hoofdletter.
    Het was perfect weer voor een lange wandeling door de heuvels, en we hebben geluncht op een boerderij die zijn eigen kaas verkoopt.
    Ik denk dat er een fout in mijn rekening zit, want er is een premiumabonnement in rekening gebracht dat ik nooit heb afgesloten.
    Al met al een prima ervaring, de chauffeur was beleefd, de auto brandschoon en we waren eerder dan gepland op de plek.
    Zou ik een leidinggevende kunnen spreken? Ik heb het gevoel dat mijn zaak niet serieus wordt genomen.
    Op de hoek wordt een nieuwe supermarkt gebouwd, dus de weg is een paar weken afgesloten.
    Gefeliciteerd met je verjaardag, lieve zus, ik hoop dat al je wensen dit jaar uitkomen!
    De vergadering is verplaatst naar donderdagmiddag omdat de helft van het team woensdag op reis is.
    Elke ochtend neem ik de bus naar mijn werk, en als het regent is hij altijd te laat.
    Waarom is het zo moeilijk om een gewoon telefoonnummer op jullie website te vinden? Ik wil gewoon iemand spreken.
    De nieuwe regeling raakt duizenden werknemers die afhankelijk zijn van overuren om hun rekeningen te betalen.
    We hebben uw aanvraag ontvangen en een van onze medewerkers neemt binnen twee werkdagen contact met u op.
    """#
}
