import { z } from 'zod';
import { kindOfLabel, type EntityKind } from '../model/entity.js';
import { normalizeName } from '../model/rules.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import { LUCENE_SYNTAX } from './fulltext-query.js';

/**
 * Entities whose name or an alias is one of the given names: the full-text index finds those that
 * hold all of a name's words (as a phrase), and the exact comparison (case, accents and punctuation
 * ignored, as normalizeName reads names) is made here, since the index cannot make it.
 */
const ENTITIES_NAMED = cypher(
  'entities.named',
  `UNWIND $names AS given
   CALL db.index.fulltext.queryNodes('entity_search', given.phrase, {limit: 50}) YIELD node
   WITH given, node WHERE node:Entity
   RETURN given.name AS name,
          collect({key: node.key, labels: labels(node), subKind: node.subKind, name: node.name, aliases: coalesce(node.aliases, [])}) AS candidates`,
);

const matchRow = z.object({
  name: z.string(),
  candidates: z.array(z.object({ key: z.string(), labels: z.array(z.string()), subKind: z.string().nullable(), name: z.string(), aliases: z.array(z.string()) })),
});

export interface NamedEntity {
  key: string;
  kind: EntityKind;
  subKind: string | null;
}

const CHUNK = 2_000;

/** For each name (as given), the entities called so, by name or alias. */
export async function entitiesNamed(database: GraphDatabase, names: readonly string[]): Promise<Map<string, NamedEntity[]>> {
  const found = new Map<string, NamedEntity[]>();
  const asked = [...new Set(names)].map((name) => ({ name, phrase: `"${name.replace(LUCENE_SYNTAX, ' ').trim()}"` })).filter((given) => given.phrase !== '""');
  for (let at = 0; at < asked.length; at += CHUNK) {
    const records = await database.read(ENTITIES_NAMED, { names: asked.slice(at, at + CHUNK) });
    for (const record of records) {
      const row = matchRow.parse(record.toObject());
      const wanted = normalizeName(row.name);
      const matches = row.candidates.flatMap((candidate) => {
        const kind = candidate.labels.map(kindOfLabel).find((label) => label !== undefined);
        const named = [candidate.name, ...candidate.aliases].some((name) => normalizeName(name) === wanted);
        return kind && named ? [{ key: candidate.key, kind, subKind: candidate.subKind }] : [];
      });
      found.set(row.name, matches);
    }
  }
  return found;
}
