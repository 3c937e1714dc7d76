import type { Readable, Writable } from 'node:stream';

type Input = Readable & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };

/** A piped password is its first line; more than this is not a password. */
const MAX_PIPED_BYTES = 4096;

/**
 * A password without it ever appearing in argv or on screen: typed at a hidden prompt on a
 * terminal, or the first line of standard input when piped (`printf '%s\n' "$PW" | watchfloor …`).
 */
export async function readPassword(
  prompt: string,
  input: Input = process.stdin,
  output: Writable = process.stderr,
): Promise<string> {
  if (!input.isTTY || !input.setRawMode) return firstLine(input);
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            input.off('data', onData);
            output.write('\n');
            return resolve(typed);
          }
          if (char === '\u0003') {
            input.off('data', onData);
            output.write('\n');
            return reject(new Error('cancelled'));
          }
          if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
          else typed += char;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
  }
}

async function firstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > MAX_PIPED_BYTES) break;
  }
  return (text.split(/\r?\n/)[0] ?? '').slice(0, MAX_PIPED_BYTES);
}
