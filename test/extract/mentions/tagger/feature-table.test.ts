import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../../src/extract/mentions/tagger/feature-table';

describe('the feature table', () => {
  const features = Array.from({ length: 5000 }, (_, i) => `w=word${i}`).concat(['ww-=the|talks', 'shw=x|Xx|x', 'b=']);
  const table = new FeatureTable(features);

  it('finds every feature by its id, a value in parts as "a|b|c"', () => {
    features.slice(0, 5000).forEach((feature, id) => expect(table.get('w', feature.slice(2))).toBe(id));
    expect(table.get('ww-', 'the', 'talks')).toBe(5000);
    expect(table.get('shw', 'x', 'Xx', 'x')).toBe(5001);
    expect(table.get('b', '')).toBe(5002);
  });

  it('knows nothing else, not even the same letters cut elsewhere', () => {
    expect(table.get('w', 'word5000')).toBe(-1);
    expect(table.get('ww-', 'thetalks')).toBe(-1);
    expect(table.get('ww-', 'the|talks')).toBe(5000); // the joined form is the same feature
    expect(table.get('ww', '-=the', 'talks')).toBe(-1);
    expect(table.get('shw', 'x', 'Xx')).toBe(-1);
  });
});
