import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { refreshFromServer } from '../lib/session-hooks';
import { syncer } from '../lib/patient-store';
import { queryClient } from './query-client';
import { AppRoutes } from './routes';

/** The app: data client, router, and a sync whenever the device comes back online. */
export function App() {
  useEffect(() => {
    const onOnline = () => {
      void refreshFromServer(queryClient);
    };
    // Back in the app after a while: pick up what changed on the server (at most once a minute).
    let lastRefresh = Date.now();
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || !navigator.onLine || Date.now() - lastRefresh < 60_000)
        return;
      lastRefresh = Date.now();
      void refreshFromServer(queryClient);
    };
    const onOffline = () => {
      void syncer.refresh();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
