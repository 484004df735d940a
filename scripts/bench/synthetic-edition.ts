/**
 * A deterministic synthetic edition in the data contract (the same define…
 * files an author writes), big enough to measure the booklet at book length:
 * N workshops of M talks, French summaries of realistic length, hundreds of
 * speakers and organisations. The same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SyntheticOptions {
  workshops: number;
  talksPerWorkshop: number;
  seed?: number;
}

/**
 * Workshops for a book of about `pages` pages: each workshop of 14 talks
 * takes about 33 pages (12 gave 397 pages with the front matter and indexes).
 */
export function pagesToWorkshops(pages: number, talksPerWorkshop: number): number {
  return Math.max(1, Math.round((pages / 33) * (14 / talksPerWorkshop)));
}

/** mulberry32: a small seeded generator, so that every run writes the same edition. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const GIVEN = ["Anne", "Bernard", "Camille", "Claire", "Damien", "Élise", "Étienne", "Fabienne", "François", "Hélène", "Isabelle", "Jacques", "Julien", "Laure", "Louis", "Marie", "Mathieu", "Nathalie", "Olivier", "Pascale", "Philippe", "Sophie", "Stéphane", "Thierry", "Valérie", "Yves", "Agnès", "Benoît", "Cécile", "Denis", "Émilie", "Gaëlle", "Hugues", "Inès", "Jérôme", "Karine", "Lucien", "Marion", "Noël", "Océane"];
const FAMILY = ["Arnaud", "Barthélemy", "Boucher", "Carrère", "Chevalier", "Delmas", "Dufour", "Estève", "Fabre", "Garnier", "Guérin", "Hébert", "Jourdan", "Labarthe", "Lacoste", "Lefèvre", "Marchand", "Mercier", "Nicolas", "Olivier", "Perrin", "Poulain", "Quéré", "Renaud", "Rivière", "Roussel", "Sabatier", "Texier", "Vasseur", "Vidal", "Aubert", "Bonnet", "Caron", "Deschamps", "Étienne", "Fontaine", "Gauthier", "Hamel", "Imbert", "Joly", "Klein", "Laurent", "Maillard", "Noiret", "Ollivier", "Pasquier", "Raynaud", "Sicard", "Thibault", "Vigneron"];
const TOWNS = ["Pau", "Bayonne", "Tarbes", "Agen", "Périgueux", "Angoulême", "Limoges", "Poitiers", "Niort", "La Rochelle", "Rochefort", "Saintes", "Cognac", "Mont-de-Marsan", "Dax", "Biarritz", "Anglet", "Lourdes", "Auch", "Montauban", "Albi", "Castres", "Rodez", "Cahors", "Figeac", "Brive-la-Gaillarde", "Tulle", "Guéret", "Châtellerault", "Bergerac", "Villeneuve-sur-Lot", "Marmande", "Arcachon", "Libourne", "Oloron-Sainte-Marie", "Orthez", "Saint-Gaudens", "Foix", "Pamiers", "Carcassonne"];
const DEPARTMENTS = ["Pyrénées-Atlantiques", "Landes", "Gironde", "Dordogne", "Lot-et-Garonne", "Gers", "Hautes-Pyrénées", "Haute-Garonne", "Tarn", "Aveyron", "Lot", "Corrèze", "Creuse", "Haute-Vienne", "Vienne", "Deux-Sèvres", "Charente", "Charente-Maritime", "Ariège", "Aude"];
const ROLES = ["directeur général des services", "directrice des finances", "chargé de mission innovation", "responsable du contrôle de gestion", "maître de conférences en sciences de gestion", "professeur des universités", "adjoint au maire chargé de la modernisation", "directrice des ressources humaines", "chef du service de l’évaluation des politiques publiques", "responsable de la transformation numérique", "vice-président chargé des finances", "secrétaire général", "consultant en management public", "doctorante en sciences de gestion"];

const SUBJECTS = ["La collectivité", "L’équipe de direction", "Le conseil départemental", "La démarche", "Le projet d’administration", "Le service des finances", "L’intercommunalité", "La municipalité", "Le comité de pilotage", "Chaque direction", "Le réseau des cadres", "L’observatoire territorial"];
const VERBS = ["a engagé", "a profondément transformé", "a expérimenté", "a progressivement structuré", "a mis en œuvre", "a évalué", "a accompagné", "a réorganisé", "a consolidé", "a rendu possible"];
const OBJECTS = ["une programmation pluriannuelle des investissements", "un dialogue de gestion entre élus et services", "la mutualisation des fonctions support", "une évaluation participative des politiques publiques", "la dématérialisation des procédures administratives", "un tableau de bord stratégique partagé", "la contractualisation avec les directions opérationnelles", "une politique de qualité de vie au travail", "l’accompagnement managérial des encadrants de proximité", "une stratégie d’innovation ouverte avec les habitants", "la maîtrise des dépenses de fonctionnement", "la responsabilisation financière des services"];
const CLAUSES = ["afin de dégager des marges de manœuvre durables", "dans un contexte de contraintes budgétaires croissantes", "en associant étroitement les agents et les usagers", "sans renoncer à la qualité du service rendu", "tout en préservant la cohésion des équipes", "pour répondre à l’effet de ciseau entre recettes et dépenses", "grâce à une méthodologie éprouvée et partagée", "à partir d’un diagnostic territorial approfondi", "au terme d’une concertation de plusieurs mois", "avec le soutien méthodologique de l’université"];
const CONNECTORS = ["Par ailleurs,", "En outre,", "Dans le même temps,", "Concrètement,", "À terme,", "Selon l’intervenant,", "De manière plus générale,", "Au-delà des chiffres,"];
const OBSERVATIONS = ["les résultats obtenus témoignent d’une appropriation réelle par les services", "la transversalité reste néanmoins difficile à installer durablement", "les indicateurs retenus permettent un suivi régulier et transparent", "l’expérimentation a révélé des résistances qu’il a fallu comprendre et accompagner", "la communication interne a joué un rôle déterminant dans la réussite du projet", "les économies réalisées ont été réinvesties dans les services prioritaires", "la formation des encadrants apparaît comme une condition indispensable", "les usagers ont été associés à chaque étape de la conception"];
const TITLE_HEADS = ["Piloter", "Évaluer", "Mutualiser", "Transformer", "Accompagner", "Réinventer", "Simplifier", "Coopérer pour", "Innover pour", "Mesurer"];
const TITLE_TAILS = ["la performance des services publics locaux", "les politiques publiques à l’échelle intercommunale", "les fonctions support entre communes voisines", "l’organisation au service des usagers", "le changement dans une administration territoriale", "la relation aux contribuables", "les procédures budgétaires et comptables", "la gestion des ressources humaines", "l’action publique sous contrainte financière", "la stratégie numérique du territoire"];
const AXES = ["Axe politique et stratégique", "Axe organisationnel et décisionnel", "Axe comportemental et humain", "Axe des technologies de l’information et de la communication"];
const KEYWORDS = ["innovation", "pilotage", "évaluation", "mutualisation", "contrôle de gestion", "management public", "qualité de vie au travail", "dématérialisation", "participation citoyenne", "finances locales", "prospective", "intercommunalité", "performance", "coopération"];

function id(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Writes the edition's data files into `dataDir` (inside the repository, where `import … from "actes"` resolves). */
export function writeSyntheticEdition(dataDir: string, options: SyntheticOptions): { contributions: number; people: number; organisations: number } {
  const rng = random(options.seed ?? 20150521);
  const sentence = () => {
    const start = rng.next() < 0.3 ? `${rng.pick(CONNECTORS)} ${rng.pick(OBSERVATIONS)}` : `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
    return `${start.charAt(0).toUpperCase()}${start.slice(1)} ${rng.pick(CLAUSES)}${rng.next() < 0.4 ? `, et ${rng.pick(OBSERVATIONS)}` : ""}.`;
  };
  const paragraph = (min: number, max: number) => Array.from({ length: rng.int(min, max) }, sentence).join(" ");
  const summary = () => {
    const paragraphs = Array.from({ length: rng.int(3, 6) }, () => paragraph(3, 6));
    if (rng.next() < 0.4) paragraphs.splice(1, 0, Array.from({ length: rng.int(2, 4) }, () => `- ${rng.pick(OBJECTS)} ${rng.pick(CLAUSES)} ;`).join("\n"));
    return paragraphs.join("\n\n");
  };

  const organisations: { id: string; name: string; shortName?: string; kind: string; place?: string }[] = [];
  const addOrganisation = (name: string, kind: string, place?: string, shortName?: string) => {
    const organisation = { id: id(name), name, kind, ...(place ? { place } : {}), ...(shortName ? { shortName } : {}) };
    if (!organisations.some((o) => o.id === organisation.id)) organisations.push(organisation);
    return organisation.id;
  };
  const organiser = addOrganisation("Chaire de management public local", "research", "Pau", "CMPL");
  const university = addOrganisation("Université de Pau et des Pays de l’Adour", "university", "Pau", "UPPA");
  for (const town of TOWNS) addOrganisation(`Ville de ${town}`, "municipality", town);
  for (const town of TOWNS.slice(0, 25)) addOrganisation(`Communauté d’agglomération de ${town}`, "intercommunality", town);
  for (const department of DEPARTMENTS) addOrganisation(`Conseil départemental (${department})`, "department", department);
  for (const department of DEPARTMENTS.slice(0, 10)) addOrganisation(`Service départemental d’incendie et de secours (${department})`, "fire-service", department);
  for (const name of ["Université de Bordeaux", "Université Toulouse Capitole", "Aix-Marseille Université", "Université de Poitiers", "Université de Limoges"]) addOrganisation(name, "university");
  for (const name of ["Numérique Territoires", "Conseil Public Avenir", "Données & Villes", "Cabinet Horizons Publics"]) addOrganisation(name, "company");

  const people: { id: string; honorific: string; givenName: string; familyName: string; role: string; organisations: string[] }[] = [];
  const person = (index: number) => {
    const givenName = GIVEN[index % GIVEN.length]!;
    const familyName = FAMILY[(index * 7 + Math.floor(index / FAMILY.length)) % FAMILY.length]!;
    const personId = `${id(givenName)}-${id(familyName)}-${index}`;
    const main = organisations[2 + (index * 13) % (organisations.length - 2)]!.id;
    people.push({ id: personId, honorific: index % 2 ? "Mme" : "M.", givenName, familyName, role: rng.pick(ROLES), organisations: rng.next() < 0.2 ? [main, university] : [main] });
    return personId;
  };
  const coordinator = person(0);
  people[0]!.organisations = [organiser, university];

  const sessions: unknown[] = [];
  let speakerIndex = 1;
  // Titles are unique, as in real proceedings: the table of contents is checked title by title.
  const titles = new Set<string>();
  const uniqueTitle = (make: () => string) => {
    let title = make();
    for (let n = 2; titles.has(title); n++) title = `${make()} (${n})`;
    titles.add(title);
    return title;
  };
  const talk = (slug: string, kind: string) => ({
    slug,
    kind,
    speakers: Array.from({ length: rng.next() < 0.25 ? 2 : 1 }, () => person(speakerIndex++)),
    title: uniqueTitle(() => `${rng.pick(TITLE_HEADS)} ${rng.pick(TITLE_TAILS)}${rng.next() < 0.3 ? ` : retour d’expérience de ${rng.pick(TOWNS)}` : ""}`),
    summary: summary(),
    ...(rng.next() < 0.4 ? { keyFigures: Array.from({ length: rng.int(2, 6) }, (_, i) => ({ label: `${rng.pick(["Agents concernés", "Budget annuel", "Économies réalisées", "Directions associées", "Usagers consultés"])} (${i + 1})`, value: rng.int(2, 4000), ...(rng.next() < 0.5 ? { unit: rng.pick(["M€", "%", "agents", "mois"]) } : {}) })) } : {}),
    keywords: Array.from(new Set(Array.from({ length: rng.int(3, 6) }, () => rng.pick(KEYWORDS)))),
  });
  sessions.push({ slug: "ouverture", kind: "opening", title: "Ouverture du colloque", introduction: paragraph(2, 4), contributions: [talk("allocutions-d-ouverture", "address")] });
  for (let w = 1; w <= options.workshops; w++) {
    sessions.push({
      slug: `atelier-${w}`,
      kind: "workshop",
      number: w,
      title: uniqueTitle(() => `${rng.pick(TITLE_HEADS)} ${rng.pick(TITLE_TAILS)}`),
      axis: AXES[(w - 1) % AXES.length],
      introduction: paragraph(3, 5),
      contributions: Array.from({ length: options.talksPerWorkshop }, (_, t) => talk(`atelier-${w}-intervention-${t + 1}`, t === options.talksPerWorkshop - 1 ? "academic" : rng.pick(["practitioner", "practitioner", "enterprise"]))),
    });
  }
  sessions.push({ slug: "cloture", kind: "closing", title: "Clôture du colloque", introduction: paragraph(1, 2), contributions: [talk("cloture-du-colloque", "closing")] });

  mkdirSync(path.join(dataDir, "sessions"), { recursive: true });
  const write = (file: string, helper: string, value: unknown) =>
    writeFileSync(path.join(dataDir, file), `import { ${helper} } from "actes";\n\n// Generated by scripts/bench/synthetic-edition.ts: do not edit.\nexport default ${helper}(${JSON.stringify(value, null, 2)});\n`);
  write("organisations.ts", "defineOrganisations", organisations);
  write("people.ts", "definePeople", people);
  sessions.forEach((session, index) => write(`sessions/${String(index + 1).padStart(2, "0")}-${(session as { slug: string }).slug}.ts`, "defineSession", session));
  write("colloquium.ts", "defineColloquium", {
    slug: "colloque-synthetique",
    title: "Administrations locales : innover sous contrainte, évaluer pour durer",
    subtitle: `Actes synthétiques de ${options.workshops} ateliers pour la mesure des performances`,
    shortTitle: "Innover sous contrainte",
    series: { name: "Colloques de management public local", edition: 7 },
    date: "2016-06-16",
    venue: { name: "Palais des congrès", city: "Pau", country: "France" },
    organisers: [organiser],
    partners: [university],
    coordinator: { person: coordinator, role: "Coordinateur scientifique" },
    language: "fr",
    attendance: { total: 400, qualifier: "about", byKind: [{ label: "agents et élus", count: 300, qualifier: "about" }] },
    introduction: Array.from({ length: 4 }, () => paragraph(4, 6)).join("\n\n"),
    mission: { title: "La chaire", introduction: paragraph(2, 3), items: [{ keyword: "observatoire", text: sentence() }, { keyword: "laboratoire", text: sentence() }] },
    source: { author: "Comité scientifique", title: "Compte rendu synthétique", publisher: "Actes", year: 2016, url: "https://example.org/compte-rendu" },
    licence: { name: "Creative Commons Attribution 4.0 International (CC BY 4.0)" },
    publication: { publisher: "Chaire de management public local", contact: "contact@example.org", date: "2026-01-15" },
  });
  // No labels.ts: the edition uses the built-in French interface words.
  const contributions = sessions.reduce<number>((sum, session) => sum + (session as { contributions: unknown[] }).contributions.length, 0);
  return { contributions, people: people.length, organisations: organisations.length };
}
