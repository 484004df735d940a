// Eleventy 3 ships JavaScript without type declarations: the part of its API we call.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    /** Eleventy's console logger; overrideLogger swaps the console it prints to. */
    readonly logger: { overrideLogger(logger: Pick<Console, "log" | "info" | "warn" | "error"> | false): void };
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}

// The URL finder Eleventy uses for its HTML transforms (a posthtml plugin).
declare module "@11ty/posthtml-urls" {
  import type { Plugin } from "posthtml";
  export default function urls(options: { eachURL: (url: string, attribute: string, tag: string) => string | Promise<string> }): Plugin<unknown>;
}
