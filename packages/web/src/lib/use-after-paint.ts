import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the page once with the component on it, then true: for parts of a
 * page that cost more than the rest and are not what the person came for, so that what they came for is
 * on screen first (ADR 229). The next animation frame runs just before that paint; a task queued from it
 * runs after.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
