import { QueryClient } from '@tanstack/react-query';

/** Queries read the device first, so they run with or without a network. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { networkMode: 'always' },
  },
});
