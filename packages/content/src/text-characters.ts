/**
 * Characters a plan's text may not hold: the control characters other than tab and line breaks
 * (Word pastes vertical tabs; a spreadsheet can hold ESC or BEL) and U+FFFE, U+FFFF. XML 1.0
 * cannot carry them at all, so one of them in a title made the site's Atom feed ill-formed and
 * every feed reader refused the whole feed; on a page they show as nothing or as boxes.
 * `plan-kit validate` and the site build refuse them (validatePlan); pages do not pay for the check.
 */
import { type PathItem, type Problem, problem } from './problems.js';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const NAMES: Record<number, string> = { 0x0b: 'a vertical tab, as Word pastes', 0x0c: 'a form feed', 0x1b: 'an escape', 0x07: 'a bell' };

/** An error for each string (or key) of the plan that holds such a character, naming it and where. */
export function controlCharacterProblems(value: unknown, path: PathItem[] = [], problems: Problem[] = []): Problem[] {
  const check = (text: string, at: PathItem[]) => {
    const found = NOT_IN_TEXT.exec(text);
    if (!found) return;
    const code = found[0].charCodeAt(0);
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${NAMES[code] ? `, ${NAMES[code]}` : ''}`;
    problems.push(problem('error', at, `contains a control character (${name}) after "${text.slice(Math.max(0, found.index - 20), found.index)}": delete it (feeds and pages cannot show it)`));
  };
  if (typeof value === 'string') check(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => controlCharacterProblems(item, [...path, i], problems));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      check(key, [...path, key]);
      controlCharacterProblems(child, [...path, key], problems);
    }
  }
  return problems;
}
