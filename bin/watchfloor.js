#!/usr/bin/env node
// The CLI runs the compiled core (npm run build); see README.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/electron/core/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('watchfloor: not built yet. Run `npm run build` in the watchfloor folder first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
