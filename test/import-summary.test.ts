import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../src/neo4j/statement.js';
import { connectTestGraph, deleteByKeyPrefix, uniquePrefix, type TestGraph } from './support/graph.js';
import { startScript } from './support/processes.js';

/**
 * What `npm run import` says while and after it runs: a progress bar whose every phase ends at its
 * total, and a summary of what the write changed (created, updated, unchanged), not of what it sent.
 */

const prefix = uniquePrefix('import-summary');
const k = (name: string) => `${prefix}-${name}`;
const TEXT = 'Ann Example joined the Example Party in 2019. Ann Example now leads it.';

/** A Popolo import's relations (keyed by hash, not by our prefix) and its dataset source. */
const DELETE_DATASET = cypher(
  'test.deleteImportedDataset',
  `MATCH (source:Source {key: $source})
   OPTIONAL MATCH (relation:Relation)-[:SUPPORTED_BY]->(source)
   DETACH DELETE relation, source`,
);

let graph: TestGraph;
let folder: string;

beforeAll(async () => {
  graph = connectTestGraph();
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-import-summary-'));
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
  await rm(folder, { recursive: true, force: true });
});

const jsonLines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;

async function file(name: string, rows: object[]): Promise<string> {
  const at = path.join(folder, name);
  await writeFile(at, jsonLines(rows));
  return at;
}

const environment = () => {
  const neo4j = inject('neo4j');
  return {
    NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_DATABASE: neo4j.database, LOG_FORMAT: 'json',
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
  };
};

async function runImport(args: string[]) {
  const run = startScript('src/ingest/import-cli.ts', args, environment());
  const exit = await run.exited;
  expect(exit, run.output()).toEqual({ code: 0, signal: null });
  return run.output();
}

/** The last figures each phase's bar showed, as "done/total", by phase. */
function lastFigures(output: string): Record<string, string> {
  const last: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const bar = /^(\S.*?)\s+\|[^|]*\| (\d+)\/(\d+) rows/.exec(line);
    if (bar) last[bar[1]!] = `${bar[2]}/${bar[3]}`;
  }
  return last;
}

/** A file of `people` people, each a member of one party, and its source: 2 + 2 × people rows. */
function members(people: number, tag: string): object[] {
  const rows: object[] = [
    { source: { key: k(`${tag}-article`), kind: 'NEWS_ARTICLE', title: 'Example', publishedAt: '2021-05-07', text: TEXT } },
    { entity: { key: k(`${tag}-party`), kind: 'ORGANIZATION', subKind: 'PARTY', name: `Example Party ${tag} ${prefix}` } },
  ];
  for (let person = 0; person < people; person += 1) {
    rows.push({ entity: { key: k(`${tag}-p${person}`), kind: 'PERSON', name: `Person ${person} ${tag} ${prefix}` } });
    rows.push({
      relation: {
        id: k(`${tag}-p${person}-member`), type: 'MEMBER_OF', subject: k(`${tag}-p${person}`), object: k(`${tag}-party`), validFrom: '2019',
        evidence: [{ source: k(`${tag}-article`), quote: 'Ann Example joined the Example Party' }],
      },
    });
  }
  return rows;
}

describe('the progress bar', () => {
  it('ends every phase at its total, for a total under and over 500 and not a multiple of it', async () => {
    for (const [people, tag] of [[2, 'small'], [300, 'large']] as const) {
      const rows = members(people, tag);
      const output = await runImport([await file(`${tag}.jsonl`, rows), '--progress', '--batch-size', '100']);
      expect(lastFigures(output), output).toEqual({
        checking: `${rows.length}/${rows.length}`,
        'writing entities and sources': `${rows.length}/${rows.length}`,
        'writing relations': `${rows.length}/${rows.length}`,
      });
    }
  }, 90_000);
});

/** The import's closing log line: its message and what it says changed. */
function closingLine(output: string): { msg: string; changes: unknown } {
  const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; changes?: unknown; file?: string });
  const last = lines.findLast((line) => line.file !== undefined);
  expect(last, output).toBeDefined();
  return { msg: last!.msg, changes: last!.changes };
}

const nothing = { created: 0, updated: 0, unchanged: 0 };

type Row = Record<string, Record<string, unknown>>;

/** The rows, with the record of `kind` whose key (or id) is `key` changed. */
const edited = (rows: Row[], kind: string, key: string, change: Record<string, unknown>): Row[] =>
  rows.map((row) => {
    const record = row[kind];
    return record && (record.key ?? record.id) === key ? { [kind]: { ...record, ...change } } : row;
  });

describe('the summary', () => {
  it('says what the first run created, that a second changed nothing, and that a third updated the one row changed', async () => {
    const rows: Row[] = [
      { entity: { key: k('ann'), kind: 'PERSON', name: `Ann Example ${prefix}`, identifiers: [{ scheme: 'test', value: `${prefix}-ann` }] } },
      { entity: { key: k('party'), kind: 'ORGANIZATION', subKind: 'PARTY', name: `Example Party ${prefix}`, evidence: [{ source: k('article'), quote: 'the Example Party', property: 'name' }] } },
      { source: { key: k('article'), kind: 'NEWS_ARTICLE', title: 'Example', publishedAt: '2021-05-07', text: TEXT } },
      { relation: { id: k('ann-member'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), validFrom: '2019', evidence: [{ source: k('article'), quote: 'Ann Example joined the Example Party' }] } },
      { relation: { id: k('ann-leads'), type: 'LEADS', subject: k('ann'), object: k('party'), evidence: [{ source: k('article'), quote: 'Ann Example now leads it' }] } },
    ];
    const at = await file('summary.jsonl', rows);

    const first = closingLine(await runImport([at]));
    expect(first.msg).toBe('Import: 2 entities created, 1 source created, 2 relations created, 3 pieces of evidence added, 1 identifier added');
    expect(first.changes).toEqual({
      entities: { created: 2, updated: 0, unchanged: 0 },
      sources: { created: 1, updated: 0, unchanged: 0 },
      relations: { created: 2, updated: 0, unchanged: 0 },
      evidence: { created: 3, unchanged: 0, removed: 0 },
      identifiers: { added: 1, unchanged: 0 },
    });

    const second = closingLine(await runImport([at]));
    expect(second.msg).toBe('Import: nothing changed');
    expect(second.changes).toEqual({
      entities: { created: 0, updated: 0, unchanged: 2 },
      sources: { created: 0, updated: 0, unchanged: 1 },
      relations: { created: 0, updated: 0, unchanged: 2 },
      evidence: { created: 0, unchanged: 3, removed: 0 },
      identifiers: { added: 0, unchanged: 1 },
    });

    // One row changed: the membership starts a month later.
    const later = edited(rows, 'relation', k('ann-member'), { validFrom: '2019-06' });
    await file('summary.jsonl', later);
    const third = closingLine(await runImport([at]));
    expect(third.msg).toBe('Import: 1 relation updated');
    expect(third.changes).toMatchObject({ entities: { ...nothing, unchanged: 2 }, relations: { created: 0, updated: 1, unchanged: 1 }, evidence: { created: 0, unchanged: 3, removed: 0 } });

    // Evidence changed: one quote replaced by another, on an entity and on a relation.
    const requoted = edited(
      edited(later, 'entity', k('party'), { evidence: [{ source: k('article'), quote: 'Example Party', property: 'name' }] }),
      'relation', k('ann-leads'), { evidence: [{ source: k('article'), quote: 'now leads it' }] },
    );
    await file('summary.jsonl', requoted);
    const fourth = closingLine(await runImport([at]));
    expect(fourth.msg).toBe('Import: 1 relation updated, 2 pieces of evidence added, 2 pieces of evidence removed');

    // Two pieces of evidence, then the same two in the other order: the second import changed nothing.
    const twoQuotes = [{ source: k('article'), quote: 'now leads it' }, { source: k('article'), quote: 'Ann Example now leads it' }];
    await file('summary.jsonl', edited(requoted, 'relation', k('ann-leads'), { evidence: twoQuotes }));
    expect(closingLine(await runImport([at])).msg).toBe('Import: 1 relation updated, 1 piece of evidence added');
    await file('summary.jsonl', edited(requoted, 'relation', k('ann-leads'), { evidence: [...twoQuotes].reverse() }));
    expect(closingLine(await runImport([at])).msg).toBe('Import: nothing changed');

    // Evidence counted as a multiset: [x, x, y] then [x, y, y] keeps two pieces, removes one x, adds one y.
    const [x, y] = twoQuotes;
    await file('summary.jsonl', edited(requoted, 'relation', k('ann-leads'), { evidence: [x, x, y] }));
    await runImport([at]);
    await file('summary.jsonl', edited(requoted, 'relation', k('ann-leads'), { evidence: [x, y, y] }));
    const multiset = closingLine(await runImport([at]));
    expect(multiset.msg).toBe('Import: 1 relation updated, 1 piece of evidence added, 1 piece of evidence removed');
    expect((multiset.changes as { evidence: object }).evidence).toMatchObject({ created: 1, removed: 1 });
  }, 120_000);

  it('counts the same way for a Popolo file, which shares the write path', async () => {
    const popolo = {
      persons: [{ id: 'p1', name: `${prefix} Popolo Person One` }, { id: 'p2', name: `${prefix} Popolo Person Two` }],
      organizations: [{ id: 'council', name: `${prefix} Popolo Council`, classification: 'legislature' }],
      memberships: [
        { person_id: 'p1', organization_id: 'council', role: 'member', start_date: '2019-01-01' },
        { person_id: 'p2', organization_id: 'council', role: 'member', start_date: '2019-01-01' },
      ],
    };
    const at = path.join(folder, 'council.json');
    await writeFile(at, JSON.stringify(popolo));
    const args = [at, '--format', 'popolo', '--dataset', `${prefix}-council`];
    try {
      const first = closingLine(await runImport(args));
      expect(first.changes).toMatchObject({ entities: { created: 3, updated: 0 }, sources: { created: 1 }, relations: { created: 2, updated: 0 } });
      const second = closingLine(await runImport(args));
      expect(second.msg).toBe('Import: nothing changed');

      // One membership's role changed: its relation and its quote; the file's source changes with the file (its SHA-256).
      popolo.memberships[1]!.role = 'chair';
      await writeFile(at, JSON.stringify(popolo));
      const third = closingLine(await runImport(args));
      // Run again, the file's records join the entities the first run made (by their Popolo ids): identifiers rows, no entity rows.
      expect(third.changes).toMatchObject({
        entities: nothing,
        identifiers: { added: 0 },
        sources: { created: 0, updated: 1, unchanged: 0 },
        relations: { created: 0, updated: 1, unchanged: 1 },
        evidence: { created: 1, unchanged: 1, removed: 1 },
      });
      expect(third.msg).toBe('Import: 1 source updated, 1 relation updated, 1 piece of evidence added, 1 piece of evidence removed');
    } finally {
      await graph.database.write(DELETE_DATASET, { source: `dataset-${prefix}-council` });
    }
  }, 120_000);
});
