import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** The patient's push reminder times, in their own time zone (ADR 127). */
export interface ReminderTimes {
  checkIn: string | null;
  sessions: string[];
  painAfter: string | null;
  run: { time: string; days: number[] } | null;
}

export interface ReminderAnswer extends ReminderTimes {
  timeZone: string;
  /** Browsers with notifications on. */
  devices: number;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const key = (patientId: string) => ['push-reminders', patientId] as const;

export function useReminders(patientId: string) {
  return useQuery({
    queryKey: key(patientId),
    queryFn: () => api<ReminderAnswer>('GET', `patients/${patientId}/reminders`),
  });
}

/** Saves the whole choice (a PUT: twice is the same as once). */
export function useSaveReminders(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (times: ReminderTimes) =>
      api<ReminderAnswer>('PUT', `patients/${patientId}/reminders`, times),
    onSuccess: (saved) => {
      client.setQueryData(key(patientId), saved);
    },
  });
}

export function refreshReminders(client: ReturnType<typeof useQueryClient>, patientId: string) {
  return client.invalidateQueries({ queryKey: key(patientId) });
}
