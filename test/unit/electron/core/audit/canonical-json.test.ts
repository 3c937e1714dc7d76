import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, NotCanonicalJsonError } from '../../../../../electron/core/audit/canonical-json.js';

describe('canonicalJson', () => {
  it('writes keys sorted, at every depth, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('does not depend on the order the keys were inserted in', () => {
    const forwards = { step: 2, done: true, note: 'ok' };
    const backwards = { note: 'ok', done: true, step: 2 };
    expect(canonicalJson(forwards)).toBe(canonicalJson(backwards));
    // Integer-like keys come first in Object.keys order; sorting must still compare them as strings.
    expect(canonicalJson({ 2: 'b', 10: 'a', x: 'c' })).toBe('{"10":"a","2":"b","x":"c"}');
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does (its own example)', () => {
    const keys = ['\u20ac', '\r', '\ufb33', '1', '\ud83d\ude00', '\u0080', '\u00f6'];
    const value = Object.fromEntries(keys.map((key, i) => [key, i]));
    expect(canonicalJson(value)).toBe('{"\\r":1,"1":3,"\u0080":5,"\u00f6":6,"\u20ac":0,"\ud83d\ude00":4,"\ufb33":2}');
  });

  it('keeps non-ASCII text as is and escapes only what JSON must', () => {
    expect(canonicalJson('Zoë ✓ 😀 "quoted" \\ \n \u0007')).toBe('"Zoë ✓ 😀 \\"quoted\\" \\\\ \\n \\u0007"');
    // A lone surrogate cannot be UTF-8; it is written as an escape so the text stays well formed.
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('writes numbers in their shortest round-trip form (RFC 8785 number examples)', () => {
    expect(canonicalJson([Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27]',
    );
    expect(canonicalJson([-0, 0, -1.5, Number.MAX_SAFE_INTEGER, 1763700000000])).toBe(
      '[0,0,-1.5,9007199254740991,1763700000000]',
    );
  });

  it('leaves out undefined object members, as JSON does', () => {
    expect(canonicalJson({ reason: undefined, step: 1 })).toBe('{"step":1}');
  });

  it.each([
    ['NaN', { n: Number.NaN }, /\$\.n: NaN is not a JSON number/],
    ['Infinity', [1, Number.POSITIVE_INFINITY], /\$\[1\]: Infinity/],
    ['undefined in an array', [undefined], /\$\[0\]: undefined is not JSON/],
    ['a bigint', { n: 1n }, /\$\.n: a bigint is not JSON/],
    ['a function', { f: () => 1 }, /a function is not JSON/],
    ['a Date', { at: new Date(0) }, /\$\.at: only plain objects and arrays are JSON, got a Date/],
    ['a Map', { m: new Map() }, /got a Map/],
  ])('refuses %s rather than change it silently', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(NotCanonicalJsonError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a cycle, but accepts the same object twice side by side', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/\$\.self: refers back to itself/);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it('is valid JSON that reads back to the same value and the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const parsed: unknown = JSON.parse(text);
        expect(parsed).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(parsed)).toBe(text);
      }),
    );
  });
});
