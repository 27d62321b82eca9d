// Reads a Relay global id without throwing: arguments that take "a global id or a name" try the id first,
// and Pothos' decodeGlobalID throws (building a stack trace) for every name, which costs under load.

/** The type name and id inside a global id (base64 of "Type:id"), or null when the value is not one. */
export function readGlobalID(value: string): { typename: string; id: string } | null {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  // Base64 decoding skips characters it does not know; a value that does not encode back is not base64.
  if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return null;
  const colon = decoded.indexOf(':');
  if (colon <= 0 || !/^[A-Za-z_]\w*$/.test(decoded.slice(0, colon))) return null;
  return { typename: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}
