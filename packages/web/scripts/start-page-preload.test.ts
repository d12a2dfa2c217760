import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { startPagePreload } from './start-page-preload.js';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** A bundle of chunks: file -> [facade module, static imports], the first one the entry. */
function bundleOf(chunks: Record<string, [string | null, string[]]>): Bundle {
  const files = Object.keys(chunks);
  return Object.fromEntries(
    files.map((fileName, i) => {
      const [facadeModuleId, imports] = chunks[fileName] ?? [null, []];
      return [fileName, { type: 'chunk', fileName, facadeModuleId, imports, isEntry: i === 0 }];
    }),
  ) as unknown as Bundle;
}

function linksFor(bundle: Bundle): string[] {
  const transform = startPagePreload().transformIndexHtml;
  if (typeof transform !== 'object' || transform === null || !('handler' in transform))
    throw new Error('no handler');
  const handler = transform.handler as (html: string, ctx: Partial<IndexHtmlTransformContext>) => unknown;
  const tags = handler('', { bundle }) as { attrs: { href: string; rel: string } }[];
  return tags.map((t) => `${t.attrs.rel} ${t.attrs.href}`);
}

describe('start-page-preload (ADR 229)', () => {
  it("lists the app and Today's page and what they import, leaving out the entry's own", () => {
    const bundle = bundleOf({
      'assets/index-a.js': ['/app/src/main.tsx', ['assets/early-g.js']],
      'assets/early-g.js': [null, []],
      'assets/boot-h.js': ['/app/src/boot.tsx', ['assets/react-b.js', 'assets/early-g.js']],
      'assets/react-b.js': [null, []],
      'assets/today-page-c.js': [
        '/app/src/features/today/components/today-page.tsx',
        ['assets/react-b.js', 'assets/engine-d.js'],
      ],
      'assets/engine-d.js': [null, ['assets/protocol-e.js']],
      'assets/protocol-e.js': [null, []],
      'assets/progress-page-f.js': ['/app/src/features/progress/components/progress-page.tsx', []],
    });
    expect(linksFor(bundle)).toEqual([
      'modulepreload /assets/boot-h.js',
      'modulepreload /assets/react-b.js',
      'modulepreload /assets/today-page-c.js',
      'modulepreload /assets/engine-d.js',
      'modulepreload /assets/protocol-e.js',
    ]);
  });

  it('fails the build when Today or the app has no chunk of its own', () => {
    expect(() => linksFor(bundleOf({ 'assets/index-a.js': ['/app/src/main.tsx', []] }))).toThrow(
      /today-page/,
    );
    const noBoot = bundleOf({
      'assets/index-a.js': ['/app/src/main.tsx', []],
      'assets/today-page-c.js': ['/app/src/features/today/components/today-page.tsx', []],
    });
    expect(() => linksFor(noBoot)).toThrow(/boot/);
  });
});
