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
  introduction: `Faire mieux avec moins : la formule résumait en 2015 la situation des collectivités, prises dans l’« effet de ciseau » qui écarte leurs recettes de leurs dépenses. Comme beaucoup d’intervenants l’ont souligné, c’est cette tension qui oblige le secteur public local à innover et à inventer des solutions à la mesure de son nouveau contexte. Comment innover ? La chaire OPTIMA a consacré à cette question son deuxième colloque, tenu avec les Entretiens TERRITORIA 2015.

Le 21 mai 2015, au Palais Beaumont de Pau, la journée a rassemblé près de 250 participants : plus de 200 agents et élus, et 50 universitaires et étudiants. Collectivités, chercheurs et entreprises y ont confronté leurs points de vue sur les difficultés du secteur public local et sur les solutions nouvelles qu’elles appellent, les praticiens livrant leur expérience, les chercheurs leur analyse.

Quatre ateliers, un par axe de recherche de la chaire, ont donné la parole à des collectivités engagées dans des démarches innovantes :

- **politique et stratégique** : le SDIS des Yvelines, puis le Conseil départemental de Seine-et-Marne ;
- **organisationnel et décisionnel** : les villes de Pau et de Cannes ;
- **comportemental et humain** : les villes d’Alès et d’Orléans ;
- **TIC** : le Conseil départemental du Loiret et la ville d’Issy-les-Moulineaux.

Dans chaque atelier, un universitaire a porté sur ces expériences de terrain un regard conceptuel. D’un exposé à l’autre, les démarches varient beaucoup, mais les défis se ressemblent, et tous les intervenants ont fait de l’innovation la réponse qu’exige l’environnement des organisations publiques locales.`,
  mission: {
    title: "La chaire OPTIMA",
    introduction: `La chaire OPTIMA rapproche deux mondes. D’un côté, les élus et les fonctionnaires territoriaux ; de l’autre, les enseignants-chercheurs que l’Université de Pau et des Pays de l’Adour (UPPA) compte en management public local. Ses ambitions sont au nombre de cinq.`,
    items: [
      {
        keyword: "observatoire",
        text: "Suivre le pilotage des collectivités et leurs innovations managériales, pour connaître ces pratiques et en comprendre les ressorts.",
      },
      {
        keyword: "partage",
        text: "Faire connaître ces innovations aux universitaires comme aux praticiens, localement et dans tout le pays.",
      },
      {
        keyword: "accompagnement",
        text: "Soutenir les collectivités qui adoptent ces nouvelles façons de faire.",
      },
      {
        keyword: "laboratoire",
        text: "Concevoir l’innovation locale en collaboration avec les acteurs du territoire, à commencer par les usagers, citoyens et contribuables.",
      },
      {
        keyword: "propositions",
        text: "Proposer des outils et des modes de fonctionnement nouveaux, en réponse aux transformations du contexte local.",
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
  // Every summary is a synthesis written for this edition from the report above; the edition names no one as its writer.
  authorship: { kind: "synthesis", writers: "edition", drawnFrom: "source" },
  // No licence and no publisher: the report grants none and names no one as publisher of this edition.
  publication: {
    date: "2026-11-27",
  },
  print: { pageSize: "A5" },
});
