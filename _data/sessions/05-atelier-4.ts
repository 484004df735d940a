import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-4",
  kind: "workshop",
  number: 4,
  title: "Des innovations numériques",
  axis: "Axe des technologies de l’information et de la communication (TIC)",
  introduction:
    "Le quatrième atelier, rattaché à l’axe des technologies de l’information et de la communication, portait sur la place du numérique dans l’action publique locale. Le conseil général du Loiret y a présenté Réflexe45, son projet de gestion de la relation citoyenne, et la ville d’Issy-les-Moulineaux sa communication financière renouvelée en ligne. Cofely Ineo Digital a fait découvrir son application de signalement Cit-eazen, avant que Jean-Pierre Jambes (UPPA) ne propose une mise en perspective académique.",
  contributions: [
    {
      slug: "reflexe45-loiret",
      kind: "practitioner",
      speakers: ["letizia-murret-labarthe"],
      title: "Réflexe45 : présentation des innovations numériques au service du territoire",
      summary: `Secrétaire générale du conseil général du Loiret, Letizia Murret-Labarthe a présenté Réflexe45, le projet départemental de gestion de la relation citoyenne.

Le projet poursuit plusieurs objectifs :

- améliorer la qualité de la relation avec l’usager, quel que soit le moyen de communication employé ;
- permettre au Département d’apporter une réponse exacte et de qualité aux questions des usagers, d’où qu’elles proviennent ;
- assurer la traçabilité des demandes et optimiser leur instruction ;
- renforcer la démarche de développement durable dans laquelle le Département s’est engagé ;
- dématérialiser les flux d’information ;
- affirmer la collectivité dans son rôle de prestataire de services.

Pour y parvenir, le Département a défini des enjeux propres à chacun des quatre canaux de communication dont il se sert. La solution retenue, un outil intégré de gestion de la relation citoyens (GRC), est étendue pas à pas à l’ensemble des services instructeurs.

Entre 2013 et 2017, la mise en œuvre représente un coût de 1 170 k€ TTC. Grâce au cofinancement de la Région et du FEDER, 70 % de la dépense totale est couverte. Le Centre de contacts téléphoniques (CCT) est ouvert depuis avril 2014.

D’autres développements sont prévus. Plusieurs formulaires « métier » proposés sur le site internet du Loiret arriveront directement dans l’outil de GRC. Du côté des usagers, un espace dédié doit ouvrir sur le site en octobre 2015, et une offre d’e-services viendra le compléter.`,
      keyFigures: [
        { label: "Canaux de communication du Département", value: 4, unit: "canaux" },
        { label: "Coût de mise en œuvre (2013-2017)", value: 1170, unit: "k€ TTC" },
        { label: "Part du coût cofinancée par la Région et le FEDER", value: 70, unit: "%" },
        { label: "Ouverture du Centre de contacts téléphoniques", value: "avril 2014" },
        { label: "Ouverture de l’espace usager en ligne", value: "octobre 2015" },
      ],
      keywords: ["gestion de la relation citoyens", "GRC", "dématérialisation", "centre de contacts", "e-services", "Loiret"],
    },
    {
      slug: "communication-financiere-issy",
      kind: "practitioner",
      speakers: ["guillaume-lenoble"],
      title:
        "La communication financière sur les politiques locales, levier d’une relation renouvelée aux contribuables",
      summary: `Guillaume Lenoble, directeur général adjoint des services chargé des finances, de l’évaluation et de l’innovation à Issy-les-Moulineaux, a expliqué comment la ville a repensé sa communication financière.

Tout est parti d’un constat : cette communication ne répondait pas aux attentes des habitants. Les supports existants n’atteignaient pas les administrés, manquaient d’accessibilité et visaient surtout un public institutionnel. La ville avait certes orienté peu à peu sa communication financière vers la population au cours des dix dernières années, mais les documents imprimés restaient peu diffusés et coûteux à concevoir.

Depuis 2013, elle publie donc son rapport financier annuel sous une forme nouvelle, pensée pour le citoyen : un site internet qui présente d’abord des chiffres clés, puis des niveaux de détail successifs. Le site recourt au design interactif « à plat » (flat design), jugé particulièrement adapté à l’affichage de données financières. Il est relié à une plateforme de datavisualisation qui traduit instantanément en graphiques les jeux de données ouverts (open data). Les données y sont géolocalisées et complétées par des contenus médias ou des articles de presse.

Le bilan est jugé encourageant : les habitants se sont approprié l’outil, qui attire en moyenne 30 visiteurs uniques par jour depuis son lancement. C’est la géolocalisation des données qui paraît la plus à même d’amener l’administré à se saisir du rapport financier. À terme, la ville souhaite faire évoluer ce document vers un rapport d’activité complet.`,
      keyFigures: [
        { label: "Évolution progressive de la communication financière", value: 10, unit: "ans" },
        { label: "Nouveau format du rapport financier annuel", value: "depuis 2013" },
        { label: "Fréquentation moyenne du site", value: 30, unit: "visiteurs uniques par jour" },
      ],
      keywords: ["communication financière", "rapport financier", "open data", "datavisualisation", "géolocalisation", "Issy-les-Moulineaux"],
    },
    {
      slug: "cit-eazen",
      kind: "enterprise",
      speakers: ["frederic-bousquet"],
      title: "Cit-eazen",
      summary: `Frédéric Bousquet, responsable commercial Sud-Ouest de Cofely Ineo Digital, a présenté Cit-eazen, une application conçue pour améliorer les relations entre les villes et leurs citoyens. Elle sert à signaler des incidents dans un esprit positif et permet à la ville d’intervenir dans les meilleures conditions tout en gardant un lien direct avec les habitants.

Le back-office de l’application permet :

- de gérer les catégories et les comptes utilisateurs, et de définir les responsabilités de chacun ;
- de situer les signalements sur une carte et d’en consulter le détail ;
- de prendre en charge un signalement, de le refuser ou de le confier à un autre service, puis d’en suivre le traitement jusqu’à sa résolution ;
- d’adresser des messages et des alertes aux citoyens.

Les signalements sont aiguillés soit vers le service responsable de la catégorie concernée, soit selon un critère géographique (par commune, par quartier, etc.).

Le déploiement se déroule en trois temps. Il s’agit d’abord de sélectionner les catégories à mettre en place et de préparer l’intégration de l’application aux outils déjà en usage ; l’intervenant présente d’ailleurs Cit-eazen comme un levier d’efficacité pour les services. Viennent ensuite la formation des services et une phase de test. La communication auprès des citoyens peut alors être lancée.

Selon lui, l’application aide à mutualiser les investissements et la maintenance à l’échelle d’un territoire, et elle présente de nombreux avantages pour les citoyens, pour les services comme pour les élus.`,
      keywords: ["signalement d’incidents", "relation citoyens", "application mobile", "back-office", "mutualisation"],
    },
    {
      slug: "regard-academique-politiques-numeriques",
      kind: "academic",
      speakers: ["jean-pierre-jambes"],
      summary: `Maître de conférences en aménagement du territoire à l’UPPA, Jean-Pierre Jambes a porté sur le numérique un regard à deux faces.

D’un côté, le numérique enrichit le management territorial. Il fournit des outils de communication plus simples, plus interactifs, plus accessibles et aussi plus faciles à piloter. Il favorise les projets de proximité, notamment grâce au fonctionnement asynchrone, aux échanges de pair à pair et à la mobilité. Pour lui, cette « révolution » numérique marque une véritable rupture, que les organisations territoriales doivent à la fois exploiter et maîtriser.

De l’autre, on voit apparaître des services locaux pilotés depuis la Silicon Valley — de Google à Uber, en passant par les réseaux sociaux —, ainsi que des dispositifs, des identités numériques et des données toujours plus riches.

Faut-il dès lors repenser les politiques numériques locales pour tenir compte de ce contexte ? La plus mauvaise réponse serait, à ses yeux, de refuser les solutions numériques ou de ne pas s’en emparer. Les politiques numériques des territoires doivent toutefois chercher avant tout à enrichir et à simplifier les liens entre les services de proximité et les collectifs qui leur sont associés.

Les exemples d’Issy-les-Moulineaux, du conseil départemental du Loiret et d’INEO vont selon lui dans cette direction : elles aident à faire entrer la révolution numérique dans les politiques publiques locales.`,
      keywords: ["politiques numériques locales", "management territorial", "révolution numérique", "services de proximité", "plateformes numériques"],
    },
  ],
});
