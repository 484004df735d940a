import { defineOrganisations } from "actes";

export default defineOrganisations([
  { id: "chaire-optima", name: "Chaire OPTIMA", kind: "autre", place: "Pau" },
  {
    id: "uppa",
    name: "Université de Pau et des Pays de l’Adour",
    shortName: "UPPA",
    kind: "universite",
    place: "Pau",
  },
  { id: "territoria", name: "Observatoire TERRITORIA", shortName: "TERRITORIA", kind: "association" },
  { id: "ville-de-pau", name: "Ville de Pau", kind: "commune", place: "Pau" },
  {
    id: "cdapp",
    name: "CdAPP",
    kind: "intercommunalite",
    place: "Pau",
  },
  {
    id: "sndgs",
    name: "SNDGS-CT",
    kind: "association",
    place: "Aquitaine",
  },
  { id: "commune-de-bassussary", name: "Commune de Bassussary", kind: "commune", place: "Bassussary" },
  {
    id: "sdis-78",
    name: "SDIS des Yvelines",
    shortName: "SDIS 78",
    kind: "sdis",
    place: "Yvelines",
  },
  {
    id: "departement-seine-et-marne",
    name: "Conseil départemental de Seine-et-Marne",
    kind: "departement",
    place: "Seine-et-Marne",
  },
  { id: "toulouse-business-school", name: "Toulouse Business School", kind: "ecole", place: "Toulouse" },
  { id: "conseil-general-armement", name: "Conseil général de l’armement", kind: "etat" },
  { id: "ville-de-cannes", name: "Ville de Cannes", kind: "commune", place: "Cannes" },
  { id: "aix-marseille-universite", name: "Université d’Aix Marseille", kind: "universite", place: "Marseille" },
  { id: "ville-d-ales", name: "Ville d’Alès", kind: "commune", place: "Alès" },
  { id: "ville-d-orleans", name: "Ville d’Orléans", kind: "commune", place: "Orléans" },
  {
    id: "departement-du-loiret",
    name: "Conseil départemental du Loiret",
    kind: "departement",
    place: "Loiret",
  },
  {
    id: "ville-d-issy-les-moulineaux",
    name: "Ville d’Issy-les-Moulineaux",
    kind: "commune",
    place: "Issy-les-Moulineaux",
  },
  { id: "cofely-ineo-digital", name: "Cofely Ineo Digital", kind: "entreprise" },
]);
