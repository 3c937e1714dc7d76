export function registeredAbis(binary: Uint8Array): number[];
export function checkAbi(binary: Uint8Array, expected: number): { ok: true } | { ok: false; message: string };
