// Who a request is: what its `Authorization: Bearer …` credential allows. Keys come from the settings and are
// compared in constant time; a JSON Web Token of an identity provider is verified against its key set (jose).
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface AccessSettings {
  writeKeys: readonly string[];
  /** When empty, reads are open to anyone. */
  readKeys: readonly string[];
  jwt?: { jwksUrl: string; issuer?: string; audience?: string; writeScope: string };
}

export interface Access {
  read: boolean;
  write: boolean;
  /** What the request showed: nothing, a credential that reads or writes, or one that was refused. */
  credential: 'none' | 'read' | 'write' | 'refused';
  /** Why a credential was refused, for the error message. */
  reason?: string;
}

export type AccessControl = {
  /** What the request may do. */
  of(request: Request): Promise<Access>;
  /** Whether mutations can be allowed at all (some write key or token issuer is configured). */
  readonly writesPossible: boolean;
  readonly readsOpen: boolean;
};

// Digests of equal length, so that comparing takes the same time whatever the key and however long.
const digest = (text: string) => createHash('sha256').update(text).digest();
const matchesAny = (given: Buffer, keys: Buffer[]) => keys.reduce((found, key) => timingSafeEqual(given, key) || found, false);
const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

/** The scopes a token grants, from `scope` (space-separated, RFC 8693) or `scp` (a list or a string). */
function scopesOf(payload: JWTPayload): string[] {
  const raw = payload.scope ?? payload.scp;
  if (Array.isArray(raw)) return raw.filter((scope): scope is string => typeof scope === 'string');
  return typeof raw === 'string' ? raw.split(/\s+/) : [];
}

export function createAccessControl(settings: AccessSettings): AccessControl {
  const writeKeys = settings.writeKeys.map(digest);
  const readKeys = settings.readKeys.map(digest);
  const readsOpen = readKeys.length === 0;
  const jwt = settings.jwt;
  const jwks = jwt ? createRemoteJWKSet(new URL(jwt.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 }) : undefined;
  const refused = (reason: string): Access => ({ read: readsOpen, write: false, credential: 'refused', reason });

  return {
    writesPossible: writeKeys.length > 0 || Boolean(jwt),
    readsOpen,
    async of(request) {
      const header = request.headers.get('authorization');
      if (!header) return { read: readsOpen, write: false, credential: 'none' };
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      if (!token) return refused('the Authorization header must be "Bearer <key>"');
      const given = digest(token);
      if (matchesAny(given, writeKeys)) return { read: true, write: true, credential: 'write' };
      if (matchesAny(given, readKeys)) return { read: true, write: false, credential: 'read' };
      if (jwt && jwks && looksLikeJwt(token)) {
        try {
          const { payload } = await jwtVerify(token, jwks, { issuer: jwt.issuer, audience: jwt.audience });
          const write = scopesOf(payload).includes(jwt.writeScope);
          return { read: true, write, credential: write ? 'write' : 'read' };
        } catch (error) {
          return refused(`the token was not accepted (${(error as Error).message})`);
        }
      }
      return refused('the key is not one this server knows');
    },
  };
}
