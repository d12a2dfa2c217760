import { act } from '../lib/test-act';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ImportedMark, importedText } from './imported-mark';

const shown = (origin: Parameters<typeof ImportedMark>[0]['origin']) => {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => {
    root.render(<ImportedMark origin={origin} />);
  });
  const text = container.textContent;
  act(() => {
    root.unmount();
  });
  return text;
};

describe('ImportedMark', () => {
  it('says an entry came from an earlier record, with who recorded it there when the export named them', () => {
    expect(shown({ by: 'dr@old.example (Old Clinic)', at: '2026-03-09T10:00:00.000Z' })).toBe(
      'Imported from an earlier record, where dr@old.example (Old Clinic) recorded it.',
    );
    expect(importedText({ by: null, at: '2026-03-10T12:00:00.000Z' })).toBe(
      'Imported from an earlier record.',
    );
  });

  it('shows nothing for an entry recorded here', () => {
    expect(shown(undefined)).toBe('');
    expect(shown(null)).toBe('');
  });
});
