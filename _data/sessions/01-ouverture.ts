import { defineSession } from "actes";

export default defineSession({
  slug: "ouverture",
  kind: "opening",
  title: "Ouverture du séminaire",
  introduction: `Quatre voix ont ouvert la journée : celles de l’Université de Pau et des Pays de l’Adour, de la ville de Pau, de la section Aquitaine du SNDGS – CT et de l’Observatoire TERRITORIA, qui tenait ses Entretiens le même jour.`,
  contributions: [
    {
      slug: "allocutions-d-ouverture",
      kind: "address",
      speakers: ["mohamed-amara", "jean-louis-peres", "yannick-bassier", "anne-marie-escoffier"],
      title: "Allocutions d’ouverture",
      summary: `Le président de l’UPPA, l’adjoint au maire de la ville de Pau chargé des finances et de la commande publique, le président de la section Aquitaine du SNDGS – CT et la vice-présidente de l’Observatoire TERRITORIA se sont succédé pour ouvrir ce deuxième séminaire. Le compte rendu retient surtout le propos de l’Observatoire.

**Pourquoi une journée commune.** TERRITORIA a expliqué ce qui l’avait conduit à réunir ses deuxièmes Entretiens territoriaux le jour du deuxième séminaire de la chaire OPTIMA, en partenariat étroit avec l’UPPA. Anne-Marie Escoffier a rappelé deux des objectifs de l’Observatoire, auxquels la chaire et les autres partenaires se sont ralliés d’emblée :

- **former à l’innovation** : un enseignement de cette discipline se construit peu à peu, et TERRITORIA en fait l’une de ses grandes ambitions ;
- **évaluer** : relever, projet par projet, ce qui a échoué, pris du retard ou changé de cap, de l’expérimentation jusqu’à la mise en œuvre.

Pour dire ce qu’est l’évaluation, elle s’est référée à Agnès Benassy-Quéré, présidente déléguée du Conseil d’analyse économique : confronter ce qui a eu lieu à ce qui se serait produit sans le dispositif étudié. Une telle comparaison oblige à évaluer avant l’action publique, dès le stade expérimental, et encore après elle.

**Un appel à oser.** L’intervenante a invité la salle à prendre le risque d’innover. Les services publics, qu’ils relèvent des collectivités ou de l’État, ont selon elle une vraie carte à jouer. Visionnaire il y a trente ans, TERRITORIA constate aujourd’hui que les acteurs publics comme privés recherchent la créativité et l’innovation, parce que c’est là que se gagne une compétitivité véritable, celle qui fait les gagnants. Elle a enfin salué Marie-Christine Jung, principale artisane des informations remises à chaque invité pour l’inciter à se lancer dans l’innovation.`,
      keywords: ["innovation", "évaluation", "expérimentation", "formation", "partenariat", "créativité", "compétitivité"],
    },
  ],
});
