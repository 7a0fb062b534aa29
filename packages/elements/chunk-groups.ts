/**
 * The shared chunks of the element modules, by what a page pays for: the embed bundle's
 * (vite.embed.config.ts) and the microsite's hydration (the root vite.config.ts) alike, so that a
 * site page loads the few files an embed page does, not one for every shared module.
 */

/**
 * A module id's path, with `/` however the system writes it, and a package's built file
 * (`packages/elements/dist/shared/links.js`, which the site's build imports) named as its source
 * (`elements/src/shared/links.ts`, which the embed build imports), so the groups below fit both.
 */
const modulePath = (id: string) =>
  id.replace(/\\/g, '/').replace(/\/packages\/(elements|content)\/dist\/(.+)\.js$/, '/packages/$1/src/$2.ts');

/**
 * The loader's shared chunks, by what a page pays for. Left to itself the bundler makes a chunk
 * for each set of elements that shares a module: some twenty files, each with its own gzip
 * overhead and import list. Instead (a module goes to the first group it matches):
 *
 * - `core`: what every element needs, a gauge given attributes included, and no more: Lit, the
 *   base element (states, events), the core styles (tokens, states), a status from figures,
 *   the number formatters and the error base classes.
 * - `plan-loading`: what an element needs to get a plan by `src` or check a plan object: the
 *   loader and validator (Valibot, the schema, the checks whose errors block a plan; not the
 *   editorial warnings, content/src/warnings.ts, which a page never shows), the loading states
 *   (shared/plan-loading.ts), the plan feed (shared/plan-feed.ts: `src`, `<plan-data>`, "Try
 *   again", an invalid plan's problems) and the shape check of errors (error-shape.ts). Imported
 *   dynamically by an element that needs a plan (and early by the loader for an element with a
 *   `src`), statically by `<plan-data>`: never by a gauge given attributes.
 * - `parts`: what the elements that show plan items share, and a gauge given attributes does not
 *   need: the content model's look-ups of items, the rest of the base stylesheet (headings, links,
 *   disclosures; focus and "Try again": plan-state.styles.ts), links, headings, rich text and a citation in words with its dates (format-citation.ts,
 *   format-date.ts: 0.2 KB gzip, the vision's one need of `item-parts`, which then cost a page
 *   with a vision 2.5 KB).
 * - `item-parts`: what the elements that show items in detail (card, chart, timeline,
 *   consultation, lineage, scorecard) share: citations, the figures table, the plan-making shapes,
 *   the base of the elements that show several plans, an indicator's figures and change in words,
 *   and the SVG paths of lines that the chart and lineage draw (0.2 KB gzip: a file of their own
 *   cost a page with both some 0.2 KB more than it saves the card's; the gauge's arc, svg-arc.ts,
 *   is in the gauge's own file).
 * - The rest the bundler places by who uses it; the markdown renderer is a chunk of its own,
 *   loaded when content needs it, and so is a gauge's reading of an indicator in a plan
 *   (gauge-indicator.ts), loaded when a gauge has an `indicator`.
 */
/**
 * Lit, without what a gauge given attributes does not use: unsafeHTML (rich text) and ifDefined
 * (headings), in `parts`. No element uses Lit's decorators (static properties instead: their code
 * and each call cost every page bytes).
 */
const LIT = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/(?!directives\/(unsafe-html|if-defined)|directive\.js)/;
const CORE = /\/elements\/src\/shared\/(plan-element|view|core\.styles|events|define|on-demand|format|svg-number|status-icons)\.ts$|\/content\/src\/(errors|status|format|validated)\.ts$/;
const PLAN_LOADING = /\/node_modules\/valibot\/|\/elements\/src\/shared\/(plan-loading|plan-check|plan-source|plan-feed|error-detail)\.ts$|\/content\/src\/(schema|schema-walk|validate|checks|loader|load-errors|error-shape|problems|markdown-limits)\.ts$/;
const ITEM_PARTS = /\/elements\/src\/shared\/(citation|figures-table|plan-making|plan-set-element|svg-paths)\.ts$|\/content\/src\/(dates|travel|indicator-figures)\.ts$|\/elements\/src\/plan-progress-gauge\/gauge-indicator\.ts$/;
const PARTS = /\/elements\/src\/shared\/(placed-element|links|rich-text|heading|base\.styles|plan-state\.styles|outcome-colours)\.ts$|\/content\/src\/(url|link-template|lookup|format-citation|format-date)\.ts$|\/directives\/(unsafe-html|if-defined)\.js$|\/lit-html\/directive\.js$/;

export const ELEMENT_CHUNKS = [
  { name: 'core', test: (id: string) => LIT.test(modulePath(id)) || CORE.test(modulePath(id)), priority: 3 },
  { name: 'plan-loading', test: (id: string) => PLAN_LOADING.test(modulePath(id)), priority: 2 },
  { name: 'parts', test: (id: string) => PARTS.test(modulePath(id)), priority: 1 },
  { name: 'item-parts', test: (id: string) => ITEM_PARTS.test(modulePath(id)), priority: 0 },
].map((group) => ({ ...group, includeDependenciesRecursively: false }));
