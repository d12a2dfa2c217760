import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';

const WEB_SRC = new URL('../../../../web/src/', import.meta.url).pathname;

/** The web app's own source files: tests and generated files left out. */
function webSources(dir = WEB_SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return webSources(file);
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The field names of every object an API operation answers (nested objects and list items included). */
function responseShapes(document: unknown): Set<string> {
  const shapes = new Set<string>();
  const visit = (node: unknown, inResponse: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, inResponse);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (inResponse && typeof properties === 'object' && properties !== null) {
      const names = Object.keys(properties);
      if (names.length >= 2) shapes.add([...names].sort().join(','));
    }
    for (const [key, value] of Object.entries(record)) visit(value, inResponse || key === 'responses');
  };
  visit(document, false);
  return shapes;
}

interface Finding {
  file: string;
  text: string;
}

/** Interfaces and object type literals declared in the web app, with their field names. */
function declaredShapes(file: string, source: ts.SourceFile): (Finding & { fields: string })[] {
  const out: (Finding & { fields: string })[] = [];
  const fieldsOf = (members: ts.NodeArray<ts.TypeElement>) =>
    members
      .filter(ts.isPropertySignature)
      .map((m) => m.name.getText(source).replace(/['"]/g, ''))
      .sort()
      .join(',');
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node))
      out.push({ file, text: node.name.text, fields: fieldsOf(node.members) });
    else if (ts.isTypeLiteralNode(node))
      out.push({ file, text: node.getText(source).slice(0, 60), fields: fieldsOf(node.members) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Calls of `api(...)` whose type argument is not a route name ('GET /me') or a union of them. */
function untypedCalls(file: string, source: ts.SourceFile): Finding[] {
  const out: Finding[] = [];
  const isRouteName = (type: ts.TypeNode): boolean =>
    ts.isUnionTypeNode(type)
      ? type.types.every(isRouteName)
      : (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) ||
        (ts.isTypeReferenceNode(type) && type.typeName.getText(source) === 'PatientWrite');
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'api') {
      const [argument, ...more] = node.typeArguments ?? [];
      if (argument === undefined || more.length > 0 || !isRouteName(argument))
        out.push({ file, text: node.getText(source).slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the web app’s API types', () => {
  let t: TestApp;
  let shapes: Set<string>;
  const files = webSources().map((file) => ({
    file: path.relative(WEB_SRC, file),
    source: ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  }));
  beforeAll(async () => {
    t = await testApp();
    shapes = responseShapes((await t.request('GET', '/api/openapi.json')).json());
  });
  afterAll(async () => {
    await t.close();
  });

  it('name a route for every api() call, so each answer’s type is derived from the server’s schema', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(({ file, source }) => untypedCalls(file, source))).toEqual([]);
  });

  it('are never written by hand: no interface or object type in the app has the fields of an API answer', () => {
    expect(shapes.size).toBeGreaterThan(30);
    const copies = files
      .flatMap(({ file, source }) => declaredShapes(file, source))
      .filter((d) => shapes.has(d.fields))
      .map(({ file, text }) => ({ file, text }));
    expect(copies).toEqual([]);
  });

  it('would notice a hand-written answer type or an api() call typed by hand', () => {
    const probe = ts.createSourceFile(
      'probe.ts',
      "interface Accepted { error: string; problems: string[] }\nvoid api<{ events: Event[] }>('GET', 'x');",
      ts.ScriptTarget.Latest,
      true,
    );
    expect(declaredShapes('probe.ts', probe).filter((d) => shapes.has(d.fields))).toHaveLength(1);
    expect(untypedCalls('probe.ts', probe)).toHaveLength(1);
  });
});
