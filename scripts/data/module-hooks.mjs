/**
 * Node module hooks that the data loader (load.ts) registers before it imports
 * a data folder, so that a folder kept anywhere on disk loads as one inside
 * this repository does: the bare specifier "actes" resolves to this package's
 * define.ts, and TypeScript data files are ES modules even in a folder with no
 * package.json saying so. Plain JavaScript: Node loads hook modules in a thread
 * of their own, where a TypeScript loader may not be running.
 */
const DEFINE = new URL("./define.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "actes") return nextResolve(DEFINE, context);
  const resolved = await nextResolve(specifier, context);
  const ownTypeScript = resolved.url.startsWith("file:") && /\.ts(?:[?#]|$)/.test(resolved.url) && !resolved.url.includes("/node_modules/");
  return ownTypeScript && resolved.format !== "module" ? { ...resolved, format: "module" } : resolved;
}
