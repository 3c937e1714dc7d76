// The core as its own process, run from source by tsx, so the bench's clients never share its thread.
import { main } from '../../electron/core/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
