import { phtV1 } from '@hamstring-rehab/engine';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Illustration, ILLUSTRATIONS } from './illustration';

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
});
