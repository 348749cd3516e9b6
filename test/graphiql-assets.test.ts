import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keepResizedTabsInPlace } from '../src/graphiql.js';

/**
 * The GraphiQL bundle is served with framer-motion's resize handler kept from moving tabs nobody drags
 * (see keepResizedTabsInPlace); test/graphiql-browser.test.ts clicks the tabs themselves.
 */

const bundlePath = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
  'yoga-graphiql.umd.js',
);
const GUARD = '(this.isDragging||!this.getProps().dragSnapToOrigin)&&';

describe('the served GraphiQL bundle', () => {
  it('finds the resize handler in the installed @graphql-yoga/graphiql and guards its one write of the drag offset', () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    const patched = keepResizedTabsInPlace(bundle);
    expect(patched, 'the handler was not found: another build of @graphql-yoga/graphiql; look again at keepResizedTabsInPlace').not.toBeNull();
    expect(patched!.length - bundle.length).toBe(GUARD.length);
    const handler = patched!.slice(patched!.indexOf('scalePositionWithinConstraints(){'), patched!.indexOf('addListeners(){'));
    expect(handler).toMatch(/;\(this\.isDragging\|\|!this\.getProps\(\)\.dragSnapToOrigin\)&&[\w$]+\.set\(/);
    expect(() => new Script(patched!)).not.toThrow();
  });

  it('leaves a bundle it does not recognise as it is', () => {
    expect(keepResizedTabsInPlace('class A{scalePositionWithinConstraints(){this.x()}addListeners(){}}')).toBeNull();
    expect(keepResizedTabsInPlace('class A{addListeners(){}}')).toBeNull();
    const twice = 'class A{scalePositionWithinConstraints(){a.set(1)}addListeners(){}}';
    expect(keepResizedTabsInPlace(twice + twice)).toBeNull();
    expect(keepResizedTabsInPlace(twice)).toBe(`class A{scalePositionWithinConstraints(){${GUARD}a.set(1)}addListeners(){}}`);
  });
});
