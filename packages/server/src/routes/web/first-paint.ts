import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppDecision, CaseEvent } from '@hamstring-rehab/engine';
import type { FastifyRequest } from 'fastify';
import { addDays } from '../../cases/dates.js';
import { parseStoredEvents } from '../../cases/stored-events.js';
import type { Deps } from '../../http/deps.js';
import { isFresh } from '../../snapshots/snapshot-service.js';

/**
 * The web build's render of Today's first paint (`renderTodayFirstPaint` in the web app's
 * src/first-paint/render-today.tsx, built by `vite.first-paint.config.ts`): the markup inside #root, or null
 * when the app alone can render the page. Typed here, not imported: the server never imports web code.
 */
type RenderTodayFirstPaint = (input: {
  decision: AppDecision;
  todaysEvents: readonly CaseEvent[];
  runner: boolean;
}) => string | null;

/** The render module, beside the served web directory (never inside it: it is not a file for browsers). */
export const firstPaintModule = (webDir: string): string =>
  path.join(webDir, '..', 'dist-ssr', 'render-today.js');

/** index.html's #root and what it holds before the app renders (its "Loading…"). */
const ROOT = /(<div id="root">)[\s\S]*?(<\/div>)/;

/** The page's own answer for a first paint; undefined means: send the static index.html. */
export type FirstPaint = (request: FastifyRequest) => Promise<string | undefined>;

/** The patient whose browser navigates to Today (a real navigation, not a fetch), or undefined. */
function navigatingPatient(request: FastifyRequest): string | undefined {
  const { actor } = request;
  const navigation =
    request.method === 'GET' &&
    request.headers['sec-fetch-mode'] === 'navigate' &&
    request.url.split('?')[0] === '/today';
  return navigation && actor?.role === 'patient' && actor.patientId !== null ? actor.patientId : undefined;
}

/**
 * Today's first paint from the server (ADR 232), when the web build has its render module: index.html with
 * the plan of a patient's fresh snapshot rendered into #root. Undefined when the build has none (the static
 * page is then sent for every path, as before).
 */
export async function loadFirstPaint(
  webDir: string,
  { store, snapshots, clock, log }: Pick<Deps, 'store' | 'snapshots' | 'clock' | 'log'>,
): Promise<FirstPaint | undefined> {
  const file = firstPaintModule(webDir);
  if (!fs.existsSync(file)) return undefined;
  const indexHtml = fs
    .readFileSync(path.join(webDir, 'index.html'), 'utf8')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const module = (await import(pathToFileURL(file).href)) as { renderTodayFirstPaint?: unknown };
  if (typeof module.renderTodayFirstPaint !== 'function' || !ROOT.test(indexHtml)) {
    log.warn({ file }, 'first paint: the render module or index.html is not as expected; not used');
    return undefined;
  }
  const render = module.renderTodayFirstPaint as RenderTodayFirstPaint;

  /** The plan's markup, or undefined when there is no fresh decision to show. */
  const renderFor = async (patientId: string): Promise<string | undefined> => {
    const nowIso = clock().toISOString();
    const snapshot = await snapshots.current(patientId, nowIso);
    if (snapshot === undefined || !isFresh(snapshot, nowIso) || snapshot.decision === null) return undefined;
    // a fresh snapshot's day is the patient's today in their time zone
    const today = snapshot.computedFor ?? '';
    const [patient, rows] = await Promise.all([
      store.getPatient(patientId),
      store.listEventsAfter(patientId, addDays(today, -1)),
    ]);
    if (patient === undefined) return undefined;
    const todaysEvents = parseStoredEvents(rows.filter((r) => r.date === today)).map((e) => e.event);
    const decision = JSON.parse(snapshot.decision) as AppDecision;
    return render({ decision, todaysEvents, runner: patient.profile.runner }) ?? undefined;
  };

  return async (request) => {
    const patientId = navigatingPatient(request);
    if (patientId === undefined) return undefined;
    try {
      const markup = await renderFor(patientId);
      return markup === undefined
        ? undefined
        : indexHtml.replace(ROOT, (_all, open: string, close: string) => `${open}${markup}${close}`);
    } catch (err) {
      request.log.warn({ err }, 'first paint of Today failed: the static page is sent');
      return undefined;
    }
  };
}
