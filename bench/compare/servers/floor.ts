import { AnswerBuilder, RELATIONS_IN_ORDER, type Answer, type EntityBrief, type EvidenceBrief, type MixRequest } from '../mix.js';
import { statementsEndpoint, type BenchServer } from './server.js';

/**
 * (b) the floor: each question answered by one Cypher statement run through neo4j-driver behind a
 * bare node:http handler (floor-server.ts), with no GraphQL. What it answers is what Neo4j returned.
 */

export interface FloorRelation {
  id: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  subject: EntityBrief;
  object: EntityBrief;
  /** Only in answers to `evidence`. */
  evidence?: Omit<EvidenceBrief, 'relation'>[];
}

/** The one body shape of every question: the parts a question does not use are left out. */
export interface FloorResponse {
  /** entity-as-of and evidence: the entity asked for (absent when no entity has the key); neighbourhood: its start. */
  entity?: EntityBrief;
  /** search. */
  entities?: EntityBrief[];
  /** entity-as-of, evidence, office-holders, neighbourhood. */
  relations?: FloorRelation[];
  paths?: { entities: EntityBrief[]; relations: FloorRelation[] }[];
}

export function floorAnswer(request: MixRequest, body: unknown): Answer {
  const response = body as FloorResponse & { error?: string };
  if (typeof response !== 'object' || response === null || response.error !== undefined) {
    throw new Error(`${request.query}(${JSON.stringify(request.variables)}) was answered with an error: ${JSON.stringify(body)}`);
  }
  const answer = new AnswerBuilder();
  const relation = (found: FloorRelation) => {
    const id = answer.relation(found);
    for (const evidence of found.evidence ?? []) answer.supportedBy({ relation: id, ...evidence });
    return id;
  };
  // A neighbourhood's nodes are its start plus both ends of every relation, which relation() adds.
  if (response.entity) answer.entity(response.entity);
  for (const entity of response.entities ?? []) answer.entity(entity);
  for (const found of response.relations ?? []) relation(found);
  for (const path of response.paths ?? []) {
    answer.path({ entities: path.entities.map((entity) => answer.entity(entity)), relations: path.relations.map(relation) });
  }
  return answer.build({ relationsInOrder: RELATIONS_IN_ORDER[request.query] });
}

export const floorServer: BenchServer = {
  id: 'b',
  name: 'floor: neo4j-driver behind node:http',
  program: { script: 'bench/compare/servers/floor-server.ts' },
  request: (request) => ({
    method: 'POST',
    path: `/${request.query}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.variables),
  }),
  answer: floorAnswer,
  statementsRun: statementsEndpoint,
};
