/** The small part of Eleventy's configuration API our plugins use (Eleventy ships no types). */
export interface EleventyConfig {
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options: Options): void;
  addPlugin(plugin: (config: EleventyConfig) => void | Promise<void>): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: any[]) => string): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false; url: string } }, content: string) => string | Promise<string>): void;
  amendLibrary(name: string, amend: (library: any) => unknown): void;
  on(event: string, callback: (...args: any[]) => unknown): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  setTemplateFormats(formats: string | string[]): void;
  setServerOptions(options: Record<string, unknown>): void;
  setServerPassthroughCopyBehavior(behavior: string): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(enabled: boolean): void;
  /** Globs of input files Eleventy does not render. */
  ignores: Set<string>;
  directories: { input: string; output: string; includes: string; data: string };
  pathPrefix?: string;
}
