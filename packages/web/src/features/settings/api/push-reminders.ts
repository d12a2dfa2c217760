import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ApiBody, ApiOk } from '../../../lib/api-types';

/** The patient's push reminder times, in their own time zone (ADR 127), as the PUT takes them. */
export type ReminderTimes = ApiBody<'PUT /patients/{patientId}/reminders'>;

/** The times with the time zone they are in and the browsers with notifications on. */
export type ReminderAnswer = ApiOk<'GET /patients/{patientId}/reminders'>;

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const key = (patientId: string) => ['push-reminders', patientId] as const;

export function useReminders(patientId: string) {
  return useQuery({
    queryKey: key(patientId),
    queryFn: () => api<'GET /patients/{patientId}/reminders'>('GET', `patients/${patientId}/reminders`),
  });
}

/** Saves the whole choice (a PUT: twice is the same as once). */
export function useSaveReminders(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (times: ReminderTimes) =>
      api<'PUT /patients/{patientId}/reminders'>('PUT', `patients/${patientId}/reminders`, times),
    onSuccess: (saved) => {
      client.setQueryData(key(patientId), saved);
    },
  });
}

export function refreshReminders(client: ReturnType<typeof useQueryClient>, patientId: string) {
  return client.invalidateQueries({ queryKey: key(patientId) });
}
