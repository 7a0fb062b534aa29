/**
 * Markdown cost in Node, for `npm run bench`: what prerendering pays per text, and how much of it
 * is DOMPurify on jsdom rather than marked. Inputs: every markdown text of the real plans, and the
 * worst a text within the validation limits (markdown-limits.ts) can be, and a 100 KB text over
 * them (shown as escaped plain text, not rendered). Median of several runs each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '@plan-kit/content/markdown';
import { Marked } from 'marked';
import { REPO_ROOT } from '../scripts/embed-bundle.ts';
import { median } from './stats.ts';

export interface MarkdownFigures {
  label: string;
  characters: number;
  /** marked and DOMPurify, as the site build renders. */
  renderMs: number;
  /** marked alone: the rest of renderMs is sanitizing. Undefined for a text over the limits (not rendered). */
  markedMs?: number;
}

const RUNS = 5;

/** The markdown texts of a plan: every `description`, `text` and `paragraphs` entry. */
function markdownTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['description', 'text', 'paragraphs'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => markdownTexts(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => markdownTexts(v, k));
  return [];
}

function timed(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function measureMarkdown(): Promise<MarkdownFigures[]> {
  const plansDir = join(REPO_ROOT, 'content/plans');
  const real = readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => markdownTexts(JSON.parse(readFileSync(join(plansDir, f), 'utf8'))));
  const inputs: [label: string, texts: string[], rendered?: false][] = [
    [`every markdown text of the real plans (${real.length})`, real],
    ['a 5,000-character table (the longest a text may be)', [`|a|b|\n|-|-|\n${'|1|2|\n'.repeat(831)}`]],
    ['"*a" x 2,500 (5,000 characters)', ['*a'.repeat(2500)]],
    ['lists 12 deep on 190 lines (the deepest allowed)', [`${'- '.repeat(12)}x\n`.repeat(190)]],
    ['100 KB of "`a" (over the limit: shown as plain text)', ['`a'.repeat(50_000)], false],
  ];
  const marked = new Marked({ gfm: true, async: false });
  renderMarkdown('warm *up*');
  return inputs.map(([label, texts, rendered]) => ({
    label,
    characters: texts.reduce((n, t) => n + t.length, 0),
    renderMs: timed(() => texts.forEach((t) => renderMarkdown(t))),
    ...(rendered !== false && { markedMs: timed(() => texts.forEach((t) => marked.parse(t))) }),
  }));
}
