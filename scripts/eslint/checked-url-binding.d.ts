import type { Rule } from 'eslint';

declare const checkedUrlBinding: Rule.RuleModule;
export default checkedUrlBinding;
