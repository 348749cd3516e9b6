import { builder } from './builder.js';
import './types/query.js';
import './types/connection.js';
import './types/entity.js';
import './types/person.js';
import './types/organization.js';
import './types/office.js';
import './types/place.js';
import './types/election.js';
import './types/relation-type.js';
import './types/direction.js';
import './types/date-precision.js';
import './types/relation.js';
import './types/evidence.js';
import './types/source.js';
import './types/subgraph.js';
import './types/path.js';

export const schema = builder.toSchema();
