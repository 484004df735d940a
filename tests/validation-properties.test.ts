/**
 * Bad input never crashes badly: random and mutated data go through the same
 * validator the build uses (validateEdition, in memory), and every case either
 * builds an edition or fails with DataErrors that name the file and the field.
 * Markdown from the data renders to a small set of harmless elements.
 */
import path from "node:path";
import fc from "fast-check";
import markdownIt from "markdown-it";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { DataError, DataErrors } from "../scripts/data/errors.ts";
import { readRawEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { openDataFiles } from "../scripts/formats/open-data.ts";
import { noPages } from "../scripts/formats/citation.ts";
import { DATA_FILES, validateEdition, type RawEdition } from "../scripts/data/validate.ts";
import { configureMarkdown } from "../scripts/eleventy/markdown.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const display = (file: string) => `_data/${file}`;
type FileKey = keyof typeof DATA_FILES;
const FILE_KEYS = Object.keys(DATA_FILES) as FileKey[];

let pristine: RawEdition;
beforeAll(async () => {
  pristine = await readRawEdition(path.join(PROJECT_ROOT, "_data"));
  // The starting point is valid: failures below come from the generated changes.
  expect(validateEdition(pristine, display).contributions.length).toBeGreaterThan(0);
});

/** Runs the validator; anything thrown that is not DataErrors is a crash and fails the property. */
function validate(raw: RawEdition): { edition: Edition } | { errors: DataError[] } {
  try {
    return { edition: validateEdition(raw, display) };
  } catch (error) {
    if (error instanceof DataErrors) return { errors: error.errors };
    throw error;
  }
}

/** Every error names a data file, the field path (or the whole folder when no session file exists) and a fix. */
function expectNamed(errors: DataError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error).toBeInstanceOf(DataError);
    expect(error.file).toMatch(/^_data\/(?:colloquium|people|organisations|labels)\.ts$|^_data\/sessions(?:\/\d\d-[a-z0-9-]+\.ts)?$/);
    if (error.file !== "_data/sessions") {
      expect(error.fieldPath, error.message).not.toBe("");
      expect(error.message.startsWith(`${error.file} at ${error.fieldPath}: `), error.message).toBe(true);
    }
    expect(error.problem.trim()).not.toBe("");
    expect(error.message).toMatch(/\n {2}Fix: \S/);
  }
}

function expectBuiltOrNamed(raw: RawEdition): void {
  const result = validate(raw);
  if ("edition" in result) {
    // A valid edition is usable downstream: every speaker is resolved to a page or an index entry, the open data serialises.
    expect(result.edition.contributions.every((c) => c.speakers.every((s) => s.url.startsWith("/")))).toBe(true);
    expect(() => JSON.parse(openDataFiles(result.edition, noPages)[0]!.content)).not.toThrow();
  } else {
    expectNamed(result.errors);
  }
}

type Key = string | number;
/** Every place in the data a mutation can touch: [file, path inside it]. Sessions are "sessions" + index. */
function allPaths(raw: RawEdition): { root: string; path: Key[] }[] {
  const found: { root: string; path: Key[] }[] = [];
  const walk = (root: string, value: unknown, at: Key[]) => {
    found.push({ root, path: at });
    if (Array.isArray(value)) value.forEach((item, index) => walk(root, item, [...at, index]));
    else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(root, item, [...at, key]);
  };
  for (const key of FILE_KEYS) walk(key, raw[key], []);
  raw.sessions.forEach((session, index) => walk(`sessions.${index}`, session.value, []));
  return found;
}

type Mutation =
  | { kind: "delete" }
  | { kind: "replace"; value: unknown }
  | { kind: "duplicate" }
  | { kind: "empty" };

/**
 * Applies a mutation to a deep copy. The top of a file can be replaced, not deleted.
 * When an earlier mutation removed the place `target` points to, the copy is returned unchanged.
 */
function mutate(raw: RawEdition, target: { root: string; path: Key[] }, mutation: Mutation): RawEdition {
  const copy = structuredClone(raw);
  const [rootKey, sessionIndex] = target.root.split(".");
  const holder = rootKey === "sessions" ? copy.sessions[Number(sessionIndex)] : (copy as unknown as Record<string, unknown>);
  if (holder === undefined) return copy;
  const rootField = rootKey === "sessions" ? "value" : rootKey!;
  const steps: Key[] = [rootField, ...target.path];
  let parent: any = holder;
  for (const step of steps.slice(0, -1)) {
    parent = parent?.[step];
    if (parent === null || typeof parent !== "object") return copy;
  }
  const last = steps.at(-1)!;
  switch (mutation.kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (steps.length > 1) delete parent[last];
      else parent[last] = undefined;
      break;
    case "replace":
      parent[last] = mutation.value;
      break;
    case "duplicate":
      if (Array.isArray(parent[last]) && parent[last].length > 0) parent[last].push(structuredClone(parent[last][0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
      break;
    case "empty":
      parent[last] = Array.isArray(parent[last]) ? [] : typeof parent[last] === "string" ? "" : {};
      break;
  }
  return copy;
}

/** Values authors plausibly get wrong, and arbitrary ones. */
const badValue = fc.oneof(
  fc.constantFrom("", " ", "\u00A0", "2015-13-45", "21/05/2015", "Jean Dupont", "jean_dupont", "x".repeat(2000), 0, -1, 1.5, NaN, null, true, [], {}),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(),
  fc.anything({ maxDepth: 2 }),
);

describe("the validator never crashes", () => {
  it("on a whole data file replaced by anything", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_KEYS, "session"), fc.anything({ maxDepth: 3 }), (key, value) => {
        const raw = structuredClone(pristine);
        if (key === "session") raw.sessions[0]!.value = value;
        else raw[key] = value;
        expectBuiltOrNamed(raw);
      }),
      { numRuns: 200 },
    );
  });

  it("on the real data with one field deleted, replaced, duplicated or emptied", () => {
    const paths = allPaths(pristine);
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.constant({ kind: "delete" } as const),
      badValue.map((value) => ({ kind: "replace", value }) as const),
      fc.constant({ kind: "duplicate" } as const),
      fc.constant({ kind: "empty" } as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), mutation, (target, change) => {
        expectBuiltOrNamed(mutate(pristine, target, change));
      }),
      { numRuns: 600 },
    );
  });

  it("on several mutations at once", () => {
    const paths = allPaths(pristine);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), badValue), { minLength: 2, maxLength: 6 }), (changes) => {
        let raw = pristine;
        for (const [target, value] of changes) raw = mutate(raw, target, { kind: "replace", value });
        expectBuiltOrNamed(raw);
      }),
      { numRuns: 200 },
    );
  });

  it("names the closest ids for any unknown speaker id", () => {
    const ids = (pristine.people as { id: string }[]).map((p) => p.id);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), (id) => {
        fc.pre(!ids.includes(id));
        const raw = structuredClone(pristine);
        (raw.sessions[1]!.value as { contributions: { speakers: string[] }[] }).contributions[0]!.speakers = [id];
        const result = validate(raw);
        expect("errors" in result).toBe(true);
        if (!("errors" in result)) return;
        expectNamed(result.errors);
        const error = result.errors.find((e) => e.fieldPath === "contributions[0].speakers[0]");
        expect(error?.problem).toBe(`unknown person id "${id}"`);
        expect(error?.fix).toMatch(/Use an id defined in _data\/people\.ts/);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps any non-blank text as written, trimmed (accents, emoji, right-to-left, no-break spaces)", () => {
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 300 })
      .filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(text, text, (title, familyName) => {
        const raw = structuredClone(pristine);
        const session = raw.sessions[1]!.value as { contributions: { title?: string; speakers: string[] }[] };
        session.contributions[0]!.title = title;
        const person = (raw.people as { id: string; familyName: string }[]).find((p) => p.id === session.contributions[0]!.speakers[0])!;
        person.familyName = familyName;
        const result = validate(raw);
        expect("edition" in result).toBe(true);
        if (!("edition" in result)) return;
        const contribution = result.edition.contributions.find((c) => c.session.slug === "atelier-1")!;
        expect(contribution.heading).toBe(title.trim());
        expect(contribution.speakers[0]).toMatchObject({ type: "person", familyName: familyName.trim() });
      }),
      { numRuns: 200 },
    );
  });
});

describe("Markdown from the data cannot inject markup", () => {
  const md = configureMarkdown(markdownIt());
  // What Markdown itself produces; anything else would have come from raw HTML in the data.
  const ALLOWED = new Set(["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "img", "table", "thead", "tbody", "tr", "th", "td", "s"]);
  const hostile = fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "[proto](//evil.example/x)",
    "<iframe src=//evil.example></iframe>",
    "<style>body{display:none}</style>",
    "[ext](https://example.org/a?b=c)",
    "<https://example.org/auto>",
    "[mail](mailto:a@example.org)",
    '"><svg onload=alert(1)>',
    "&lt;script&gt;",
    "\u202Eevil\u202C",
  );
  const markdown = fc.array(fc.oneof(hostile, fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("\n\n", "\n- ", "**", "_", "`", "> ")), { maxLength: 12 }).map((parts) => parts.join(" "));

  it("renders only Markdown's own elements, no event handlers, no script URLs, rel on external links", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        for (const html of [md.render(source), md.renderInline(source)]) {
          for (const element of parse(html).querySelectorAll("*")) {
            const tag = element.rawTagName.toLowerCase();
            expect(ALLOWED.has(tag), `<${tag}> from ${JSON.stringify(source)}`).toBe(true);
            for (const name of Object.keys(element.attributes)) expect(name.toLowerCase().startsWith("on"), html).toBe(false);
            for (const name of ["href", "src"]) {
              const url = element.getAttribute(name);
              if (url !== undefined) expect(url.trim().toLowerCase()).not.toMatch(/^(?:javascript|vbscript|data):/);
            }
            const external = (url: string) => url.startsWith("//") || (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("mailto:"));
            if (tag === "img") expect(external(element.getAttribute("src") ?? ""), html).toBe(false);
            if (tag === "a" && external(element.getAttribute("href") ?? "")) {
              expect(element.getAttribute("rel")?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
