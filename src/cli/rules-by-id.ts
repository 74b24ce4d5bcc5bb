import { usageError } from './args.js';
import type { CliIo } from './io.js';
import { musicianPlatformRule, xiamiDownloadRule, type RoyaltyRule } from '../royalty/index.js';

/** The royalty rules the CLI knows, by the id its `<rule>` / `--rule` arguments take. */
export const RULES_BY_ID: ReadonlyMap<string, RoyaltyRule> = new Map([xiamiDownloadRule, musicianPlatformRule].map((r) => [r.id, r]));

/** The rule named `id`, or a usage error (exit 2) listing the rules the CLI knows. */
export function ruleOrUsageError(id: string, io: CliIo, usage: string): RoyaltyRule | number {
  return RULES_BY_ID.get(id) ?? usageError(io, usage, `unknown rule ${JSON.stringify(id)}; rules are ${[...RULES_BY_ID.keys()].join(', ')}`);
}
