import { GraphQLError } from 'graphql';
import type { JwtPayload } from 'jsonwebtoken';
import type { ApiKeyring, Viewer } from './api-keys.js';
import { bearerCredential, looksLikeJwt } from './bearer.js';
import { viewerOfToken } from './jwt.js';

export const API_KEY_HEADER = 'x-api-key';

export interface AuthenticationOptions {
  keyring: ApiKeyring;
  /** Set when JWTs are accepted: the claim that lists their scopes. */
  jwtScopesClaim: string | null;
  /** Refuse anonymous requests, reads included. */
  readsRequireKey: boolean;
}

/**
 * Who sent a request: the subject of a verified JWT (Yoga's JWT plugin checked it before this runs),
 * or the owner of an API key sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`. No
 * credential is an anonymous reader, unless reads require a key. A credential that nothing admits is
 * refused outright (401), so a mistyped key is noticed instead of silently reading as nobody.
 */
export function authenticate(request: Request, options: AuthenticationOptions, token?: JwtPayload): Viewer | null {
  if (token && options.jwtScopesClaim) {
    // A token without exp would never expire: a leaked one would be a curator's key for ever.
    if (typeof token.exp !== 'number') throw unauthenticated('The token was refused: it has no "exp" claim, and tokens here must expire.');
    return viewerOfToken(token, options.jwtScopesClaim);
  }
  const authorization = request.headers.get('authorization');
  const bearer = bearerCredential(request);
  const presented = bearer ?? request.headers.get(API_KEY_HEADER)?.trim();
  if (authorization && !bearer) throw unauthenticated('The Authorization header must be "Bearer <API key or token>".');
  if (!presented) {
    if (options.readsRequireKey) throw unauthenticated('This server requires a credential for every request: send "Authorization: Bearer <API key>".');
    return null;
  }
  if (looksLikeJwt(presented)) {
    if (options.jwtScopesClaim === null) throw unauthenticated('JWTs are not accepted here; send an API key.');
    throw unauthenticated(
      'The token was refused: it has expired or is older than JWT_MAX_AGE_S, or was not signed by the configured provider, or names another issuer or audience.',
    );
  }
  const viewer = options.keyring.verify(presented);
  if (!viewer) throw unauthenticated('The API key is not recognised.');
  return viewer;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}
