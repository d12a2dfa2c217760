// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Imports the pure engine core may never make: I/O, clocks of the host, server or web code. */
const engineForbiddenImports = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net'],
      message: 'The engine core does no I/O.',
    },
    {
      group: ['@hamstring-rehab/server', '@hamstring-rehab/web', '**/server/**', '**/web/**'],
      message: 'Imports flow one way: engine <- server, engine <- web.',
    },
    { group: ['**/cli/**', '../cli/*', './cli/*'], message: 'The core must not depend on its command line.' },
  ],
};

const noClockNoRandom = [
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'No clock in the engine: asOf is an input.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'No clock in the engine: asOf is an input.',
  },
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'No randomness in the engine.',
  },
];

/** Server routes are declared on `typed(app)`, their types read from their schemas, never written by hand. */
const typedRoutes = [
  {
    selector:
      "CallExpression[callee.object.name='app'][callee.property.name=/^(get|post|put|patch|delete|route)$/]",
    message: 'Declare routes on typed(app) (http/typed-app.ts): handler types come from the route schemas.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(get|post|put|patch|delete|route)$/][typeArguments]',
    message: 'No hand-written route types: the schemas type params, query, body and answers (ADR 132).',
  },
  {
    selector: 'TSInterfaceDeclaration[id.name=/^(Params|Body|Querystring|Query)$/]',
    message: 'No hand-written route types: the schemas type params, query, body and answers (ADR 132).',
  },
];

/** Each web feature (src/features/<name>) stands alone: shared code lives in src/lib and src/components. */
const webFeaturesDir = new URL('./packages/web/src/features/', import.meta.url);
const webFeatures = fs.existsSync(webFeaturesDir)
  ? fs
      .readdirSync(webFeaturesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
/**
 * What no web file imports: the server, the engine's insides, or the engine's validators (Ajv compiles with
 * eval, which the app's CSP forbids; the app decides on data it built itself).
 */
const webPaths = [
  {
    name: '@hamstring-rehab/engine',
    importNames: ['validateCase', 'validateEvent'],
    message: 'No Ajv in the browser (the CSP forbids eval): call decide on data the app built.',
  },
];
const webPatterns = [
  {
    regex: '^@hamstring-rehab/server|(^|/)packages/(server|engine)/|(^|/)engine/src/',
    message: 'Imports flow one way: the web app uses the engine through @hamstring-rehab/engine only.',
  },
];
const webRestrictions = (patterns) => ['error', { paths: webPaths, patterns: [...webPatterns, ...patterns] }];
const webLayers = [
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': webRestrictions([]) },
  },
  {
    files: ['packages/web/src/lib/**/*.{ts,tsx}', 'packages/web/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': webRestrictions([
        {
          regex: '(^|/)(features|app)/',
          message: 'Shared code (src/lib, src/components) does not depend on features or the app shell.',
        },
      ]),
    },
  },
];
/**
 * A feature is `src/features/<name>/{api,components}`: `../api/x` from components is its own; climbing two
 * levels into another feature (`../../<other>/...`), or naming another feature's path, is not.
 */
const featureRules = (name) => [
  {
    regex: `^(\\.\\./\\.\\./|.*/features/)(?!${name}(/|$))[^./]`,
    message: 'Features do not import each other: move shared code to src/lib or src/components.',
  },
  {
    regex: '^\\.\\./(?!api/|components/)[^./]',
    message: 'Inside a feature, code lives in api/ (data and logic) and components/ (React).',
  },
];
/** Requests live in a feature's api/ (docs/decisions/223): components call its functions, never `api()`. */
const noInlineRequests = {
  regex: '(^|/)lib/api$',
  importNames: ['api'],
  message: 'Requests live in the feature’s api/: call a function from there instead of api().',
};
const featureIsolation = webFeatures.flatMap((name) => [
  {
    files: [`packages/web/src/features/${name}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': webRestrictions(featureRules(name)) },
  },
  {
    files: [`packages/web/src/features/${name}/components/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': webRestrictions([...featureRules(name), noInlineRequests]) },
  },
]);

/**
 * The server's layers (docs/decisions/131), lowest first: store (and migrations) < cases (the domain: a
 * patient's case, its canonical JSON and dates, the decision history) < snapshots, reports, mail < http,
 * plugins < routes < app. A layer never imports one above it; snapshots and reports never import each other.
 * The rules apply to the server's source and to the lint fixtures that prove them
 * (packages/server/test/lint-layers.test.ts).
 */
const serverRoots = ['packages/server/src', 'packages/server/test/lint-fixtures/src'];
const serverLayerRules = [
  {
    dirs: ['store', 'migrations'],
    forbidden:
      '(routes|plugins|snapshots|reports|mail|demo|backup)/|http/(?!emails)|cases/(?!attention|time-zones)',
    message: 'The store is the lowest layer: it uses only the engine, the domain’s constants and itself.',
  },
  {
    dirs: ['cases'],
    forbidden: '(routes|http|plugins|snapshots|reports|mail|demo|backup)/',
    message: 'cases/ is the domain: it depends on the engine and the store only, never on HTTP or its users.',
  },
  {
    dirs: ['snapshots'],
    forbidden: '(routes|plugins|reports|demo|backup)/|http/(deps|context|access)',
    message: 'Snapshots depend on cases/ and the store, never on routes or reports.',
  },
  {
    dirs: ['reports'],
    forbidden: '(routes|plugins|snapshots|mail|demo|backup)/|http/(deps|context|access)',
    message: 'Reports depend on cases/ and the store, never on routes or snapshots.',
  },
  {
    dirs: ['mail', 'http', 'plugins', 'demo', 'backup'],
    forbidden: 'routes/',
    message: 'Only the app shell (app.ts) registers routes: nothing below depends on them.',
  },
];
const serverLayers = serverLayerRules.map(({ dirs, forbidden, message }) => ({
  files: serverRoots.flatMap((root) => dirs.map((dir) => `${root}/${dir}/**/*.ts`)),
  // Tests build their fixtures from any layer.
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex: `(^|/)(${forbidden})`, message }] }],
  },
}));
/** No import cycle in the server (type-only imports excepted: they vanish at run time). */
const serverNoCycle = {
  files: serverRoots.map((root) => `${root}/**/*.ts`),
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [
      createTypeScriptImportResolver({ project: 'packages/server/tsconfig.json', alwaysTryTypes: false }),
    ],
  },
  rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-ssr/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      // A verbatim copy of the shared contract (ADR 006): kept byte-identical, not ours to lint.
      'protocol/**',
      '**/*.config.js',
      // Generated from the OpenAPI document (npm run api-types) and checked by a test, not written by hand.
      '**/*.gen.ts',
      // Code that breaks the server's layers on purpose, linted only by the test that proves the rules.
      'packages/server/test/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'packages/*/bin/*.js', 'packages/web/scripts/*.mjs'],
          // The scripts above are few and small; typed linting of each costs little.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'Buffer',
          'fetch',
          'performance',
          'AbortController',
          'TextEncoder',
          'TextDecoder',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'structuredClone',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['packages/engine/src/cli/**', 'packages/engine/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', engineForbiddenImports],
      'no-restricted-syntax': ['error', ...noClockNoRandom],
    },
  },
  {
    // One contract (ADR 132): a route's handler types come from its schemas through `typed(app)`.
    files: ['packages/server/src/routes/**/*.ts'],
    ignores: ['packages/server/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...typedRoutes] },
  },
  ...webLayers,
  ...featureIsolation,
  ...serverLayers,
  serverNoCycle,
);
