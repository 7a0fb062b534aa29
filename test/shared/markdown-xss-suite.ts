/**
 * The markdown sanitization suite, run both in Node (jsdom) and in headless Chromium, against a
 * corpus of XSS vectors (test/fixtures/xss-vectors.json, each with its source).
 */
import { expect } from 'chai';

export interface XssVector {
  name: string;
  input: string;
  source: string;
}

export interface MarkdownApi {
  renderMarkdown(markdown: string): string;
  renderInlineMarkdown(markdown: string): string;
}

/** What markdown may produce. Anything else in the output means something got through. */
const ALLOWED_ELEMENTS = new Set([
  'P', 'BR', 'HR', 'EM', 'STRONG', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE',
  'UL', 'OL', 'LI', 'A', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'start', 'align', 'rel']);
const SAFE_HREF = /^(?:https?:|mailto:|tel:|#|\/|\.{1,2}\/|[^:]*$)/i;

/** Everything wrong with sanitized HTML, as readable strings (empty when it is safe). */
export function unsafeParts(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!ALLOWED_ELEMENTS.has(element.tagName.toUpperCase())) found.push(`element <${element.tagName.toLowerCase()}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.name)) found.push(`attribute ${attribute.name} on <${element.tagName.toLowerCase()}>`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href.trim())) found.push(`href ${JSON.stringify(href)}`);
  }
  return found;
}

export function describeMarkdownSanitization(
  environment: string,
  api: MarkdownApi,
  loadVectors: () => Promise<XssVector[]>,
  parse: (html: string) => ParentNode,
  afterInsert?: (html: string) => Promise<void>,
): void {
  describe(`markdown sanitization (${environment})`, () => {
    let vectors: XssVector[] = [];
    before(async () => {
      vectors = await loadVectors();
      expect(vectors.length).to.be.greaterThan(40);
    });

    it('neutralises every vector of the corpus, as block and as inline markdown', async () => {
      const failures: string[] = [];
      for (const vector of vectors) {
        for (const [mode, render] of [
          ['block', api.renderMarkdown],
          ['inline', api.renderInlineMarkdown],
        ] as const) {
          const html = render(vector.input);
          const problems = unsafeParts(parse(html));
          if (problems.length > 0) failures.push(`${vector.name} (${mode}, ${vector.source}): ${problems.join(', ')}`);
          if (afterInsert) await afterInsert(html);
        }
      }
      expect(failures).to.deep.equal([]);
    });

    it('keeps the words of links whose URL it drops', () => {
      const root = parse(api.renderMarkdown('Read [the report](javascript:alert(1)) today.'));
      expect(root.textContent?.trim()).to.equal('Read the report today.');
      expect(root.querySelector('a')?.hasAttribute('href')).to.equal(false);
    });

    it('keeps the words of raw HTML but not its markup', () => {
      const root = parse(api.renderMarkdown('<div class="x" onclick="alert(1)">People <b>enjoy</b> long lives</div>'));
      expect(root.textContent?.trim()).to.equal('People enjoy long lives');
      expect(root.querySelector('div, b')).to.equal(null);
    });

    it('renders ordinary markdown: emphasis, lists and safe links', () => {
      const root = parse(api.renderMarkdown('We *will* act:\n\n- on **climate**\n- [with partners](https://www.leicestershire.gov.uk/)'));
      expect(root.querySelector('em')?.textContent).to.equal('will');
      expect(root.querySelectorAll('li').length).to.equal(2);
      const link = root.querySelector('a');
      expect(link?.getAttribute('href')).to.equal('https://www.leicestershire.gov.uk/');
      expect(link?.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('shows headings in content as strong text, not as headings that would break the page outline', () => {
      const root = parse(api.renderMarkdown('# Not a page heading'));
      expect(root.querySelector('h1')).to.equal(null);
      expect(root.querySelector('strong')?.textContent).to.equal('Not a page heading');
    });

    it('renders inline markdown without a wrapping paragraph', () => {
      expect(api.renderInlineMarkdown('a *b*')).to.equal('a <em>b</em>');
    });
  });
}
