import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-2",
  kind: "workshop",
  number: 2,
  title: "Des innovations organisationnelle et décisionnelle",
  axis: "Axe organisationnel et décisionnel",
  introduction: `Réorganiser les services, revoir la façon de concevoir les projets : les villes de Pau et de Cannes ont toutes deux changé leur fonctionnement pour tenir leurs finances sans renoncer à agir. Marcel Guenoun, de l’Université d’Aix Marseille, s’est demandé en quoi ces démarches innovent.`,
  contributions: [
    {
      slug: "responsabilisation-financiere-pau",
      kind: "practitioner",
      speakers: ["nicolas-pernot"],
      title: "La mise en place d’une responsabilisation financière des directions et services",
      shortTitle: "Responsabilisation financière des directions et services",
      summary: `Les recettes publiques baissent, et les collectivités devront vivre avec cette décrue : pour Nicolas Pernot, c’est leur manière même de fonctionner qui doit en tirer les conséquences. Il en trouve l’image dans l’œuvre « l’évidence du signe », où le moins vaut le plus. L’équipe paloise s’attache ainsi à montrer comment une organisation peut fonctionner pour tenir son équilibre financier. Son propos croise deux expériences, vécues dans des contextes opposés.

**Le Havre, 2008 : une organisation solide face à la crise.** Privée de levier fiscal et engagée dans de lourds investissements culturels, la ville voit son horizon financier s’assombrir, mais elle peut compter sur des services bien structurés. Pour anticiper recettes et dépenses sous contrainte, elle avance en trois étapes :

1. un budget par missions, qui fait apparaître précisément les actions menées sur le territoire ;
2. une programmation des dépenses de fonctionnement sur trois ans, selon un principe de pluri-annualité ;
3. un contrat passé avec chaque direction, qui la rend comptable de ses dépenses tout en lui laissant sa liberté, et qui sépare ce qui relève de la mutualisation (pour les économies d’échelle) de ce qui reste propre à la direction.

L’effort, tenu dans la durée, a porté ses fruits : les résultats ont été très satisfaisants, probants même, et une culture commune s’est installée. Mais la méthode rend de moins en moins avec le temps.

**Pau, 2014 : une organisation à remettre en marche.** En pleine période électorale, la chute des dotations de l’État et l’absence de levier fiscal imposent de réduire le fonctionnement pour sauver l’investissement, alors que les services sont en panne et que la nouvelle équipe, porteuse de projets, voit apparaître des dysfonctionnements. Le terrain est donc peu favorable ; un cadre chiffré a pourtant été posé, d’après la situation de la collectivité et l’évolution attendue de ses dépenses :

- de 15 à 25 millions d’investissement chaque année ;
- un ratio de désendettement de 7 ans et demi ;
- 2 % de dépenses de fonctionnement en moins par an.

Pour tenir ce cap ambitieux, les 56 pôles ont été ramenés à 22. Il s’agissait de redimensionner des centres de décision jusque-là dispersés, de simplifier et d’abréger le circuit de décision, et de dire plus clairement qui fait quoi. La taille de l’organisation rend cette optimisation possible, et tous les agents y sont associés.

**La leçon.** Faire baisser les dépenses peu à peu est salutaire ; les couper brutalement suscite des réactions néfastes. La réussite demande de laisser au changement le temps de s’installer et d’impliquer les cadres en élargissant leur liberté.`,
      keyFigures: [
        { label: "Programmation pluriannuelle au Havre", value: 3, unit: "ans" },
        { label: "Investissement annuel visé à Pau", value: "15 à 25", unit: "millions" },
        { label: "Ratio de désendettement visé", value: 7.5, unit: "ans" },
        { label: "Perspective d’évolution annuelle des dépenses de fonctionnement", value: -2, unit: "%" },
        { label: "Pôles avant la réorganisation", value: 56 },
        { label: "Pôles après la réorganisation", value: 22 },
      ],
      keywords: ["responsabilisation financière", "budget par missions", "pluri-annualité", "contractualisation", "mutualisation", "ratio de désendettement"],
    },
    {
      slug: "demarche-low-cost-cannes",
      kind: "practitioner",
      speakers: ["alain-jouanjus"],
      title: "La mise en place d’une démarche Low-cost à l’échelle locale",
      shortTitle: "Démarche Low-cost à l’échelle locale",
      summary: `À Cannes, le pari était de mener autant de projets qu’auparavant avec des ressources en recul. Il a fallu pour cela revoir de bout en bout la manière de concevoir et de développer chaque projet.

**Le principe.** Le *low-cost* consiste à dépouiller un produit de tout ce qui est accessoire pour n’en garder que le cœur : sa fonction essentielle. Appliquée aux projets de la ville, cette logique en accompagne chaque étape :

1. **Définition** : s’en tenir au strict besoin et contester toute option qui alourdirait le coût de réalisation ou de fonctionnement.
2. **Acquisition** : raisonner en coût complet, négocier les prix à la baisse, étudier les variantes moins onéreuses.
3. **Réalisation** : se rendre souvent sur le terrain, contrôler et suivre le projet de près.
4. **Service après-vente** : obtenir la correction de tout défaut d’exécution ou de prestation.

**Le pilotage.** L’adjoint aux finances et le directeur général des services conduisaient la démarche avec d’autres directions ; ils la présentaient régulièrement afin que les cadres y adhèrent.

**Le bilan.** Appliquée à des actions concrètes, la démarche a permis 5 % d’économies au total. Pour rester efficace, elle doit être soutenue sans relâche et faire l’objet d’un retour d’expériences.`,
      keyFigures: [
        { label: "Phases de la démarche", value: 4 },
        { label: "Économies réalisées", value: 5, unit: "%" },
      ],
      keywords: ["low-cost", "fonction essentielle", "coût complet", "service après-vente", "retour d’expériences"],
    },
    {
      slug: "regard-academique-innovation-organisationnelle",
      kind: "academic",
      speakers: ["marcel-guenoun"],
      summary: `« Navré mais l’innovation m’inquiète » : Marcel Guenoun a commencé par ses réserves, avant de reconnaître aux démarches de Pau et de Cannes le statut d’innovations véritables.

**Les équivoques du mot.** Sommée d’innover, l’action publique reçoit une injonction de plus en plus paradoxale. Le terme désigne le mal sans le *panser* et trahit la montée d’incertitudes « ontologiques » ; on l’invoque volontiers, mais le *pense*-t-on vraiment ? Il sert de label là même où rien n’est investi en recherche et développement. Et il a son revers, car l’innovation ne crée qu’en détruisant : elle exclut, attaque, tue et subvertit du même mouvement.

**Deux manières d’innover**, que l’atelier illustre l’une et l’autre :

- transformer les processus, c’est-à-dire les façons de faire et la structure de l’organisation : Pau a reconfiguré l’agencement de ses services pour atteindre une volumétrie suffisante ;
- importer un nouveau *business model* : c’est le *low cost* cannois.

Dans les deux cas, le processus d’innovation doit être conçu et conduit de façon à faire participer tous les acteurs. Les deux démarches remettent en cause, transforment, interrogent. À Pau, la réorganisation des services permet de s’adapter ; à Cannes, la démarche se fait même provocante, en demandant de quoi un service public est fondamentalement fait.`,
      keywords: ["innovation", "incertitudes", "processus", "business model", "low cost", "service public"],
    },
  ],
});
