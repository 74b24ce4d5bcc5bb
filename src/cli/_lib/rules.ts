// Internal: the royalty rules the CLI knows, by id. Kept apart from the dataset lookups, so that
// `settle`, `split` and `sql` never load the dataset.
import { closestMatches, didYouMean } from '../../query/_lib/names.js';
import { musicianPlatformRule, xiamiDownloadRule } from '../../royalty/rules.js';
import type { RoyaltyRule } from '../../royalty/rule-types.js';
import { usageError } from '../args.js';
import type { CliIo } from './files.js';

/** The royalty rules the CLI knows, by the id its `<rule>` / `--rule` arguments take. */
export const RULES_BY_ID: ReadonlyMap<string, RoyaltyRule> = new Map([xiamiDownloadRule, musicianPlatformRule].map((r) => [r.id, r]));

/** The rule named `id`, or a usage error (exit 2) with the nearest rule and the rules the CLI knows. */
export function ruleOrUsageError(id: string, io: CliIo, usage: string): RoyaltyRule | number {
  const rule = RULES_BY_ID.get(id);
  if (rule) return rule;
  const ids = [...RULES_BY_ID.keys()];
  const hint = didYouMean(closestMatches(id, ids, 1), "'");
  return usageError(io, usage, `unknown rule '${id}'; ${hint ? `${hint} ` : ''}rules are ${ids.join(', ')}`);
}
