/**
 * One text per JSON value, so a hash over it does not depend on how the value was built: object
 * keys sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes
 * them. For the values it accepts this is RFC 8785 (JCS). What JSON cannot hold faithfully is
 * refused rather than silently changed, because a hashed record must read back exactly as hashed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

export class NotCanonicalJsonError extends TypeError {
  override readonly name = 'NotCanonicalJsonError';
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // JSON.stringify would write NaN and Infinity as null: a different value under the same hash.
    if (!Number.isFinite(value)) throw new NotCanonicalJsonError(`${path}: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (value === undefined) throw new NotCanonicalJsonError(`${path}: undefined is not JSON`);
  if (typeof value !== 'object') throw new NotCanonicalJsonError(`${path}: a ${typeof value} is not JSON`);
  if (ancestors.has(value)) throw new NotCanonicalJsonError(`${path}: refers back to itself`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${path}[${i}]`, ancestors)).join(',')}]`;
    const prototype: unknown = Object.getPrototypeOf(value);
    // A Date, Map or class instance would serialise as something else than it is; say so.
    if (prototype !== Object.prototype && prototype !== null)
      throw new NotCanonicalJsonError(`${path}: only plain objects and arrays are JSON, got ${describe(value)}`);
    const members = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const member: unknown = (value as Record<string, unknown>)[key];
        // Absent and undefined are the same thing in JSON; an optional field left undefined is not an error.
        return member === undefined ? [] : [`${JSON.stringify(key)}:${write(member, `${path}.${key}`, ancestors)}`];
      });
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function describe(value: object): string {
  const name: unknown = value.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an exotic object';
}
