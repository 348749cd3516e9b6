import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('defaults to the embedded Neo4j and port 4000', () => {
    const config = parseConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 4000,
      connections: { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 },
    });
    expect(config.neo4j.probeIntervalMs).toBe(250);
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.neo4j.embedded.dataDirectory).toBe(path.resolve('.data/neo4j'));
    expect(config.seedOnEmpty).toBe(true);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_EMPTY: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toBeDefined();
    expect(problems.find((p) => p.startsWith('NEO4J_URI:'))).toMatch(/neo4j:\/\/.*bolt:\/\//);
    expect(problems.find((p) => p.startsWith('SEED_ON_EMPTY:'))).toBeDefined();
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('accepts routing and encrypted URIs for clusters and Aura', () => {
    for (const uri of ['neo4j://db.example:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://10.0.0.1:7687']) {
      expect(parseConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('finds java under JAVA_HOME when it is set', () => {
    expect(parseConfig({ JAVA_HOME: '/opt/jdk' }).neo4j.embedded.javaExecutable).toBe('/opt/jdk/bin/java');
    expect(parseConfig({}).neo4j.embedded.javaExecutable).toBe('java');
  });

  it('trusts X-Forwarded-For only when asked, with or without per-client limits (the heavy lane reads it too)', () => {
    expect(parseConfig({}).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(parseConfig({ TRUST_PROXY: 'true', CLIENT_CONCURRENCY: '0' })).toMatchObject({ trustProxy: true, fairShare: null });
  });
});
