// Feature ids by template and value in a flat open-addressing table: two 32-bit hashes of the characters,
// one to place, one to check, no string built or hashed by the engine. Run-time look-ups are the tagger's
// hot path (tens per token), and a Map of Maps spends most of its time on memory it touches.
export class FeatureTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly checks: Int32Array;
  private readonly ids: Int32Array;

  constructor(features: readonly string[]) {
    let size = 1;
    while (size < features.length * 3) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.checks = new Int32Array(size);
    this.ids = new Int32Array(size).fill(-1);
    features.forEach((feature, id) => {
      const cut = feature.indexOf('=');
      this.insert(feature.slice(0, cut), feature.slice(cut + 1), id);
    });
  }

  /** The feature's id, or -1 when the model has no such feature; a value in parts is looked up as "a|b|c". */
  get(template: string, value: string, value2?: string, value3?: string): number {
    const key = hash(template, value, value2, value3, FNV_OFFSET);
    const check = hash(template, value, value2, value3, CHECK_OFFSET);
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.ids[slot]!;
      if (id < 0) return -1;
      if (this.keys[slot] === key && this.checks[slot] === check) return id;
    }
  }

  private insert(template: string, value: string, id: number) {
    const key = hash(template, value, undefined, undefined, FNV_OFFSET);
    const check = hash(template, value, undefined, undefined, CHECK_OFFSET);
    let slot = key & this.mask;
    while (this.ids[slot]! >= 0) {
      if (this.keys[slot] === key && this.checks[slot] === check) throw new Error(`two features hash alike: ${template}=${value}`);
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.checks[slot] = check;
    this.ids[slot] = id;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const CHECK_OFFSET = 0x2545f491 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the template, "=", and the value's parts joined by "|" (UTF-16 code units), without joining them. */
function hash(template: string, value: string, value2: string | undefined, value3: string | undefined, offset: number): number {
  let h = offset;
  for (let i = 0; i < template.length; i += 1) h = Math.imul(h ^ template.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 0x3d, FNV_PRIME);
  for (let i = 0; i < value.length; i += 1) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  if (value2 !== undefined) {
    h = Math.imul(h ^ 0x7c, FNV_PRIME);
    for (let i = 0; i < value2.length; i += 1) h = Math.imul(h ^ value2.charCodeAt(i), FNV_PRIME);
  }
  if (value3 !== undefined) {
    h = Math.imul(h ^ 0x7c, FNV_PRIME);
    for (let i = 0; i < value3.length; i += 1) h = Math.imul(h ^ value3.charCodeAt(i), FNV_PRIME);
  }
  // Different offsets alone give correlated FNV hashes; a final mix separates place from check.
  h ^= h >>> 16;
  h = Math.imul(h, offset === FNV_OFFSET ? 0x85ebca6b : 0xc2b2ae35);
  return h ^ (h >>> 13);
}
