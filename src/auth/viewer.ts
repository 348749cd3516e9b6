import { GraphQLError } from 'graphql';
import type { ApiKeyring, Viewer } from './api-keys.js';

export const API_KEY_HEADER = 'x-api-key';

/**
 * The viewer a request's credential names: `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 * No credential is an anonymous reader; a credential that no entry admits is refused outright
 * (401), so a mistyped key is noticed instead of silently reading as nobody.
 */
export function viewerOf(request: Request, keyring: ApiKeyring): Viewer | null {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  const presented = bearer ?? request.headers.get(API_KEY_HEADER)?.trim();
  if (authorization && !bearer) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  if (!presented) return null;
  const viewer = keyring.verify(presented);
  if (!viewer) throw unauthenticated('The API key is not recognised.');
  return viewer;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}
