import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
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
 * What the root error boundary shows: a plain message and a reload, never the error's own text. A stale
 * chunk after a deploy says a new version is ready; reloading loads it (saved records are on the device and
 * the server, not in the page).
 */
export function RootError({ error, reload = reloadPage }: { error: unknown; reload?: () => void }) {
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

interface BoundaryProps {
  children: ReactNode;
  /** The page the error happened on: opening another page clears it (as the data router's errorElement did). */
  pathname: string;
  reload?: () => void;
}

class Boundary extends Component<BoundaryProps, { error: unknown; pathname: string | null }> {
  override state = { error: undefined as unknown, pathname: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; pathname: string | null }) {
    if (state.pathname === null) return { pathname: props.pathname };
    if (state.pathname !== props.pathname) return { error: undefined, pathname: props.pathname };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // For the operator's console; the page shows only RootError's words.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    return error === undefined ? this.props.children : <RootError error={error} reload={this.props.reload} />;
  }
}

/**
 * The root error boundary (ADR 231), around the layout and every page: any page that fails to load (a stale
 * chunk after a deploy) or to render shows RootError instead of the layout, until another page is opened.
 */
export function RootBoundary({ children, reload }: { children: ReactNode; reload?: () => void }) {
  const { pathname } = useLocation();
  return (
    <Boundary pathname={pathname} reload={reload}>
      {children}
    </Boundary>
  );
}
