import { describe, expect, it } from 'vitest';
import { deals, entities } from '../../src/data/index.js';
import type { DealRecord, EntityRecord } from '../../src/data/define.js';

const byId = new Map<string, EntityRecord>(entities.map((e) => [e.id, e]));
const entity = (id: string): EntityRecord => byId.get(id) ?? expect.fail(`no entity ${id}`);
const withRole = (deal: DealRecord, role: string) => deal.parties.filter((p) => p.role === role).map((p) => p.entity);

describe('parent links follow the dataset’s own deals', () => {
  const acquisitions = deals.filter((d) => d.kind === 'acquisition');

  it('the target of a completed acquisition is the acquirer’s, since the deal’s date when it has one', () => {
    const problems = acquisitions
      .filter((d) => d.status === 'completed')
      .flatMap((d) =>
        withRole(d, 'target').flatMap((target) =>
          withRole(d, 'acquirer').flatMap((acquirer) => {
            const { parent } = entity(target);
            if (parent?.entity !== acquirer) return [`${d.id}: ${target}'s parent is ${parent?.entity ?? 'none'}, not ${acquirer}`];
            return d.date !== undefined && parent.since !== d.date ? [`${d.id}: ${target} is ${acquirer}'s since ${parent.since ?? '?'}, not ${d.date}`] : [];
          }),
        ),
      );
    expect(problems).toEqual([]);
  });

  it('a seller of a completed acquisition is the target’s former parent, until the deal’s date', () => {
    const sold = acquisitions.filter((d) => d.status === 'completed' && d.date !== undefined && withRole(d, 'target').length > 0 && withRole(d, 'seller').length > 0);
    expect(sold.map((d) => d.id)).toContain('didi-acquires-uber-china-2016');
    for (const d of sold) {
      for (const target of withRole(d, 'target')) {
        // A seller that is a person (Xiami's founder) sold a stake, not a parent company.
        const sellers = withRole(d, 'seller').filter((s) => entity(s).kind !== 'person');
        const former = entity(target).formerParents ?? [];
        for (const seller of sellers) expect(former, `${d.id}: ${target}`).toContainEqual(expect.objectContaining({ entity: seller, until: d.date }));
      }
    }
  });

  it('a target of an acquisition not yet completed stays its seller’s, not the acquirer’s', () => {
    const open = acquisitions.filter((d) => ['announced', 'pending', 'planned', 'considered', 'rumored'].includes(d.status));
    const targets = open.flatMap((d) => withRole(d, 'target').map((t) => ({ deal: d, target: entity(t) })));
    expect(targets.map((t) => t.target.id)).toContain('carrefour-china');
    for (const { deal, target } of targets) {
      for (const acquirer of withRole(deal, 'acquirer')) expect(target.parent?.entity, `${deal.id}: ${target.id}`).not.toBe(acquirer);
      for (const seller of withRole(deal, 'seller')) expect(target.parent?.entity, `${deal.id}: ${target.id}`).toBe(seller);
    }
  });

  describe('joint ventures', () => {
    const ventures = deals.filter((d) => d.kind === 'joint-venture' && d.status === 'completed');

    it('what a partner puts into a completed joint venture becomes the venture’s since the deal, and ends the partner’s link then', () => {
      const contributed = ventures.flatMap((d) => withRole(d, 'target').map((t) => ({ deal: d, target: entity(t) })));
      expect(contributed.map((c) => c.target.id).sort()).toEqual(['aliexpress-russia', 'pandao']);
      for (const { deal, target } of contributed) {
        expect(target.parent, target.id).toMatchObject({ entity: withRole(deal, 'venture')[0], since: deal.date });
        const last = target.formerParents?.at(-1);
        expect(last, target.id).toMatchObject({ until: deal.date });
        expect(withRole(deal, 'partner'), target.id).toContain(last?.entity);
      }
      expect(entity('aliexpress-russia').formerParents?.map((l) => l.entity)).toEqual(['alibaba']);
      expect(entity('pandao').formerParents?.map((l) => l.entity)).toEqual(['mail-ru-group']);
    });

    it('a venture owned by several partners has no single parent: its owners are the deal’s partners', () => {
      const jointlyOwned = deals
        .filter((d) => d.kind === 'joint-venture' && withRole(d, 'partner').length > 1)
        .flatMap((d) => withRole(d, 'venture'));
      expect(jointlyOwned).toEqual(expect.arrayContaining(['aliexpress-russia-jv', 'hellobike-battery-swap-jv']));
      for (const id of jointlyOwned) expect(entity(id).parent, id).toBeUndefined();
      const hellobikeJv = deals.find((d) => withRole(d, 'venture').includes('hellobike-battery-swap-jv'));
      expect(withRole(hellobikeJv!, 'partner').sort()).toEqual(['ant-group', 'catl', 'hellobike']);
    });
  });
});

describe('former parent links', () => {
  const history = entities.filter((e) => e.formerParents !== undefined);

  it('are told for Uber China, ROK, AliExpress Russia and Pandao', () => {
    expect(history.map((e) => e.id).sort()).toEqual(['aliexpress-russia', 'pandao', 'rok-studios', 'uber-china']);
    expect(entity('uber-china').formerParents).toMatchObject([{ entity: 'uber', until: '2016' }]);
    expect(entity('uber-china').parent).toMatchObject({ entity: 'didi', since: '2016' });
  });

  it('name existing entities, never the entity itself or its current parent', () => {
    for (const e of history) {
      for (const link of e.formerParents ?? []) {
        expect(byId.has(link.entity), `${e.id} → ${link.entity}`).toBe(true);
        expect(link.entity, e.id).not.toBe(e.id);
        expect(link.entity, e.id).not.toBe(e.parent?.entity);
      }
    }
  });

  it('cite the owner and the end of each link, field by field', () => {
    for (const e of history) {
      for (const link of e.formerParents ?? []) {
        expect(link.citations.every((c) => c.fields !== undefined && c.fields.length > 0), `${e.id} → ${link.entity}`).toBe(true);
        const named = new Set(link.citations.flatMap((c) => c.fields ?? []));
        expect([...named].sort(), `${e.id} → ${link.entity}`).toEqual(expect.arrayContaining(['entity', 'until']));
      }
    }
  });
});
