extension TrainingText {
    static let french = #"""
    Bonjour, j'ai commandé une paire de chaussures mardi dernier et le suivi indique toujours que le colis est en attente au dépôt.
    Pourriez-vous me dire quand mon remboursement sera effectué ? Cela fait presque trois semaines que j'ai renvoyé l'article.
    Merci beaucoup pour votre réponse rapide, le produit de remplacement est arrivé ce matin et il fonctionne très bien.
    Je suis client chez vous depuis des années, mais la manière dont votre service a traité ma réclamation est vraiment décevante.
    L'application plante chaque fois que j'essaie d'envoyer une photo, et la réinstaller n'a rien changé.
    Nous sommes désolés pour la gêne occasionnée et nous avons transmis vos remarques à notre équipe de livraison.
    Est-il possible de modifier l'adresse de livraison après la confirmation de la commande ?
    Mon vol a été annulé au dernier moment et personne au guichet n'a su nous expliquer ce que nous devions faire.
    L'hôtel était propre et calme, le personnel très aimable, et le petit déjeuner était servi jusqu'à onze heures.
    Le soir, nous nous sommes promenés au bord de la rivière et nous avons trouvé un petit restaurant avec une soupe de poisson délicieuse.
    Le train pour l'aéroport part toutes les vingt minutes de la gare centrale, il n'est donc pas nécessaire de réserver.
    De fortes pluies sont attendues cette nuit dans le nord du pays, avec des rafales de vent sur la côte.
    Le conseil municipal a annoncé lundi que le nouveau pont serait ouvert à la circulation avant la fin de l'année.
    L'action de l'entreprise a fortement chuté après l'annonce de bénéfices inférieurs aux prévisions.
    La police demande à toute personne ayant assisté à l'accident de se faire connaître.
    Je viens de tester le nouveau café du centre-ville et franchement les pâtisseries sont incroyables, j'y retourne ce week-end !
    Quelle file d'attente à la poste aujourd'hui, j'ai attendu presque une heure pour envoyer une seule lettre.
    Franchement, le service client est une blague, ça fait quarante minutes que je suis en attente et toujours rien.
    J'adore la nouvelle mise à jour, le mode sombre est superbe et tout est beaucoup plus rapide qu'avant.
    Qui regarde le match ce soir ? Je pense que notre équipe a enfin une vraie chance cette saison.
    Je souhaite résilier mon abonnement car je n'utilise plus le service et j'ai été prélevé deux fois ce mois-ci.
    Votre colis a été déposé devant votre porte. Si vous ne l'avez pas reçu, contactez-nous sous sept jours.
    La batterie se vide très vite depuis la dernière mise à jour, elle tient à peine une demi-journée.
    Vous trouverez ci-joint une copie de la facture ainsi que les photos montrant les dégâts sur le carton.
    Nous avons le plaisir de vous informer que votre compte a été mis à niveau gratuitement.
    Les enfants ont passé tout l'après-midi à construire des châteaux de sable pendant que nous lisions à l'ombre.
    Si vous venez en été, prenez une petite veste, car les soirées peuvent être étonnamment fraîches.
    Mon voisin met de la musique très fort tous les soirs cette semaine et j'ai vraiment besoin de dormir.
    Elle a enfin obtenu le poste qu'elle voulait, et nous allons tous dîner ensemble vendredi pour fêter ça.
    N'oublie pas d'arroser les plantes et de nourrir le chat pendant notre absence ce week-end.
    Le musée est fermé le lundi, mais les jardins sont ouverts tous les jours de neuf heures jusqu'au coucher du soleil.
    Notre connexion internet se coupe plusieurs fois par jour, ce qui rend le télétravail très compliqué.
    Le technicien devait passer entre huit heures et midi, mais il n'est jamais venu et personne ne nous a prévenus.
    À quelle heure ouvre la pharmacie le dimanche, et faut-il une ordonnance pour ce médicament ?
    Merci de votre patience pendant que nous examinons ce problème ; nous reviendrons vers vous dès que possible.
    Selon le dernier sondage, de plus en plus de jeunes choisissent de louer plutôt que d'acheter leur premier logement.
    Le gouvernement a promis d'investir davantage dans les écoles, les hôpitaux et les transports publics au cours des cinq prochaines années.
    Les scientifiques expliquent que la douceur du temps a fait fleurir les arbres presque deux semaines plus tôt que d'habitude.
    Quelqu'un connaît un bon garagiste près de la gare ? Ma voiture fait un bruit bizarre quand je freine.
    On m'a dit au téléphone que la réduction serait appliquée, mais elle n'apparaît pas dans le prix final.
    Nous avons passé un moment merveilleux au mariage, la musique était géniale et tout le monde a dansé jusqu'à minuit.
    C'est la troisième fois que je vous écris au sujet du même problème et je n'ai toujours pas reçu de vraie réponse.
    Assurez-vous que le mot de passe contient au moins huit caractères, dont un chiffre et une majuscule.
    Il faisait un temps idéal pour une longue randonnée dans les collines, et nous avons déjeuné dans une ferme qui vend son propre fromage.
    Je crois qu'il y a une erreur sur ma facture, on m'a facturé une offre premium à laquelle je n'ai jamais souscrit.
    Très bonne expérience dans l'ensemble, le chauffeur était poli, la voiture impeccable et nous sommes arrivés en avance.
    Serait-il possible de parler à un responsable ? J'ai l'impression que mon dossier n'a pas été pris au sérieux.
    Ils construisent un nouveau supermarché au coin de la rue, la route sera donc fermée pendant quelques semaines.
    Joyeux anniversaire à ma sœur adorée, j'espère que tous tes vœux se réaliseront cette année !
    La réunion a été déplacée à jeudi après-midi parce que la moitié de l'équipe est en déplacement mercredi.
    Chaque matin je prends le bus pour aller au travail, et il est toujours en retard quand il pleut.
    Pourquoi est-ce si difficile de trouver un simple numéro de téléphone sur votre site ? Je veux juste parler à quelqu'un.
    La nouvelle réforme touchera des milliers de salariés qui comptent sur les heures supplémentaires pour payer leurs factures.
    Nous avons bien reçu votre demande et un conseiller vous contactera sous deux jours ouvrés.
    """#
}
