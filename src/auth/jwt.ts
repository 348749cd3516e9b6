import { createInlineSigningKeyProvider, createRemoteJwksSigningKeyProvider, useJWT, type ExtractTokenFunction } from '@graphql-yoga/plugin-jwt';
import type { JwtPayload } from 'jsonwebtoken';
import { SCOPES, type Scope, type Viewer } from './api-keys.js';
import { bearerCredential, looksLikeJwt } from './bearer.js';

/** Tokens from an identity provider, verified with a shared secret (HS256) or the provider's JWKS. */
export interface JwtConfig {
  secret: string | null;
  jwksUri: string | null;
  issuer: string | null;
  audience: string | null;
  /** The claim that lists scopes: a space-separated string (OAuth 2 `scope`) or an array (`permissions`). */
  scopesClaim: string;
  /** A token issued (`iat`) longer ago than this is refused, whatever its `exp` says. */
  maxAgeSeconds: number;
}

const bearerJwt: ExtractTokenFunction = ({ request }) => {
  const token = bearerCredential(request);
  return token && looksLikeJwt(token) ? { token, prefix: 'Bearer' } : undefined;
};

/**
 * Yoga's JWT plugin, for deployments with an identity provider. It looks only at bearer credentials
 * shaped like a JWT, so API keys keep working beside it, and hands the verified claims to the context.
 * It refuses nothing itself: `authenticate` refuses a JWT that did not verify, with a message that says why.
 */
export function useJwtCredentials(config: JwtConfig) {
  const signingKey = config.secret
    ? createInlineSigningKeyProvider(config.secret)
    : createRemoteJwksSigningKeyProvider({ jwksUri: config.jwksUri!, cache: true, rateLimit: true });
  return useJWT({
    signingKeyProviders: [signingKey],
    tokenLookupLocations: [bearerJwt],
    tokenVerification: {
      algorithms: config.secret ? ['HS256'] : ['RS256', 'ES256'],
      ...(config.issuer ? { issuer: config.issuer } : {}),
      ...(config.audience ? { audience: config.audience } : {}),
      maxAge: `${config.maxAgeSeconds}s`,
    },
    reject: { missingToken: false, invalidToken: false },
    extendContext: 'jwt',
  });
}

/** The viewer a verified token names: its subject, with the scopes of ours it grants. */
export function viewerOfToken(payload: JwtPayload, scopesClaim: string): Viewer {
  const claimed = payload[scopesClaim] as unknown;
  const listed = typeof claimed === 'string' ? claimed.split(/\s+/) : Array.isArray(claimed) ? claimed.map(String) : [];
  const scopes = listed.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
  return { name: `jwt:${payload.sub ?? 'unknown-subject'}`, scopes };
}
