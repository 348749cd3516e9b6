import type { ObjectRef } from '@pothos/core';
import type { Context } from '../../context.js';
import { ENTITY_KINDS, type EntityKind, type Identifier, type StoredEntity } from '../../model/entity.js';
import { NO_FILTER } from '../../model/relation.js';
import type { EntityRelationsRequest } from '../../repositories/relation-repository.js';
import { MAX_SEARCH_LENGTH } from '../../reads/entities.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { resolveCountedConnection, type ConnectionArguments } from '../pagination.js';
import { DateCertaintyEnum } from './date-precision.js';
import { toDateWindow } from './date-window.js';
import { DirectionEnum } from './direction.js';
import { Relation, RelationConnection } from './relation.js';
import { RelationTypeEnum } from './relation-type.js';
import { relationConnectionRead } from '../look-ahead.js';

const KIND_DESCRIPTIONS: Record<EntityKind, string> = {
  PERSON: 'A person: a politician, candidate, official or commentator.',
  ORGANIZATION: 'An organisation: a party, government, legislature, news organisation or international body.',
  OFFICE: 'A public office that a person holds, such as First Minister of Scotland or MP for Hartlepool.',
  PLACE: 'A place: a country, nation, region, city, town, constituency or venue.',
  ELECTION: 'An election or referendum, including by-elections and party leadership elections.',
};

/** The GraphQL object type that represents each kind of entity. */
export const ENTITY_TYPE_NAMES: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  OFFICE: 'Office',
  PLACE: 'Place',
  ELECTION: 'Election',
};

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'What kind of thing an entity is. Each kind has its own GraphQL type implementing Entity.',
  values: describedValues(ENTITY_KINDS, KIND_DESCRIPTIONS),
});

export const IdentifierType = builder.objectRef<Identifier>('Identifier').implement({
  description: 'An identifier an outside register gives an entity, such as its Wikidata item or a parliament\'s member id.',
  fields: (t) => ({
    scheme: t.exposeString('scheme', { description: 'The register, as a short lowercase name: "wikidata", "datadotparl", "popolo".' }),
    value: t.exposeString('value', { description: 'The identifier in that register, as it gives it: "Q291169".' }),
  }),
});

export const IdentifierInput = builder.inputType('IdentifierInput', {
  description: 'An identifier an outside register gives an entity.',
  fields: (t) => ({
    scheme: t.string({ required: true, description: 'The register, a short lowercase name such as "wikidata".' }),
    value: t.string({ required: true, description: 'The identifier in that register, such as "Q291169".' }),
  }),
});

/**
 * Resolves a field that an entity brief (a relation's end read in brief) does not serve, ENTITY_BRIEF_FIELDS,
 * from the whole entity: the read model completes a brief, in one batched statement, when such a field is asked.
 */
export function wholeEntity<T>(pick: (entity: StoredEntity) => T) {
  return async (entity: StoredEntity, _args: object, context: Context): Promise<T> => pick(await context.reads.entities.complete(entity));
}

export const Entity = builder.interfaceRef<StoredEntity>('Entity').implement({
  description:
    'A political entity: a person, organisation, office, place or election. Its key is stable and can be used in ' +
    'saved queries; its id is the Relay global ID.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPE_NAMES[entity.kind],
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities.',
    }),
    name: t.exposeString('name', { description: 'The name the entity is best known by.' }),
    aliases: t.stringList({
      resolve: wholeEntity((entity) => entity.aliases),
      description: 'Other names and spellings under which the entity appears in sources; searchable.',
    }),
    description: t.string({
      resolve: wholeEntity((entity) => entity.description),
      nullable: true,
      description: 'A one-line description that tells the entity apart from others of the same name.',
    }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'What kind of entity this is.',
      resolve: (entity) => entity.kind,
    }),
    identifiers: t.field({
      type: [IdentifierType],
      description:
        'Identifiers outside registers give this entity (Wikidata, a parliament\'s ids, an imported dataset\'s ids), by ' +
        'scheme then value; those of entities merged into it included. One identifier names one entity.',
      resolve: (entity, _args, context) => context.reads.entities.identifiers(entity),
    }),
    knownAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its ' +
        'names and description are as they read then. Null when read as it is now.',
      resolve: (entity) => entity.knownAt ?? null,
    }),
    relations: t.connection(
      {
        type: Relation,
        description: 'The relations this entity takes part in, in time order. Retracted relations are left out.',
        args: {
          types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types.' }),
          direction: t.arg({
            type: DirectionEnum,
            defaultValue: 'BOTH',
            description: 'As subject (OUT), as object (IN), or either (BOTH, the default).',
          }),
          asOf: t.arg({
            type: 'Date',
            description: 'Only relations known to hold on this day: from their known start (Relation.knownFrom) and before validTo (unknown: still valid). Bounds known to the month or year are read as `certainty` says.',
          }),
          certainty: t.arg({
            type: DateCertaintyEnum,
            defaultValue: 'CERTAIN',
            description: 'How asOf reads a bound known only to its month or year: CERTAIN (the default) or POSSIBLE.',
          }),
          knownAt: t.arg({
            type: 'DateTime',
            description:
              'Answer as the graph stood at this instant (see RelationFilter.knownAt). Defaults to the instant this entity ' +
              'was read as of, when it was reached through an answer about the past.',
          }),
        },
        resolve: (entity, args, context, info) =>
          entityRelations(context, args, {
            read: relationConnectionRead(info),
            key: entity.key,
            direction: args.direction ?? 'BOTH',
            filter: {
              ...NO_FILTER,
              types: args.types ?? null,
              asOf: args.asOf ?? null,
              certainty: args.certainty ?? 'CERTAIN',
              knownAt: args.knownAt ?? entity.knownAt ?? null,
            },
          }),
      },
      RelationConnection,
    ),
    timeline: t.connection(
      {
        type: Relation,
        description:
          'The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an ' +
          'unknown start come last). With from or to, only relations valid at some time in that window, and only ' +
          'relations with a known start (Relation.knownFrom). Retracted relations are left out.',
        args: {
          from: t.arg({ type: 'Date', description: 'Start of the window (inclusive); open when left out.' }),
          to: t.arg({ type: 'Date', description: 'End of the window (inclusive); open when left out.' }),
          types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types.' }),
          knownAt: t.arg({
            type: 'DateTime',
            description: 'The timeline as the graph stood at this instant (see RelationFilter.knownAt); defaults as for relations.',
          }),
        },
        resolve: (entity, args, context, info) => {
          const windowed = args.from != null || args.to != null;
          const during = windowed ? toDateWindow('to', args.from, args.to) : null;
          return entityRelations(context, args, {
            read: relationConnectionRead(info),
            key: entity.key,
            direction: 'BOTH',
            filter: { ...NO_FILTER, types: args.types ?? null, during, knownAt: args.knownAt ?? entity.knownAt ?? null },
          });
        },
      },
      RelationConnection,
    ),
  }),
});

/** One page of an entity's relations, batched with the other entities' pages of the same level. */
function entityRelations(context: Context, args: ConnectionArguments, request: Omit<EntityRelationsRequest, 'offset' | 'limit'>) {
  return resolveCountedConnection(args, async (window) => {
    const page = await context.reads.relations.ofEntity({ ...request, ...window });
    return { items: page.relations, totalCount: page.totalCount };
  });
}

/**
 * Declares the object type for one kind of entity. The type is a Relay node whose global ID wraps
 * the entity's key; loading a global ID of the wrong type (a Person ID that names a party) gives null.
 */
export function entityObjectType(
  kind: EntityKind,
  options: { description: string; fields?: Parameters<typeof builder.objectFields<ObjectRef<typeof builder.$inferSchemaTypes, StoredEntity>>>[1] },
) {
  const ref = builder.objectRef<StoredEntity>(ENTITY_TYPE_NAMES[kind]);
  builder.node(ref, {
    description: options.description,
    interfaces: [Entity],
    id: { resolve: (entity) => entity.key },
    isTypeOf: (entity) => (entity as StoredEntity).kind === kind,
    loadMany: (keys, context) => keys.map((key) => context.reads.entities.ofKind(key, kind)),
  });
  if (options.fields) builder.objectFields(ref, options.fields);
  return ref;
}

export const EntityConnection = builder.connectionObject(
  { type: Entity, name: 'EntityConnection', description: 'A page of entities, with the total number that match.' },
  { name: 'EntityEdge', description: 'An entity on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description: 'The entity with this key, or null when no entity has it.',
    args: {
      key: t.arg.string({ required: true, description: 'The entity\'s key, such as "keir-starmer".' }),
    },
    resolve: (_root, { key }, context) => context.reads.entities.byKey(key),
  }),

  entityByIdentifier: t.field({
    type: Entity,
    nullable: true,
    description: 'The entity an outside register\'s identifier names, such as the Wikidata item "Q291169"; null when none has it.',
    args: {
      scheme: t.arg.string({ required: true, description: 'The register: "wikidata", "datadotparl", …' }),
      value: t.arg.string({ required: true, description: 'The identifier in that register.' }),
    },
    resolve: (_root, { scheme, value }, context) => context.reads.entities.byIdentifier({ scheme, value }),
  }),

  entities: t.connection(
    {
      type: Entity,
      description: 'All entities, or those of one kind, by name.',
      args: { kind: t.arg({ type: EntityKindEnum, description: 'Only entities of this kind.' }) },
      resolve: (_root, args, context) =>
        resolveCountedConnection(args, async (window) => {
          const page = await context.reads.entities.list(args.kind ?? null, window);
          return { items: page.entities, totalCount: page.totalCount };
        }),
    },
    EntityConnection,
  ),

  search: t.connection(
    {
    type: Entity,
    description:
      'Entities whose name or aliases match the query, best match first. Matching ignores case and accents and ' +
      'tolerates small typos: "starmr" finds Keir Starmer. Every word of the query must match.',
    args: {
      query: t.arg.string({ required: true, description: `Words to look for in names and aliases (at most ${MAX_SEARCH_LENGTH} characters).` }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Only entities of these kinds; all kinds when omitted.',
      }),
    },
    resolve: (_root, args, context) =>
      resolveCountedConnection(args, async ({ offset, limit }) => {
        const result = await context.reads.entities.search({ text: args.query, kinds: args.kinds ?? null, offset, limit });
        return { items: result.entities, totalCount: result.totalCount };
      }),
    },
    EntityConnection,
  ),
}));
