import { useRouteError } from 'react-router';
import { PATIENT_FOOTER } from './disclaimer';

/**
 * Whether the error is a page's chunk that failed to load: after a deploy, the chunk this tab's app names
 * is gone from the server (each browser words it its own way; Vite's preload says "Unable to preload").
 */
export function isStaleChunk(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|importing a module script failed|unable to preload|loading chunk|chunkloaderror/i.test(
    `${error.name} ${error.message}`,
  );
}

const reloadPage = () => {
  window.location.reload();
};

/**
 * The root error boundary: any page that fails to load or to render shows a plain message and a reload,
 * never the router's default page. A stale chunk after a deploy says a new version is ready; reloading
 * loads it (saved records are on the device and the server, not in the page).
 */
export function RootError({ reload = reloadPage }: { reload?: () => void }) {
  const error = useRouteError();
  const stale = isStaleChunk(error);
  return (
    <>
      <main id="main" className="page">
        <h1>{stale ? 'A new version of the app is ready' : 'Something went wrong'}</h1>
        <p role="alert">
          {stale
            ? 'The app was updated while this page was open. Reload to use the new version; what you saved is kept.'
            : 'This page could not be shown. Reload to try again; what you saved is kept.'}
        </p>
        <button type="button" onClick={reload}>
          Reload
        </button>
      </main>
      <footer className="app-footer">
        <p>{PATIENT_FOOTER}</p>
      </footer>
    </>
  );
}
