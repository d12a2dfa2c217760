import type { Decision } from '@hamstring-rehab/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TimelineItem } from '../../../lib/clinic';

export const recordKey = (patientId: string) => ['record', patientId] as const;

export function useDecision(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'decision'],
    queryFn: () => api<Decision>('GET', `patients/${patientId}/decision`),
    staleTime: 0,
  });
}

export function useTimeline(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'timeline'],
    queryFn: () => api<{ asOf: string; items: TimelineItem[] }>('GET', `patients/${patientId}/timeline`),
    staleTime: 0,
  });
}

/** A write to the patient's record (`path` under /patients/{id}/); the record re-reads afterwards. */
export function useRecordWrite(patientId: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api<unknown>('POST', `patients/${patientId}/${path}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: recordKey(patientId) }),
  });
}
