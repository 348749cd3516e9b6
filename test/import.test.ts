import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFile, type ImportOptions } from '../src/ingest/import.js';
import { cypher } from '../src/neo4j/statement.js';
import { connectTestGraph, deleteByKeyPrefix, uniquePrefix, type TestGraph } from './support/graph.js';
import { startScript } from './support/processes.js';

/**
 * The import command: JSON Lines and CSV through the seed's rules, bad rows reported by line with
 * nothing written (or set aside with --reject), re-runs that change nothing, and a run killed with
 * SIGKILL mid-write that a second run completes into exactly the graph the file describes.
 */

const prefix = uniquePrefix('import');
const k = (name: string) => `${prefix}-${name}`;
const TEXT = 'Ann Example joined the Example Party in 2019. Ann Example now leads it.';
const options: ImportOptions = { actor: 'import:test', batchSize: 2, rejectFile: null, checkOnly: false };

const GRAPH = cypher(
  'test.importedGraph',
  `MATCH (relation:Relation) WHERE relation.id STARTS WITH $prefix
   OPTIONAL MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
   WITH relation, support, source ORDER BY source.key, support.quote
   WITH relation, collect([source.key, support.quote, support.start]) AS evidence
   RETURN relation.id AS id, relation.type AS type,
          [(subject)-[:SUBJECT_OF]->(relation) | subject.key] AS subjects,
          [(relation)-[:OBJECT]->(object) | object.key] AS objects,
          evidence, relation.updatedAt AS updatedAt
   ORDER BY id`,
);
const ENTITY_EVIDENCE = cypher(
  'test.importedEntityEvidence',
  `MATCH (:Entity {key: $key})-[described:DESCRIBED_BY]->(source:Source)
   RETURN source.key AS source, described.property AS property, described.start AS start`,
);
const COUNTS = cypher(
  'test.importedCounts',
  `MATCH (node) WHERE node.key STARTS WITH $prefix OR node.id STARTS WITH $prefix
   RETURN count(CASE WHEN node:Entity THEN 1 END) AS entities, count(CASE WHEN node:Relation THEN 1 END) AS relations,
          count(CASE WHEN node:Relation AND NOT EXISTS { (node)-[:SUPPORTED_BY]->() } THEN 1 END) AS withoutEvidence`,
);

let graph: TestGraph;
let folder: string;

async function file(name: string, content: string): Promise<string> {
  const at = path.join(folder, name);
  await writeFile(at, content);
  return at;
}

const jsonLines = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

interface ImportedRelation {
  id: string;
  type: string;
  subjects: string[];
  objects: string[];
  evidence: [string, string | null, number | null][];
  updatedAt: string;
}

async function importedGraph(keyPrefix = prefix): Promise<ImportedRelation[]> {
  const records = await graph.database.read(GRAPH, { prefix: keyPrefix });
  return records.map((record) => ({
    id: record.get('id'),
    type: record.get('type'),
    subjects: record.get('subjects'),
    objects: record.get('objects'),
    evidence: (record.get('evidence') as [string, string | null, { toNumber(): number } | null][]).map(([source, quote, start]) => [source, quote, start === null ? null : start.toNumber()]),
    updatedAt: String(record.get('updatedAt')),
  }));
}

async function counts(keyPrefix = prefix) {
  const [record] = await graph.database.read(COUNTS, { prefix: keyPrefix });
  return { entities: record!.get('entities').toNumber(), relations: record!.get('relations').toNumber(), withoutEvidence: record!.get('withoutEvidence').toNumber() };
}

beforeAll(async () => {
  graph = connectTestGraph();
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-import-'));
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
  await rm(folder, { recursive: true, force: true });
});

const basics = [
  { entity: { key: k('ann'), kind: 'PERSON', name: `Ann Example ${prefix}`, aliases: ['A. Example'] } },
  {
    entity: {
      key: k('party'), kind: 'ORGANIZATION', subKind: 'PARTY', name: `Example Party ${prefix}`,
      evidence: [{ source: k('article'), quote: 'the Example Party', property: 'name' }],
    },
  },
  { source: { key: k('article'), kind: 'NEWS_ARTICLE', title: 'Example', publishedAt: '2021-05-07', text: TEXT } },
];

describe('JSON Lines', () => {
  it('writes entities, sources and relations with located quotes, and a second run changes nothing', async () => {
    const at = await file('basic.jsonl', jsonLines([
      // A relation may come before the entities it refers to: the file is validated whole first.
      { relation: { id: k('ann-member'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), validFrom: 2019, evidence: [{ source: k('article'), quote: 'Ann Example joined the Example Party' }] } },
      ...basics,
      { relation: { id: k('ann-leads'), type: 'LEADS', subject: k('ann'), object: k('party'), evidence: [{ source: k('article'), quote: 'Ann Example now leads it' }] } },
    ]));
    const report = await importFile(graph.database, at, 'jsonl', options);
    expect(report.problems).toEqual([]);
    expect(report.written).toEqual({ entities: 2, sources: 1, relations: 2, evidence: 3 });
    const first = await importedGraph();
    expect(first.map(({ id, evidence }) => [id, evidence])).toEqual([
      [k('ann-leads'), [[k('article'), 'Ann Example now leads it', TEXT.indexOf('Ann Example now leads it')]]],
      [k('ann-member'), [[k('article'), 'Ann Example joined the Example Party', 0]]],
    ]);

    await importFile(graph.database, at, 'jsonl', options);
    expect(await importedGraph()).toEqual(first);
    const described = await graph.database.read(ENTITY_EVIDENCE, { key: k('party') });
    expect(described.map((record) => [record.get('source'), record.get('property'), record.get('start').toNumber()])).toEqual([
      [k('article'), 'name', TEXT.indexOf('the Example Party')],
    ]);
  });

  it('reports every bad row by line and writes nothing', async () => {
    const before = await counts();
    const at = await file('bad.jsonl', jsonLines([
      ...basics,
      { relation: { id: k('bad-kind'), type: 'LEADS', subject: k('party'), object: k('ann'), evidence: [{ source: k('article'), quote: 'Ann Example now leads it' }] } },
      { relation: { id: k('bad-quote'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), evidence: [{ source: k('article'), quote: 'Ann Example left' }] } },
      { relation: { id: k('bad-date'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), validTo: '2021-02-30', evidence: [{ source: k('article'), quote: 'Ann Example now leads it' }] } },
      { relation: { id: k('no-evidence'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), evidence: [] } },
      { entity: { key: k('ann'), kind: 'PERSON', name: 'Twice' } },
      { relation: { id: k('good'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), validFrom: '2020', evidence: [{ source: k('article'), quote: 'Ann Example joined' }] } },
    ]).replace(/\n$/, '\n{oops\n'));
    const report = await importFile(graph.database, at, 'jsonl', options);
    expect(report.written).toBeNull();
    expect(report.problems).toEqual([
      { line: 4, where: 'line 4', field: 'relation.type', message: 'LEADS connects PERSON → ORGANIZATION, not ORGANIZATION → PERSON' },
      { line: 5, where: 'line 5', field: 'relation.evidence[0].quote', message: `quote not found verbatim in the text of "${k('article')}": "Ann Example left"` },
      { line: 6, where: 'line 6', field: 'relation.validTo', message: '"2021-02-30" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY' },
      { line: 7, where: 'line 7', field: 'relation.evidence', message: 'every relation needs at least one piece of evidence' },
      { line: 8, where: 'line 8', field: 'entity.key', message: `entity "${k('ann')}" is already defined on line 1` },
      { line: 10, where: 'line 10', field: '', message: expect.stringMatching(/^not valid JSON/) },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('with a reject file, writes the good rows and sets the bad ones aside as they were', async () => {
    const rows = [
      ...basics,
      { relation: { id: k('kept'), type: 'MEMBER_OF', subject: k('ann'), object: k('party'), validFrom: '2019-06', evidence: [{ source: k('article'), quote: 'Ann Example joined' }] } },
      { relation: { id: k('set-aside'), type: 'MEMBER_OF', subject: k('ann'), object: k('nobody'), evidence: [{ source: k('article'), quote: 'Ann Example joined' }] } },
    ];
    const at = await file('partly.jsonl', jsonLines(rows));
    const rejectFile = path.join(folder, 'rejects.jsonl');
    const report = await importFile(graph.database, at, 'jsonl', { ...options, rejectFile });
    expect(report.problems).toEqual([{ line: 5, where: 'line 5', field: 'relation.object', message: `unknown entity "${k('nobody')}"` }]);
    expect(report.written?.relations).toBe(1);
    expect(await readFile(rejectFile, 'utf8')).toBe(jsonLines([rows[4]!]));
    expect((await importedGraph()).map((relation) => relation.id)).toContain(k('kept'));
  });

  it('refuses to change the kind of an entity the database holds', async () => {
    const at = await file('rekind.jsonl', jsonLines([{ entity: { key: k('party'), kind: 'PLACE', name: 'Now a place' } }]));
    const report = await importFile(graph.database, at, 'jsonl', options);
    expect(report.problems).toEqual([
      { line: 1, where: 'line 1', field: 'entity.kind', message: `entity "${k('party')}" is ORGANIZATION in the database, not PLACE; kinds cannot change` },
    ]);
  });
});

describe('CSV', () => {
  it('reads typed cells, aliases and consecutive rows of one relation as its evidence', async () => {
    const csv = [
      'record,key,kind,subKind,name,aliases,title,text,id,type,subject,object,validFrom,votes,share,source,quote',
      `entity,${k('cal')},PERSON,,Cal Example ${prefix},C. Example|Cal,,,,,,,,,,,`,
      `entity,${k('poll')},ELECTION,BY_ELECTION,Example by-election ${prefix},,,,,,,,,,,,`,
      `source,${k('csv-article')},NEWS_ARTICLE,,,,CSV news,"Cal Example stood, and won 9,000 votes.",,,,,,,,,`,
      `relation,,,,,,,,${k('cal-stood')},CANDIDATE_IN,${k('cal')},${k('poll')},2021-05-06,9000,0.51,${k('csv-article')},Cal Example stood`,
      `relation,,,,,,,,${k('cal-stood')},CANDIDATE_IN,${k('cal')},${k('poll')},2021-05-06,9000,0.51,${k('csv-article')},"won 9,000 votes"`,
    ].join('\n');
    const report = await importFile(graph.database, await file('basic.csv', csv), 'csv', options);
    expect(report.problems).toEqual([]);
    expect(report.written).toEqual({ entities: 2, sources: 1, relations: 1, evidence: 2 });
    const [stood] = (await importedGraph()).filter((relation) => relation.id === k('cal-stood'));
    expect(stood?.evidence).toEqual([
      [k('csv-article'), 'Cal Example stood', 0],
      [k('csv-article'), 'won 9,000 votes', 'Cal Example stood, and won 9,000 votes.'.indexOf('won')],
    ]);
  });

  it('names the line of a repeated relation that disagrees with its first row', async () => {
    const csv = [
      'record,id,type,subject,object,validFrom,source,quote',
      `relation,${k('x')},MEMBER_OF,${k('cal')},${k('party')},2019,${k('csv-article')},Cal Example stood`,
      `relation,${k('x')},MEMBER_OF,${k('cal')},${k('party')},2020,${k('csv-article')},Cal Example stood`,
    ].join('\n');
    const report = await importFile(graph.database, await file('disagree.csv', csv), 'csv', options);
    expect(report.problems).toEqual([
      { line: 2, where: 'line 2', field: '', message: `line 3 repeats relation "${k('x')}" with a different validFrom; rows of one relation may differ only in their evidence` },
    ]);
  });
});

describe('npm run import, killed and run again', () => {
  const crash = `${prefix}-crash`;
  const people = 150;
  const perPerson = 12;

  function crashRows(): object[] {
    const rows: object[] = [{ source: { key: `${crash}-article`, kind: 'NEWS_ARTICLE', title: 'Crash test', text: TEXT } }];
    for (let party = 0; party < 4; party += 1) rows.push({ entity: { key: `${crash}-party-${party}`, kind: 'ORGANIZATION', subKind: 'PARTY', name: `Party ${party} ${crash}` } });
    for (let person = 0; person < people; person += 1) {
      rows.push({ entity: { key: `${crash}-p${person}`, kind: 'PERSON', name: `Person ${person} ${crash}` } });
      for (let stint = 0; stint < perPerson; stint += 1) {
        rows.push({
          relation: {
            id: `${crash}-p${person}-s${stint}`, type: 'MEMBER_OF', subject: `${crash}-p${person}`, object: `${crash}-party-${stint % 4}`,
            validFrom: `${1990 + stint}`, validTo: `${1991 + stint}`,
            evidence: [{ source: `${crash}-article`, quote: 'Ann Example joined the Example Party' }, { source: `${crash}-article`, quote: 'now leads it' }],
          },
        });
      }
    }
    return rows;
  }

  const environment = () => {
    const neo4j = inject('neo4j');
    return {
      NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_DATABASE: neo4j.database, LOG_FORMAT: 'json',
      ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
    };
  };

  it('finishes the job with no duplicate and no relation without evidence', async () => {
    const at = await file('crash.jsonl', jsonLines(crashRows()));
    const expectedRelations = people * perPerson;

    const first = startScript('src/ingest/import-cli.ts', [at, '--batch-size', '20', '--as', 'import:crash-test'], environment());
    let atKill = await counts(crash);
    while (atKill.relations === 0 && first.child.exitCode === null) {
      await delay(25);
      atKill = await counts(crash);
    }
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const afterKill = await counts(crash);
    // Killed mid-write: some relations are in, not all, and none without its evidence.
    expect(afterKill.relations).toBeGreaterThan(0);
    expect(afterKill.relations).toBeLessThan(expectedRelations);
    expect(afterKill.withoutEvidence).toBe(0);

    const second = startScript('src/ingest/import-cli.ts', [at, '--batch-size', '500', '--as', 'import:crash-test'], environment());
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(await counts(crash)).toEqual({ entities: people + 4, relations: expectedRelations, withoutEvidence: 0 });
    const stored = await importedGraph(crash);
    expect(stored).toHaveLength(expectedRelations);
    for (const relation of stored) {
      const [, person, stint] = /-p(\d+)-s(\d+)$/.exec(relation.id)!.map(Number);
      expect(relation.subjects).toEqual([`${crash}-p${person}`]);
      expect(relation.objects).toEqual([`${crash}-party-${stint! % 4}`]);
      expect(relation.evidence).toEqual([
        [`${crash}-article`, 'Ann Example joined the Example Party', 0],
        [`${crash}-article`, 'now leads it', TEXT.indexOf('now leads it')],
      ]);
    }
  }, 120_000);

  it('exits 1 naming the bad lines, and writes nothing', async () => {
    const at = await file('cli-bad.jsonl', jsonLines([{ entity: { key: `${crash}-bad`, kind: 'PERSON', name: 'x', date: '2021-01-01' } }]));
    const run = startScript('src/ingest/import-cli.ts', [at], environment());
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.output()).toContain('line 1: entity.date: only elections have a date');
    expect(run.output()).toContain('Nothing was written.');
  }, 60_000);
});
