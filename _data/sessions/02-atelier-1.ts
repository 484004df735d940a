import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-1",
  kind: "workshop",
  number: 1,
  title: "Des innovations politiques et stratégiques",
  axis: "Axe politique et stratégique",
  introduction: `Comment une collectivité redéfinit-elle ses priorités et l’architecture de ses politiques ? Le SDIS des Yvelines a répondu par un outil de pilotage stratégique, le Conseil départemental de Seine-et-Marne par un autre ; Christophe Favoreu, de Toulouse Business School, a montré ce que ces deux expériences disent de l’innovation stratégique publique.`,
  contributions: [
    {
      slug: "projet-d-etablissement-sdis-78",
      kind: "practitioner",
      speakers: ["laurent-chavillon"],
      title: "La mise en œuvre d’un projet d’établissement pour mieux décider",
      shortTitle: "Projet d’établissement pour mieux décider",
      summary: `Piloter un établissement de cette taille ne va pas de soi. Établissement public autonome, le SDIS des Yvelines assure environ 100 000 interventions par an dans l’agglomération parisienne avec près de 4 000 agents. Les volontaires forment le gros des sapeurs-pompiers (près de 2 500), à côté de plus de 1 250 professionnels ; s’y ajoutent 200 personnels administratifs et techniques. Ces forces se répartissent entre une quarantaine de centres d’incendie et de secours et un état-major installé sur cinq ou six sites. Le budget atteint 140 millions ; rapporté à la population, il représente 86 euros par habitant dans la strate des SDIS, et les dépenses de personnel en absorbent 85 %.

**Une fenêtre d’opportunité.** L’arrivée d’une nouvelle équipe dirigeante a permis de lancer une démarche de pilotage stratégique, portée par une volonté partagée. Elle doit mettre l’organisation au service d’un meilleur service public, redonner de l’élan à l’établissement, rendre la décision plus claire et plus fluide tout en mesurant ce qu’on y gagne, et rassembler encadrement et personnels autour d’une même culture de la gestion et du travail en projet.

**Une architecture d’ensemble.** Le projet d’établissement se lit comme un arbre : 5 ambitions se déclinent en 14 politiques, elles-mêmes divisées en missions puis en actions ou activités, et chaque politique, mission ou action a son objectif. L’une des cinq ambitions, adapter l’organisation du corps départemental afin de préserver la performance opérationnelle, couvre à elle seule 5 des 14 politiques, de l’évolution du temps de travail à la qualité des secours, en passant par le secours à personnes, la prévention des risques et le traitement de l’alerte.

**Trois outils pour suivre et associer.**

- Des feuilles de route par direction : documents vivants, elles fixent le ou les buts de chaque action, en désignent la structure pilote et le responsable, et en montrent l’avancement ; c’est par elles que se suit le projet d’établissement.
- Un dialogue de gestion rénové : entre un échelon administratif et ceux qui lui sont rattachés, il porte sur les moyens confiés et les objectifs fixés, rend concertés le pilotage et la gestion des politiques publiques, et favorise la transversalité hiérarchique.
- Une charte des valeurs, pour souder les équipes et impliquer les agents dans la démarche.

**Conditions et freins.** La réussite tient à un accompagnement interne et externe, à un portage politique et hiérarchique, à une capacité d’adaptation, à des outils collaboratifs (intranet, plateforme, informatique décisionnelle) et à une communication tournée vers l’intérieur comme vers l’extérieur. À l’inverse, le temps que la démarche absorbe, la charge du quotidien, la durée du processus, le risque de décalage entre objectifs, attentes et contextes, la culture de l’organisation et le degré d’adhésion des acteurs peuvent la ralentir, voire la compromettre.

**Bilan d’étape.** Encore inachevée, la démarche embrasse toute l’organisation, d’où un dispositif de pilotage conséquent. Ses résultats sont encourageants ; l’innovation doit toutefois garder les pieds sur terre et rester pragmatique et opérationnelle.`,
      keyFigures: [
        { label: "Agents (près de)", value: 4000 },
        { label: "Sapeurs-pompiers professionnels (plus de)", value: 1250 },
        { label: "Sapeurs-pompiers volontaires (près de)", value: 2500 },
        { label: "Personnels administratifs et techniques", value: 200 },
        { label: "Interventions par an (environ)", value: 100000 },
        { label: "Centres d’incendie et de secours (environ)", value: 40 },
        { label: "Sites de l’état-major", value: "5 ou 6" },
        { label: "Budget", value: 140, unit: "millions" },
        { label: "Budget rapporté à la population", value: 86, unit: "€ par habitant" },
        { label: "Part des dépenses de personnel", value: 85, unit: "%" },
        { label: "Ambitions du projet stratégique", value: 5 },
        { label: "Politiques", value: 14 },
      ],
      keywords: ["projet d’établissement", "projet stratégique", "feuille de route", "dialogue de gestion", "charte des valeurs", "SDIS"],
    },
    {
      slug: "referentiel-strategique-seine-et-marne",
      kind: "practitioner",
      speakers: ["xavier-messager"],
      title: "La mise en œuvre d’un référentiel stratégique d’aménagement pour le département",
      shortTitle: "Référentiel stratégique d’aménagement",
      summary: `Aménager la Seine-et-Marne sans la malmener : le Conseil départemental s’est donné là une vaste ambition, et c’est pour la servir qu’il a conçu un référentiel stratégique.

**Un outil de dialogue.** Le référentiel rassemble autour d’une vision commune les élus et leurs services, les partenaires institutionnels du Département et les acteurs de l’aménagement, pour qu’ils partagent leurs points de vue et en discutent. Il les aide à analyser des situations concrètes, chacune singulière, et à imaginer des réponses neuves sur la manière d’aménager le territoire seine-et-marnais, surtout là où l’ingénierie fait défaut, en tenant compte de ses spécificités. Il bouscule aussi les habitudes, en interrogeant les façons de faire et en proposant de les faire évoluer.

**Un document technique et pédagogique.** Avant sa rédaction, trois mois de réflexion collaborative, menée en interne sur son contenu et son public, en ont fixé la vocation. Il rappelle les documents à mobiliser pour mieux agir et réunit les recommandations pratiques. Le seul fait qu’il existe et qu’il fonctionne affirme une autre manière de faire et appelle à prolonger le travail collectif sur l’aménagement ; il donne en outre au Département l’occasion de faire connaître ses orientations politiques et stratégiques en la matière.

**Ce qu’il n’est pas :**

- un mode d’emploi livrant des projets clés en main ;
- un recueil de normes imposant à tout le département un modèle unique de construction et d’aménagement ;
- un substitut au schéma d’aménagement du territoire.`,
      keyFigures: [{ label: "Réflexion préalable sur la vocation de l’outil", value: 3, unit: "mois" }],
      keywords: ["référentiel stratégique", "aménagement du territoire", "ingénierie", "dimension pédagogique", "recommandations pratiques", "Seine-et-Marne"],
    },
    {
      slug: "regard-academique-innovation-strategique",
      kind: "academic",
      speakers: ["christophe-favoreu"],
      summary: `Christophe Favoreu lit les deux expériences de l’atelier comme des innovations de contenu.

Il entend par innovation stratégique publique, à la suite d’Osbornes et Brown (2011), le fait de concevoir, d’adopter et de répandre des idées et des pratiques nouvelles qui transforment les politiques et les services publics, aussi bien dans ce qu’ils contiennent que dans la manière de les définir et de les conduire. Cette innovation se joue donc à deux niveaux :

- le **contenu** : des politiques inédites par leur vision, leurs objectifs, leur périmètre d’intervention ou leur façon de regrouper activités et services ;
- le **processus** : la conception des politiques publiques et leur mise en œuvre.

Au SDIS 78 comme au Conseil départemental de Seine-et-Marne, le travail a porté sur le premier niveau : il a consisté à définir l’action publique et à la découper en priorités, enjeux, ambitions, visions, référentiels et objectifs stratégiques. Ce découpage s’appuie sur des diagnostics du territoire et de l’environnement, nourris par l’évaluation des actions en cours et des besoins sociaux, qui font ressortir les particularités locales. C’est sur cette base que la collectivité arbitre et choisit ses cibles : usages nouveaux ou demandes sociales prioritaires.`,
      keywords: ["innovation stratégique publique", "politiques publiques", "diagnostics territoriaux", "besoins sociaux", "objectifs stratégiques"],
    },
  ],
});
