extension TrainingText {
    /// Second Italian batch: banking, technology, shopping and short social posts.
    static let italian2 = #"""
    Perché nell'estratto conto c'è un movimento in sospeso che non riconosco affatto?
    Il cambio applicato al mio bonifico è molto peggiore di quello che compare nell'app.
    Ho ricaricato il conto con la carta di debito, ma il saldo segna ancora zero.
    Qualcuno ha fatto tre pagamenti senza la mia autorizzazione mentre dormivo, bloccate subito la carta.
    Quanto ci vuole di solito perché arrivi un bonifico partito dall'estero?
    L'addebito della palestra mi è stato fatto due volte e vorrei il rimborso del secondo.
    Ho dimenticato il PIN e il bancomat si è mangiato la carta al terzo tentativo.
    C'è una commissione per prelevare contanti in un'altra valuta, o è compresa nel mio piano?
    Il codice di verifica non arriva mai via SMS, quindi non riesco ad autorizzare il pagamento.
    ahahah il telefono mi ha corretto di nuovo il mio stesso nome, questa tastiera è senza speranza
    raga la puntata di ieri sera era troppo bella, alla fine ho urlato
    la fila al negozio non ne valeva proprio la pena, non era rimasto più niente
    non vedo l'ora che arrivi il fine settimana, niente sveglia, niente email, solo dormire e pizza
    bloccata nel traffico da un'ora e le cuffie si sono pure scaricate, che giornata
    un grazie al ragazzo alla cassa che mi ha sistemato l'ordine senza storie
    qualcun altro ha problemi a caricare la home stamattina o succede solo a me?
    è di gran lunga il peggior aggiornamento che abbiano mai fatto, ridateci la grafica di prima
    Il portatile nuovo si accende in pochi secondi, la tastiera è solida e lo schermo è abbastanza luminoso per lavorare all'aperto.
    Dopo l'aggiornamento il modem si riavvia ogni poche ore e ci sta facendo impazzire.
    Nel nostro supermercato adesso si possono scansionare i prodotti col telefono mentre si fa la spesa, e alla cassa si risparmia tempo.
    I saldi finiscono stasera e quasi tutte le taglie sono già esaurite sia online sia nei negozi.
    L'attaccante ha segnato una doppietta nel secondo tempo e la squadra di casa sale al terzo posto in classifica.
    Nonostante il freddo e il vento, alla maratona hanno partecipato più di ventimila corridori.
    I medici consigliano di bere molta acqua e di dormire a sufficienza durante il periodo degli esami.
    Frutta e verdura sono aumentate di nuovo e molte famiglie comprano meno prodotti freschi.
    L'opposizione ha criticato la manovra, sostenendo che aiuta poco chi ha un reddito basso.
    Le trattative tra il sindacato e l'azienda si sono interrotte giovedì a tarda notte.
    I ricercatori dell'università hanno messo a punto un metodo più economico per riciclare le bottiglie di plastica.
    Consiglio vivamente questo posto a chiunque cerchi un fine settimana tranquillo lontano dalla città.
    La descrizione del prodotto era ingannevole, il tessuto è sottile e il colore non somiglia per niente alle foto.
    Adoro questo frullatore, prepara i frullati in pochi secondi e si pulisce facilmente.
    La connessione è lentissima tutte le sere e lo speed test mostra una minima parte di quello che pago.
    Potete spiegarmi le voci dell'ultima fattura? Il totale è più alto di quanto avevamo concordato.
    Ciao, volevo solo sapere se avete ricevuto la mia email sugli articoli mancanti dell'ordine di ieri.
    """#
}
