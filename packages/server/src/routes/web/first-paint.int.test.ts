import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, typicalProfile, typicalScreening } from '../../../test/fixtures.js';

const INDEX =
  '<!doctype html><title>app</title><script type="module" src="/assets/index.js"></script>\n' +
  '    <link rel="modulepreload" crossorigin href="/assets/boot.js">\n' +
  '<div id="root"><p class="boot-status">Loading…</p></div>';

/**
 * A web build with a render module as the web app's build makes it (ADR 232), here one that shows what the
 * server gave it: the decision's stage, today's event types and whether the patient runs; or that throws.
 */
function webBuild(render: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-first-paint-'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.mkdirSync(path.join(dir, 'dist-ssr'));
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'dist-ssr', 'render-today.js'), render);
  return dir;
}

const SHOWS_INPUT = `export function renderTodayFirstPaint({ decision, todaysEvents, runner }) {
  return '<div data-first-paint="server"><p data-testid="stage-level">Stage ' + decision.stage + ' · Level ' +
    decision.level + '</p><p data-testid="todays">' + todaysEvents.map((e) => e.type + ' ' + e.date).join(',') +
    '</p><p data-testid="runner">' + runner + '</p></div>';
}
`;
const THROWS = `export function renderTodayFirstPaint() { throw new Error('render failed'); }\n`;

const navigate = (t: TestApp, url: string, session?: Session, mode = 'navigate') =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { 'sec-fetch-mode': mode, ...(session === undefined ? {} : { cookie: session.cookie }) },
  });

/** A patient with a plan: profile, screening, a morning check yesterday and today; the snapshot fresh. */
async function patientWithAPlan(t: TestApp): Promise<Session> {
  const me = await t.signup();
  const base = `/api/v1/patients/${me.patientId}`;
  await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
  await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
  const events = [morningCheck('2026-03-09', 1), morningCheck('2026-03-10', 1)];
  expect((await t.request('POST', `${base}/events`, { session: me, body: { events } })).statusCode).toBe(201);
  expect((await t.request('GET', `${base}/decision`, { session: me })).statusCode).toBe(200);
  await t.app.snapshots.idle();
  return me;
}

describe("Today's first paint from the server", () => {
  let dir: string;
  let t: TestApp;
  let patient: Session;
  beforeAll(async () => {
    dir = webBuild(SHOWS_INPUT);
    t = await testApp({ WEB_DIR: path.join(dir, 'dist') });
    patient = await patientWithAPlan(t);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("renders a patient's navigation to /today from the fresh snapshot, never to be cached", async () => {
    const page = await navigate(t, '/today?from=push', patient);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers.vary).toBe('Cookie');
    expect(page.headers['content-security-policy']).toContain("style-src 'self'");
    // without the app's preload links: its chunks load once this is painted (ADR 234)
    expect(page.body).toBe(
      '<!doctype html><title>app</title><script type="module" src="/assets/index.js"></script>\n' +
        '<div id="root"><div data-first-paint="server">' +
        '<p data-testid="stage-level">Stage 1 · Level 1</p><p data-testid="todays">morning-check 2026-03-10</p>' +
        '<p data-testid="runner">false</p></div></div>',
    );
  });

  it('sends the static index.html to anything else', async () => {
    const clinician = await t.clinician([patient.patientId]);
    const other = [
      await navigate(t, '/today', patient, 'same-origin'), // the service worker's fetch, or any script
      await t.app.inject({ method: 'GET', url: '/today', headers: { cookie: patient.cookie } }),
      await navigate(t, '/index.html', patient),
      await navigate(t, '/', patient),
      await navigate(t, '/check-in', patient),
      await navigate(t, '/today'), // signed out
      await navigate(t, '/today', clinician),
      await navigate(t, '/today', { ...patient, cookie: 'rehab_session=expired' }),
    ];
    for (const page of other) {
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe(INDEX);
      expect(page.headers['cache-control']).not.toBe('no-store');
    }
  });

  it('sends the static page to a patient with no plan yet', async () => {
    const me = await t.signup();
    await t.request('PUT', `/api/v1/patients/${me.patientId}/profile`, { session: me, body: typicalProfile });
    await t.app.snapshots.idle();
    expect((await navigate(t, '/today', me)).body).toBe(INDEX);
  });

  it('sends the static page once the day has moved on and the snapshot is no longer fresh', async () => {
    t.setNow('2026-03-11T12:00:00.000Z');
    try {
      expect((await navigate(t, '/today', patient)).body).toBe(INDEX);
    } finally {
      t.setNow('2026-03-10T12:00:00.000Z');
    }
  });
});

describe('a first paint that fails', () => {
  it('falls back to the static page, logged, never an error', async () => {
    const dir = webBuild(THROWS);
    const t = await testApp({ WEB_DIR: path.join(dir, 'dist') });
    try {
      const patient = await patientWithAPlan(t);
      const page = await navigate(t, '/today', patient);
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe(INDEX);
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
