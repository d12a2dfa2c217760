import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseSchema } from './case-schema.js';
import { decisionSchema } from './decision-schema.js';

/** The contract as the repository holds it (protocol/ at the root). */
const inRepo = fileURLToPath(new URL('../../../../protocol/', import.meta.url));
/** The steering copy beside the repository, present on the team's machines and CI, absent in a public clone. */
const shared = fileURLToPath(new URL('../../../../../shared/protocol/', import.meta.url));

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory()
        ? files(join(dir, name), `${prefix}${name}/`)
        : [`${prefix}${name}`],
    )
    .sort();
}

describe('the schemas are the contract in protocol/, unchanged', () => {
  it('case-schema.ts equals protocol/case.schema.json', () => {
    expect(caseSchema).toEqual(JSON.parse(readFileSync(`${inRepo}case.schema.json`, 'utf8')));
  });
  it('decision-schema.ts equals protocol/decision.schema.json', () => {
    expect(decisionSchema).toEqual(JSON.parse(readFileSync(`${inRepo}decision.schema.json`, 'utf8')));
  });
});

describe('protocol/ is the shared contract', () => {
  it.runIf(existsSync(shared))(
    'protocol/ holds exactly the files of ../shared/protocol, byte for byte (runs where ../shared exists, as on CI)',
    () => {
      const names = files(shared);
      expect(files(inRepo)).toEqual(names);
      for (const name of names)
        expect(readFileSync(join(inRepo, name)), name).toEqual(readFileSync(join(shared, name)));
    },
  );
});
