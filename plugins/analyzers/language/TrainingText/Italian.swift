extension TrainingText {
    static let italian = #"""
    Buongiorno, martedì scorso ho ordinato un paio di scarpe da corsa e il tracciamento dice ancora che il pacco è fermo al magazzino.
    Potreste dirmi quando verrà effettuato il rimborso? Sono passate quasi tre settimane da quando ho restituito l'articolo.
    Grazie mille per la risposta veloce, il prodotto sostitutivo è arrivato stamattina e funziona benissimo.
    Sono vostro cliente da anni, ma il modo in cui l'assistenza ha gestito il mio reclamo è stato davvero deludente.
    L'app si blocca ogni volta che provo a caricare una foto, e reinstallarla non è servito a niente.
    Ci scusiamo per il disagio e abbiamo inoltrato il suo commento al reparto consegne.
    È possibile cambiare l'indirizzo di spedizione dopo che l'ordine è già stato confermato?
    Il mio volo è stato cancellato all'ultimo momento e nessuno allo sportello sapeva spiegarci cosa dovevamo fare.
    L'albergo era pulito e tranquillo, il personale molto gentile, e la colazione veniva servita fino alle undici.
    La sera abbiamo passeggiato lungo il fiume e abbiamo trovato una trattoria con la zuppa di pesce più buona che abbia mai mangiato.
    Il treno per l'aeroporto parte ogni venti minuti dalla stazione centrale, quindi non serve prenotare.
    Per stanotte sono previste forti piogge nel nord del paese, con raffiche di vento lungo la costa.
    Il comune ha annunciato lunedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno.
    Le azioni della società sono crollate dopo l'annuncio che gli utili sarebbero stati inferiori alle attese.
    La polizia invita chiunque abbia assistito all'incidente a farsi avanti.
    Ho appena provato il nuovo bar in centro e ragazzi, i cornetti sono spettacolari, ci torno sicuramente questo fine settimana!
    Non ci posso credere, oggi alla posta c'era una fila infinita, ho aspettato quasi un'ora per spedire una lettera.
    Sinceramente il servizio clienti è una barzelletta, sono in attesa da quaranta minuti e ancora niente.
    Adoro il nuovo aggiornamento, la modalità scura è bellissima e tutto è molto più veloce di prima.
    Chi guarda la partita stasera? Secondo me quest'anno la nostra squadra ha finalmente una possibilità.
    Vorrei disdire l'abbonamento perché non uso più il servizio e questo mese mi hanno addebitato due volte.
    Il suo pacco è stato consegnato davanti alla porta. Se non lo ha ricevuto, ci contatti entro sette giorni.
    La batteria si scarica in fretta dall'ultimo aggiornamento, ormai dura appena mezza giornata.
    In allegato trova una copia della fattura e le foto che mostrano i danni alla scatola.
    Siamo lieti di comunicarle che il suo account è stato aggiornato gratuitamente.
    I bambini hanno passato tutto il pomeriggio a costruire castelli di sabbia mentre noi leggevamo all'ombra.
    Se venite d'estate portate una giacca leggera, perché la sera può fare sorprendentemente fresco.
    Il mio vicino mette la musica ad alto volume tutte le sere questa settimana e io ho proprio bisogno di dormire.
    Finalmente ha ottenuto il lavoro che voleva, e venerdì andiamo tutti a cena fuori per festeggiare.
    Ricordati di innaffiare le piante e di dare da mangiare al gatto mentre siamo via per il fine settimana.
    Il museo è chiuso il lunedì, ma i giardini sono aperti tutti i giorni dalle nove fino al tramonto.
    La connessione a internet salta più volte al giorno, e lavorare da casa diventa davvero difficile.
    Il tecnico doveva arrivare tra le otto e mezzogiorno, ma non si è mai presentato e nessuno ci ha chiamato.
    A che ora apre la farmacia la domenica, e serve la ricetta per questo farmaco?
    Grazie per la pazienza mentre verifichiamo il problema; le risponderemo il prima possibile.
    Secondo l'ultimo sondaggio, sempre più giovani scelgono di prendere casa in affitto invece di comprarla.
    Il governo ha promesso di investire più soldi in scuole, ospedali e trasporti pubblici nei prossimi cinque anni.
    Gli scienziati spiegano che il caldo ha fatto fiorire le piante quasi due settimane prima del solito.
    Qualcuno conosce un buon meccanico vicino alla stazione? La mia macchina fa un rumore strano quando freno.
    Al telefono mi avevano detto che lo sconto sarebbe stato applicato, ma nel prezzo finale non c'era.
    Ci siamo divertiti tantissimo al matrimonio, la musica era fantastica e tutti hanno ballato fino a mezzanotte.
    È la terza volta che vi scrivo per lo stesso problema e non ho ancora ricevuto una risposta chiara.
    Assicuratevi che la password contenga almeno otto caratteri, tra cui un numero e una lettera maiuscola.
    Il tempo era perfetto per una lunga camminata sulle colline, e ci siamo fermati a pranzo in una fattoria che vende il proprio formaggio.
    Credo che ci sia un errore nella bolletta, perché mi hanno addebitato un piano premium che non ho mai sottoscritto.
    Nel complesso un'ottima esperienza, l'autista era cortese, l'auto pulitissima e siamo arrivati prima del previsto.
    Sarebbe possibile parlare con un responsabile? Ho l'impressione che la mia pratica non sia stata presa sul serio.
    Stanno costruendo un nuovo supermercato all'angolo, quindi la strada resterà chiusa per qualche settimana.
    Tanti auguri alla mia sorella preferita, spero che quest'anno tutti i tuoi desideri si avverino!
    La riunione è stata spostata a giovedì pomeriggio perché metà della squadra è in trasferta mercoledì.
    Ogni mattina prendo l'autobus per andare al lavoro, e quando piove è sempre in ritardo.
    Perché è così difficile trovare un semplice numero di telefono sul vostro sito? Voglio solo parlare con una persona.
    La nuova legge riguarderà migliaia di lavoratori che contano sugli straordinari per pagare le bollette.
    Abbiamo ricevuto la sua richiesta e un nostro operatore la contatterà entro due giorni lavorativi.
    """#
}
