/** The project's own ESLint rule: URL bindings in shipped Lit templates go through safeHref(). */
import { RuleTester } from 'eslint';
import checkedUrlBinding from '../../scripts/eslint/checked-url-binding.js';

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

describe('lint rule plan-kit/checked-url-binding', () => {
  tester.run('checked-url-binding', checkedUrlBinding, {
    valid: [
      'html`<a href=${safeHref(url)}>${text}</a>`',
      'svg`<a href=${safeHref(url)}></a>`',
      'html`<a href="./static/">x</a>`',
      'html`<plan-vision data-plan-src=${url}></plan-vision>`',
      'html`<p title=${title} class="outcome-${i}">${text}</p>`',
      // Not a template that renders: a CSS template or a plain template literal.
      'css`a { color: red }`',
      '`<a href=${url}>`',
    ],
    invalid: [
      { code: 'html`<a href=${url}>x</a>`', errors: [{ messageId: 'unchecked' }] },
      { code: "html`<a href='${url}'>x</a>`", errors: [{ messageId: 'unchecked' }] },
      { code: 'html`<img alt="" src=${u}>`', errors: [{ messageId: 'unchecked' }] },
      { code: 'html`<a .href=${url}>x</a>`', errors: [{ messageId: 'unchecked' }] },
      { code: 'html`<form action=${a}><button formaction=${b}></button></form>`', errors: [{ messageId: 'unchecked' }, { messageId: 'unchecked' }] },
      { code: 'svg`<a xlink:href=${url}></a>`', errors: [{ messageId: 'unchecked' }] },
      { code: 'lit.html`<a href=${isSafeUrl(url) ? url : ""}>x</a>`', errors: [{ messageId: 'unchecked' }] },
      { code: 'html`<p style="color: red">x</p>`', errors: [{ messageId: 'style' }] },
      { code: 'html`<p style=${styles}>x</p>`', errors: [{ messageId: 'style' }] },
    ],
  });
});
