// Writes packages/elements/custom-elements.json from the element sources: `npm run analyze`
// (which runs `cem analyze --litelement` inside packages/elements with this config).
// The manifest drives the Storybook docs (attributes, properties, events, slots, parts, custom
// properties) and editors' completions; packages/elements/package.json points at it
// ("customElements"). Module paths in it name the published files (dist/*.js), not the sources.

import { posix } from 'node:path';

/**
 * The elements register through `defineElement('plan-vision', PlanVision)` (a no-op when the tag
 * is already taken), which the analyzer does not recognise as `customElements.define`. This
 * plugin records those calls as custom-element definitions so that each class gets its tag name.
 */
function defineElementCalls() {
  return {
    name: 'plan-kit: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * Keeps the public API only: private and protected members, internal fields and Lit's `styles`
 * are not something a page author sets (nor is the attribute the analyzer gives a private
 * `{ state: true }` entry of `static properties`: Lit gives such state none); `plan-retry` (PLAN_RETRY_EVENT) is an internal request
 * from a child to its `<plan-data>`; and `customElements.define(tag, element)` inside
 * `defineElement` itself is not a definition of an element called "tag".
 */
function publicApiOnly() {
  const internalMembers = new Set(['styles', 'view', 'contextState', 'ownState']);
  const isPublic = (m) => (!m.privacy || m.privacy === 'public') && !internalMembers.has(m.name) && !/^[_#]/.test(m.name);
  const isPublicEvent = (e) => /^plan-[a-z-]+$/.test(e.name) && e.name !== 'plan-retry';
  return {
    name: 'plan-kit: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || /^plan-[a-z-]+$/.test(e.name),
        );
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set((decl.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          if (decl.members) decl.members = decl.members.filter(isPublic);
          if (decl.events) decl.events = decl.events.filter(isPublicEvent);
        }
      }
    },
  };
}

/** Points module paths at the published JavaScript: `src/a/b.ts` becomes `dist/a/b.js`. */
function publishedPaths() {
  const rewrite = (value) => {
    if (typeof value === 'string') return value.replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/$1.js');
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (key === 'path' || key === 'module' || typeof value[key] === 'object') value[key] = rewrite(value[key]);
      }
    }
    return value;
  };
  return {
    name: 'plan-kit: published paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      // Re-exports (index.ts) name their module relative to the re-exporting file.
      for (const mod of customElementsManifest.modules ?? []) {
        for (const e of mod.exports ?? []) {
          const from = e.declaration?.module;
          if (from?.startsWith('.')) e.declaration.module = rewrite(posix.join(posix.dirname(mod.path), from));
        }
      }
    },
  };
}

export default {
  // Relative to packages/elements, where `npm run analyze` runs the analyzer.
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'dist/**'],
  outdir: '.',
  litelement: true,
  // packages/elements/package.json already has "customElements": "custom-elements.json".
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly(), publishedPaths()],
};
