import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from '../../../lib/test-act';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { TreatmentNote } from '../../../lib/clinic';
import { fetchTreatmentNotes } from '../api/treatment-notes-api';
import { TreatmentNotes } from './treatment-notes';

vi.mock(import('../api/treatment-notes-api'), () => ({ fetchTreatmentNotes: vi.fn() }));

const note = (id: string, text: string, imported: TreatmentNote['imported']): TreatmentNote => ({
  id,
  kind: 'taping',
  text,
  date: '2026-03-09',
  authorId: null,
  authorEmail: null,
  createdAt: '2026-03-09T10:05:00.000Z',
  imported,
});

describe('TreatmentNotes in Progress', () => {
  it('marks a note restored from an export with who wrote it there, and no other', async () => {
    vi.useFakeTimers();
    vi.mocked(fetchTreatmentNotes).mockResolvedValue({
      notes: [
        note('a', 'Taped before.', { by: 'dr@old.example', at: '2026-03-09T10:05:00.000Z' }),
        note('b', 'Taped here.', null),
      ],
    });
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() => {
      root.render(
        <QueryClientProvider client={new QueryClient()}>
          <TreatmentNotes patientId="p" />
        </QueryClientProvider>,
      );
    });
    // TanStack Query tells its observers on a zero-delay timer: advanced on the fake clock.
    for (let i = 0; i < 3; i++)
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1);
      });
    const items = [...container.querySelectorAll('[data-testid="treatment-notes"] li')];
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Taped here.') as unknown,
      expect.stringContaining('Taped before.') as unknown,
    ]);
    expect(items[0]?.textContent).not.toContain('Imported');
    expect(items[1]?.querySelector('.imported-note')?.textContent).toBe(
      'Imported from an earlier record, where dr@old.example recorded it.',
    );
    act(() => {
      root.unmount();
    });
    vi.useRealTimers();
  });
});
