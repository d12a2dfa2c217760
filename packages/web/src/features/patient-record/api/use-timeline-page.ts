import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TimelineKind } from '../../../lib/clinic';
import { recordKey } from './use-record';

/** How many entries a page of the timeline adds. */
export const TIMELINE_PAGE = 50;

/** The newest `limit` entries of the kinds asked (all when `kinds` is undefined), filtered by the server. */
export function useTimelinePage(
  patientId: string,
  kinds: readonly TimelineKind[] | undefined,
  limit: number,
) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (kinds !== undefined) query.set('kinds', kinds.join(','));
  return useQuery({
    queryKey: [...recordKey(patientId), 'timeline-page', kinds?.join(',') ?? 'all', limit],
    queryFn: () =>
      api<'GET /patients/{patientId}/timeline'>('GET', `patients/${patientId}/timeline?${query.toString()}`),
    enabled: kinds === undefined || kinds.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Marks an event (`events/{id}`) or a note (`notes/{id}`) entered in error; the record re-reads after. */
export function useMarkInError(patientId: string, entry: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<
        | 'POST /patients/{patientId}/events/{eventId}/entered-in-error'
        | 'POST /patients/{patientId}/notes/{noteId}/entered-in-error'
      >('POST', `patients/${patientId}/${entry}/entered-in-error`, { reason }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: recordKey(patientId) });
      void client.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}
