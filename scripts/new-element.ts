/**
 * `npm run new:element -- plan-foo`: a new element's skeleton, as Shoelace's plop templates make
 * one: its folder (`packages/elements/src/plan-foo/`) with the element (`plan-foo.ts`), its styles
 * (`plan-foo.styles.ts`), a story file (`plan-foo.stories.ts`) and a test file (`plan-foo.test.ts`),
 * and its entry in the registry (`packages/elements/src/registry.ts`). The registry
 * puts it in the index, the loader, Storybook and every test that loops over the elements; the
 * skeleton renders the plan's title under a heading, which the tests for every element accept
 * until the element shows its own text.
 *
 *   npm run new:element -- plan-foo [--root <repository>]
 *
 * Writes nothing if any of the files exists already, or the tag is not `plan-` and lower-case words.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The line of registry.ts before which a new entry goes. */
export const REGISTRY_MARKER = '  // new:element adds entries above this line.';

const TAG = /^plan-[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/;

/** "plan-foo-bar" → "PlanFooBar". */
function className(tag: string): string {
  return tag.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** "plan-foo-bar" → "fooBar" (the styles' export: `fooBarStyles`). */
function camelName(tag: string): string {
  const name = className(tag.replace(/^plan-/, ''));
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function elementSource(tag: string): string {
  const name = className(tag);
  return `import type { Plan } from '@plan-kit/content';
import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { heading } from '../shared/heading.js';
import { PlacedElement } from '../shared/placed-element.js';
import { ${camelName(tag)}Styles } from './${tag}.styles.js';

/**
 * TODO: what the element shows, and for whom.
 *
 * @summary TODO: one line for the docs.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @event plan-load - The plan loaded and the element shows it.
 * @event plan-error - The plan could not be loaded.
 */
export class ${name} extends PlacedElement<Plan> {
  static override styles = [baseStyles, ${camelName(tag)}Styles];

  protected override select(plan: Plan): Plan {
    return plan;
  }

  protected override renderReady(plan: Plan): TemplateResult {
    return html\`<section part="base">\${heading(this.headingLevel, plan.title)}</section>\`;
  }
}

defineElement('${tag}', ${name});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${name};
  }
}
`;
}

function stylesSource(tag: string): string {
  return `import { css } from 'lit';

/** <${tag}>'s own styles (the base stylesheet comes first). */
export const ${camelName(tag)}Styles = css\`
  section {
    display: block;
  }
\`;
`;
}

function storySource(tag: string): string {
  return `import '@plan-kit/elements/${tag}.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CommonArgs, commonArgTypes, frame, planOf } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/${tag}',
  component: '${tag}',
  argTypes: {
    ...commonArgTypes,
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
  },
  args: { plan: '2022-26' },
  render: (args) => frame(args, html\`<${tag} .plan=\${planOf(args)} src=\${ifDefined(args.src)} heading-level=\${ifDefined(args['heading-level'])}></${tag}>\`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2022to26: Story = { name: '2022-26 (ready)', ...realPlan('2022-26') };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const Empty: Story = { ...states.empty };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
`;
}

function testSource(tag: string): string {
  const name = className(tag);
  return `import { expect, fixture, html } from '@open-wc/testing';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/${tag}.js';
import type { ${name} } from '@plan-kit/elements/${tag}.js';
import { axeOptions, shadowText } from '../../../../test/browser/helpers.ts';

const minimal = validatePlan(await (await fetch('/test/fixtures/plans/minimal.json')).json()).plan as Plan;

describe('<${tag}>', () => {
  it('shows the plan it is given, and axe finds no violation', async () => {
    const el = await fixture<${name}>(html\`<${tag} .plan=\${minimal}></${tag}>\`);
    expect(shadowText(el, 'h2')).to.equal(minimal.title);
    await expect(el).to.be.accessible(axeOptions);
  });
});
`;
}

function registryEntry(tag: string): string {
  return `  { tag: '${tag}', load: () => import('./${tag}/${tag}.js'), takes: 'plan' },\n`;
}

/** Writes the new element's files under `root` (the repository); returns the paths written, relative to it. */
export function newElement(tag: string, root: string): string[] {
  if (!TAG.test(tag)) throw new Error(`"${tag}" is not a tag for plan-kit: "plan-" and lower-case words joined by hyphens, e.g. plan-indicator-table`);
  const registryPath = join(root, 'packages/elements/src/registry.ts');
  const registry = readFileSync(registryPath, 'utf8');
  if (registry.includes(`tag: '${tag}'`)) throw new Error(`<${tag}> is in the registry already`);
  if (!registry.includes(`${REGISTRY_MARKER}\n`)) throw new Error(`packages/elements/src/registry.ts has no line "${REGISTRY_MARKER.trim()}" to add the entry before`);
  const files: [string, string][] = [
    [`packages/elements/src/${tag}/${tag}.ts`, elementSource(tag)],
    [`packages/elements/src/${tag}/${tag}.styles.ts`, stylesSource(tag)],
    [`packages/elements/src/${tag}/${tag}.stories.ts`, storySource(tag)],
    [`packages/elements/src/${tag}/${tag}.test.ts`, testSource(tag)],
  ];
  const existing = files.filter(([path]) => existsSync(join(root, path))).map(([path]) => path);
  if (existing.length) throw new Error(`${existing.join(', ')} exist already: nothing written`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(registryPath, registry.replace(`${REGISTRY_MARKER}\n`, `${registryEntry(tag)}${REGISTRY_MARKER}\n`));
  return [...files.map(([path]) => path), 'packages/elements/src/registry.ts'];
}

function main(argv: string[]): void {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1]! : fileURLToPath(new URL('..', import.meta.url));
  const tags = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--root');
  if (tags.length !== 1) {
    console.error('Usage: npm run new:element -- plan-foo');
    process.exit(2);
  }
  try {
    for (const path of newElement(tags[0]!, root)) console.log(`wrote ${path}`);
    console.log(`\nNext: describe <${tags[0]}> in its JSDoc, give it its own rendering, stories and tests; run npm run build:packages.`);
  } catch (error) {
    console.error(`new:element: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
