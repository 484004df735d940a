/** An author mistake in a data file: it names the file, the field path and the fix. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly fieldPath: string,
    readonly problem: string,
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}${fieldPath ? ` at ${fieldPath}` : ""}: ${problem}\n  Fix: ${fix}`, options);
    this.name = "DataError";
  }
}

/** Several author mistakes found at once, so one build reports them all. */
export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super(
      `Invalid colloquium data (${errors.length} problem${errors.length > 1 ? "s" : ""}):\n` +
        errors.map((error) => `- ${error.message}`).join("\n"),
    );
    this.name = "DataErrors";
  }
}

/** Formats a zod-style path as authors write it: contributions[2].speakers[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** Up to three known values closest to a misspelt one (Levenshtein distance). */
export function closest(value: string, known: Iterable<string>, limit = 3): string[] {
  const scored = [...known].map((candidate) => ({ candidate, distance: levenshtein(value, candidate) }));
  const maxDistance = Math.max(3, Math.floor(value.length / 2));
  return scored
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
