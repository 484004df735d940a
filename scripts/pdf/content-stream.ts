/**
 * A small reader of PDF content streams (ISO 32000-1, 7.8.2): splits a page's
 * drawing instructions into operations and finds what is drawn outside any
 * marked-content sequence, i.e. neither tagged content nor an artifact.
 * Streams are handled as Latin-1 text so every byte survives a round trip.
 */

export interface Operation {
  operator: string;
  /** The operation's source, operands and operator, as written (without leading white space). */
  text: string;
}

// Character classes by code: a long book's streams hold millions of characters, and a table
// lookup per character is several times faster than a regular expression test.
const WHITE = new Uint8Array(128);
for (const ch of "\0\t\n\f\r ") WHITE[ch.charCodeAt(0)] = 1;
const ENDS_TOKEN = WHITE.slice();
for (const ch of "()<>[]{}/%") ENDS_TOKEN[ch.charCodeAt(0)] = 1;
/** Numbers start with a digit, a sign or a point; operators never do. */
const STARTS_NUMBER = new Uint8Array(128);
for (const ch of "0123456789+-.") STARTS_NUMBER[ch.charCodeAt(0)] = 1;
const endsToken = (code: number) => code < 128 && ENDS_TOKEN[code] === 1;

/** Splits a content stream into operations; operands stay as written. */
export function parseOperations(source: string): Operation[] {
  const operations: Operation[] = [];
  let i = 0;
  let start = -1;
  let nesting = 0;
  const n = source.length;
  const begin = () => {
    if (start < 0) start = i;
  };
  while (i < n) {
    const code = source.charCodeAt(i);
    const ch = source[i]!;
    if (code < 128 && WHITE[code] === 1) {
      i++;
    } else if (ch === "%") {
      while (i < n && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (ch === "(") {
      begin();
      let depth = 0;
      for (; i < n; i++) {
        const c = source[i];
        if (c === "\\") i++;
        else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) break;
      }
      i++;
    } else if (ch === "<" && source[i + 1] === "<") {
      begin();
      nesting++;
      i += 2;
    } else if (ch === ">" && source[i + 1] === ">") {
      nesting--;
      i += 2;
    } else if (ch === "<") {
      begin();
      i = source.indexOf(">", i) + 1 || n;
    } else if (ch === "[" || ch === "{") {
      begin();
      nesting++;
      i++;
    } else if (ch === "]" || ch === "}") {
      nesting--;
      i++;
    } else if (ch === "/") {
      begin();
      i++;
      while (i < n && !endsToken(source.charCodeAt(i))) i++;
    } else {
      begin();
      const tokenStart = i;
      while (i < n && !endsToken(source.charCodeAt(i))) i++;
      const token = source.slice(tokenStart, i);
      const isOperand = (code < 128 && STARTS_NUMBER[code] === 1) || token === "true" || token === "false" || token === "null";
      if (!isOperand && nesting === 0) {
        if (token === "ID") {
          // Inline image data runs to the first "EI" standing alone.
          const end = /[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/g;
          end.lastIndex = i;
          const match = end.exec(source);
          i = match ? match.index + match[0].length : n;
          operations.push({ operator: "EI", text: source.slice(start, i) });
        } else {
          operations.push({ operator: token, text: source.slice(start, i) });
        }
        start = -1;
      }
    }
  }
  return operations;
}

const PATH_CONSTRUCTION = new Set(["m", "l", "c", "v", "y", "h", "re"]);
const PATH_PAINTING = new Set(["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]);

/**
 * The drawing units of a stream with their marked-content depth: a text
 * object (BT…ET), a painted path, an XObject (Do), a shading (sh) or an
 * inline image. Paths only used as clipping (ending in "n") draw nothing.
 */
export interface Unit {
  /** Index of the unit's first and last operation. */
  first: number;
  last: number;
  kind: "text" | "path" | "xobject" | "shading" | "image";
  /** Number of marked-content sequences (BDC/BMC) the unit is in. */
  depth: number;
  /** For "xobject": the resource name drawn, e.g. "/X1". */
  name?: string;
}

export function drawingUnits(operations: Operation[]): Unit[] {
  const units: Unit[] = [];
  let depth = 0;
  for (let i = 0; i < operations.length; i++) {
    const op = operations[i]!.operator;
    if (op === "BDC" || op === "BMC") depth++;
    else if (op === "EMC") depth--;
    else if (op === "BT") {
      let j = i;
      let inner = 0;
      while (j < operations.length - 1 && operations[j]!.operator !== "ET") {
        j++;
        const o = operations[j]!.operator;
        if (o === "BDC" || o === "BMC") inner++;
        else if (o === "EMC") inner--;
      }
      // Marked content opened inside the text object and closed after it cannot be wrapped whole: leave it.
      if (inner === 0) units.push({ first: i, last: j, kind: "text", depth });
      else depth += inner;
      i = j;
    } else if (PATH_CONSTRUCTION.has(op)) {
      let j = i;
      while (j < operations.length - 1 && (PATH_CONSTRUCTION.has(operations[j + 1]!.operator) || ["W", "W*"].includes(operations[j + 1]!.operator))) j++;
      const painter = operations[j + 1]?.operator;
      if (painter !== undefined && PATH_PAINTING.has(painter)) units.push({ first: i, last: j + 1, kind: "path", depth });
      i = j + 1;
    } else if (op === "Do") {
      const name = operations[i]!.text.match(/\/[^\s/]+/)?.[0];
      units.push({ first: i, last: i, kind: "xobject", depth, ...(name ? { name } : {}) });
    } else if (op === "sh") units.push({ first: i, last: i, kind: "shading", depth });
    else if (op === "EI") units.push({ first: i, last: i, kind: "image", depth });
  }
  return units;
}

/**
 * Wraps every unit drawn outside marked content in `/Artifact BMC … EMC`
 * (ISO 14289-1, 7.1: content is either tagged or an artifact). `keep` may
 * veto a unit, e.g. a form XObject that carries tagged content of its own.
 */
export function markUnmarkedAsArtifacts(source: string, keep: (unit: Unit) => boolean = () => false): { text: string; wrapped: number } {
  const operations = parseOperations(source);
  const starts = new Map<number, Unit>();
  for (const unit of drawingUnits(operations)) if (unit.depth === 0 && !keep(unit)) starts.set(unit.first, unit);
  const out: string[] = [];
  let wrapped = 0;
  for (let i = 0; i < operations.length; i++) {
    const unit = starts.get(i);
    if (!unit) {
      out.push(operations[i]!.text);
      continue;
    }
    out.push("/Artifact BMC");
    for (let j = unit.first; j <= unit.last; j++) out.push(operations[j]!.text);
    out.push("EMC");
    wrapped++;
    i = unit.last;
  }
  return { text: `${out.join("\n")}\n`, wrapped };
}
