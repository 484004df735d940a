/**
 * The built-in interface words, one complete set per supported language, and
 * how a data folder's labels.ts is laid over them: objects are merged key by
 * key, any other value (a word, a list) replaces the built-in one.
 */
import { primaryLanguage } from "../../lib/typography.ts";
import type { Labels, SupportedLanguage } from "../schema.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

export const BUILT_IN_LABELS: Record<SupportedLanguage, Labels> = { fr, en };

/** The built-in words for a language tag ("en-GB" → the English set); French when the language is not supported. */
export function builtInLabels(language: string): Labels {
  return BUILT_IN_LABELS[primaryLanguage(language) as SupportedLanguage] ?? fr;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** `overrides` laid over `base`, unvalidated: the schema checks the result (unknown keys included). */
export function overlayLabels(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides === undefined ? base : overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = overlayLabels(base[key], value);
  return merged;
}
