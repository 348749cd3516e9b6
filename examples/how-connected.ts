/**
 * How are two entities connected, and who says so? Prints the shortest paths, hop by hop, with
 * each hop's evidence.
 *
 *   npx tsx examples/how-connected.ts --url http://127.0.0.1:4000/graphql \
 *     --from nicola-sturgeon --to keir-starmer
 */
import { parseArgs } from 'node:util';
import { createClient, GraphQLRequestError, pathsQuery } from '@political-graph/client';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    from: { type: 'string', default: 'nicola-sturgeon' },
    to: { type: 'string', default: 'keir-starmer' },
    'max-hops': { type: 'string', default: '4' },
  },
});

const client = createClient({ url: values.url });
try {
  const { paths } = await client.request(pathsQuery, {
    from: values.from,
    to: values.to,
    maxHops: Number(values['max-hops']),
    first: 3,
  });
  if (paths.length === 0) console.log(`No connection between ${values.from} and ${values.to} within ${values['max-hops']} hops.`);
  for (const [index, path] of paths.entries()) {
    console.log(`Path ${index + 1} (${path.length} hops): ${path.entities.map((entity) => entity.name).join(' → ')}`);
    for (const relation of path.relations) {
      const [evidence] = relation.evidence;
      console.log(`  ${relation.subject.name} ${relation.type} ${relation.object.name}: "${evidence?.quote ?? ''}" (${evidence?.source.title ?? 'no source'})`);
    }
  }
} catch (error) {
  if (!(error instanceof GraphQLRequestError)) throw error;
  console.error(`The server refused the question: ${error.message}`);
  process.exitCode = 1;
}
