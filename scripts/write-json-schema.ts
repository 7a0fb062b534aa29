/**
 * Writes plan.schema.json (JSON Schema 2020-12) from the Valibot schema, so that editors
 * complete and check content files that point `$schema` at it. With `--check`, exits 1
 * instead of writing when the committed file is out of date (CI runs this).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ActionItemSchema,
  ActionSchema,
  AimSchema,
  BoardUpdateSchema,
  CitationSchema,
  DeliverySchema,
  IndicatorSchema,
  OutcomeSchema,
  PlanSchema,
  SubOutcomeSchema,
} from '@plan-kit/content';

const outFile = fileURLToPath(new URL('../packages/content/plan.schema.json', import.meta.url));

export function planJsonSchema(): object {
  const generated = toJsonSchema(PlanSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // JSON itself cannot hold NaN or Infinity, so the finite check has nothing to add to the JSON Schema.
    // The markdown nesting check (raw_check, markdown-limits.ts) has no JSON Schema form; validate runs it.
    // The reason a delayed or changed action needs, and a period's end after its start (raw_check), validate runs too.
    ignoreActions: ['finite', 'raw_check'],
    // An action is chosen by its input's type (lazy, schema.ts): in JSON Schema, its text or the object.
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      valibotSchema === ActionItemSchema ? { anyOf: [{ type: 'string', pattern: '\\S' }, jsonSchema] } : undefined,
    // Named definitions keep the file readable and give editors names to show.
    definitions: {
      Outcome: OutcomeSchema,
      SubOutcome: SubOutcomeSchema,
      Aim: AimSchema,
      Indicator: IndicatorSchema,
      Citation: CitationSchema,
      Action: ActionSchema,
      Delivery: DeliverySchema,
      BoardUpdate: BoardUpdateSchema,
    },
  });
  return {
    ...generated,
    $id: 'https://plan-kit.dev/schema/plan.schema.json',
    title: 'plan-kit plan',
    description: 'A strategic plan as plan-kit publishes it: outcomes, sub-outcomes, aims, indicators, and the sources of each.',
  };
}

const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${outFile} is out of date: run "npm run build:schema" and commit it.`);
    process.exit(1);
  }
  console.log('plan.schema.json is up to date.');
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}`);
}
