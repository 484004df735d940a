import { defineSession } from "actes";

export default defineSession({
  slug: "cloture",
  kind: "closing",
  title: "Clôture du colloque",
  introduction: "La journée s’est achevée par une allocution de clôture.",
  contributions: [
    {
      slug: "cloture-du-colloque",
      kind: "closing",
      speakers: ["jean-michel-uhaldeborde"],
      // The report names the speaker but gives nothing of what was said: no citation of its own.
      reported: false,
      summary:
        "Le colloque a été clôturé par Jean-Michel Uhaldeborde, professeur émérite en sciences économiques à l’Université de Pau et des Pays de l’Adour (UPPA). Le compte rendu de la journée indique son nom et sa fonction, mais ne rapporte pas le contenu de son intervention.",
    },
  ],
});
