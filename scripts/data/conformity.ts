/**
 * The RGAA conformity status, derived from the audit in the data: "full"
 * when every applicable criterion is met, "partial" from 50 %, and "none"
 * below that or when no audit was done (the RGAA's rule: automated checks
 * alone never make a site conformant).
 */
import type { Accessibility } from "./schema.ts";

export type ConformityStatus = "full" | "partial" | "none";

export function conformityStatus(accessibility: Pick<Accessibility, "audit">): ConformityStatus {
  const rate = accessibility.audit?.rate;
  if (rate === undefined) return "none";
  if (rate >= 100) return "full";
  return rate >= 50 ? "partial" : "none";
}
