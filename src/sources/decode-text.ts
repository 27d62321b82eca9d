// A document's bytes as text: UTF-8 unless the server or the markup names another character set.
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Decodes one document's bytes as text, or says why it is not an article file. */
export function decodeText(bytes: Uint8Array, charset?: string | null): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) return { reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary file (NUL bytes), not text' };
  const label = charset?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      // A named legacy encoding (windows-1252, iso-8859-2…) decodes any byte: no error to catch but the label.
      return nonBlank(new TextDecoder(label).decode(bytes));
    } catch {
      return { reason: `unknown character set "${charset}"` };
    }
  }
  try {
    return nonBlank(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { reason: 'not UTF-8 text' };
  }
}

function nonBlank(text: string): { text: string } | { reason: string } {
  return text.trim() === '' ? { reason: 'file holds only white space' } : { text };
}

/** The character set a Content-Type header names ("text/html; charset=ISO-8859-1"), if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/** The character set a page or feed declares in its first bytes (<meta charset>, <?xml encoding>), if any. */
export function declaredCharset(head: Uint8Array): string | null {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  if (start.startsWith('\u00EF\u00BB\u00BF')) return 'utf-8';
  const declared =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(start) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(start);
  return declared?.[1] ?? null;
}
