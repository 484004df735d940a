/**
 * The one reader of PDF content streams (ISO 32000-1, 7.8.2): splits a page's
 * drawing instructions into operations, reads an operation's operands, and
 * finds what is drawn outside any marked-content sequence, i.e. neither
 * tagged content nor an artifact. Streams are handled as Latin-1 text so
 * every byte survives a round trip. What the text operations draw is
 * interpreted in drawn-text.ts.
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
/** An operand ends at white space or a delimiter that opens another (a name may follow a name). */
const ENDS_OPERAND = WHITE.slice();
for (const ch of "/<>[]()") ENDS_OPERAND[ch.charCodeAt(0)] = 1;
const endsOperand = (code: number) => code < 128 && ENDS_OPERAND[code] === 1;

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
      i = literalEnd(source, i);
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

/** Operands of one operation: numbers, names, strings (as bytes) and arrays. */
export type Operand = number | string | Uint8Array | Operand[] | { dict: string };

export function operandsOf(text: string): Operand[] {
  // Read by character code, without slicing the rest of the text per token: a TJ array of a long line holds hundreds of operands.
  const stack: Operand[][] = [[]];
  let top = stack[0]!;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128 && WHITE[code] === 1) i++;
    else if (code === 0x5b /* [ */) {
      top = [];
      stack.push(top);
      i++;
    } else if (code === 0x5d /* ] */) {
      const array = stack.pop()!;
      top = stack.at(-1)!;
      top.push(array);
      i++;
    } else if (code === 0x3c /* < */ && text.charCodeAt(i + 1) === 0x3c) {
      // An inline dictionary (marked-content properties): kept as text.
      let depth = 0;
      const start = i;
      while (i < n) {
        if (text.startsWith("<<", i)) {
          depth++;
          i += 2;
        } else if (text.startsWith(">>", i)) {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else if (text[i] === "(") i = literalEnd(text, i);
        else i++;
      }
      top.push({ dict: text.slice(start, i) });
    } else if (code === 0x3c /* < */) {
      const end = text.indexOf(">", i);
      top.push(hexBytes(text.slice(i + 1, end)));
      i = end + 1;
    } else if (code === 0x28 /* ( */) {
      const end = literalEnd(text, i);
      top.push(literalBytes(text.slice(i + 1, end - 1)));
      i = end;
    } else {
      const start = i;
      i++;
      while (i < n && !endsOperand(text.charCodeAt(i))) i++;
      const token = text.slice(start, i);
      if (code === 0x2f /* / */) top.push(token);
      else {
        const number = Number(token);
        // The operator itself ends the text; anything else that is not a number is left out.
        if (!Number.isNaN(number)) top.push(number);
      }
    }
  }
  return stack[0]!;
}

/** Index just after the literal string that opens at `start`. */
function literalEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}

export function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(hex.length / 2));
  let count = 0;
  let high = -1;
  for (let i = 0; i < hex.length; i++) {
    const value = hexValue(hex.charCodeAt(i));
    if (value < 0) continue; // white space between digits
    if (high < 0) high = value;
    else {
      bytes[count++] = high * 16 + value;
      high = -1;
    }
  }
  // An odd last digit is followed by an implied 0 (ISO 32000-1, 7.3.4.3).
  if (high >= 0) bytes[count++] = high * 16;
  return count === bytes.length ? bytes : bytes.slice(0, count);
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

export function literalBytes(body: string): Uint8Array {
  const out: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      out.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i] ?? "";
    if (next in escapes) out.push(escapes[next]!);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === "\r") {
      if (body[i + 1] === "\n") i++;
    } else if (next !== "\n") out.push(next.charCodeAt(0));
  }
  return Uint8Array.from(out);
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
