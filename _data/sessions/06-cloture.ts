import { defineSession } from "actes";

export default defineSession({
  slug: "cloture",
  kind: "closing",
  title: "Clôture du colloque",
  introduction: "Une allocution a clos la journée.",
  contributions: [
    {
      slug: "cloture-du-colloque",
      kind: "closing",
      speakers: ["jean-michel-uhaldeborde"],
      // The report names the speaker but gives nothing of what was said: no citation of its own.
      reported: false,
      summary:
        "La clôture est revenue à Jean-Michel Uhaldeborde, de l’UPPA. Le compte rendu de la journée donne son nom et sa fonction, mais ne rapporte pas ses propos.",
    },
  ],
});
