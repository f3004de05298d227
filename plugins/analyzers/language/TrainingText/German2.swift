extension TrainingText {
    /// Second German batch: banking, technology, shopping and short social posts.
    static let german2 = #"""
    Warum steht auf meinem Kontoauszug eine vorgemerkte Buchung, die ich überhaupt nicht kenne?
    Der Wechselkurs für meine Überweisung war viel schlechter als der, der in der App angezeigt wurde.
    Ich habe mein Konto mit der Girokarte aufgeladen, aber das Guthaben steht immer noch bei null.
    Jemand hat heute Nacht drei Zahlungen ohne meine Zustimmung gemacht, bitte sperren Sie sofort meine Karte.
    Wie lange dauert es normalerweise, bis eine Überweisung aus dem Ausland ankommt?
    Die Lastschrift vom Fitnessstudio wurde doppelt eingezogen und ich möchte die zweite zurückbuchen lassen.
    Ich habe meine Geheimzahl vergessen und der Automat hat die Karte nach dem dritten Versuch eingezogen.
    Kostet es eine Gebühr, wenn ich Bargeld in einer anderen Währung abhebe, oder ist das im Tarif enthalten?
    Der Bestätigungscode kommt nie per SMS an, deshalb kann ich die Zahlung nicht freigeben.
    haha mein Handy hat schon wieder meinen eigenen Namen korrigiert, diese Tastatur ist hoffnungslos
    boah die neue Folge war so gut, beim Ende hab ich echt geschrien
    die Schlange im Laden hat sich null gelohnt, es war sowieso alles ausverkauft
    endlich Wochenende, kein Wecker, keine Mails, nur schlafen und Pizza
    seit einer Stunde im Stau und jetzt ist auch noch der Akku von den Kopfhörern leer, was für ein Tag
    danke an den Typen an der Kasse, der meine Bestellung ohne Theater korrigiert hat
    hat noch jemand Probleme, heute Morgen den Feed zu laden, oder liegt das nur an mir?
    das ist mit Abstand das schlechteste Update, das sie je rausgebracht haben, gebt uns das alte Layout zurück
    Der neue Laptop startet in Sekunden, die Tastatur fühlt sich solide an und der Bildschirm ist hell genug für draußen.
    Seit dem Firmware-Update startet der Router alle paar Stunden neu, das macht uns wahnsinnig.
    In unserem Supermarkt kann man die Waren jetzt beim Einkaufen mit dem Handy scannen, das spart an der Kasse viel Zeit.
    Der Schlussverkauf endet heute Abend und die meisten Größen sind online und in den Filialen schon weg.
    Der Stürmer traf in der zweiten Halbzeit doppelt und die Gastgeber klettern auf den dritten Tabellenplatz.
    Trotz Kälte und Wind sind beim Marathon mehr als zwanzigtausend Läufer an den Start gegangen.
    Ärzte raten, in der Prüfungszeit viel Wasser zu trinken und ausreichend zu schlafen.
    Obst und Gemüse sind wieder teurer geworden und viele Familien kaufen weniger frische Lebensmittel.
    Die Opposition kritisierte den Haushalt, weil er Menschen mit geringem Einkommen kaum helfe.
    Die Verhandlungen zwischen Gewerkschaft und Arbeitgeber sind am späten Donnerstagabend gescheitert.
    Forscher der Universität haben ein günstigeres Verfahren entwickelt, um Plastikflaschen zu recyceln.
    Ich kann diesen Ort allen empfehlen, die ein ruhiges Wochenende fernab der Stadt suchen.
    Die Produktbeschreibung war irreführend, der Stoff ist dünn und die Farbe sieht ganz anders aus als auf den Bildern.
    Ich liebe diesen Mixer, er macht Smoothies in Sekunden und lässt sich danach leicht reinigen.
    Mein Internet ist jeden Abend quälend langsam und der Speedtest zeigt nur einen Bruchteil dessen, wofür ich zahle.
    Können Sie mir die Posten auf meiner letzten Abrechnung erklären? Der Betrag ist höher als vereinbart.
    Hallo, ich wollte nur kurz fragen, ob meine Mail wegen der fehlenden Artikel von gestern angekommen ist.
    """#
}
