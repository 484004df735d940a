import { defineColloquium } from "actes";

export default defineColloquium({
  slug: "optima-2015",
  title: "Collectivités locales, comment faire mieux avec moins ? Innovons !",
  subtitle: "Actes du 2e colloque de la chaire OPTIMA — Entretiens TERRITORIA 2015",
  shortTitle: "Faire mieux avec moins",
  series: { name: "Colloques de la chaire OPTIMA", edition: 2 },
  date: "2015-05-21",
  venue: { name: "Palais Beaumont", city: "Pau", country: "France" },
  organisers: ["chaire-optima"],
  partners: ["territoria", "uppa"],
  coordinator: { person: "david-carassus", role: "Coordinateur et animateur" },
  language: "fr",
  attendance: {
    total: 250,
    qualifier: "nearly",
    byKind: [
      { label: "agents et élus", count: 200, qualifier: "over" },
      { label: "universitaires et étudiants", count: 50 },
    ],
  },
  introduction: `Le 21 mai 2015, le Palais Beaumont, à Pau, a accueilli la deuxième édition du colloque de la chaire OPTIMA, tenue conjointement avec les Entretiens TERRITORIA 2015. Près de 250 personnes y ont assisté : plus de 200 agents et élus locaux, ainsi que 50 universitaires et étudiants. La journée voulait faire dialoguer collectivités, chercheurs et entreprises pour dégager des réponses innovantes aux difficultés que rencontre le secteur public local, autour d’une question : « Collectivités locales, comment faire mieux avec moins ? Innovons ! » Chercheurs et praticiens y ont livré leurs analyses et leurs retours d’expérience.

Le programme suivait les quatre axes de recherche de la chaire, chacun traité dans un atelier où des collectivités ont exposé leurs démarches innovantes :

- **axe politique et stratégique** : expériences du SDIS des Yvelines et du Conseil départemental de Seine-et-Marne ;
- **axe organisationnel et décisionnel** : expériences des villes de Pau et de Cannes ;
- **axe comportemental et humain** : expériences des villes d’Alès et d’Orléans ;
- **axe des technologies de l’information et de la communication (TIC)** : expériences du Conseil départemental du Loiret et de la ville d’Issy-les-Moulineaux.

À côté de ces témoignages de terrain, des universitaires ont proposé une lecture conceptuelle et académique des expériences présentées.

Tous les intervenants se sont confrontés à la même interrogation — comment innover ? — et ont présenté l’innovation comme une réponse nécessaire à l’environnement dans lequel évoluent désormais les organisations publiques locales. Leurs démarches diffèrent beaucoup, mais les défis qu’ils affrontent se ressemblent. Beaucoup ont mis en avant l’« effet de ciseau » entre la trajectoire des recettes et celle des dépenses locales : c’est lui qui oblige le secteur public local à innover pour inventer des solutions à la mesure de sa nouvelle situation.`,
  mission: {
    title: "La chaire OPTIMA",
    introduction: `La chaire OPTIMA relie les acteurs du territoire — élus comme fonctionnaires territoriaux — aux enseignants-chercheurs de l’UPPA (Université de Pau et des Pays de l’Adour) spécialisés dans le management public local. Elle s’est fixé cinq ambitions.`,
    items: [
      {
        keyword: "observatoire",
        text: "Observer le pilotage et l’innovation managériale des collectivités, afin de mieux connaître leurs pratiques et d’en saisir les ressorts.",
      },
      {
        keyword: "partage",
        text: "Faire circuler ces innovations entre chercheurs et praticiens, sur le plan local comme sur le plan national.",
      },
      {
        keyword: "accompagnement",
        text: "Épauler les collectivités qui déploient ces pratiques nouvelles.",
      },
      {
        keyword: "laboratoire",
        text: "Fabriquer l’innovation locale en coopération avec les acteurs du territoire, en particulier les usagers, citoyens et contribuables.",
      },
      {
        keyword: "propositions",
        text: "Suggérer des outils et des modes de fonctionnement inédits, adaptés aux transformations que connaît l’environnement local.",
      },
    ],
  },
  source: {
    author: "David Carassus",
    title: "Comment faire mieux avec moins ? Innovons !!",
    subtitle: "Compte rendu du 2nd colloque de la chaire OPTIMA",
    publisher: "ID efficience territoriale",
    year: 2015,
    halId: "hal-02152519",
    url: "https://hal-univ-pau.archives-ouvertes.fr/hal-02152519",
  },
  licence: {
    name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    url: "https://creativecommons.org/licenses/by/4.0/deed.fr",
  },
  publication: {
    publisher: "Chaire OPTIMA, Université de Pau et des Pays de l’Adour",
    date: "2026-11-27",
  },
  print: { pageSize: "A5" },
});
