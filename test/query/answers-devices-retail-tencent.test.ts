import { describe, expect, it } from 'vitest';
import { deals, metrics } from '../../src/data/index.js';
import { dealsBy, entityOf, metricsFor, resolveEntity, subsidiariesOf } from '../../src/query/index.js';

// Questions the Xiaomi, retail and Tencent sources answer, asked of the real dataset.

const SOURCES: ReadonlySet<string> = new Set([
  'xiaomi-ecosystem-value-exchange',
  'tc-aliexpress-russia-jv',
  'tc-carrefour-china-suning',
  'tc-bytedance-smartphone',
  'tc-tencent-education',
  'tc-tencent-cloud-japan',
  'tc-intel-barefoot',
]);

describe('answers from the Xiaomi, retail and Tencent sources', () => {
  it.each([
    ['Mi', 'xiaomi'],
    ['Mi shopping mall', 'mi-com'],
    ['IoT platform', 'mi-iot-platform'],
    ['Ninebot 9', 'ninebot-9-balanced-car'],
    ['Mail.Ru', 'mail-ru-group'],
    ['Megafon', 'megafon'],
    ['RDIF', 'rdif'],
    ['Alibaba Group', 'alibaba'],
    ['Bytedance', 'bytedance'],
    ['Chinese manufacturers', 'chinese-smartphone-makers'],
    ['PCG', 'tencent-platform-and-content-group'],
    ['Tencent Holdings', 'tencent'],
    ['Barefoot', 'barefoot-networks'],
  ])('the sources’ spelling %s resolves to %s', (spelling, id) => expect(resolveEntity(spelling).id).toBe(id));

  it('Barefoot Networks’ $155.4 million raised is held once, as a metric, not as a round', () => {
    const raised = metricsFor('Barefoot Networks', { metric: 'funding-raised' });
    expect(raised.map((m) => [m.value, m.unit])).toEqual([[155_400_000, 'USD']]);
    const barefootDeals = dealsBy('Barefoot Networks');
    expect(barefootDeals.some((d) => d.kind === 'funding-round')).toBe(false);
    expect(barefootDeals.flatMap((d) => d.amounts)).toEqual([]);
    // the investors are still there, none of them said to lead
    const backers = barefootDeals.flatMap((d) => d.parties.filter((p) => p.role === 'investor').map((p) => p.entity));
    for (const name of ['Tencent Holdings', 'Alibaba Group', 'Lightspeed Ventures']) expect(backers).toContain(resolveEntity(name).id);
  });

  it('Xiaomi’s investments in named ecosystem members are implied, each with a reason', () => {
    const investments = dealsBy({ party: 'Xiaomi', role: 'investor', kind: 'investment' });
    const perMember = investments.filter((d) => ['90fun', 'Ninebot', '8H', 'Huami', 'Zimi'].some((n) => d.parties.some((p) => p.entity === resolveEntity(n).id)));
    expect(perMember).toHaveLength(5);
    for (const deal of perMember) {
      expect(deal.evidence).toBe('implied');
      expect(deal.evidenceNote).toMatch(/advisor and investor in all of this/);
    }
  });

  it('the mass and high-end segments of the Mi ecosystem’s market are market figures that make up the whole', () => {
    const market = resolveEntity('Consumer market of the Mi ecosystem');
    expect(market.kind).toBe('market');
    const shares = metricsFor(market, { metric: 'share' });
    expect(shares.map((m) => m.value).sort()).toEqual([30, 70]);
    expect(shares.reduce((sum, m) => sum + (m.value ?? 0), 0)).toBe(100);
  });

  it('what went into the AliExpress Russia JV now belongs to it, since the year of the deal', () => {
    const jv = resolveEntity('AliExpress Russia JV');
    const [deal] = dealsBy({ party: jv, role: 'venture', kind: 'joint-venture' });
    const contributed = deal!.parties.filter((p) => p.role === 'target').map((p) => p.entity);
    expect(subsidiariesOf(jv).map((e) => e.id)).toEqual([...contributed].sort());
    for (const id of contributed) expect(entityOf(id).parent).toMatchObject({ entity: jv.id, since: deal!.date });
  });

  it('RDIF’s stakes are told only for after its option, so only the option deal states them', () => {
    const rdif = resolveEntity('RDIF').id;
    const withStake = dealsBy('RDIF').filter((d) => d.parties.some((p) => p.entity === rdif && p.stake !== undefined));
    expect(withStake.map((d) => d.kind)).toEqual(['option']);
    const [option] = withStake;
    expect(option!.parties.find((p) => p.entity === rdif)).toMatchObject({ stake: 12.9, votingStake: 9.6 });
  });

  it('China’s cloud market on IDC’s figures: Alibaba first with 43%, Tencent second with 11%', () => {
    const figure = (name: string, metric: 'rank' | 'market-share') =>
      metricsFor(name, { metric }).find((m) => m.scope?.includes('IDC'))?.value;
    expect([figure('Alibaba Cloud', 'rank'), figure('Alibaba Cloud', 'market-share')]).toEqual([1, 43]);
    expect([figure('Tencent Cloud', 'rank'), figure('Tencent Cloud', 'market-share')]).toEqual([2, 11]);
  });

  it('every stake metric of these sources that restates a deal points at a deal that holds the same stake', () => {
    const dealIds = new Map(deals.map((d) => [d.id, d]));
    const restated = metrics.filter(
      (m) =>
        (m.metric === 'stake' || m.metric === 'voting-stake') &&
        m.citations.every((c) => SOURCES.has(c.source)) &&
        m.derivedFrom !== undefined &&
        dealIds.has(m.derivedFrom),
    );
    expect(restated.length).toBeGreaterThanOrEqual(10);
    for (const m of restated) {
      const origin = dealIds.get(m.derivedFrom as string)!;
      const key = m.metric === 'stake' ? 'stake' : 'votingStake';
      expect(origin.parties.some((p) => p.entity === m.entity && p[key] === m.value), `${m.id} in ${origin.id}`).toBe(true);
    }
  });
});
