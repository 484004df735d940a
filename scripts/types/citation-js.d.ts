// citation-js ships JavaScript without type declarations: the part of its API we call.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
    /** The items read, as CSL-JSON. */
    data: any[];
    /** Reads any input a plugin knows (RIS, BibTeX, CSL-JSON…), e.g. forceType: "@ris/file". */
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
