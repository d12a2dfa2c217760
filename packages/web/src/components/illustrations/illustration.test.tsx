import { phtV1, protocols } from '@hamstring-rehab/engine';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Illustration, ILLUSTRATIONS } from './illustration';
import { nordicCurl } from './stage-two';

describe('illustrations', () => {
  it('draws every catalogue exercise and every load test of every protocol (pht-v1 and pht-v2)', () => {
    const all = [...protocols.values()];
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(['pht-v1', 'pht-v2']));
    const ids = all.flatMap((p) => [...p.exercises.map((e) => e.id), ...p.loadTests.map((t) => t.id)]);
    expect(ids).toEqual(expect.arrayContaining(phtV1.exercises.map((e) => e.id)));
    expect(ids.filter((id) => ILLUSTRATIONS[id] === undefined)).toEqual([]);
  });

  it('draws the glute-med and lumbopelvic exercises pht-v2 adds', () => {
    for (const id of ['side-lying-hip-abduction', 'side-plank']) {
      const html = renderToStaticMarkup(<Illustration id={id} />);
      expect(html).toContain('role="img"');
      expect(html).toMatch(/aria-label="Lying on the side/);
    }
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
