import * as markdown from '@plan-kit/content/markdown';
import { expect } from '@open-wc/testing';
import { describeMarkdownSanitization, type XssVector } from '../shared/markdown-xss-suite.ts';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

// Vectors from the corpus call alert(), confirm() or prompt(), or set window.__xss: any of them trips the sentinel.
for (const name of ['alert', 'confirm', 'prompt'] as const) {
  window[name] = ((...args: unknown[]) => {
    window.__xss = `${name}(${args.join(', ')})`;
  }) as never;
}

const stage = document.createElement('div');
document.body.append(stage);

describeMarkdownSanitization(
  'headless Chromium',
  markdown,
  async () => (await (await fetch('/test/fixtures/xss-vectors.json')).json()) as XssVector[],
  (html) => document.createRange().createContextualFragment(html),
  async (html) => {
    // Put the output in the live page, give any handler a chance to run, then check the sentinel.
    stage.innerHTML = html;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.__xss, `a vector ran script: ${html}`).to.equal(undefined);
    stage.replaceChildren();
  },
);
