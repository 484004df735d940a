// Eleventy 3 ships JavaScript without type declarations: the part of its API we call.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    /** Eleventy's console logger; overrideLogger swaps the console it prints to. */
    readonly logger: { overrideLogger(logger: Pick<Console, "log" | "info" | "warn" | "error"> | false): void };
    /** The preview (scripts/preview.ts): set up, build and watch, serve, stop. */
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}

