import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';
import { testConfig } from './support/graph.js';
import { projectRoot } from './support/processes.js';

/**
 * Exports of the seed's graph, read back the way analysts' tools read them: the GraphML parsed as
 * XML, the Cytoscape.js JSON loaded into Cytoscape itself, the CSV parsed as CSV; each must hold
 * exactly the nodes and edges the same question asked in GraphQL answers.
 */

const api = useSeedApi();

async function download(path: string) {
  const response = await api.yoga().fetch(`http://localhost${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

interface Expected {
  nodes: string[];
  edges: string[];
}

async function expectedNeighbourhood(key: string, depth: number): Promise<Expected> {
  const { data, errors } = await api.query(
    'query ($key: String!, $depth: Int) { neighbourhood(key: $key, depth: $depth) { nodes { key } edges { key } } }',
    { key, depth },
  );
  expect(errors).toBeUndefined();
  return {
    nodes: data.neighbourhood.nodes.map((node: any) => node.key),
    edges: data.neighbourhood.edges.map((edge: any) => edge.key),
  };
}

function graphMLContents(xml: string): Expected & { edgeData: Record<string, Record<string, string>> } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(xml);
  const graph = document.graphml.graph;
  const edges = graph.edge ?? [];
  return {
    nodes: (graph.node ?? []).map((node: any) => node['@_id']),
    edges: edges.map((edge: any) => edge['@_id']),
    edgeData: Object.fromEntries(
      edges.map((edge: any) => [edge['@_id'], Object.fromEntries(edge.data.map((data: any) => [data['@_key'], String(data['#text'])]))]),
    ),
  };
}

describe('GET /export', () => {
  it('writes the neighbourhood as GraphML with the nodes and edges GraphQL gives', async () => {
    const expected = await expectedNeighbourhood('nicola-sturgeon', 3);
    expect(expected.edges.length).toBeGreaterThan(20);
    const { status, headers, body } = await download('/export/graphml?key=nicola-sturgeon&depth=3');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="neighbourhood-nicola-sturgeon-depth-3.graphml"');

    const graph = graphMLContents(body);
    expect(graph.nodes).toEqual(expected.nodes);
    expect(graph.edges).toEqual(expected.edges);
    // Each edge carries its type, dates and the words of its evidence.
    const leads = graph.edgeData['nicola-sturgeon-leads-scottish-national-party'];
    expect(leads).toMatchObject({ 'edge.type': 'LEADS' });
    expect(leads!['edge.quote']!.length).toBeGreaterThan(0);
  });

  it('writes Cytoscape.js elements that Cytoscape itself loads', async () => {
    const expected = await expectedNeighbourhood('keir-starmer', 1);
    const { status, body } = await download('/export/cytoscape?key=keir-starmer');
    expect(status).toBe(200);
    const exported = JSON.parse(body);
    const cy = cytoscape({ headless: true, elements: exported.elements });
    expect(cy.nodes().map((node) => node.id())).toEqual(expected.nodes);
    expect(cy.edges().map((edge) => edge.id())).toEqual(expected.edges);
    const succession = cy.getElementById('keir-starmer-succeeded-jeremy-corbyn');
    expect(succession.source().id()).toBe('keir-starmer');
    expect(succession.target().id()).toBe('jeremy-corbyn');
    expect(succession.data('evidence').length).toBeGreaterThan(0);
    expect(exported.data.truncated).toBe(false);
  });

  it('writes the paths between two entities as a CSV edge list', async () => {
    const { data } = await api.query(
      '{ paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 5, first: 3) { relations { key subject { key } object { key } } } }',
    );
    const expectedEdges = [...new Set(data.paths.flatMap((path: any) => path.relations.map((hop: any) => hop.key)))];
    const { status, headers, body } = await download('/export/csv?from=nicola-sturgeon&to=keir-starmer&maxHops=5&first=3');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.Id)).toEqual(expectedEdges);
    for (const row of rows) {
      expect(row).toMatchObject({ Type: 'Directed' });
      expect(row.Source).not.toBe(row.Target);
      expect(row.evidence_sources!.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['/export/graphml?key=scotland&depth=9', 400, /Argument "depth" must be between 1 and 3, got 9/],
    ['/export/pdf?key=scotland', 400, /Parameter "format" must be one of graphml, cytoscape, csv/],
    ['/export/%E0%A4%A?key=scotland', 400, /The path after \/export\/ is not valid percent-encoding/],
    ['/export/csv?key=scotland&colour=red', 400, /Unknown parameter "colour"/],
    ['/export/csv?key=scotland&asOf=2021-02-30', 400, /Parameter "asOf" must be a calendar date/],
    ['/export/csv?key=scotland&types=LEADS,LIKES', 400, /Parameter "types\.1" must be relation types/],
    ['/export/csv?depth=2', 400, /Give "key" for a neighbourhood, or "from" and "to"/],
    ['/export/csv?key=no-such-entity', 404, /No entity has the key "no-such-entity"/],
    ['/export/csv?from=scotland&to=nobody-at-all', 404, /No entity has the key "nobody-at-all"/],
  ])('%s answers %i naming what is wrong', async (path, status, message) => {
    const response = await download(path);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).errors[0].message).toMatch(message);
  });
});

describe('npm run export', () => {
  const run = promisify(execFile);
  const neo4j = testConfig().neo4j;
  const environment = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEO4J_URI: neo4j.uri!,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_DATABASE: neo4j.database,
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
    LOG_LEVEL: 'warn',
  };
  const exportCommand = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/exploration/export-cli.ts', ...args], { cwd: projectRoot, env: environment });

  it('prints the same GraphML as the HTTP endpoint', async () => {
    const { stdout } = await exportCommand('graphml', '--key', 'nicola-sturgeon', '--depth', '2');
    const fromHttp = await download('/export/graphml?key=nicola-sturgeon&depth=2');
    expect(stdout).toBe(fromHttp.body);
  }, 60_000);

  it('refuses a bad option with a message and exit code 1', async () => {
    const failure = await exportCommand('csv', '--key', 'scotland', '--depth', 'deep').catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/Parameter "depth" must be a whole number/);
  }, 60_000);
});
