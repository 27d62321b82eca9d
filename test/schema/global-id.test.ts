import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGlobalIDOnce, readGlobalID } from '../../src/schema/global-id';

describe('readGlobalID', () => {
  it('reads back every id Pothos encodes', () => {
    fc.assert(
      fc.property(fc.constantFrom('Person', 'Event', 'Article', 'Place'), fc.string(), (typename, id) => {
        expect(readGlobalID(encodeGlobalID(typename, id))).toEqual({ typename, id });
      }),
    );
  });

  it('says null for names and other strings that are not global ids', () => {
    for (const value of ['Kazakhstan', 'Tokayev', 'Kassym-Jomart Tokayev', '', 'abc', '%%%', 'Almaty city', Buffer.from(':id').toString('base64'), Buffer.from('no colon').toString('base64')]) expect(readGlobalID(value)).toBeNull();
  });
});

describe('decodeGlobalIDOnce', () => {
  it("decodes as Pothos does, and refuses what it refuses with the same message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(fc.constantFrom('Person', 'Event'), fc.string({ minLength: 1 })).map(([t, id]) => encodeGlobalID(t, id)), fc.string()), (value) => {
        const outcome = (decode: (v: string) => unknown) => {
          try {
            return { value: decode(value) };
          } catch (error) {
            return { error: (error as Error).message };
          }
        };
        // Twice: the second answer comes from memory.
        expect(outcome(decodeGlobalIDOnce)).toEqual(outcome(decodeGlobalID));
        expect(outcome(decodeGlobalIDOnce)).toEqual(outcome(decodeGlobalID));
      }),
    );
  });

  it('decodes long ids (which it does not keep) as well', () => {
    const long = `person:${'x'.repeat(1_000)}`;
    for (let i = 0; i < 2; i += 1) expect(decodeGlobalIDOnce(encodeGlobalID('Person', long))).toEqual({ typename: 'Person', id: long });
  });

  it('hands out parts no request can change for the next', () => {
    const decoded = decodeGlobalIDOnce(encodeGlobalID('Person', 'person:a'));
    expect(() => Object.assign(decoded, { id: 'person:b' })).toThrow(TypeError);
    expect(decodeGlobalIDOnce(encodeGlobalID('Person', 'person:a'))).toEqual({ typename: 'Person', id: 'person:a' });
  });
});
