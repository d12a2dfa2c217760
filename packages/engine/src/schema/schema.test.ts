import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseSchema } from './case-schema.js';
import { decisionSchema } from './decision-schema.js';

const shared = fileURLToPath(new URL('../../../../../shared/protocol/', import.meta.url));
const haveShared = existsSync(shared);

describe('the schemas are the shared contract, unchanged', () => {
  it.skipIf(!haveShared)(
    'case-schema.ts equals shared/protocol/case.schema.json (skipped when shared/ is not beside the repo)',
    () => {
      expect(caseSchema).toEqual(JSON.parse(readFileSync(`${shared}case.schema.json`, 'utf8')));
    },
  );
  it.skipIf(!haveShared)(
    'decision-schema.ts equals shared/protocol/decision.schema.json (skipped when shared/ is not beside the repo)',
    () => {
      expect(decisionSchema).toEqual(JSON.parse(readFileSync(`${shared}decision.schema.json`, 'utf8')));
    },
  );
});
