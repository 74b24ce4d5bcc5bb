import type { Deal, DealKind, DealStatus, PartialDate, PartyRole } from '../schema/records.js';
import { LedgerError } from '../errors.js';
import { DEAL_KINDS, DEAL_STATUSES, PARTY_ROLES } from '../schema/vocabulary.js';
import { type Dataset, type EntityRef, ledger, type OneOrMany } from './_lib/dataset.js';
import { datedDeals, overlaps, readDateRange } from './_lib/dates.js';
import { privateVocabulary, readFlag, readOptions, readVocabulary } from './_lib/vocabulary.js';
import { resolveEntityIn } from './resolve-entity.js';
import { subsidiariesOfIn } from './subsidiaries-of.js';

/** What {@link dealsBy} selects on; every option narrows the result, lists match any of their values. */
export interface DealsQuery {
  /** A party by id, name or alias, or its entity record. */
  readonly party?: EntityRef;
  /** The party's role when `party` is given, otherwise the role of any party. */
  readonly role?: OneOrMany<PartyRole>;
  readonly kind?: OneOrMany<DealKind>;
  readonly status?: OneOrMany<DealStatus>;
  /** Deals dated on or after the first day of this partial date. */
  readonly from?: PartialDate;
  /** Deals dated on or before the last day of this partial date. */
  readonly to?: PartialDate;
  /** Also count deals of the party's subsidiaries today (entities whose chain of current parent links reaches it). */
  readonly includeSubsidiaries?: boolean;
  /**
   * With `includeSubsidiaries`: also count a dated deal of an entity that belonged to the party
   * on the deal's date by a former link (`formerParents`), as `subsidiariesOf(party, { asOf: deal.date })`.
   */
  readonly includeFormer?: boolean;
}

const OPTIONS = ['party', 'role', 'kind', 'status', 'from', 'to', 'includeSubsidiaries', 'includeFormer'] as const;
const KINDS = /* @__PURE__ */ privateVocabulary(DEAL_KINDS);
const ROLES = /* @__PURE__ */ privateVocabulary(PARTY_ROLES);
const STATUSES = /* @__PURE__ */ privateVocabulary(DEAL_STATUSES);

/** {@link dealsBy} over any dataset. */
export function dealsByIn(data: Dataset, query?: string | DealsQuery): readonly Deal[] {
  const caller = 'dealsBy';
  const options = typeof query === 'string' ? { party: query } : readOptions(query, OPTIONS, caller);
  const kinds = readVocabulary(options.kind, KINDS, 'UNKNOWN_KIND', 'deal kind', caller);
  const roles = readVocabulary(options.role, ROLES, 'UNKNOWN_ROLE', 'party role', caller);
  const statuses = readVocabulary(options.status, STATUSES, 'UNKNOWN_STATUS', 'deal status', caller);
  const range = readDateRange(options.from, options.to, caller);
  const withSubsidiaries = readFlag(options.includeSubsidiaries, 'includeSubsidiaries', caller);
  if (withSubsidiaries && options.party === undefined) {
    throw new LedgerError('INVALID_QUERY', `${caller}: includeSubsidiaries needs a party`, { value: options });
  }
  const withFormer = readFlag(options.includeFormer, 'includeFormer', caller);
  if (withFormer && !withSubsidiaries) {
    throw new LedgerError('INVALID_QUERY', `${caller}: includeFormer needs includeSubsidiaries`, { value: options });
  }
  const party = options.party === undefined ? undefined : resolveEntityIn(data, options.party as EntityRef, caller);
  const today = party && new Set([party.id, ...(withSubsidiaries ? subsidiariesOfIn(data, party, undefined, caller) : []).map((e) => e.id)]);
  // With includeFormer, a dated deal also counts for the group as it stood on its date; one group per distinct date.
  const onDate = new Map<PartialDate, ReadonlySet<string>>();
  const partiesOf = (date: PartialDate | undefined): ReadonlySet<string> | undefined => {
    if (!party || !today || !withFormer || date === undefined) return today;
    let parties = onDate.get(date);
    if (!parties) onDate.set(date, (parties = new Set([...today, ...subsidiariesOfIn(data, party, { asOf: date }, caller).map((e) => e.id)])));
    return parties;
  };
  const matches = datedDeals(data).filter(({ record, time }) => {
    const parties = partiesOf(record.date);
    return (
      (!kinds || kinds.has(record.kind)) &&
      (!statuses || statuses.has(record.status)) &&
      (!range || overlaps(time, range)) &&
      ((!parties && !roles) || record.parties.some((p) => (!parties || parties.has(p.entity)) && (!roles || roles.has(p.role))))
    );
  });
  return Object.freeze(matches.map((d) => d.record));
}

/**
 * The deals matching a query, by date: earliest first (partial dates by the start, then the end
 * of the interval they cover), then by id; undated deals last. A string is short for
 * `{ party: string }`; no query gives every deal. `from`/`to` compare date intervals: a deal
 * matches when the days its date covers overlap the days from the start of `from` to the end of
 * `to`, so `{ from: '2014', to: '2014' }` is every deal dated in 2014; undated deals never match
 * a date bound.
 *
 * @throws {LedgerError} `UNKNOWN_ENTITY` for an unknown party; `UNKNOWN_KIND`, `UNKNOWN_ROLE`,
 *   `UNKNOWN_STATUS` for a value outside the vocabulary (with the nearest allowed values);
 *   `INVALID_DATE` for a malformed bound; `INVERTED_RANGE` when `from` is after `to`;
 *   `INVALID_QUERY` for an unknown option, a value of the wrong type, `includeSubsidiaries`
 *   without a party, or `includeFormer` without `includeSubsidiaries`.
 * @example
 * import { dealsBy } from 'ecosystem-ledger';
 * dealsBy({ party: 'Alibaba', role: 'acquirer', kind: 'acquisition', from: '2014', to: '2014' }).map((d) => d.id);
 * // → ['alibaba-acquires-and-privatizes-autonavi-2014', 'alibaba-acquires-chinavision-media-2014']
 * dealsBy({ party: 'AliExpress Russia JV', kind: 'joint-venture' })[0]?.parties.find((p) => p.entity === 'megafon')?.votingStake; // → 30.2
 * dealsBy({ party: 'Ant Group', includeSubsidiaries: true }).length >= dealsBy('Ant Group').length; // → true
 * // Uber China was Uber's until Didi bought it in 2016: its deals of that year count for Uber again.
 * dealsBy({ party: 'Uber', role: 'target', includeSubsidiaries: true }).map((d) => d.id); // → []
 * dealsBy({ party: 'Uber', role: 'target', includeSubsidiaries: true, includeFormer: true }).map((d) => d.id);
 * // → ['didi-acquires-uber-china-2016']
 * // @ts-expect-error a misspelt kind is a type error too; plain JavaScript meets it at run time
 * dealsBy({ kind: 'aquisition' }); // → throws UNKNOWN_KIND
 * dealsBy({ from: '2015', to: '2014' }); // → throws INVERTED_RANGE
 */
export function dealsBy(query?: string | DealsQuery): readonly Deal[] {
  return dealsByIn(ledger, query);
}
