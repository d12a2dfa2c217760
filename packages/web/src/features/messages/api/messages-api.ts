import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unreadKey } from '../../../lib/unread-messages';

export interface ThreadMessage {
  id: string;
  authorRole: 'patient' | 'clinician';
  authorEmail: string | null;
  mine: boolean;
  /** Plain text: rendered as text, never as HTML. */
  text: string;
  createdAt: string;
}

interface Thread {
  messages: ThreadMessage[];
  unread: number;
}

const threadKey = (patientId: string) => ['messages', 'thread', patientId] as const;

/** The thread (reading it marks it read on the server, so the unread counts are fetched again). */
export function useThread(patientId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: threadKey(patientId),
    queryFn: async () => {
      const thread = await api<Thread>('GET', `patients/${patientId}/messages`);
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
      api<ThreadMessage>('POST', `patients/${patientId}/messages`, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: threadKey(patientId) });
    },
  });
}
