import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = 'packages/server/test/lint-fixtures/src';

/**
 * The repository's own lint configuration (eslint.config.js) run on fixtures that break the server's layers
 * on purpose (they are ignored by `eslint .`): an import cycle and a report reaching into routes fail.
 * Only the two rules under test run, without type information (the fixtures are in no TS project).
 */
async function lint(file: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    ignore: false,
    overrideConfig: [{ files: [`${fixtures}/**/*.ts`], ...tseslint.configs.disableTypeChecked }],
    ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-cycle' || ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintFiles([`${fixtures}/${file}`]);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the server’s layer rules', () => {
  it('fail on an import cycle, on both files of it', async () => {
    expect(await lint('cases/case-a.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ]);
    expect(await lint('cases/case-b.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ]);
  });

  it('fail when a report imports a route (the cycle issue 15 found)', async () => {
    expect(await lint('reports/report-data.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*routes\/timeline.* never on routes/),
    ]);
  });

  it('pass imports that go down the layers and out of a cycle', async () => {
    expect(await lint('cases/case-c.ts')).toEqual([]);
    expect(await lint('http/deps.ts')).toEqual([]);
  });
});
