import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures } from '../../../../src/extract/mentions/tagger/features';
import { contextScores, featureScores } from '../../../../src/extract/mentions/tagger/index';
import { T } from '../../../../src/extract/mentions/tagger/linear-chain';
import { defaultModelPath, readModel } from '../../../../src/extract/mentions/tagger/model-file';
import { taggerSentences } from '../../../../src/extract/mentions/tagger/tagger-tokens';
import { analyseText } from '../../../../src/extract/text/sentences';

const tagger = readModel(defaultModelPath());

describe('the tagger’s scores', () => {
  it('give each token every pass side by side', () => {
    expect(tagger.width).toBe(tagger.transitions.length * T);
    expect(tagger.transitions.length).toBe(2);
  });

  it('of a context, with neighbours’ words remembered, are those of every context feature looked up', () => {
    // Twice: the second time the neighbours' scores come from what the first remembered.
    for (let round = 0; round < 2; round += 1) {
      const sentences = taggerSentences(analyseText('Talks in Oslo ended. Prime Minister Ana Varga met Olav Dahl of the Nordic Council on Monday.'));
      const doc = documentContext(sentences);
      sentences.forEach((tokens, s) => {
        const fast = contextScores(tagger, tokens, s, doc);
        const full = featureScores(tagger, tokens.length, (emit) => sentenceFeatures(tokens, s, doc, emit));
        expect(fast).toHaveLength(full.length);
        expect(full.some((x) => x !== 0)).toBe(true);
        full.forEach((x, k) => expect(fast[k]).toBeCloseTo(x, 9));
      });
    }
  });

  it('leave out what the model does not know', () => {
    const scores = featureScores(tagger, 2, (emit) => {
      emit(0, 'no-such-template', 'x');
      emit(1, 'w', 'the');
    });
    expect([...scores.slice(0, tagger.width)].every((x) => x === 0)).toBe(true);
    expect([...scores.slice(tagger.width)].some((x) => x !== 0)).toBe(true);
  });
});
