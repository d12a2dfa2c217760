import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const ALERT_CHOICES = [
  { kind: 'red-flag', label: 'A red flag (sent at once)' },
  { kind: 'severe-pain', label: 'Severe pain' },
  { kind: 'nerve-signs', label: 'Nerve signs' },
  { kind: 'repeated-flare', label: 'Repeated flare-ups' },
  { kind: 'new-message', label: 'A new message from a patient' },
  { kind: 'daily-digest', label: 'Once a day (after 07:00 UTC) if any patient needs attention' },
] as const;

export type AlertKind = (typeof ALERT_CHOICES)[number]['kind'];

const key = ['alert-preferences'] as const;

export function useAlertPreferences() {
  return useQuery({
    queryKey: key,
    queryFn: () => api<'GET /clinicians/me/alerts'>('GET', 'clinicians/me/alerts'),
  });
}

/** Saves the whole choice (a PUT: saving it twice is the same as once). */
export function useSaveAlertPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (email: AlertKind[]) =>
      api<'PUT /clinicians/me/alerts'>('PUT', 'clinicians/me/alerts', { email }),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
    },
  });
}
