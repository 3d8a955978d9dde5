import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const webSrc = path.resolve(import.meta.dirname, '..');
const rulesSrc = path.resolve(webSrc, '../../../packages/rules/src');
// type-only imports are erased from the bundle
const importOf = /(?:import|export)(?!\s+type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g;

const specifiers = (file: string) => [...readFileSync(file, 'utf8').matchAll(importOf)].map((m) => m[1]!);

/** The rules package's modules the web app imports directly. */
function webRulesImports(): string[] {
  const files = readdirSync(webSrc, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => path.join(webSrc, f));
  return [
    ...new Set(
      files.flatMap((f) =>
        specifiers(f)
          .filter((s) => s.startsWith('@minsheng/rules/'))
          .map((s) => path.join(rulesSrc, s.slice('@minsheng/rules/'.length))),
      ),
    ),
  ];
}

/** The Node built-ins `entry` reaches through its relative imports inside the rules package. */
function nodeBuiltinsReached(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of specifiers(file)) {
      if (s.startsWith('node:')) found.push(`${path.relative(rulesSrc, file)} → ${s}`);
      else if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s));
    }
  };
  visit(entry);
  return found;
}

describe('the rules modules the web app imports', () => {
  // A module reading its parameters with Node's fs breaks every page that imports it in the browser.
  it.each(webRulesImports().map((f) => [path.relative(rulesSrc, f), f]))(
    '%s reaches no Node built-in',
    (_, file) => {
      expect(nodeBuiltinsReached(file)).toEqual([]);
    },
  );
});
