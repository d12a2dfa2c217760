import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseOf, mc, sess } from '../../test/kit.js';

const bin = fileURLToPath(new URL('../../bin/hamstring-rehab.js', import.meta.url));
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 30_000 });
const tmp = mkdtempSync(join(tmpdir(), 'cli-'));
const good = caseOf({ asOf: 2, events: [mc(0, 1), sess(1, 2), mc(2, 1)] });

describe('hamstring-rehab evaluate (the command-line contract)', () => {
  it('decides a case from a file: JSON on stdout, exit 0', () => {
    const file = join(tmp, 'good.json');
    writeFileSync(file, JSON.stringify(good));
    const r = cli(['evaluate', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout) as { status: string; stage: number; reasons: { rule: string }[] };
    expect([d.status, d.stage]).toEqual(['active', 1]);
    expect(d.reasons[0]?.rule).toBe('response-green');
  });

  it('reads standard input with -', () => {
    const r = cli(['evaluate', '-'], JSON.stringify(good));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ protocol: 'pht-v1', asOf: '2026-03-03' });
  });

  it('a bad case: nothing on stdout, exit 2, one line per problem naming the field', () => {
    const bad = {
      ...good,
      asOf: '2026-02-30',
      events: [...good.events, { type: 'morning-check', date: '2026-03-03', score: 11 }],
    };
    const r = cli(['evaluate', '-'], JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').sort()).toEqual([
      'asOf: 2026-02-30 is not a real date',
      'events[3].score: must be at most 10',
    ]);
  });

  it('input that is not JSON: exit 2 with a clear message', () => {
    const r = cli(['evaluate', '-'], '{"protocol": ');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('a missing file and bad usage are refused with their own exit codes', () => {
    expect(cli(['evaluate', join(tmp, 'nope.json')]).status).toBe(66);
    const usage = cli(['frobnicate']);
    expect(usage.status).toBe(64);
    expect(usage.stderr).toMatch(/Usage/);
  });

  it('--ndjson: one decision per line, same order; a bad line answers {"error": ...} and the run goes on', () => {
    const other = caseOf({ asOf: 0, answers: { 'saddle-numbness': true } });
    const input = [
      JSON.stringify(good),
      'not json',
      JSON.stringify({ ...good, protocol: 'pht-v0' }),
      '',
      JSON.stringify(other),
    ].join('\n');
    const r = cli(['evaluate', '--ndjson'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ status: 'active' });
    expect(String(lines[1]?.error)).toMatch(/not valid JSON/);
    expect(String(lines[2]?.error)).toBe('protocol: must be one of "pht-v1", "pht-v2"');
    expect(lines[3]).toMatchObject({ status: 'emergency' });
  });

  it('the bin is linked at the project root by npm install', () => {
    expect(
      existsSync(fileURLToPath(new URL('../../../../node_modules/.bin/hamstring-rehab', import.meta.url))),
    ).toBe(true);
  });
});
