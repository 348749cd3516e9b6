/** The credential of `Authorization: Bearer <credential>`; undefined when the header is absent or has another form. */
export function bearerCredential(request: Request): string | undefined {
  return request.headers.get('authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}

/** A JWT is three base64url parts joined by dots; our API keys have none, so one header can carry either. */
export function looksLikeJwt(credential: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(credential);
}
