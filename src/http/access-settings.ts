// The access settings from the environment's, and what the start-up log says of them.
import type { Settings } from '../config';
import type { AccessSettings } from './access';

export function accessSettings(settings: Settings): AccessSettings {
  return {
    writeKeys: settings.NEWSGRAPH_WRITE_KEYS,
    readKeys: settings.NEWSGRAPH_READ_KEYS,
    ...(settings.NEWSGRAPH_JWKS_URL
      ? { jwt: { jwksUrl: settings.NEWSGRAPH_JWKS_URL, issuer: settings.NEWSGRAPH_JWT_ISSUER, audience: settings.NEWSGRAPH_JWT_AUDIENCE, writeScope: settings.NEWSGRAPH_JWT_WRITE_SCOPE } }
      : {}),
  };
}

/** One line each: who may write, who may read, which web origins may call. */
export function describeAccess(access: AccessSettings, corsOrigins: readonly string[]): string[] {
  const { jwt } = access;
  const tokens = jwt ? ` or a token from ${jwt.jwksUrl}` : '';
  const writes =
    access.writeKeys.length || jwt
      ? `mutations need a write key (${access.writeKeys.length} configured)${jwt ? `${tokens} with scope ${jwt.writeScope}` : ''}`
      : 'mutations are off: no write key is configured (NEWSGRAPH_WRITE_KEYS); `newsgraph ingest` still writes';
  const reads = access.readKeys.length ? `reads need a read or write key (${access.readKeys.length} read key(s) configured)${tokens}` : 'reads are open to anyone who can reach this address';
  const cors = corsOrigins.length ? `web pages of ${corsOrigins.join(', ')} may call the API` : 'no other web origin may call the API (NEWSGRAPH_CORS_ORIGINS)';
  return [writes, reads, cors];
}
