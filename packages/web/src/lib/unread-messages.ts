import type { ApiOk } from './api-types';
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { useMe } from './session-hooks';

export type UnreadMessages = ApiOk<'GET /messages/unread'>;

export const unreadKey = ['messages', 'unread'] as const;

/** The signed-in user's unread messages per thread, checked every minute while the app is open. */
export function useUnreadMessages(): UnreadMessages | undefined {
  const { me } = useMe();
  const signedIn = me !== null && me !== undefined;
  return useQuery({
    queryKey: [...unreadKey, me?.id],
    queryFn: () => api<'GET /messages/unread'>('GET', 'messages/unread'),
    enabled: signedIn,
    refetchInterval: 60_000,
    retry: false,
  }).data;
}
