import type { AppDecision, CaseEvent } from '@hamstring-rehab/engine';
import { renderToString } from 'preact-render-to-string';
import { MemoryRouter } from 'react-router';
import { AppChrome } from '../app/app-chrome';
import { todaySoFar, TodayPlan } from '../features/today/components/today-plan';

/** What the server knows of a signed-in patient for Today's first paint. */
export interface TodayFirstPaintInput {
  /** Today's decision, from the patient's fresh snapshot. */
  decision: AppDecision;
  /** The patient's events dated today (in their time zone), none entered in error. */
  todaysEvents: readonly CaseEvent[];
  /** A runner's menu lists the running plan. */
  runner: boolean;
}

/** The attribute on the wrapper of the server's markup inside #root; the app's own render replaces it. */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';

const nothingDone: ReadonlySet<string> = new Set();

/**
 * The markup of Today's first paint inside #root, as the app renders it (the layout's header, navigation and
 * disclaimer around Today's plan, by the same components), for the server to send on a cold navigation
 * (ADR 232). Null when the app alone can render it: the avulsion questions (a form that logs) are due, above
 * the exercises.
 */
export function renderTodayFirstPaint({
  decision,
  todaysEvents,
  runner,
}: TodayFirstPaintInput): string | null {
  const planShown = decision.status === 'active' || decision.status === 'completed';
  if (planShown && todaySoFar(todaysEvents).avulsionDue) return null;
  return renderToString(
    <MemoryRouter initialEntries={['/today']}>
      <div data-first-paint="server">
        <AppChrome role="patient" runner={runner} pathname="/today">
          <TodayPlan
            decision={decision}
            todays={todaysEvents}
            done={nothingDone}
            onDone={() => undefined}
            justCheckedIn={false}
          />
        </AppChrome>
      </div>
    </MemoryRouter>,
  );
}
