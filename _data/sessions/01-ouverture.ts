import { defineSession } from "actes";

export default defineSession({
  slug: "ouverture",
  kind: "opening",
  title: "Ouverture du colloque",
  introduction: `Quatre personnalités ont lancé la journée au nom de l’université, de la ville hôte, des directeurs généraux des collectivités et de l’Observatoire TERRITORIA, coorganisateur de ces Entretiens.`,
  contributions: [
    {
      slug: "allocutions-d-ouverture",
      kind: "address",
      speakers: ["mohamed-amara", "jean-louis-peres", "yannick-bassier", "anne-marie-escoffier"],
      title: "Allocutions d’ouverture",
      summary: `Ce deuxième séminaire a été ouvert successivement par le président de l’UPPA, par l’adjoint au maire de Pau en charge des finances et de la commande publique, par le président de la section Aquitaine du SNDGS-CT et par la vice-présidente de l’Observatoire TERRITORIA.

L’Observatoire a d’abord expliqué pourquoi il avait voulu tenir ses deuxièmes Entretiens territoriaux le même jour que le deuxième séminaire de la chaire OPTIMA. Anne-Marie Escoffier a ensuite exhorté l’assistance à avoir l’audace d’innover. TERRITORIA poursuit pour cela deux objectifs ambitieux :

- bâtir peu à peu une formation à l’innovation, qui commence à voir le jour ;
- repérer, dans chaque projet conduit, les échecs, les retards et les réorientations intervenus pendant l’expérimentation puis pendant la mise en œuvre — c’est tout l’objet du travail d’évaluation que l’Observatoire veut mener.

Pour préciser ce qu’évaluer veut dire, elle a repris la définition d’Agnès Bénassy-Quéré, présidente déléguée du Conseil d’analyse économique : il s’agit de mettre en regard ce qui s’est réellement produit et ce qui serait advenu en l’absence du dispositif examiné. Il en résulte que l’évaluation doit intervenir en amont de l’action publique, dès la phase expérimentale, mais aussi en aval. La chaire OPTIMA et les autres partenaires ont immédiatement fait leurs ces deux exigences.

C’est la raison pour laquelle TERRITORIA a organisé ces Entretiens en partenariat étroit avec l’Université de Pau et des Pays de l’Adour. Mme Escoffier a souligné le rôle de Marie-Christine Jung, principale artisane de l’ensemble d’informations mis à la disposition de tous les invités pour les encourager à s’engager dans l’innovation. Elle s’est dite persuadée que les services publics, qu’ils dépendent des collectivités locales ou de l’État, tiennent aujourd’hui une véritable chance : TERRITORIA avait déjà vu loin il y a trente ans, et désormais tous les acteurs, publics comme privés, recherchent la créativité et l’innovation, seul chemin vers une compétitivité authentique qui leur permettra de réussir.`,
      keywords: ["innovation", "évaluation des politiques publiques", "expérimentation", "formation", "partenariat université-collectivités", "compétitivité"],
    },
  ],
});
