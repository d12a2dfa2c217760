import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const checker = fileURLToPath(new URL('../../../protocol/check-vignettes.mjs', import.meta.url));
const examples = fileURLToPath(new URL('../../../protocol/examples', import.meta.url));

describe('public engine examples through the command line', () => {
  it('protocol/check-vignettes.mjs reports every example agreeing', () => {
    const r = spawnSync(process.execPath, [checker, examples], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toMatch(/(\d+)\/\1 vignettes agree, 3\/3 bad inputs refused clearly/);
    expect(r.status).toBe(0);
  }, 120_000);
});
