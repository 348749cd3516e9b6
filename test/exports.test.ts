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

/** A Python with NetworkX, if the machine has one (.ci/run installs Debian's python3-networkx when none has). */
async function pythonWithNetworkx(): Promise<string | null> {
  for (const python of ['python3', '/usr/bin/python3']) {
    const found = await promisify(execFile)(python, ['-c', 'import networkx']).then(() => true, () => false);
    if (found) return python;
  }
  return null;
}

const BY_ELECTION = '/export/{format}?key=2021-hartlepool-by-election&depth=1';
const MORTIMER_WON = 'jill-mortimer-won-2021-hartlepool-by-election';

describe('exports of the Hartlepool by-election, as analysts open them', () => {
  it('GraphML: NetworkX reads it, with labels, the votes as an integer, the share as a fraction, dates with their precision', async () => {
    const { status, body } = await download(BY_ELECTION.replace('{format}', 'graphml'));
    expect(status).toBe(200);
    const python = await pythonWithNetworkx();
    expect(python, 'no Python with NetworkX on this machine').not.toBeNull();
    // read_graphml types each value by its key's attr.type: votes come back an int, share a float.
    const script = [
      'import json, sys, networkx',
      'graph = networkx.read_graphml(sys.stdin)',
      'won = [data for _, _, data in graph.edges(data=True) if data.get("type") == "WON" and data.get("votes") == 15529]',
      'print(json.dumps({"mortimer": graph.nodes["jill-mortimer"]["label"], "won": won}))',
    ].join('\n');
    const child = execFile(python!, ['-c', script]);
    child.stdin!.end(body);
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (chunk) => (text += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`python exited ${code}`))));
    });
    const read = JSON.parse(output);
    expect(read.mortimer).toBe('Jill Mortimer');
    expect(read.won).toEqual([expect.objectContaining({ label: 'WON', votes: 15529, share: 0.519, majority: 6940 })]);
  });

  it('Cytoscape JSON: Cytoscape loads it with labels and numbers; CSV: edges with every qualifier, and a node table beside them', async () => {
    const cyjs = JSON.parse((await download(BY_ELECTION.replace('{format}', 'cytoscape'))).body);
    const cy = cytoscape({ headless: true, elements: cyjs.elements });
    expect(cy.getElementById('jill-mortimer').data('label')).toBe('Jill Mortimer');
    const won = cy.getElementById(MORTIMER_WON);
    expect(won.data()).toMatchObject({ label: 'WON', votes: 15529, share: 0.519, majority: 6940 });

    const edges: Record<string, string>[] = parseCsv((await download(BY_ELECTION.replace('{format}', 'csv'))).body, { columns: true });
    expect(edges.find((row) => row.Id === MORTIMER_WON)).toMatchObject({ Label: 'WON', votes: '15529', share: '0.519', majority: '6940' });
    const nodes: Record<string, string>[] = parseCsv((await download(BY_ELECTION.replace('{format}', 'nodes-csv'))).body, { columns: true });
    const ids = new Set(edges.flatMap((row) => [row.Source, row.Target]));
    expect(new Set(nodes.map((row) => row.Id))).toEqual(ids);
    expect(nodes.find((row) => row.Id === 'jill-mortimer')).toMatchObject({ Label: 'Jill Mortimer', kind: 'PERSON' });
  });
});

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
    ['/export/pdf?key=scotland', 400, /Parameter "format" must be one of graphml, cytoscape, csv, nodes-csv/],
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
