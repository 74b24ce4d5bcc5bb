import type { Entity, ParentLink } from '../schema/records.js';
import { compareText } from '../_lib/compare-text.js';
import { addToGroup } from './add-to-group.js';
import type { Dataset } from './dataset.js';
import { foldName } from './fold-name.js';
import { memoizeByDataset } from './memoize-by-dataset.js';
import { nameKey } from './name-key.js';

/** One parent link seen from the parent's side. */
export interface ChildLink {
  readonly child: Entity;
  readonly link: ParentLink;
}

/** Lookups over a dataset's entities, built on first use. */
export interface EntityIndex {
  readonly byId: ReadonlyMap<string, Entity>;
  /** By {@link nameKey} of id, name and every alias. */
  readonly byKey: ReadonlyMap<string, Entity>;
  /** By {@link foldName} of id, name and every alias; more than one entity when folding merges names. */
  readonly byFolded: ReadonlyMap<string, readonly Entity[]>;
  /** Direct children by current parent id, in id order. */
  readonly children: ReadonlyMap<string, readonly Entity[]>;
  /** Every parent link, current (`parent`) or former (`formerParents`), by parent id, children in id order. */
  readonly links: ReadonlyMap<string, readonly ChildLink[]>;
  /** Every id, name and alias with its entity, for suggestions. */
  readonly labels: ReadonlyMap<string, Entity>;
}

/** The entity lookups of a dataset, computed once per dataset. */
export const entityIndex = memoizeByDataset((data: Dataset): EntityIndex => {
  const byId = new Map<string, Entity>();
  const byKey = new Map<string, Entity>();
  const byFolded = new Map<string, Entity[]>();
  const children = new Map<string, Entity[]>();
  const links = new Map<string, ChildLink[]>();
  const labels = new Map<string, Entity>();
  for (const entity of [...data.entities].sort((a, b) => compareText(a.id, b.id))) {
    byId.set(entity.id, entity);
    for (const label of [entity.id, entity.name, ...entity.aliases]) {
      if (!byKey.has(nameKey(label))) byKey.set(nameKey(label), entity);
      addToGroup(byFolded, foldName(label), entity);
      labels.set(label, entity);
    }
    if (entity.parent) addToGroup(children, entity.parent.entity, entity);
    for (const link of [...(entity.parent ? [entity.parent] : []), ...(entity.formerParents ?? [])]) {
      addToGroup(links, link.entity, { child: entity, link });
    }
  }
  return { byId, byKey, byFolded, children, links, labels };
});
