/**
 * Rewrites the text of an HTML document or fragment, leaving tags, attributes,
 * comments and the raw text of <script> and <style> alone. The callback is told
 * which of the `tracked` elements the text sits in, so that a caller can leave
 * the text of links, code or <title> as it is.
 */
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/gi;

export function mapHtmlText(
  html: string,
  tracked: readonly string[],
  rewrite: (text: string, inside: (element: string) => boolean) => string,
): string {
  // Counts, not a stack: the tracked elements always close, unlike <p> or <li>.
  const depth = new Map(tracked.map((name) => [name, 0]));
  const inside = (element: string) => (depth.get(element) ?? 0) > 0;
  return html.replace(TOKEN, (token) => {
    if (!token.startsWith("<")) return rewrite(token, inside);
    const name = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(token);
    if (name && depth.has(name[2]!.toLowerCase()) && !token.endsWith("/>")) {
      const key = name[2]!.toLowerCase();
      depth.set(key, Math.max(0, depth.get(key)! + (name[1] ? -1 : 1)));
    }
    return token;
  });
}
