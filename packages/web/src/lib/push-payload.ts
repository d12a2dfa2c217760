/** What a push carries (ADR 127): plain title and text, and the page of the app to open. */
export interface PushNotice {
  title: string;
  body: string;
  /** A path of this app, such as /check-in. */
  url: string;
}

const FALLBACK: PushNotice = { title: 'Hamstring rehab', body: 'Open the app.', url: '/today' };

/**
 * The notice in a push's data, however it came: anything that is not the server's shape shows a plain notice
 * that opens Today, and text is kept short (a lock screen shows it).
 */
export function noticeFrom(data: unknown): PushNotice {
  if (typeof data !== 'object' || data === null) return FALLBACK;
  const { title, body, url } = data as Record<string, unknown>;
  return {
    title: typeof title === 'string' && title !== '' ? title.slice(0, 80) : FALLBACK.title,
    body: typeof body === 'string' ? body.slice(0, 200) : FALLBACK.body,
    url: typeof url === 'string' ? url : FALLBACK.url,
  };
}

/**
 * The page a tap opens: a path of this app only (a push naming another site, or a protocol-relative //host,
 * opens Today instead).
 */
export function pageToOpen(url: unknown, origin: string): string {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return '/today';
  const target = new URL(url, origin);
  return target.origin === origin ? `${target.pathname}${target.search}` : '/today';
}
