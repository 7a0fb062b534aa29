/**
 * ESLint rule `plan-kit/checked-url-binding`: every URL that a Lit template (`html`, `svg`) binds
 * goes through `safeHref()`, the one scheme check, and no template sets a `style` attribute.
 *
 * Why: Lit's production build does not filter URL schemes in attribute bindings, so
 * `href=${url}` with content in `url` can put a `javascript:` link on a council's page; and a
 * `style="..."` attribute is blocked by a strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline'), so styles from data go through constructable stylesheets instead.
 *
 *   html`<a href=${url}>`            reported
 *   html`<a href=${safeHref(url)}>`  fine
 *   html`<p style="color: red">`     reported (also style=${...})
 */

/** Attributes (and Lit property bindings such as `.href`) whose value is fetched or followed as a URL. */
const URL_BINDING = /(?:^|[\s"'])[.?]?(?:href|src|srcset|action|formaction|xlink:href|poster|cite|background|ping|data)\s*=\s*["']?$/i;
const STYLE_ATTRIBUTE = /(?:^|\s)[.?]?style\s*=/i;
const TEMPLATE_TAGS = new Set(['html', 'svg']);
const CHECK = 'safeHref';

function tagName(tag) {
  if (tag.type === 'Identifier') return tag.name;
  if (tag.type === 'MemberExpression' && tag.property.type === 'Identifier') return tag.property.name;
  return undefined;
}

function isChecked(expression) {
  return expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && expression.callee.name === CHECK;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'URL bindings in Lit templates go through safeHref(); no style attributes' },
    messages: {
      unchecked: 'URL binding without the scheme check: write {{attribute}}${safeHref(...)} (Lit does not filter javascript: URLs).',
      style: 'No style attribute in templates: a strict Content-Security-Policy blocks it. Use a class, or a constructable stylesheet for values from data.',
    },
    schema: [],
  },
  create(context) {
    return {
      TaggedTemplateExpression(node) {
        if (!TEMPLATE_TAGS.has(tagName(node.tag))) return;
        const { quasis, expressions } = node.quasi;
        for (const quasi of quasis) {
          if (STYLE_ATTRIBUTE.test(quasi.value.raw)) context.report({ node: quasi, messageId: 'style' });
        }
        expressions.forEach((expression, i) => {
          const match = URL_BINDING.exec(quasis[i].value.raw);
          if (match && !isChecked(expression)) {
            context.report({ node: expression, messageId: 'unchecked', data: { attribute: match[0].trim() } });
          }
        });
      },
    };
  },
};
