import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-3",
  kind: "workshop",
  number: 3,
  title: "Des innovations comportementales et humaines",
  axis: "Axe comportemental et humain",
  introduction:
    "Rattaché à l’axe comportemental et humain de la chaire, ce troisième atelier s’est penché sur la place des agents et des cadres dans des collectivités soumises à de fortes contraintes. Deux villes y ont exposé leurs pratiques : Alès, avec ses démarches en faveur de la qualité de vie et de la santé au travail, et Orléans, avec la création d’un réseau interne de cadres. Fatema Safy-Godineau (UPPA) a ensuite apporté un regard académique sur le rôle du management dans ce contexte.",
  contributions: [
    {
      slug: "qualite-de-vie-au-travail-ales",
      kind: "practitioner",
      speakers: ["alain-bensackoun"],
      title: "Améliorer la qualité de vie au travail des agents sous contraintes",
      summary: `Adjoint au maire d’Alès, Alain Bensackoun a présenté deux initiatives conduites par la ville dans le champ de la santé au travail : la démarche DEFI — pour Définir, Engager, Former, Initier/Impulser — et la norme « entreprise en santé », importée du Québec.

Il a d’abord mis en garde contre l’emprise croissante de la culture des chiffres, qui risque à ses yeux de provoquer de lourds dommages. À rebours de cette logique, les deux expériences reposent sur la reconnaissance au travail, sous sa forme matérielle comme managériale.

Selon lui, lorsqu’une organisation s’engage dans une politique du travail, elle en retire deux familles d’effets :

- des effets tangibles : moins d’absentéisme et de turnover, un recul de la présence passive, des coûts d’assurance en baisse ;
- des effets intangibles : implication personnelle des agents, motivation et créativité.

Fondée sur le volontariat, la démarche DEFI contribue à valoriser l’image de la collectivité et à renforcer ses résultats en matière de santé et de sécurité au travail. Elle aide à préparer les changements, à réduire les dysfonctionnements dans ce domaine et, surtout, à garantir que l’ensemble reste cohérent avec les autres démarches de management. L’humain y est placé au cœur des préoccupations.

La seconde expérience est née d’un échange avec le Québec. Après le succès de DEFI, des homologues québécois ont voulu mieux connaître la démarche ; ces rencontres ont révélé que la province avait pris de l’avance sur la France, notamment avec sa norme « entreprise en santé ». Celle-ci se distingue de l’approche européenne en couvrant des domaines inhabituels, comme les habitudes de vie : alimentation, activité sportive, tabagisme ou stress. Elle prend concrètement la forme d’une grille de repérage des risques psychosociaux, que les services de la ville ont mise en œuvre.`,
      keywords: [
        "qualité de vie au travail",
        "santé et sécurité au travail",
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
      title: "Le réseau interne des cadres Innovation/Management, iX",
      summary: `Camille Margolle, responsable de la formation à la ville d’Orléans, et Patricia Charles, de la direction de l’Éducation, pilote au sein du réseau iX, ont retracé la naissance de ce réseau interne des cadres consacré à l’innovation et au management.

Le projet répond à un enjeu managérial. Un diagnostic réalisé rapidement avait mis en évidence plusieurs difficultés au sein de la collectivité : une grande diversité de sites, de métiers et de niveaux de responsabilité, une lourde charge de travail, ainsi qu’un sentiment de perte de sens comme d’appartenance. La démarche lancée visait à remédier à ces dysfonctionnements. Elle pouvait s’appuyer sur plusieurs atouts managériaux : un attachement aux valeurs humaines, une direction générale qui n’entrave pas les initiatives et une culture de la communication déjà présente, quoique perfectible.

iX est issu du souhait des cadres de la mairie d’échanger davantage afin de mieux coopérer, d’avancer collectivement pour faire aboutir les projets et de devenir acteurs des changements plutôt que de les subir, le tout avec une réelle liberté de ton et d’action. Son fonctionnement est participatif :

- cinq groupes, chacun organisé autour de l’un des cinq grands projets ;
- une dynamique ascendante, qui repose sur le volontariat ;
- un pilotage qui encadre tout en associant les membres, avec une coordination assurée par les ressources humaines et un comité de pilotage ;
- aucune hiérarchie entre participants ;
- des fiches de mission et un calendrier arrêté à l’avance.

D’après les intervenantes, les résultats attestent l’efficacité du dispositif. Les cadres partagent le désir d’agir pour améliorer leur fonctionnement et de gagner en efficacité comme en efficience, ce qui a renforcé leur sentiment d’appartenance. Leurs compétences sont mises en valeur, et les échanges entre membres du réseau nourrissent leur développement.`,
      keyFigures: [
        { label: "Groupes de travail du réseau iX", value: 5, unit: "groupes" },
        { label: "Grands projets portés par le réseau", value: 5, unit: "projets" },
      ],
      keywords: ["réseau de cadres", "management participatif", "innovation managériale", "sentiment d’appartenance", "Orléans"],
    },
    {
      slug: "regard-academique-management-et-contraintes",
      kind: "academic",
      speakers: ["fatema-safy-godineau"],
      summary: `Maître de conférences en sciences de gestion à l’UPPA, Fatema Safy-Godineau est partie de deux questions : quelle démarche managériale permet aux collectivités d’affronter les changements qui leur sont imposés, et comment contenir les inquiétudes que ces mutations font naître chez les agents ?

Un management cohérent suppose, selon elle, de commencer par analyser les difficultés que vivent les agents. Sous l’effet des contraintes, les ressources organisationnelles des collectivités s’érodent de l’intérieur : les arbitrages qu’elles doivent rendre retentissent sur les ressources humaines. L’accumulation de contraintes internes et externes produit ainsi trois érosions :

1. la détérioration des conditions de travail, qui donne aux agents l’impression que la qualité du travail fourni baisse ;
2. la détérioration de l’organisation du travail, les agents regrettant souvent de ne pas se sentir soutenus par l’organisation ;
3. en conséquence de ces deux premières, un conflit et une ambiguïté de rôles. Le conflit de rôle correspond au sentiment de poursuivre des objectifs contradictoires ou contraires à ses propres valeurs ; l’ambiguïté de rôle naît d’un défaut d’informations claires.

Ces trois érosions dégradent la performance des ressources humaines : les agents en viennent à adopter des comportements contre-productifs. Elles provoquent en outre la perte des ressources dites subjectives, c’est-à-dire de tout ce qui permet aux agents de se définir eux-mêmes.

Dans un tel contexte, il revient au management de faire le lien, et son rôle doit évoluer à mesure que les moyens se réduisent. Les deux collectivités de l’atelier en offrent l’illustration : à Alès, les risques psychosociaux sont repérés, pris en considération et gérés ; à Orléans, le réseau iX tisse des liens entre les cadres.`,
      keyFigures: [{ label: "Érosions identifiées", value: 3, unit: "érosions" }],
      keywords: ["management public", "érosion des ressources", "conflit de rôle", "ambiguïté de rôle", "ressources subjectives"],
    },
  ],
});
