extension TrainingText {
    /// Second Dutch batch: banking, technology, shopping and short social posts.
    static let dutch2 = #"""
    Waarom staat er op mijn afschrift een openstaande transactie die ik helemaal niet herken?
    De wisselkoers die op mijn overboeking is toegepast was veel slechter dan die in de app.
    Ik heb mijn rekening opgewaardeerd met mijn betaalpas, maar het saldo staat nog steeds op nul.
    Iemand heeft vannacht drie betalingen gedaan zonder mijn toestemming, blokkeer mijn pas alsjeblieft meteen.
    Hoe lang duurt het meestal voordat een overboeking uit het buitenland binnen is?
    De incasso van de sportschool is twee keer afgeschreven en ik wil de tweede laten terugboeken.
    Ik ben mijn pincode vergeten en de geldautomaat heeft mijn pas bij de derde poging ingeslikt.
    Zijn er kosten als ik contant geld opneem in een andere valuta, of zit dat in mijn pakket?
    De verificatiecode komt nooit per sms binnen, dus ik kan de betaling niet goedkeuren.
    haha mijn telefoon heeft alweer mijn eigen naam verbeterd, dit toetsenbord is hopeloos
    jeetje de nieuwe aflevering was zo goed, bij het einde heb ik echt gegild
    de rij bij de winkel was het echt niet waard, alles was al uitverkocht
    ik kan niet wachten tot het weekend, geen wekker, geen mail, alleen slapen en pizza
    sta al een uur in de file en nu is mijn koptelefoon ook nog leeg, wat een dag
    dikke pluim voor de jongen achter de kassa die mijn bestelling zonder gedoe heeft aangepast
    heeft nog iemand moeite om vanochtend de tijdlijn te laden of ligt het aan mij?
    dit is veruit de slechtste update die ze ooit hebben uitgebracht, geef ons de oude indeling terug
    De nieuwe laptop start in een paar seconden op, het toetsenbord voelt stevig en het scherm is fel genoeg om buiten te werken.
    Sinds de update start de router om de paar uur opnieuw op en daar worden we gek van.
    In onze supermarkt kun je nu de boodschappen met je telefoon scannen terwijl je winkelt, dat scheelt veel tijd bij de kassa.
    De uitverkoop eindigt vanavond en de meeste maten zijn online en in de winkels al uitverkocht.
    De spits scoorde twee keer in de tweede helft en de thuisploeg klimt naar de derde plaats op de ranglijst.
    Ondanks de kou en de wind deden er meer dan twintigduizend lopers mee aan de marathon.
    Artsen raden aan om in de examenperiode veel water te drinken en genoeg te slapen.
    Groente en fruit zijn weer duurder geworden en veel gezinnen kopen minder verse producten.
    De oppositie had kritiek op de begroting, omdat die mensen met een laag inkomen nauwelijks helpt.
    De onderhandelingen tussen de vakbond en de werkgever liepen donderdagavond laat op niets uit.
    Onderzoekers van de universiteit hebben een goedkopere manier bedacht om plastic flessen te recyclen.
    Ik raad deze plek iedereen aan die een rustig weekend weg van de stad zoekt.
    De productomschrijving was misleidend, de stof is dun en de kleur lijkt totaal niet op de foto's.
    Ik ben gek op deze blender, hij maakt smoothies in een paar seconden en is makkelijk schoon te maken.
    Mijn internet is elke avond tergend traag en de snelheidstest laat maar een fractie zien van waar ik voor betaal.
    Kunt u de kosten op mijn laatste rekening toelichten? Het totaal is hoger dan we hadden afgesproken.
    Hoi, ik wilde even checken of jullie mijn mail over de ontbrekende artikelen van gisteren hebben ontvangen.
    """#
}
