import type { Plugin } from 'vite';

/** Today's page: the page a patient's app opens on. */
const START_PAGE = 'src/features/today/components/today-page.tsx';
/** The app itself, which main.tsx imports once the server's first paint is on the screen (ADR 234). */
const BOOT = 'src/boot.tsx';

/**
 * Lists the app's chunks (`src/boot.tsx`, ADR 234) and Today's (its page), with every chunk they import apart
 * from the entry's own, in index.html as `<link rel="modulepreload">` (ADR 229). The browser's preload scanner starts them with the
 * page, with no JavaScript; the app's dynamic imports then find them loaded or loading (Vite's preload links
 * for them are not added twice). The service worker precaches every chunk anyway, so other pages download
 * nothing more in all. The server's first paint of Today leaves these links out, and the dynamic imports' own
 * links load the same chunks once it is painted (ADR 234).
 */
export function startPagePreload(): Plugin {
  return {
    name: 'start-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (bundle === undefined) return;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const page = chunks.find((c) => c.facadeModuleId?.endsWith(START_PAGE) === true);
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith(BOOT) === true);
        const entry = chunks.find((c) => c.isEntry);
        if (page === undefined || boot === undefined || entry === undefined)
          throw new Error(`start-page-preload: no chunk for ${START_PAGE} or ${BOOT}, or no entry`);
        const initial = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) walk(imported, into);
        };
        walk(entry.fileName, initial);
        const started = new Set<string>();
        walk(boot.fileName, started);
        walk(page.fileName, started);
        return [...started]
          .filter((file) => !initial.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
