/**
 * Writes dist/site: an accessible index of every plan in content/plans with its outcomes, and the
 * plan files themselves for download. Fails, naming file and path, if any plan is invalid.
 * (The full microsite replaces this page; the validation gate stays.)
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validatePlan, type Plan } from '@plan-kit/content';

const root = new URL('..', import.meta.url).pathname;
const plansDir = join(root, 'content/plans');
const outDir = join(root, 'dist/site');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const plans: { file: string; plan: Plan }[] = [];
let failed = false;
for (const file of readdirSync(plansDir).filter((f) => f.endsWith('.json')).sort()) {
  const result = validatePlan(JSON.parse(readFileSync(join(plansDir, file), 'utf8')));
  if (result.ok) plans.push({ file, plan: result.plan });
  else {
    failed = true;
    for (const p of result.errors) console.error(`content/plans/${file}: ${formatProblem(p)}`);
  }
}
if (failed) {
  console.error('Not building the site: fix the plan files above (npx plan-kit validate content/plans/*.json).');
  process.exit(1);
}
plans.sort((a, b) => b.plan.period.start - a.plan.period.start);

const STATUS_WORDS: Record<Plan['status'], string> = {
  draft: 'Draft',
  consultation: 'Draft for consultation',
  approved: 'Approved',
  superseded: 'Superseded',
};

const planSection = ({ file, plan }: { file: string; plan: Plan }) => `
  <section aria-labelledby="plan-${plan.id}">
    <h2 id="plan-${plan.id}">${escapeHtml(plan.title)}</h2>
    <dl>
      <dt>Period</dt><dd>${plan.period.start} to ${plan.period.end}</dd>
      <dt>Status</dt><dd>${escapeHtml(STATUS_WORDS[plan.status])}</dd>
    </dl>
    <h3>${escapeHtml(plan.labels.outcomes)}</h3>
    <ol>${plan.outcomes
      .map((o) => {
        const count = o.subOutcomes.length || o.count?.value || o.subThemes?.reduce((n, t) => n + t.count.value, 0) || 0;
        const label = o.subOutcomes.length ? plan.labels.subOutcomes.toLowerCase() : (o.count?.label ?? o.subThemes?.[0]?.count.label ?? '');
        return `\n      <li>${escapeHtml(o.title)}${count ? ` (${count} ${escapeHtml(label)})` : ''}</li>`;
      })
      .join('')}
    </ol>
    <p><a href="plans/${file}" download>Download ${escapeHtml(plan.title)} as JSON</a></p>
  </section>`;

const html = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Strategic plans - Leicestershire County Council</title>
  <meta name="description" content="Leicestershire County Council's strategic plans: outcomes, sub-outcomes and their sources.">
  <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 44rem; margin: 0 auto; padding: 1rem; color: #0b0c0c; }
    a { color: #1d70b8; } a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
    dt { font-weight: bold; } dd { margin: 0 0 .5rem; }
  </style>
</head>
<body>
  <header><p>Leicestershire County Council</p></header>
  <main>
    <h1>Strategic plans</h1>
    <p>Every plan below is quoted from the council's committee reports; each item in the files records its source.</p>
    ${plans.map(planSection).join('\n')}
    <p><a href="plan.schema.json">The JSON Schema of a plan file</a></p>
  </main>
</body>
</html>
`;

mkdirSync(join(outDir, 'plans'), { recursive: true });
writeFileSync(join(outDir, 'index.html'), html);
for (const { file } of plans) copyFileSync(join(plansDir, file), join(outDir, 'plans', file));
copyFileSync(join(root, 'packages/content/plan.schema.json'), join(outDir, 'plan.schema.json'));
console.log(`dist/site: index of ${plans.length} plans written.`);
