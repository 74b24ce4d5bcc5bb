import { musicianPlatformRule, xiamiDownloadRule, type RoyaltyRule } from '../royalty/index.js';

/** The royalty rules the CLI knows, by the id its `<rule>` / `--rule` arguments take. */
export const RULES_BY_ID: ReadonlyMap<string, RoyaltyRule> = new Map([xiamiDownloadRule, musicianPlatformRule].map((r) => [r.id, r]));
