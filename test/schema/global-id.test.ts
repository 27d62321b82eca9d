import { encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGlobalID } from '../../src/schema/global-id';

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
