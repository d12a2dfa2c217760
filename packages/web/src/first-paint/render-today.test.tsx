import type { AppDecision, CaseEvent } from '@hamstring-rehab/engine';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppChrome } from '../app/app-chrome';
import { PATIENT_FOOTER } from '../app/disclaimer';
import { TodayPlan } from '../features/today/components/today-plan';
import { profile, screening } from '../lib/fake-api';
import { act } from '../lib/test-act';
import { decideLocally, type LocalData } from '../lib/patient-case';
import { renderTodayFirstPaint } from './render-today';

const DAY = '2025-03-05';
const patient = (events: CaseEvent[], extra: Record<string, boolean> = {}): LocalData => ({
  profile,
  screening: { ...screening, answers: { ...screening.answers, ...extra } },
  events: events.map((e, i) => ({ ...e, id: String(i) })),
});

function decisionOf(data: LocalData): AppDecision {
  const decision = decideLocally(data, DAY);
  if (decision === undefined) throw new Error('no decision');
  return decision;
}

/** The rendered markup as a document, to query. */
function rendered(html: string | null): Document {
  expect(html).not.toBeNull();
  return new DOMParser().parseFromString(`<div id="root">${html ?? ''}</div>`, 'text/html');
}

describe("Today's first paint from the server", () => {
  it('renders the layout, the stage and the exercises inside one marked wrapper, with no style attribute', () => {
    const data = patient([]);
    const html = renderTodayFirstPaint({ decision: decisionOf(data), todaysEvents: [], runner: false });
    const doc = rendered(html);
    const root = doc.getElementById('root');
    expect(root?.children).toHaveLength(1);
    expect(root?.firstElementChild?.getAttribute('data-first-paint')).toBe('server');
    expect(doc.querySelector('[data-testid="stage-level"]')?.textContent).toBe('Stage 1 · Level 1');
    expect(doc.querySelector('[data-testid="exercise-bridge-hold"]')).not.toBeNull();
    expect(doc.querySelector('footer.app-footer')?.textContent).toBe(PATIENT_FOOTER);
    expect(doc.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Today');
    expect(doc.querySelector('nav a[href="/running"]')).toBeNull();
    // nothing of what comes after the first paint (ADR 229), and no inline style (the CSP blocks them)
    expect(doc.querySelector('[data-testid="week-view"]')).toBeNull();
    expect(html).not.toMatch(/\sstyle=/);
    expect(doc.body.textContent).toContain('Morning check not done yet.');
  });

  it("reads today's events: a morning check done hides its reminder", () => {
    const todays: CaseEvent[] = [{ type: 'morning-check', date: DAY, score: 1 }];
    const doc = rendered(
      renderTodayFirstPaint({ decision: decisionOf(patient(todays)), todaysEvents: todays, runner: true }),
    );
    expect(doc.body.textContent).not.toContain('Morning check not done yet.');
    expect(doc.querySelector('nav a[href="/running"]')).not.toBeNull();
  });

  it('renders a stopped program as Today does: the stop, no plan', () => {
    const decision = decisionOf(patient([], { 'saddle-numbness': true }));
    const doc = rendered(renderTodayFirstPaint({ decision, todaysEvents: [], runner: false }));
    expect(doc.querySelector('[data-testid="program-paused"]')?.textContent).toContain(
      'Get emergency care today',
    );
    expect(doc.querySelector('[data-testid="stage-level"]')).toBeNull();
  });

  it('leaves the page to the app when the avulsion questions are due', () => {
    const todays: CaseEvent[] = [{ type: 'session', date: DAY, painDuring: 9 }];
    const decision = decisionOf(patient(todays));
    expect(renderTodayFirstPaint({ decision, todaysEvents: todays, runner: false })).toBeNull();
  });
});

describe("the app's render over the server's first paint", () => {
  /** What rendering `app` into an empty #root gives, and into a #root holding the server's first paint. */
  function overFirstPaint(app: ReactNode): { fresh: string; over: HTMLElement } {
    const todays: CaseEvent[] = [];
    const html = renderTodayFirstPaint({
      decision: decisionOf(patient(todays)),
      todaysEvents: todays,
      runner: false,
    });
    const fresh = document.createElement('div');
    const over = document.createElement('div');
    over.innerHTML = html ?? '';
    document.body.append(fresh, over);
    act(() => {
      createRoot(fresh).render(app);
      createRoot(over).render(app);
    });
    const freshHtml = fresh.innerHTML;
    fresh.remove();
    return { fresh: freshHtml, over };
  }

  it('replaces it with exactly what it renders into an empty root, when it decides differently', () => {
    const todays: CaseEvent[] = [{ type: 'morning-check', date: DAY, score: 1 }];
    const { fresh, over } = overFirstPaint(
      <MemoryRouter initialEntries={['/today']}>
        <AppChrome role="patient" runner pathname="/today">
          <TodayPlan
            decision={decisionOf(patient(todays, { 'saddle-numbness': true }))}
            todays={todays}
            done={new Set()}
            onDone={() => undefined}
            justCheckedIn
          />
        </AppChrome>
      </MemoryRouter>,
    );
    expect(over.innerHTML).toBe(fresh);
    expect(over.querySelector('[data-first-paint]')).toBeNull();
    expect(over.querySelectorAll('header')).toHaveLength(1);
    expect(over.querySelector('[data-testid="stage-level"]')).toBeNull();
    over.remove();
  });

  it('leaves nothing of it under another page (signed out, say)', () => {
    const { fresh, over } = overFirstPaint(
      <div className="page">
        <p role="status">Signed out</p>
      </div>,
    );
    expect(over.innerHTML).toBe(fresh);
    expect(over.innerHTML).toBe('<div class="page"><p role="status">Signed out</p></div>');
    over.remove();
  });
});
