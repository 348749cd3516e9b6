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

export const schema = builder.toSchema();
