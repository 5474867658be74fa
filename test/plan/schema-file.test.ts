import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/index.js';

// The committed src/plan/plan.schema.json must equal planJsonSchema(). Regenerate with
// `UPDATE_SCHEMA=1 npx vitest run test/plan/schema-file.test.ts`.
const file = new URL('../../src/plan/plan.schema.json', import.meta.url);

it('src/plan/plan.schema.json is up to date', () => {
  const expected = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(file, expected);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(expected);
});

it('is a draft 2020-12 schema with a title and a description', () => {
  const schema = planJsonSchema();
  expect(schema).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: expect.any(String),
    description: expect.any(String),
    type: 'object',
    additionalProperties: false,
  });
});
