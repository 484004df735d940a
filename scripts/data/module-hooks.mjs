/**
 * Node module hooks that the data loader (load.ts) registers before it imports
 * a data folder, so that a folder kept anywhere on disk loads as one inside
 * this repository does: the bare specifier "actes" resolves to this package's
 * define.ts, and every TypeScript file of the folder is an ES module, whether
 * the loader reached it directly or through another data file, with or
 * without a package.json saying so. Plain JavaScript: Node loads hook modules
 * in a thread of their own, where a TypeScript loader may not be running.
 */
const DEFINE = new URL("./define.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "actes") return nextResolve(DEFINE, context);
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith("file:") || resolved.url.includes("/node_modules/")) return resolved;
  // tsx means to load a .ts file outside a "type": "module" package as CommonJS, and marks it so with a
  // query inside its URL; there, require() would not see these hooks and "actes" would not resolve.
  const url = new URL(resolved.url);
  const file = url.pathname.split("%3F")[0];
  if (!/\.m?ts$/.test(file)) return resolved;
  // The loader imports each data file with ?generation=N so that a rebuild sees edits; the files it
  // reaches through imports share that generation, so one module graph is loaded per build. Read from
  // what was asked, since another hook may have rewritten the query (Eleventy's watcher adds its own).
  const generation = generationOf(specifier, context.parentURL) ?? generationOf(context.parentURL);
  url.pathname = file;
  for (const key of [...url.searchParams.keys()]) if (key.startsWith("tsx-")) url.searchParams.delete(key);
  if (generation) url.searchParams.set("generation", generation);
  return { url: url.href, format: "module", shortCircuit: true };
}

function generationOf(specifier, parentURL) {
  try {
    return specifier ? new URL(specifier, parentURL).searchParams.get("generation") : null;
  } catch {
    return null; // a bare specifier: no query of ours
  }
}
