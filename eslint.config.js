// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
const featureIsolation = webFeatures.map((name) => ({
  files: [`packages/web/src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': webRestrictions([
      {
        regex: `^(\\.\\./\\.\\./|.*/features/)(?!${name}(/|$))[^./]`,
        message: 'Features do not import each other: move shared code to src/lib or src/components.',
      },
      {
        regex: '^\\.\\./(?!api/|components/)[^./]',
        message: 'Inside a feature, code lives in api/ (data and logic) and components/ (React).',
      },
    ]),
  },
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      // A verbatim copy of the shared contract (ADR 006): kept byte-identical, not ours to lint.
      'protocol/**',
      '**/*.config.js',
      // Generated from the OpenAPI document (npm run api-types) and checked by a test, not written by hand.
      '**/*.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'bench/*.mjs',
            'bench/*/*.mjs',
            'packages/*/bin/*.js',
            'packages/web/scripts/*.mjs',
          ],
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
);
