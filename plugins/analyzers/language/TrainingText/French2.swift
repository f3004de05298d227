extension TrainingText {
    /// Second French batch: banking, technology, shopping and short social posts.
    static let french2 = #"""
    Pourquoi y a-t-il sur mon relevé une opération en attente que je ne reconnais pas du tout ?
    Le taux de change appliqué à mon virement est bien moins bon que celui affiché dans l'application.
    J'ai rechargé mon compte avec ma carte bancaire, mais le solde affiche toujours zéro.
    Quelqu'un a effectué trois paiements sans mon autorisation pendant la nuit, bloquez ma carte tout de suite.
    Combien de temps faut-il en général pour recevoir un virement envoyé depuis l'étranger ?
    Le prélèvement de la salle de sport a été débité deux fois et je voudrais être remboursé du second.
    J'ai oublié mon code et le distributeur a avalé ma carte au troisième essai.
    Y a-t-il des frais pour retirer de l'argent dans une autre devise, ou est-ce compris dans mon forfait ?
    Le code de vérification n'arrive jamais par SMS, donc je ne peux pas valider le paiement.
    mdr mon téléphone a encore corrigé mon propre prénom, ce clavier est une catastrophe
    franchement l'épisode d'hier soir était trop bien, j'ai hurlé à la fin
    la queue au magasin ne valait vraiment pas le coup, il n'y avait plus rien en rayon
    vivement le week-end, pas de réveil, pas de mails, juste dormir et manger une pizza
    bloquée dans les bouchons depuis une heure et mes écouteurs n'ont plus de batterie, quelle journée
    merci au vendeur qui a corrigé ma commande sans faire d'histoires
    il y a d'autres gens qui n'arrivent pas à charger leur fil d'actualité ce matin ou c'est juste moi ?
    c'est de loin la pire mise à jour qu'ils aient jamais sortie, rendez-nous l'ancienne interface
    Le nouvel ordinateur démarre en quelques secondes, le clavier est solide et l'écran assez lumineux pour travailler dehors.
    Depuis la mise à jour, la box redémarre toutes les deux ou trois heures, ça nous rend fous.
    Notre supermarché permet maintenant de scanner les articles avec son téléphone, ce qui fait gagner du temps en caisse.
    Les soldes se terminent ce soir et la plupart des tailles sont déjà épuisées en ligne comme en magasin.
    L'attaquant a marqué deux fois en seconde période et l'équipe locale remonte à la troisième place du classement.
    Le marathon a réuni plus de vingt mille coureurs malgré le froid et le vent.
    Les médecins conseillent de boire beaucoup d'eau et de bien dormir pendant la période des examens.
    Le prix des fruits et légumes a encore augmenté et beaucoup de familles réduisent leurs achats de produits frais.
    L'opposition a critiqué le budget, estimant qu'il n'aide guère les ménages les plus modestes.
    Les négociations entre le syndicat et la direction ont échoué tard dans la nuit de jeudi.
    Des chercheurs de l'université ont mis au point une méthode moins chère pour recycler les bouteilles en plastique.
    Je recommande vivement cet endroit à tous ceux qui cherchent un week-end au calme loin de la ville.
    La description du produit était trompeuse, le tissu est fin et la couleur ne ressemble pas du tout aux photos.
    J'adore ce mixeur, il prépare des smoothies en quelques secondes et se nettoie facilement.
    Ma connexion est d'une lenteur pénible tous les soirs et le test de débit montre une fraction de ce que je paie.
    Pouvez-vous m'expliquer les frais sur mon dernier relevé, car le total est plus élevé que ce qui était convenu ?
    Coucou, je voulais juste savoir si vous aviez reçu mon message au sujet des articles manquants d'hier.
    """#
}
