/**
 * Plain English in the site's own voice (GOV.UK style): the sentences the page templates write
 * themselves, not the quotes from the council's reports, read easily. Scored with wooorm's `flesch`
 * and `syllable` from npm (test/helpers/own-words.ts). Flesch reading ease: 60 to 70 is plain
 * English, GOV.UK's content aims above 60; we hold the site's own sentences to 65 together.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { repoRoot } from '../helpers/fixtures.ts';
import { ownSentences, readingEase, words } from '../helpers/own-words.ts';

const MIN_READING_EASE = 65;
const MAX_WORDS = 30;

describe("the site's own words (site/src/pages)", () => {
  const sentences = ownSentences(join(repoRoot, 'site/src/pages'));

  it(`read easily: Flesch reading ease at least ${MIN_READING_EASE} together`, () => {
    expect(sentences.length, 'sentences found').to.be.greaterThan(40);
    expect(readingEase(sentences)).to.be.at.least(MIN_READING_EASE);
  });

  it(`are short (at most ${MAX_WORDS} words a sentence) and say no "yet" of what the sources leave out`, () => {
    expect(sentences.filter((s) => words(s).length > MAX_WORDS)).to.deep.equal([]);
    expect(sentences.filter((s) => /\byet\b/i.test(s))).to.deep.equal([]);
  });

  it('finds a hard sentence (the score can fail)', () => {
    const committee = 'The outcomes are broad and aspirational, reflecting the County Council\'s significant and wide-ranging responsibilities and capacity to influence.';
    expect(readingEase([committee])).to.be.below(MIN_READING_EASE);
  });
});
