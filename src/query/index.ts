/**
 * query/ — questions over the cited dataset: deals, metrics, entities, subsidiaries, citations,
 * provenance and conflicts, one public function per module, helpers grouped in `_lib/`
 * (vocabulary, dates, names, dataset).
 *
 * May import: data/, schema/, the shared `_lib/`, errors. Never the royalty side.
 */
export { citationFor } from './citation-for.js';
export type { Cited } from './citation-for.js';
export { conflicts } from './conflicts.js';
export type { ConflictGroup } from './conflicts.js';
export type { EntityRef, OneOrMany } from './_lib/dataset.js';
export { dealsBy } from './deals-by.js';
export type { DealsQuery } from './deals-by.js';
export { entityOf } from './entity-of.js';
export { metricsFor } from './metrics-for.js';
export { provenanceOf } from './provenance-of.js';
export type { FieldCitation, FieldCited, FieldProvenance } from './provenance-of.js';
export type { MetricsQuery } from './metrics-for.js';
export { resolveEntity } from './resolve-entity.js';
export { subsidiariesOf } from './subsidiaries-of.js';
export type { SubsidiariesQuery } from './subsidiaries-of.js';
