// @ts-check
/**
 * Which Node ABI a compiled addon was built for, read from the `node_register_module_v<N>` symbol
 * every N-API-less addon exports. Used to refuse a wrongly built binary before it is packaged.
 *
 * @param {Uint8Array} binary the .node file's bytes
 * @returns {number[]} every ABI number named in it (normally exactly one)
 */
export function registeredAbis(binary) {
  const text = new TextDecoder('latin1').decode(binary);
  const found = new Set();
  for (const match of text.matchAll(/node_register_module_v(\d{2,4})/g)) found.add(Number(match[1]));
  return [...found].sort((a, b) => a - b);
}

/**
 * @param {Uint8Array} binary
 * @param {number} expected the ABI of the runtime that will load it
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export function checkAbi(binary, expected) {
  const abis = registeredAbis(binary);
  if (abis.length === 1 && abis[0] === expected) return { ok: true };
  const found = abis.length ? abis.map((abi) => `v${abi}`).join(', ') : 'no node_register_module symbol';
  return { ok: false, message: `built for ${found}, but Electron needs v${expected}` };
}
