// Where does a number come from? Every record carries verbatim quotes from its sources.
//
//   npx tsx examples/cite-a-fact.ts                            # Alibaba Cloud's revenue run rate
//   npx tsx examples/cite-a-fact.ts Xiami monthly-active-users
import { citationFor, metricsFor, type MetricName } from '../src/index.js';

const [entity = 'Alibaba Cloud', metric = 'revenue-run-rate'] = process.argv.slice(2);

const facts = metricsFor(entity, { metric: metric as MetricName }).map((m) => ({
  id: m.id,
  fact: m.summary,
  value: m.value ?? null,
  min: m.min ?? null,
  max: m.max ?? null,
  unit: m.unit,
  asOf: m.asOf ?? m.period?.to ?? null,
  qualifier: m.qualifier,
  citation: citationFor(m),
}));

for (const fact of facts) console.log(`${fact.fact}\n  ${fact.citation.replaceAll('\n', '\n  ')}\n`);
console.log(JSON.stringify(facts, null, 2));
