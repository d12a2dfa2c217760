import { phtV1 } from '@hamstring-rehab/engine';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Illustration, ILLUSTRATIONS } from './illustration';
import { nordicCurl } from './stage-two';

describe('illustrations', () => {
  it('draws every catalogue exercise and every load test', () => {
    const ids = [...phtV1.exercises.map((e) => e.id), ...phtV1.loadTests.map((t) => t.id)];
    expect(ids.filter((id) => ILLUSTRATIONS[id] === undefined)).toEqual([]);
  });

  it('is an accessible image with a description', () => {
    const html = renderToStaticMarkup(<Illustration id="bridge-hold" />);
    expect(html).toContain('role="img"');
    expect(html).toMatch(/aria-label="Lying on the back/);
  });

  it('draws the Nordic curl with the hips extended: knee, hip and shoulder in one line', () => {
    const [knee] = nordicCurl.leg;
    const angle = (a: readonly [number, number], b: readonly [number, number]) =>
      (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const thigh = angle(knee, nordicCurl.hip);
    const trunk = angle(nordicCurl.hip, nordicCurl.neck);
    expect(Math.abs(thigh - trunk)).toBeLessThan(3);
    // Leaning forward from the knee, not upright and not lying down.
    expect(Math.abs(thigh)).toBeGreaterThan(100);
    expect(Math.abs(thigh)).toBeLessThan(150);
  });
});
