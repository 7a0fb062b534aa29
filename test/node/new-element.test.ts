/**
 * `npm run new:element -- plan-foo` (scripts/new-element.ts), run into a temporary copy of the
 * elements' sources: with no other edit, the new element is in the registry that the index, the
 * loader, Storybook and the tests read, its files are where they read them, and it type-checks.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import type * as Registry from '@plan-kit/elements/registry.js';
import { newElement } from '../../scripts/new-element.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const TAG = 'plan-indicator-table';

describe('npm run new:element', function () {
  this.timeout(120_000);
  let root: string;
  let written: string[];
  let registry: typeof Registry;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'plan-kit-new-element-'));
    // Only what the generator and the checks below read: the elements' sources and the TypeScript settings.
    cpSync(join(repoRoot, 'packages/elements/src'), join(root, 'packages/elements/src'), { recursive: true });
    cpSync(join(repoRoot, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
    cpSync(join(repoRoot, 'packages/elements/package.json'), join(root, 'packages/elements/package.json'));
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    written = newElement(TAG, root);
    registry = (await import(pathToFileURL(join(root, 'packages/elements/src/registry.ts')).href)) as typeof Registry;
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes the element, its styles, a story and a test into its folder, and adds it to the registry', () => {
    expect(written).to.deep.equal([
      `packages/elements/src/${TAG}/${TAG}.ts`,
      `packages/elements/src/${TAG}/${TAG}.styles.ts`,
      `packages/elements/src/${TAG}/${TAG}.stories.ts`,
      `packages/elements/src/${TAG}/${TAG}.test.ts`,
      'packages/elements/src/registry.ts',
    ]);
    for (const path of written) expect(existsSync(join(root, path)), path).to.equal(true);
  });

  it('puts it in what the registry feeds: the index, the loader and its every-element file, Storybook, and the tables of the tests', () => {
    // The index, the loader (both, through shared/tag-loader.ts) and the every-element file define what ELEMENTS lists; Storybook's story files (.storybook/main.ts) and the Storybook test read ELEMENT_TAGS;
    // the browser tests' data elements and the hostile-content test read DATA_ELEMENTS.
    expect(registry.ELEMENT_TAGS.at(-1)).to.equal(TAG);
    expect(registry.DATA_ELEMENTS.map((e) => e.tag)).to.include(TAG);
    const entry = registry.elementEntry(TAG)!;
    expect(entry.load.toString()).to.include(`./${TAG}/${TAG}.js`);
    for (const reader of ['index.ts', 'every-element.ts']) expect(readFileSync(join(root, 'packages/elements/src', reader), 'utf8'), reader).to.include("from './registry.js'");
    expect(readFileSync(join(root, 'packages/elements/src/shared/tag-loader.ts'), 'utf8'), 'the loader').to.include("from '../registry.js'");
    const story = readFileSync(join(root, `packages/elements/src/${TAG}/${TAG}.stories.ts`), 'utf8');
    expect(story).to.include(`title: 'Elements/${TAG}'`).and.to.include(`import '@plan-kit/elements/${TAG}.js'`);
    expect(readFileSync(join(root, `packages/elements/src/${TAG}/${TAG}.test.ts`), 'utf8')).to.include(`describe('<${TAG}>'`);
  });

  it('writes an element that type-checks with the others', () => {
    writeFileSync(
      join(root, 'packages/elements/tsconfig.json'),
      // The package's own files, as its tsconfig.json takes them (stories and tests are checked apart).
      JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true, types: [] }, include: ['src/**/*.ts'], exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts'] }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(root, 'packages/elements/tsconfig.json')], { cwd: root, stdio: 'pipe' });
  });

  it('follows the layout the elements already have: each its own story and test file in its folder, as it writes them for a new element', () => {
    // In the repository itself, not the copy: every element the registry lists has <tag>.stories.ts and <tag>.test.ts in its folder.
    const others = (registry.ELEMENT_TAGS as readonly string[]).filter((tag) => tag !== TAG);
    const missing = others.flatMap((tag) => [`${tag}.stories.ts`, `${tag}.test.ts`].map((file) => `packages/elements/src/${tag}/${file}`)).filter((path) => !existsSync(join(repoRoot, path)));
    expect(missing).to.deep.equal([]);
  });

  it('refuses a tag already there, or not a plan- tag, and writes nothing', () => {
    expect(() => newElement(TAG, root)).to.throw('in the registry already');
    expect(() => newElement('plan-Foo', root)).to.throw('is not a tag for plan-kit');
    expect(() => newElement('foo-bar', root)).to.throw('is not a tag for plan-kit');
    expect(existsSync(join(root, 'packages/elements/src/plan-Foo'))).to.equal(false);
  });
});
