import { useEffect, type ReactNode } from 'react';

/** The page's heading, also set as the document title and focused target for screen readers. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text === '' ? 'Hamstring rehab' : `${text} · Hamstring rehab`;
  }, [text]);
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
