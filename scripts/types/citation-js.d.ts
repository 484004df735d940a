// citation-js ships JavaScript without type declarations: the part of its API we call.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
