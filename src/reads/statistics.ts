import { checkRange } from '../model/arguments.js';
import { NO_FILTER, type RelationType } from '../model/relation.js';
import type { KindCount, PartyCount, StatisticsRepository, TypeCount, YearCount } from '../repositories/statistics-repository.js';

export const PARTY_DEFAULTS = { first: 10 } as const;
export const MAX_PARTIES = 100;

/** Counts over the whole graph, for dashboards; retracted relations never count. */
export class StatisticsReads {
  constructor(private readonly repository: StatisticsRepository) {}

  entitiesByKind(): Promise<KindCount[]> {
    return this.repository.entitiesByKind();
  }

  relationsByType(asOf: string | null): Promise<TypeCount[]> {
    return this.repository.relationsByType({ ...NO_FILTER, asOf });
  }

  relationsByYear(types: readonly RelationType[] | null): Promise<YearCount[]> {
    return this.repository.relationsByYear({ ...NO_FILTER, types });
  }

  relationsByParty(args: { types: readonly RelationType[] | null; asOf: string | null; first?: number | null }): Promise<PartyCount[]> {
    const first = checkRange('first', args.first ?? PARTY_DEFAULTS.first, 1, MAX_PARTIES);
    return this.repository.relationsByParty({ ...NO_FILTER, types: args.types, asOf: args.asOf }, first);
  }
}
