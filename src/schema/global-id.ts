// Reads a Relay global id without throwing: arguments that take "a global id or a name" try the id first,
// and Pothos' decodeGlobalID throws (building a stack trace) for every name, which costs under load.
import { decodeGlobalID } from '@pothos/plugin-relay';

/** The type name and id inside a global id (base64 of "Type:id"), or null when the value is not one. */
export function readGlobalID(value: string): { typename: string; id: string } | null {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  // Base64 decoding skips characters it does not know; a value that does not encode back is not base64.
  if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return null;
  const colon = decoded.indexOf(':');
  if (colon <= 0 || !/^[A-Za-z_]\w*$/.test(decoded.slice(0, colon))) return null;
  return { typename: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}

// Questions name the same entities again and again (20 speakers, one person): a global id is decoded once and
// its parts kept, frozen since every request shares them. Past the bound the memory starts afresh; ids longer
// than any this graph gives are decoded but not kept, so that no client can fill memory with long strings
// (10,000 ids of at most 256 characters: a few MB).
const REMEMBERED_IDS = 10_000;
const REMEMBERED_ID_LENGTH = 256;
const decodedIds = new Map<string, Readonly<{ typename: string; id: string }>>();

/** Pothos' decodeGlobalID (and its errors for what is not a global id), remembered. */
export function decodeGlobalIDOnce(globalID: string): Readonly<{ typename: string; id: string }> {
  let decoded = decodedIds.get(globalID);
  if (!decoded) {
    decoded = Object.freeze(decodeGlobalID(globalID));
    if (globalID.length > REMEMBERED_ID_LENGTH) return decoded;
    if (decodedIds.size >= REMEMBERED_IDS) decodedIds.clear();
    decodedIds.set(globalID, decoded);
  }
  return decoded;
}
