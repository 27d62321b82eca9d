// Feature ids by template and value in a flat open-addressing table: two 32-bit hashes of the characters
// (one to place, one to check) computed in one pass, no string built or hashed by the engine. Run-time
// look-ups are the tagger's hot path (tens per token): a slot's hash, check and id lie side by side so that
// a probe touches one place in memory, and a Map of Maps spends most of its time on memory it touches.
export class FeatureTable {
  private readonly mask: number;
  /** Per slot: hash, check, id (-1 for an empty slot). */
  private readonly slots: Int32Array;

  constructor(features: readonly string[]) {
    let size = 1;
    while (size < features.length * 3) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 3);
    for (let slot = 0; slot < size; slot += 1) this.slots[slot * 3 + 2] = -1;
    features.forEach((feature, id) => {
      const cut = feature.indexOf('=');
      this.insert(feature.slice(0, cut), feature.slice(cut + 1), id);
    });
  }

  /** The feature's id, or -1 when the model has no such feature; a value in parts is looked up as "a|b|c". */
  get(template: string, value: string, value2?: string, value3?: string): number {
    hash(template, value, value2, value3);
    const { slots, mask } = this;
    for (let slot = HASHED[0]! & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const id = slots[at + 2]!;
      if (id < 0) return -1;
      if (slots[at] === HASHED[0] && slots[at + 1] === HASHED[1]) return id;
    }
  }

  private insert(template: string, value: string, id: number) {
    hash(template, value, undefined, undefined);
    const { slots, mask } = this;
    let slot = HASHED[0]! & mask;
    while (slots[slot * 3 + 2]! >= 0) {
      if (slots[slot * 3] === HASHED[0] && slots[slot * 3 + 1] === HASHED[1]) throw new Error(`two features hash alike: ${template}=${value}`);
      slot = (slot + 1) & mask;
    }
    slots[slot * 3] = HASHED[0]!;
    slots[slot * 3 + 1] = HASHED[1]!;
    slots[slot * 3 + 2] = id;
  }
}

// The two hashes being computed, and where hash() leaves them: no array or object is made per look-up.
const HASHED = new Int32Array(2);
const OFFSET_A = 0x811c9dc5 | 0;
const OFFSET_B = 0x2545f491 | 0;
const FNV_PRIME = 0x01000193;
const PRIME_B = 0x5bd1e995;

/** Two FNV-1a-style hashes of the template, "=", and the value's parts joined by "|" (UTF-16 code units), without joining them. */
function hash(template: string, value: string, value2: string | undefined, value3: string | undefined): void {
  HASHED[0] = OFFSET_A;
  HASHED[1] = OFFSET_B;
  mix(template, -1);
  mix(value, 0x3d);
  if (value2 !== undefined) mix(value2, 0x7c);
  if (value3 !== undefined) mix(value3, 0x7c);
  // A final mix of each, so that nearby strings spread over the table.
  let a = HASHED[0]!;
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  HASHED[0] = a ^ (a >>> 13);
  let b = HASHED[1]!;
  b ^= b >>> 15;
  b = Math.imul(b, 0xc2b2ae35);
  HASHED[1] = b ^ (b >>> 16);
}

/** Both hashes moved on by a separator mark (-1: none) and a string's code units. */
function mix(text: string, separator: number): void {
  let a = HASHED[0]!;
  let b = HASHED[1]!;
  if (separator >= 0) {
    a = Math.imul(a ^ separator, FNV_PRIME);
    b = Math.imul(b ^ separator, PRIME_B);
  }
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, FNV_PRIME);
    b = Math.imul(b ^ code, PRIME_B);
  }
  HASHED[0] = a;
  HASHED[1] = b;
}
