import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-3",
  kind: "workshop",
  number: 3,
  title: "Des innovations comportementale et humaine",
  axis: "Axe comportemental et humain",
  introduction: `Que deviennent les agents et les cadres quand les contraintes se resserrent ? Alès a misé sur la santé et la qualité de vie au travail, Orléans sur un réseau interne de cadres ; Fatema Safy-Godineau (UPPA) a analysé ce que ces contraintes font aux ressources humaines, et le rôle qui en découle pour le management.`,
  contributions: [
    {
      slug: "qualite-de-vie-au-travail-ales",
      kind: "practitioner",
      speakers: ["alain-bensackoun"],
      title: "L’amélioration de la qualité de vie au travail pour les agents dans un contexte de contraintes",
      shortTitle: "Qualité de vie au travail pour les agents",
      summary: `La culture du chiffre gagne du terrain et risque, selon Alain Bensackoun, de causer de sérieux dégâts. La ville d’Alès a choisi une autre boussole : la reconnaissance au travail, matérielle autant que managériale. Deux expériences de santé au travail en témoignent.

**La démarche DEFI** (Définir, Engager, Former, Initier/Impulser) repose sur le volontariat. Elle fait progresser la collectivité en santé et sécurité au travail : elle aide à anticiper les changements, à contenir les dysfonctionnements dans ce domaine et surtout à garder une cohérence d’ensemble avec les autres démarches de management ; elle améliore au passage l’image de la ville. L’humain y est au centre.

**La norme « entreprise en santé »** est venue du Québec. Intéressés par le succès de DEFI, des homologues québécois ont voulu en savoir plus ; ces rencontres ont révélé l’avance du Québec sur la France, en particulier pour cette norme. À la différence de l’approche européenne, elle s’étend à des sphères originales comme les habitudes de vie — alimentation, sport, tabagisme, stress. À Alès, elle a servi sous la forme d’une grille qui permet d’identifier les risques psychosociaux.

**Ce qu’on y gagne.** Une politique du travail, a-t-il souligné, produit en général deux sortes d’effets. Les uns sont tangibles : absentéisme, turnover, présence passive et coûts d’assurance reculent. Les autres sont intangibles : les agents s’investissent davantage, gagnent en motivation et en créativité.`,
      keywords: [
        "qualité de vie au travail",
        "santé et sécurité au travail",
        "reconnaissance au travail",
        "démarche DEFI",
        "norme entreprise en santé",
        "risques psychosociaux",
        "Québec",
      ],
    },
    {
      slug: "reseau-ix-orleans",
      kind: "practitioner",
      speakers: ["camille-margolle", "patricia-charles"],
      title: "La création du réseau interne des cadres Innovation/Management, iX",
      shortTitle: "Réseau interne des cadres Innovation/Management, iX",
      summary: `À Orléans, un diagnostic mené rapidement avait fait ressortir ce qui n’allait pas dans la collectivité : un éclatement des sites, des métiers et des niveaux de responsabilité, une lourde charge de travail, un sentiment de perte de sens et d’appartenance. Camille Margolle et Patricia Charles ont raconté comment les cadres de la mairie ont eux-mêmes répondu à ces dysfonctionnements en créant iX.

**Un désir partagé.** Le réseau est né de leur volonté de se parler pour mieux travailler ensemble, de faire avancer les projets collectivement, de devenir acteurs des changements au lieu de les subir, et de s’exprimer comme d’agir librement. La collectivité offrait pour cela des atouts managériaux : l’attachement aux valeurs humaines, une direction générale qui laisse les initiatives se développer, une culture de la communication bien réelle, quoique perfectible.

**Un fonctionnement participatif :**

- 5 groupes, chacun consacré à l’un des 5 grands projets ;
- une démarche ascendante, fondée sur le volontariat ;
- un pilotage qui encadre tout en restant participatif, avec une coordination RH et un comité de pilotage ;
- pas de hiérarchie, des fiches de mission, un calendrier fixé.

**Les résultats.** Ils ont confirmé l’efficacité de la démarche. Les cadres ont envie d’agir ensemble sur leur fonctionnement et de gagner en efficacité comme en efficience, ce qui a renforcé leur sentiment d’appartenance. Leurs compétences sont reconnues, et ce qu’ils échangent au sein du réseau nourrit leur développement.`,
      keyFigures: [
        { label: "Groupes de travail du réseau iX", value: 5, unit: "groupes" },
        { label: "Grands projets portés par le réseau", value: 5, unit: "projets" },
      ],
      keywords: ["réseau interne des cadres", "mode participatif", "volontariat", "sentiment d’appartenance", "Orléans"],
    },
    {
      slug: "regard-academique-management-et-contraintes",
      kind: "academic",
      speakers: ["fatema-safy-godineau"],
      summary: `Comment conduire les agents à travers des changements qu’ils n’ont pas choisis, et apaiser les inquiétudes que ces mutations suscitent ? Pour Fatema Safy-Godineau, la réponse managériale commence par un examen de ce que vivent les agents.

Sous la double pression des contraintes externes et internes, les collectivités font des choix qui pèsent sur leurs ressources humaines, et leurs ressources organisationnelles s’usent de l’intérieur. Cette érosion prend trois formes, qui s’enchaînent :

- les **conditions de travail** se dégradent, et les agents ont le sentiment de rendre un travail de moindre qualité ;
- l’**organisation du travail** se dégrade aussi, et beaucoup d’agents regrettent de ne pas se sentir épaulés par leur structure ;
- il en découle un **conflit** et une **ambigüité de rôles** : le premier tient à l’impression de servir des objectifs contradictoires, ou contraires à ses valeurs, la seconde à l’absence d’informations claires.

Ces trois érosions finissent par nuire à la performance des ressources humaines, les agents adoptant des comportements contre-productifs. Elles leur font aussi perdre leurs ressources subjectives, celles qui leur permettent de se définir.

Le management a dès lors pour rôle de faire le lien, et ce rôle doit changer quand les moyens diminuent. Les deux collectivités de l’atelier en donnent l’exemple : Alès repère, prend en compte et gère les risques psycho-sociaux ; Orléans relie ses cadres grâce au réseau iX.`,
      keyFigures: [{ label: "Érosions identifiées", value: 3, unit: "érosions" }],
      keywords: ["démarche managériale", "ressources organisationnelles", "conflit de rôle", "ambigüité du rôle", "ressources subjectives"],
    },
  ],
});
