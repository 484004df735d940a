import { defineOrganisations } from "actes";

export default defineOrganisations([
  { id: "chaire-optima", name: "Chaire OPTIMA", kind: "other", place: "Pau" },
  {
    id: "uppa",
    name: "Université de Pau et des Pays de l’Adour",
    shortName: "UPPA",
    kind: "university",
    place: "Pau",
  },
  { id: "territoria", name: "Observatoire TERRITORIA", shortName: "TERRITORIA", kind: "association" },
  { id: "ville-de-pau", name: "Ville de Pau", kind: "municipality", place: "Pau" },
  {
    id: "cdapp",
    name: "CdAPP",
    kind: "intercommunality",
    place: "Pau",
  },
  {
    id: "sndgs",
    name: "SNDGS – CT",
    kind: "association",
    place: "Aquitaine",
  },
  { id: "commune-de-bassussary", name: "Commune de Bassussary", kind: "municipality", place: "Bassussary" },
  {
    id: "sdis-78",
    name: "SDIS des Yvelines",
    shortName: "SDIS 78",
    kind: "fire-service",
    place: "Yvelines",
  },
  {
    id: "departement-seine-et-marne",
    name: "Conseil départemental de Seine-et-Marne",
    kind: "department",
    place: "Seine-et-Marne",
  },
  { id: "toulouse-business-school", name: "Toulouse Business School", kind: "school", place: "Toulouse" },
  { id: "conseil-general-armement", name: "Conseil général de l’armement", kind: "state" },
  { id: "ville-de-cannes", name: "Ville de Cannes", kind: "municipality", place: "Cannes" },
  { id: "aix-marseille-universite", name: "Université d’Aix Marseille", kind: "university" },
  { id: "ville-d-ales", name: "Ville d’Alès", kind: "municipality", place: "Alès" },
  { id: "ville-d-orleans", name: "Ville d’Orléans", kind: "municipality", place: "Orléans" },
  {
    id: "departement-du-loiret",
    name: "Conseil départemental du Loiret",
    kind: "department",
    place: "Loiret",
  },
  {
    id: "ville-d-issy-les-moulineaux",
    name: "Ville d’Issy-les-Moulineaux",
    kind: "municipality",
    place: "Issy-les-Moulineaux",
  },
  { id: "cofely-ineo-digital", name: "Cofely Ineo Digital", kind: "company" },
]);
