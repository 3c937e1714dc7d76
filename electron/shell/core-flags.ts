/**
 * The core's `serve` flag table, so main can pass the core exactly the flags it understands. Kept
 * apart from core-api.ts: this pulls in only the config parser, not the running core.
 */
export { SERVE_OPTIONS } from '../core/config/flags.js';
