import { defineSession } from "actes";

export default defineSession({
  slug: "atelier-2",
  kind: "workshop",
  number: 2,
  title: "Des innovations organisationnelles et décisionnelles",
  axis: "Axe organisationnel et décisionnel",
  introduction: `Le deuxième atelier s’intéresse à la manière dont les collectivités transforment leur organisation et leurs circuits de décision pour tenir leurs finances sans renoncer à leurs projets. Les villes de Pau et de Cannes y décrivent deux démarches de maîtrise des dépenses, qu’un maître de conférences d’Aix-Marseille Université interroge ensuite sous l’angle de l’innovation.`,
  contributions: [
    {
      slug: "responsabilisation-financiere-pau",
      kind: "practitioner",
      speakers: ["nicolas-pernot"],
      title: "Une responsabilisation financière des directions et services",
      summary: `À Pau, explique Nicolas Pernot, l’équipe cherche à répondre aux difficultés d’équilibre financier des collectivités et à montrer comment une organisation peut fonctionner pour relever ce défi. Il l’illustre par l’œuvre « l’évidence du signe », où moins devient égal à plus : les recettes publiques diminuent, et les collectivités devront composer avec cette tendance durablement.

**Le Havre, 2008.** La crise éclate et l’horizon financier de la ville s’assombrit : aucun levier fiscal n’est disponible et les investissements culturels sont lourds. L’organisation interne, elle, est bien structurée. Il faut donc anticiper recettes et dépenses sous contrainte, ce qui se fait en trois temps :

1. un budget par missions, pour savoir précisément quelles actions la ville mène sur son territoire ;
2. une programmation pluriannuelle des dépenses de fonctionnement sur trois ans ;
3. une contractualisation avec chaque direction, qui la rend responsable de ses dépenses tout en lui laissant de la liberté, et qui trace la frontière entre ce qui relève de la mutualisation (économies d’échelle) et ce qui revient à chaque direction.

Grâce à un effort constant, les résultats ont été très satisfaisants et la contractualisation a installé une culture commune dans les services ; l’efficacité de la méthode s’émousse cependant avec le temps.

**Pau, 2014.** Le contexte n’a rien de comparable : en pleine période électorale, la baisse des dotations de l’État et l’absence de levier fiscal obligent à comprimer les dépenses de fonctionnement pour préserver l’investissement. En interne, l’organisation est grippée, et des dysfonctionnements apparaissent avec l’arrivée d’une nouvelle équipe porteuse de projets. Malgré ce terrain peu propice, un cadre a été fixé au vu de la situation de la collectivité et de l’évolution prévisible de ses dépenses : 15 à 25 millions d’euros d’investissement par an, un ratio de désendettement de sept ans et demi et une baisse des dépenses de fonctionnement de 2 % par an.

Afin d’atteindre ce but ambitieux, les services ont été restructurés : le nombre de pôles est passé de 56 à 22, afin de regrouper des centres de décision dispersés, de rendre le circuit de décision plus simple et plus court et de clarifier les compétences. La taille de l’organisation rend cet effort d’optimisation possible, et l’ensemble des agents y est associé. Une décrue progressive des dépenses est bénéfique, mais une coupe brutale provoque des réactions néfastes : il faut laisser au changement le temps de s’installer et impliquer les cadres en leur accordant davantage de liberté. C’est là, selon lui, la clé d’une baisse des dépenses et d’une optimisation des moyens réussies.`,
      keyFigures: [
        { label: "Programmation pluriannuelle au Havre", value: 3, unit: "ans" },
        { label: "Investissement annuel visé à Pau", value: "15 à 25", unit: "M€" },
        { label: "Ratio de désendettement visé", value: 7.5, unit: "ans" },
        { label: "Évolution annuelle des dépenses de fonctionnement", value: -2, unit: "%" },
        { label: "Pôles avant la réorganisation", value: 56 },
        { label: "Pôles après la réorganisation", value: 22 },
      ],
      keywords: ["responsabilisation financière", "budget par missions", "pluriannualité", "contractualisation", "mutualisation", "réorganisation des services"],
    },
    {
      slug: "demarche-low-cost-cannes",
      kind: "practitioner",
      speakers: ["alain-jouanjus"],
      title: "Une démarche low-cost à l’échelle locale",
      summary: `À Cannes, l’ambition était de conduire autant de projets qu’avant alors que les ressources diminuaient. Pour y parvenir, la ville a revu l’ensemble de ses processus de conception et de développement des projets. Le *low-cost* y est entendu comme le fait de mettre un produit à nu, en lui retirant ses attributs accessoires pour n’en garder que le cœur, c’est-à-dire sa fonction essentielle. L’adjoint aux finances et le directeur général des services pilotaient la démarche en y associant d’autres directions ; elle était présentée régulièrement afin de gagner l’adhésion des cadres.

Elle se déroule en quatre phases :

1. **Définition** : le besoin est réduit au strict nécessaire et tout supplément susceptible d’alourdir le coût de réalisation ou de fonctionnement est remis en cause.
2. **Acquisition** : le raisonnement se fait en coût complet, la négociation doit faire baisser les prix et les variantes susceptibles de coûter moins cher sont étudiées.
3. **Réalisation** : le projet fait l’objet de visites fréquentes sur le terrain ainsi que d’un contrôle et d’un suivi rapprochés.
4. **Service après-vente** : tous les défauts d’exécution ou de prestation doivent être corrigés.

Appliquée à des actions concrètes, la démarche a dégagé au total 5 % d’économies. Pour qu’elle reste efficace, il importe de tirer les leçons de l’expérience et de la soutenir tout au long de sa mise en œuvre.`,
      keyFigures: [
        { label: "Phases de la démarche", value: 4 },
        { label: "Économies réalisées", value: 5, unit: "%" },
      ],
      keywords: ["low-cost", "coût complet", "commande publique", "maîtrise des dépenses", "retour d’expérience"],
    },
    {
      slug: "regard-academique-innovation-organisationnelle",
      kind: "academic",
      speakers: ["marcel-guenoun"],
      summary: `Marcel Guenoun commence par un aveu volontairement provocant : l’innovation l’inquiète. Elle est devenue à ses yeux une injonction de plus en plus paradoxale, qui désigne le symptôme plutôt qu’elle ne le soigne — il joue sur « panser » et « penser » — et qui trahit la montée d’incertitudes « ontologiques ». On en parle beaucoup, mais y réfléchit-on réellement ? L’innovation sert de label alors même que l’effort de recherche et développement fait défaut. Et innover revient toujours à créer en même temps qu’à détruire, exclure, attaquer, tuer ou subvertir.

Il distingue deux dimensions de l’innovation :

- innover dans les processus, c’est-à-dire changer les façons de faire et agir sur la structure de l’organisation : c’est le cas de Pau, qui a réagencé ses services pour atteindre une volumétrie suffisante ;
- importer un nouveau modèle économique (*business model*), comme Cannes avec le *low-cost*.

Dans les deux cas, il faut concevoir et piloter le processus d’innovation de façon à y faire participer tous les acteurs. Pour lui, les démarches paloise et cannoise sont d’authentiques innovations : elles remettent en cause, transforment et interrogent. À Cannes, elles vont jusqu’à provoquer en questionnant la nature même de ce qui constitue le cœur du service public ; à Pau, elles permettent de s’adapter en réorganisant les services.`,
      keywords: ["innovation", "innovation de processus", "modèle économique", "low-cost", "réorganisation", "service public"],
    },
  ],
});
