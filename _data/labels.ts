import { defineLabels } from "actes";

// Only the words this edition changes: the others are the built-in French ones (scripts/data/labels/fr.ts).
export default defineLabels({
  theDay: "La journée",
  // What this edition is, and nothing more: no publisher, no licence (the report names neither).
  footer: "Édition établie d’après le compte rendu du colloque",
  creditsText:
    "Ces actes sont une réécriture du compte rendu du colloque : les faits (noms, fonctions, titres, chiffres) en viennent, les résumés sont rédigés à nouveau. Site et livret produits avec Actes, à partir des mêmes données.",
  organisationKinds: { association: "Associations et réseaux" },
});
