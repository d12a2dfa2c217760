import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ApiOk } from '../../../lib/api-types';

export const ALERT_CHOICES = [
  { kind: 'red-flag', label: 'A red flag (sent at once)' },
  { kind: 'severe-pain', label: 'Severe pain' },
  { kind: 'nerve-signs', label: 'Nerve signs' },
  { kind: 'repeated-flare', label: 'Repeated flare-ups' },
  { kind: 'new-message', label: 'A new message from a patient' },
  { kind: 'daily-digest', label: 'Once a day (after 07:00 UTC) if any patient needs attention' },
] as const;

export type AlertKind = (typeof ALERT_CHOICES)[number]['kind'];

/** The alerts the clinician gets by e-mail and by push (ADR 121, 128), as the server answers them. */
export type Preferences = ApiOk<'GET /clinicians/me/alerts'>;

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
    mutationFn: (choice: Preferences) =>
      api<'PUT /clinicians/me/alerts'>('PUT', 'clinicians/me/alerts', choice),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
    },
  });
}
