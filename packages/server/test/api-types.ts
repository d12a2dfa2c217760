import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

/** Where the web app's API types live: generated from this server's OpenAPI document, and committed. */
export const API_TYPES_FILE = new URL('../../web/src/lib/api-schema.gen.ts', import.meta.url);

const HEADER = `/**
 * The API's types, generated from GET /api/openapi.json by openapi-typescript (ADR 132, ADR 224).
 * Do not edit: run \`npm run api-types\` after changing a route's schema. A test fails when this file is stale.
 */
`;

/** The TypeScript source of the document's types, formatted as the repository formats code. */
export async function apiTypesSource(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: true });
  const options = await resolveConfig(API_TYPES_FILE.pathname);
  return format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE.pathname });
}
