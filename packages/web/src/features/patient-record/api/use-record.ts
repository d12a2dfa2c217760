import type { PatientWrite } from '../../../lib/api-types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';

export const recordKey = (patientId: string) => ['record', patientId] as const;

export function useDecision(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'decision'],
    queryFn: () => api<'GET /patients/{patientId}/decision'>('GET', `patients/${patientId}/decision`),
    staleTime: 0,
  });
}

export function useTimeline(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'timeline'],
    queryFn: () => api<'GET /patients/{patientId}/timeline'>('GET', `patients/${patientId}/timeline`),
    staleTime: 0,
  });
}

/** A write to the patient's record (`path` under /patients/{id}/); the record re-reads afterwards. */
export function useRecordWrite(patientId: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api<PatientWrite>('POST', `patients/${patientId}/${path}`, body),
    // The record re-reads in the background: the save is done when the server has taken it.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: recordKey(patientId) });
    },
  });
}

/**
 * A record form's save, once however often tapped (docs/decisions/211): the body carries the form's client
 * id (the server stores an id once), a second tap while saving does nothing, `busy` disables the button;
 * after a save the form gets a new id for its next entry.
 */
export function useRecordForm(patientId: string, path: string) {
  const write = useRecordWrite(patientId, path);
  const once = useSubmitOnce();
  const { idFor, run, renew } = once;
  const submit = (body: object, onSaved?: (answer: unknown) => void) =>
    run(async () => {
      let answer: unknown;
      try {
        answer = await write.mutateAsync({ ...body, id: idFor(0) });
      } catch {
        return; // shown by the form from `error`
      }
      renew();
      onSaved?.(answer);
    });
  return { submit, busy: once.busy, error: write.error, isSuccess: write.isSuccess };
}
