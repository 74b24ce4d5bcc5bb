import { z } from 'zod';
import { currencyScale } from '../money/currency-scale.js';
import { currencyCodeSchema } from './records.js';
import { KEBAB_CASE } from '../_lib/text.js';

function isKnownCurrency(code: string): boolean {
  try {
    return currencyScale(code) >= 0;
  } catch {
    return false;
  }
}

const kebab = z.string().regex(KEBAB_CASE, 'a kebab-case name such as "producer"');

/** Money as the royalty functions pass it: integer minor units of a currency at its scale. */
export const moneySchema = z.object({
  amount: z.number().int().refine(Number.isSafeInteger, 'a safe integer count of minor units'),
  currency: currencyCodeSchema,
  scale: z.number().int().min(0),
});

export const ruleRoleSchema = z.object({
  role: kebab,
  weight: z.number().int().nonnegative().refine(Number.isSafeInteger, 'a safe integer weight'),
  payee: z.string().trim().min(1).optional(),
});

/** A quote from a stored source backing a rule (any source id: user rules cite their own). */
export const ruleCitationSchema = z.object({
  source: z.string().trim().min(1),
  quote: z.string().trim().min(1).max(300),
});

/**
 * A royalty rule, as `defineRule` accepts it. `defineRule` checks the same constraints by hand
 * so that `ecosystem-ledger/royalty` loads without zod; a property test keeps the two in step.
 */
export const royaltyRuleSchema = z
  .object({
    id: kebab,
    name: z.string().trim().min(1),
    currency: currencyCodeSchema.refine(isKnownCurrency, 'a currency code the library knows, such as CNY'),
    roles: z.array(ruleRoleSchema).min(1),
    priceCap: moneySchema.optional(),
    listPrice: moneySchema.optional(),
    platformRole: z.string().optional(),
    citations: z.array(ruleCitationSchema).optional(),
  })
  .superRefine((rule, ctx) => {
    const names = rule.roles.map((r) => r.role);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['roles'], message: 'role names are unique within a rule' });
    if (rule.roles.every((r) => r.weight === 0)) ctx.addIssue({ code: 'custom', path: ['roles'], message: 'the role weights must sum above zero' });
    for (const field of ['priceCap', 'listPrice'] as const) {
      const price = rule[field];
      const wrongScale = price && isKnownCurrency(rule.currency) && price.scale !== currencyScale(rule.currency);
      if (price && (price.currency !== rule.currency || price.amount <= 0 || wrongScale)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `positive money in the rule's currency ${rule.currency}` });
      }
    }
    if (rule.platformRole !== undefined && !names.includes(rule.platformRole)) {
      ctx.addIssue({ code: 'custom', path: ['platformRole'], message: `one of the rule's roles (${names.join(', ')})` });
    }
  });

/** A credit: who fills a role of a rule, with a positive integer share of that role. */
export const creditSchema = z.object({
  role: z.string(),
  payee: z.string().trim().min(1),
  share: z.number().int().positive().refine(Number.isSafeInteger, 'a safe integer share'),
});

export type RoyaltyRuleShape = z.infer<typeof royaltyRuleSchema>;
