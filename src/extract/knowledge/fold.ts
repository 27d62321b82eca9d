import { memoised } from '../text/memo';

/** The key names are compared by: lower case, accents and quote marks removed, spaces collapsed. */
export const foldName: (name: string) => string = memoised((name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);
