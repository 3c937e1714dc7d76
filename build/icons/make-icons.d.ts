// Types for make-icons.js, for the packaging tests.
export function png(size: number): Buffer;
export function ico(sizes: number[]): Buffer;
