extension TrainingText {
    static let german = #"""
    Hallo, ich habe letzten Dienstag ein Paar Laufschuhe bestellt und laut Sendungsverfolgung liegt das Paket immer noch im Lager.
    Können Sie mir bitte sagen, wann meine Rückerstattung bearbeitet wird? Ich habe den Artikel vor fast drei Wochen zurückgeschickt.
    Vielen Dank für die schnelle Antwort, das Ersatzgerät kam heute Morgen an und funktioniert einwandfrei.
    Ich bin seit Jahren Kunde bei Ihnen, aber wie Ihr Kundendienst mit meiner Beschwerde umgegangen ist, war wirklich enttäuschend.
    Die App stürzt jedes Mal ab, wenn ich ein Foto hochladen will, und eine Neuinstallation hat nichts gebracht.
    Wir entschuldigen uns für die Unannehmlichkeiten und haben Ihr Feedback an unser Lieferteam weitergegeben.
    Kann ich die Lieferadresse noch ändern, nachdem die Bestellung schon bestätigt wurde?
    Mein Flug wurde in letzter Minute gestrichen und niemand am Schalter konnte uns sagen, was wir jetzt tun sollten.
    Das Hotel war sauber und ruhig, das Personal sehr freundlich, und das Frühstück gab es bis elf Uhr.
    Abends sind wir am Fluss entlang spaziert und haben ein kleines Lokal mit der besten Fischsuppe gefunden, die ich je gegessen habe.
    Der Zug zum Flughafen fährt alle zwanzig Minuten vom Hauptbahnhof ab, man muss also nicht vorher reservieren.
    Für heute Nacht wird im Norden des Landes starker Regen erwartet, an der Küste drohen Sturmböen.
    Die Stadtverwaltung hat am Montag mitgeteilt, dass die neue Brücke bis Ende des Jahres für den Verkehr freigegeben wird.
    Die Aktie des Unternehmens brach ein, nachdem es vor geringeren Gewinnen als erwartet gewarnt hatte.
    Die Polizei bittet Zeugen des Unfalls, sich zu melden.
    Gerade das neue Café in der Innenstadt ausprobiert und die Kuchen sind der Wahnsinn, am Wochenende gehe ich auf jeden Fall wieder hin!
    Unglaublich, wie lang die Schlange heute bei der Post war, ich habe fast eine Stunde für einen einzigen Brief gewartet.
    Ehrlich gesagt ist der Kundenservice hier ein Witz, ich hänge seit vierzig Minuten in der Warteschleife.
    Ich liebe das neue Update, der Dunkelmodus sieht super aus und alles läuft viel schneller als vorher.
    Wer schaut heute Abend das Spiel? Ich glaube, unsere Mannschaft hat diese Saison endlich eine echte Chance.
    Ich möchte mein Abo kündigen, weil ich den Dienst nicht mehr nutze und diesen Monat zweimal abgebucht wurde.
    Ihr Paket wurde vor der Haustür abgelegt. Falls Sie es nicht erhalten haben, melden Sie sich bitte innerhalb von sieben Tagen.
    Seit dem letzten Update ist der Akku total schnell leer, er hält kaum noch einen halben Tag.
    Im Anhang finden Sie eine Kopie der Rechnung und Fotos, auf denen der Schaden am Karton zu sehen ist.
    Wir freuen uns, Ihnen mitteilen zu können, dass Ihr Konto kostenlos hochgestuft wurde.
    Die Kinder haben den ganzen Nachmittag Sandburgen am Strand gebaut, während wir im Schatten gelesen haben.
    Wenn ihr im Sommer kommt, nehmt eine leichte Jacke mit, denn abends kann es überraschend kühl werden.
    Mein Nachbar hört diese Woche jeden Abend laut Musik und ich brauche dringend etwas Schlaf.
    Sie hat endlich die Stelle bekommen, die sie wollte, und am Freitag gehen wir alle zusammen essen, um zu feiern.
    Denk daran, die Pflanzen zu gießen und die Katze zu füttern, während wir am Wochenende weg sind.
    Das Museum ist montags geschlossen, aber der Garten ist täglich von neun Uhr bis Sonnenuntergang geöffnet.
    Unsere Internetverbindung bricht mehrmals am Tag ab, das macht die Arbeit im Homeoffice sehr schwierig.
    Der Techniker sollte zwischen acht und zwölf kommen, aber er ist nie aufgetaucht und niemand hat angerufen.
    Wann macht die Apotheke am Sonntag auf, und brauche ich für dieses Medikament ein Rezept?
    Vielen Dank für Ihre Geduld, während wir uns das Problem ansehen; wir melden uns so schnell wie möglich.
    Laut der neuesten Umfrage entscheiden sich immer mehr junge Menschen dafür, zur Miete zu wohnen, statt eine Wohnung zu kaufen.
    Die Regierung hat versprochen, in den nächsten fünf Jahren mehr Geld in Schulen, Krankenhäuser und den Nahverkehr zu stecken.
    Forscher sagen, dass die Blumen wegen des warmen Wetters fast zwei Wochen früher als üblich blühen.
    Kennt jemand eine gute Werkstatt in der Nähe vom Bahnhof? Mein Auto macht beim Bremsen ein komisches Geräusch.
    Am Telefon wurde mir gesagt, dass der Rabatt gilt, aber im Endpreis war er nicht enthalten.
    Wir hatten eine wunderbare Zeit auf der Hochzeit, die Musik war großartig und alle haben bis Mitternacht getanzt.
    Das ist das dritte Mal, dass ich Ihnen wegen desselben Problems schreibe, und ich habe immer noch keine richtige Antwort bekommen.
    Bitte achten Sie darauf, dass das Passwort mindestens acht Zeichen enthält, darunter eine Zahl und einen Großbuchstaben.
    Das Wetter war perfekt für eine lange Wanderung durch die Hügel, und mittags haben wir auf einem Hof gegessen, der seinen eigenen Käse verkauft.
    Ich glaube, auf meiner Rechnung ist ein Fehler, mir wurde ein Premiumtarif berechnet, den ich nie abgeschlossen habe.
    Insgesamt eine tolle Erfahrung, der Fahrer war höflich, das Auto blitzsauber und wir waren früher als geplant da.
    Wäre es möglich, mit einem Vorgesetzten zu sprechen? Ich habe das Gefühl, dass mein Anliegen nicht ernst genommen wird.
    An der Ecke wird ein neuer Supermarkt gebaut, deshalb ist die Straße ein paar Wochen gesperrt.
    Alles Gute zum Geburtstag an meine tolle Schwester, ich hoffe, all deine Wünsche gehen dieses Jahr in Erfüllung!
    Die Besprechung wurde auf Donnerstagnachmittag verschoben, weil die Hälfte des Teams am Mittwoch unterwegs ist.
    Jeden Morgen fahre ich mit dem Bus zur Arbeit, und wenn es regnet, kommt er immer zu spät.
    Warum ist es so schwer, auf Ihrer Webseite eine einfache Telefonnummer zu finden? Ich will nur mit einem Menschen sprechen.
    Die neue Regelung betrifft Tausende Beschäftigte, die auf Überstunden angewiesen sind, um ihre Rechnungen zu bezahlen.
    Wir haben Ihre Anfrage erhalten und ein Mitarbeiter wird sich innerhalb von zwei Werktagen bei Ihnen melden.
    """#
}
