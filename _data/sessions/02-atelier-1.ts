import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-1",
  kind: "workshop",
  number: 1,
  title: "Des innovations politiques et stratégiques",
  axis: "Axe politique et stratégique",
  introduction: `Ce premier atelier porte sur la façon dont une collectivité redéfinit ses orientations et structure ses politiques publiques. Le SDIS des Yvelines et le Département de Seine-et-Marne y présentent chacun un outil de pilotage stratégique, puis un professeur de Toulouse Business School situe ces deux expériences dans une réflexion plus large sur l’innovation stratégique publique.`,
  contributions: [
    {
      slug: "projet-d-etablissement-sdis-78",
      kind: "practitioner",
      speakers: ["laurent-chavillon"],
      title: "Un projet d’établissement pour mieux décider",
      summary: `**Le service.** Le SDIS des Yvelines est un établissement public autonome qui réunit près de 4 000 agents : plus de 1 250 sapeurs-pompiers professionnels, environ 2 500 volontaires et 200 personnels administratifs et techniques. Sa raison d’être est opérationnelle, avec quelque 100 000 interventions par an dans l’agglomération parisienne. Une quarantaine de centres d’incendie et de secours couvrent le territoire et l’état-major se partage entre cinq ou six sites : la taille de la structure complique donc son pilotage. Le budget s’élève à 140 millions d’euros, soit 86 € par habitant dans la strate des SDIS, et 85 % des dépenses sont consacrées au personnel.

**La démarche.** L’installation d’une nouvelle équipe dirigeante a offert l’occasion d’engager un pilotage stratégique. Fruit d’une volonté commune, le projet vise à mieux organiser le SDIS au bénéfice du service rendu, à redynamiser l’établissement, à rendre la prise de décision plus claire et plus fluide tout en mesurant ses effets, à rassembler encadrement et personnels, et à diffuser une culture partagée de la gestion et du travail en mode projet.

Sa réussite suppose un accompagnement interne et externe, un appui politique et hiérarchique, de la souplesse, des outils collaboratifs (intranet, plateforme, informatique décisionnelle) ainsi qu’une communication interne et externe. Plusieurs facteurs peuvent au contraire la freiner, voire la compromettre : le temps qu’elle absorbe, la charge de travail courante, la longueur du processus, un risque d’écart entre objectifs, attentes et contexte, la culture de l’organisation et le degré d’adhésion des acteurs.

**Les avancées.**

- Un projet stratégique bâti sur 5 ambitions et 14 politiques, déclinées en missions puis en actions ou activités, chacune assortie d’un objectif. L’ambition qui vise à adapter l’organisation du corps départemental pour préserver la performance opérationnelle rassemble 5 politiques : évolution du temps de travail, secours à personne, prévention des risques, traitement de l’alerte et qualité des secours.
- Des feuilles de route par direction, documents évolutifs qui fixent les buts de chaque action, désignent la structure pilote et le responsable, et permettent de suivre l’avancement du projet d’établissement.
- Un dialogue de gestion rénové : l’échange entre un échelon administratif et ceux qui en dépendent sur les moyens alloués et les objectifs fixés, qui rend possibles un pilotage et une gestion concertés des politiques publiques et encourage la transversalité hiérarchique.
- Une charte des valeurs, pour renforcer la cohésion et l’engagement des agents.

**Premiers enseignements.** Encore inachevée, la démarche englobe toute l’organisation et exige donc un dispositif de pilotage conséquent ; ses résultats sont toutefois encourageants. Cette innovation doit rester pragmatique et opérationnelle.`,
      keyFigures: [
        { label: "Agents (environ)", value: 4000 },
        { label: "Sapeurs-pompiers professionnels (plus de)", value: 1250 },
        { label: "Sapeurs-pompiers volontaires (environ)", value: 2500 },
        { label: "Personnels administratifs et techniques", value: 200 },
        { label: "Interventions par an (environ)", value: 100000 },
        { label: "Centres d’incendie et de secours (environ)", value: 40 },
        { label: "Sites de l’état-major", value: "5 ou 6" },
        { label: "Budget", value: 140, unit: "M€" },
        { label: "Budget rapporté à la population", value: 86, unit: "€ par habitant" },
        { label: "Part des dépenses de personnel", value: 85, unit: "%" },
        { label: "Ambitions du projet stratégique", value: 5 },
        { label: "Politiques", value: 14 },
      ],
      keywords: ["projet d’établissement", "pilotage stratégique", "feuille de route", "dialogue de gestion", "charte des valeurs", "SDIS"],
    },
    {
      slug: "referentiel-strategique-seine-et-marne",
      kind: "practitioner",
      speakers: ["xavier-messager"],
      title: "Un référentiel stratégique d’aménagement pour le département",
      summary: `Aménager la Seine-et-Marne sans malmener ses territoires : telle est l’ambition, considérable, que s’est donnée le Conseil départemental. Elle l’a conduit à concevoir un référentiel stratégique.

Avant de le rédiger, le service s’est interrogé sur son contenu et sur ses destinataires. Trois mois de travail collaboratif en interne ont permis d’en arrêter la vocation : aider à imaginer des réponses nouvelles sur les manières d’aménager le territoire seine-et-marnais, en particulier là où l’ingénierie fait défaut, sans perdre de vue ses spécificités. L’outil doit réunir autour d’une vision commune les élus, leurs services, les partenaires institutionnels du Département et les acteurs de l’aménagement, pour qu’ils partagent et échangent ; il doit aussi questionner les pratiques et formuler des propositions pour les faire évoluer.

Concrètement, il aide chacun à analyser des situations concrètes et singulières. D’abord technique, il a aussi une visée pédagogique : il rappelle les documents disponibles pour mieux agir et réunit les recommandations pratiques. Par le simple fait qu’il existe et par sa manière de fonctionner, il affirme de nouveaux principes pour agir autrement et incite à prolonger l’effort collectif de conception de l’aménagement. Il permet enfin au Département de faire connaître ses orientations politiques et stratégiques en la matière.

Ses limites sont clairement posées :

- il ne fournit pas un mode d’emploi permettant de livrer des projets clés en main ;
- il n’énumère pas de normes qui imposeraient un modèle unique pour bâtir et aménager la Seine-et-Marne ;
- il ne se substitue pas au schéma d’aménagement du territoire.`,
      keyFigures: [{ label: "Réflexion préalable sur la vocation de l’outil", value: 3, unit: "mois" }],
      keywords: ["aménagement du territoire", "référentiel stratégique", "ingénierie territoriale", "pédagogie", "vision partagée"],
    },
    {
      slug: "regard-academique-innovation-strategique",
      kind: "academic",
      speakers: ["christophe-favoreu"],
      summary: `S’appuyant sur Osborne et Brown (2011), Christophe Favoreu définit l’innovation stratégique publique comme la production, l’adoption et la diffusion d’idées et de pratiques nouvelles qui modifient à la fois le contenu des politiques et des services publics et la façon dont ils sont définis puis mis en œuvre.

Il en distingue deux niveaux :

- l’innovation de contenu, qui donne naissance à des politiques nouvelles par leur vision, leurs objectifs, leurs périmètres d’intervention ou la manière de regrouper activités et services ;
- l’innovation de processus, qui touche à la conception et à la mise en œuvre des politiques publiques.

Les démarches du SDIS 78 et du Conseil départemental de Seine-et-Marne relèvent selon lui du premier niveau. Elles ont en effet consisté à définir les politiques publiques et à les découper en priorités, enjeux, ambitions, visions, référentiels et objectifs stratégiques. Ce travail découle de diagnostics du territoire et de l’environnement et s’appuie sur l’évaluation des actions déjà menées comme des besoins sociaux. Le diagnostic permet d’intégrer les particularités territoriales de la collectivité, qui peut ensuite arbitrer et faire des choix pour cibler les nouveaux usages ou les demandes sociales jugées prioritaires.`,
      keywords: ["innovation stratégique publique", "innovation de contenu", "innovation de processus", "diagnostic territorial", "politiques publiques"],
    },
  ],
});
