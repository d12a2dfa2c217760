import type { Plugin } from 'vite';

/** Today's page: the page a patient's app opens on. */
const START_PAGE = 'src/features/today/components/today-page.tsx';

/**
 * Lists Today's chunks (its page and every chunk it imports, apart from the app's initial JavaScript) in
 * index.html as `<link rel="modulepreload">` (ADR 229). The browser's preload scanner starts them with the
 * page, with no JavaScript; the app's dynamic import of Today then finds them loaded or loading, so it
 * inserts no links of its own (`skipsStartPage`). The service worker precaches every chunk anyway, so
 * other pages download nothing more in all.
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
        const entry = chunks.find((c) => c.isEntry);
        if (page === undefined || entry === undefined)
          throw new Error(`start-page-preload: no chunk for ${START_PAGE} or no entry`);
        const initial = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) walk(imported, into);
        };
        walk(entry.fileName, initial);
        const today = new Set<string>();
        walk(page.fileName, today);
        return [...today]
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

/**
 * Vite's `modulePreload.resolveDependencies`: the dynamic import of Today inserts no preload links (index.html
 * lists its chunks); every other dynamic import keeps Vite's.
 */
export function skipsStartPage(filename: string, deps: string[]): string[] {
  return /(^|\/)today-page-[\w-]+\.js$/.test(filename) ? [] : deps;
}
