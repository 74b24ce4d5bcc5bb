import { deals, entities, metrics, rules, sources } from '../data/index.js';
import type { Dataset } from './dataset.js';

/** The package's own dataset, which the exported queries read. */
export const ledger: Dataset = Object.freeze({ sources, entities, deals, metrics, rules });
