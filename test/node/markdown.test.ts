import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import * as markdown from '@plan-kit/content/markdown';
import { describeMarkdownSanitization, type XssVector } from '../shared/markdown-xss-suite.ts';

describeMarkdownSanitization(
  'Node, jsdom',
  markdown,
  async () => JSON.parse(await readFile(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8')) as XssVector[],
  (html) => JSDOM.fragment(html),
);
