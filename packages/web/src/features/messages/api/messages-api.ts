import type { ApiOk } from '../../../lib/api-types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unreadKey } from '../../../lib/unread-messages';

export type ThreadMessage = ApiOk<'GET /patients/{patientId}/messages'>['messages'][number];

const threadKey = (patientId: string) => ['messages', 'thread', patientId] as const;

/** The thread (reading it marks it read on the server, so the unread counts are fetched again). */
export function useThread(patientId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: threadKey(patientId),
    queryFn: async () => {
      const thread = await api<'GET /patients/{patientId}/messages'>('GET', `patients/${patientId}/messages`);
      await client.invalidateQueries({ queryKey: unreadKey });
      return thread;
    },
    refetchInterval: 30_000,
    retry: false,
  });
}

/** Sends with the form's id: a second tap, or a retry after a lost answer, is stored once by the server. */
export function useSendMessage(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; text: string }) =>
      api<'POST /patients/{patientId}/messages'>('POST', `patients/${patientId}/messages`, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: threadKey(patientId) });
    },
  });
}
