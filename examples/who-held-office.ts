/**
 * Who held an office on a given day, and which sources say so?
 *
 *   npx tsx examples/who-held-office.ts --url http://127.0.0.1:4000/graphql \
 *     --office first-minister-of-scotland --date 2021-05-07
 */
import { parseArgs } from 'node:util';
import { createClient, officeHolderQuery } from '@political-graph/client';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    office: { type: 'string', default: 'first-minister-of-scotland' },
    date: { type: 'string', default: '2021-05-07' },
  },
});

const client = createClient({ url: values.url });
const { entity, relations } = await client.request(officeHolderQuery, { office: values.office, asOf: values.date });

if (!entity) {
  console.log(`No office has the key "${values.office}".`);
} else if (!('holder' in entity)) {
  console.log(`${entity.name} is not an office.`);
} else if (!entity.holder) {
  console.log(`No holder of ${entity.name} is recorded for ${values.date}.`);
} else {
  console.log(`On ${values.date}, ${entity.name} was held by ${entity.holder.name}.`);
  for (const { node } of relations.edges.filter(({ node }) => node.subject.key === entity.holder?.key)) {
    for (const evidence of node.evidence) {
      const where = [evidence.source.publisher, evidence.source.publishedAt].filter(Boolean).join(', ');
      console.log(`  "${evidence.quote ?? '(no quote)'}" (${evidence.source.title}; ${where})`);
    }
  }
}
