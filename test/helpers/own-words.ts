/**
 * The sentences the site writes in its own voice: the words in the page templates
 * (site/src/pages/*.ts) themselves, not the quotes from the council's reports that the pages
 * fill in (those come from content/, through `${…}`, and stay word for word). Scored for reading
 * ease with wooorm's `flesch` and `syllable` (npm), sentences and words split by Intl.Segmenter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** The text between tags in a template literal, with each `${…}` left out, from one page module. */
function templateText(source: string): string[] {
  const texts: string[] = [];
  for (const [, literal] of source.matchAll(/html`((?:[^`\\]|\\.)*)`/gs)) {
    // Expressions out (nested template literals included), then tags out: what is left is the page's own words.
    let depth = 0;
    let plain = '';
    for (let i = 0; i < literal!.length; i++) {
      if (literal!.startsWith('${', i)) {
        depth++;
        i++;
        plain += ' ¶ ';
        continue;
      }
      if (depth > 0) {
        if (literal![i] === '{') depth++;
        if (literal![i] === '}') depth--;
        continue;
      }
      plain += literal![i];
    }
    texts.push(...plain.split(/<[^>]*>|¶/).map((t) => t.replace(/\s+/g, ' ').trim()));
  }
  for (const [, quoted] of source.matchAll(/'((?:[^'\\\n]|\\.){30,})'/g)) texts.push(quoted!.replace(/\\'/g, "'"));
  return texts;
}

/** Sentences of at least four words the site's page templates say in the site's voice. */
export function ownSentences(pagesDir: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => templateText(readFileSync(join(pagesDir, file), 'utf8')))
    // Words, not code: no CSS, URLs, paths or identifiers.
    .filter((text) => /^[A-Z“"(]/.test(text) && !/[{};=<>\\/]|\w\.\w/.test(text))
    .flatMap((text) => [...segmenter.segment(text)].map((s) => s.segment.trim()));
  return [...new Set(sentences)].filter((sentence) => words(sentence).length >= 4);
}

export function words(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Flesch reading ease of the sentences together (100 very easy, 60-70 plain English, below 50 hard). */
export function readingEase(sentences: string[]): number {
  const all = sentences.flatMap(words);
  return flesch({ sentence: sentences.length, word: all.length, syllable: all.reduce((sum, word) => sum + syllable(word), 0) });
}
