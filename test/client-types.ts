/**
 * Type tests for the typed client, checked by `npm run typecheck` (part of `npm test`): each
 * `@ts-expect-error` must meet a compile error, or the type check itself fails.
 */
import { createClient, officeHolderQuery, pathsQuery, searchQuery, type OfficeHolderQuery } from '@political-graph/client';

const client = createClient({ url: 'http://127.0.0.1:4000/graphql' });

export async function typeTests(): Promise<void> {
  // Right variables give the result type of the operation.
  const result: OfficeHolderQuery = await client.request(officeHolderQuery, { office: 'mayor-of-london', asOf: '2021-05-07' });
  const name: string | undefined = result.entity?.name;

  // @ts-expect-error: a variable of the wrong type
  await client.request(officeHolderQuery, { office: 'mayor-of-london', asOf: 20210507 });

  // @ts-expect-error: a misspelt variable
  await client.request(officeHolderQuery, { ofice: 'mayor-of-london', asOf: '2021-05-07' });

  // @ts-expect-error: a required variable missing
  await client.request(pathsQuery, { from: 'nicola-sturgeon' });

  // @ts-expect-error: variables missing altogether where some are required
  await client.request(searchQuery);

  const { search } = await client.request(searchQuery, { query: 'Starmer' });
  // @ts-expect-error: a field the operation did not select
  search.edges[0]?.node.aliases;

  // @ts-expect-error: a field the schema does not have
  search.totalCountt;

  void name;
}
