import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-4",
  kind: "workshop",
  number: 4,
  title: "Des innovations numériques",
  axis: "Axe TIC",
  introduction: `Du centre de contacts téléphoniques au rapport financier en ligne, de l’application de signalement aux politiques numériques des territoires, le quatrième atelier a exploré ce que le numérique change dans la relation entre les collectivités et leurs habitants. Le conseil général du Loiret, la ville d’Issy-les-Moulineaux et Cofely Ineo Digital ont présenté des outils numériques, que Jean-Pierre Jambes (UPPA) a ensuite mis en perspective.`,
  contributions: [
    {
      slug: "reflexe45-loiret",
      kind: "practitioner",
      speakers: ["letizia-murret-labarthe"],
      title: "Réflexe45 : présentation des innovations numériques au service du territoire",
      shortTitle: "Réflexe45 : innovations numériques au service du territoire",
      summary: `Réflexe45 est le projet de gestion de la relation citoyenne du Département du Loiret. Letizia Murret-Labarthe en a exposé les buts, le déploiement et les prochaines étapes.

**Ce que le projet vise :**

- une relation de meilleure qualité avec l’usager, sur tous les moyens de communication ;
- des réponses précises et de qualité, d’où que viennent les questions ;
- des demandes tracées, à l’instruction optimisée ;
- des flux d’information dématérialisés, dans le prolongement de la démarche « développement durable » du Département ;
- une collectivité confortée dans son rôle de prestataire de service.

**La mise en œuvre.** Une fois cernés les enjeux propres à chacun des quatre canaux de communication du Département, l’outil intégré de Gestion de la Relation Citoyens (GRC) a commencé à gagner, peu à peu, l’ensemble des services instructeurs. Le Centre de Contacts Téléphoniques (CCT) a ouvert en avril 2014. Sur 2013-2017, le projet coûte 1 170 k€ TTC, dont 70 % sont couverts grâce au cofinancement de la Région et du FEDER.

**La suite.** Des formulaires « métier » du site du Loiret aboutiront directement dans l’outil de GRC, et les usagers disposeront en octobre 2015 d’un espace usager sur le site, complété par des e-services.`,
      keyFigures: [
        { label: "Canaux de communication du Département", value: 4, unit: "canaux" },
        { label: "Coût de mise en œuvre (2013-2017)", value: 1170, unit: "k€ TTC" },
        { label: "Part du coût cofinancée par la Région et le FEDER", value: 70, unit: "%" },
        { label: "Ouverture du Centre de contacts téléphoniques", value: "avril 2014" },
        { label: "Ouverture annoncée de l’espace usager en ligne", value: "octobre 2015" },
      ],
      keywords: ["gestion de la relation citoyens", "GRC", "flux d’information", "centre de contacts téléphoniques", "e-services", "FEDER", "Loiret"],
    },
    {
      slug: "communication-financiere-issy",
      kind: "practitioner",
      speakers: ["guillaume-lenoble"],
      title:
        "La communication financière sur les politiques locales: un des éléments d’une gestion renouvelée de la relation aux contribuables",
      shortTitle: "Communication financière sur les politiques locales",
      summary: `À Issy-les-Moulineaux, Guillaume Lenoble et ses équipes sont partis d’un constat : la communication financière de la ville ne répondait pas à ce que demandaient les habitants. Malgré dix ans d’efforts pour la tourner vers la population, ses supports restaient peu accessibles, n’atteignaient pas les administrés et parlaient surtout à un public institutionnel ; quant aux publications imprimées, elles coûtaient cher à concevoir pour une diffusion limitée.

**Un rapport financier devenu site.** Depuis 2013, le rapport financier annuel a changé de forme pour s’adresser au citoyen. Il prend celle d’un site internet qui mène des chiffres clefs vers des niveaux de détail successifs, dans un design interactif « à plat » qui se prête bien aux données financières. Le site puise dans une plateforme de data-visualisation, qui transforme instantanément en graphiques les jeux de données ouverts (open-data). Les données sont géolocalisées et enrichies de médias ou d’articles de presse.

**Un public au rendez-vous.** Les habitants se sont approprié l’outil : depuis son lancement, il attire 30 visiteurs uniques par jour en moyenne. De toutes les informations proposées, c’est la géolocalisation qui parle le plus aux administrés et les incite à s’emparer du rapport. Prochaine étape envisagée : en faire un rapport d’activité complet.`,
      keyFigures: [
        { label: "Évolution progressive de la communication financière", value: 10, unit: "ans" },
        { label: "Nouveau format du rapport financier annuel", value: "depuis 2013" },
        { label: "Fréquentation moyenne du site", value: 30, unit: "visiteurs uniques par jour" },
      ],
      keywords: ["communication financière", "rapport financier", "open-data", "data-visualisation", "géolocalisation", "Issy-les-Moulineaux"],
    },
    {
      slug: "cit-eazen",
      kind: "enterprise",
      speakers: ["frederic-bousquet"],
      title: "Cit-eazen",
      summary: `Frédéric Bousquet, de Cofely Ineo Digital, a présenté Cit-eazen, une application pensée pour améliorer la relation entre les villes et leurs citoyens. Les habitants y signalent des incidents, dans un esprit positif, et la ville peut y donner suite au mieux sans perdre le contact direct avec eux. L’intervenant y voit des avantages nombreux, pour les élus comme pour les citoyens et les services : un outil d’efficacité pour ces derniers, et une aide pour mutualiser investissements et maintenance à l’échelle d’un territoire.

**Le back-office** sert à :

- paramétrer catégories, comptes utilisateurs et responsabilités de chacun ;
- géolocaliser chaque signalement et en consulter le détail ;
- le prendre en compte, le rejeter ou le transmettre à un autre service, puis suivre sa résolution ;
- envoyer messages et alertes aux citoyens.

L’aiguillage des signalements se fait par catégorie, vers le service qui en a la charge, ou par secteur géographique : commune, quartier…

**Le déploiement** suit trois étapes : choisir les catégories et préparer l’intégration aux outils existants ; former les services et tester l’application ; enfin, lancer la communication auprès des citoyens.`,
      keywords: ["signalements", "citoyens", "back-office", "catégories", "mutualisation"],
    },
    {
      slug: "regard-academique-politiques-numeriques",
      kind: "academic",
      speakers: ["jean-pierre-jambes"],
      summary: `Jean-Pierre Jambes a tenu ensemble deux constats.

**Une chance pour le management territorial.** Le numérique enrichit ce management en lui offrant des outils de communication plus simples, plus interactifs, plus accessibles et qu’on manage plus aisément. Il sert des projets de proximité grâce au travail asynchrone, au pair-à-pair et à la mobilité. Pour les organisations territoriales, cette « révolution » marque une vraie rupture : à elles de l’exploiter et de la maîtriser.

**L’autre face.** Des services locaux sont pilotés depuis la « Silicon Valley », qu’il s’agisse de Google, de Huber ou des réseaux sociaux. Dispositifs, identités numériques et data gagnent sans cesse en richesse.

Faut-il alors repenser les politiques numériques locales ? Tourner le dos au numérique, ou négliger de s’en emparer, serait la pire des réponses. Mais le but premier doit rester d’enrichir et de simplifier les liens entre les services de proximité et les collectifs qui les entourent. Les trois projets présentés dans l’atelier, à Issy-les-Moulineaux, au Conseil départemental du Loiret et chez INEO, prennent selon lui ce chemin : ils aident les politiques publiques locales à intégrer la révolution numérique.`,
      keywords: ["révolution numérique", "management territorial", "politiques numériques locales", "services de proximité", "identités numériques"],
    },
  ],
});
