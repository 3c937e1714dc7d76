import type { SeatAction } from '../../shared/live/commands.js';

/** Actions as the log and the refusal messages name them. */
export const ACTION_LABEL = {
  acknowledge: 'Acknowledge',
  claim: 'Claim',
  release: 'Release',
  note: 'Note',
  checklist: 'Checklist',
  dispatch: 'Dispatch',
  shelve: 'Shelve',
  unshelve: 'Unshelve',
  reset: 'Reset',
  resolve: 'Resolve',
  'acknowledge-incident': 'Acknowledge incident',
  'out-of-service': 'Out of service',
  'return-to-service': 'Return to service',
  'start-shift': 'Start shift',
  'end-shift': 'End shift',
  'acknowledge-handover': 'Acknowledge handover',
  'log-occurrence': 'Log incident',
} as const satisfies Record<SeatAction, string>;

/** While the core has not answered yet. */
export const PENDING_LABEL = {
  acknowledge: 'Acknowledging…',
  claim: 'Claiming…',
  release: 'Releasing…',
  note: 'Saving note…',
  checklist: 'Saving step…',
  dispatch: 'Dispatching…',
  shelve: 'Shelving…',
  unshelve: 'Unshelving…',
  reset: 'Resetting…',
  resolve: 'Resolving…',
  'acknowledge-incident': 'Acknowledging…',
  'out-of-service': 'Taking out of service…',
  'return-to-service': 'Returning to service…',
  'start-shift': 'Starting shift…',
  'end-shift': 'Handing over…',
  'acknowledge-handover': 'Acknowledging handover…',
  'log-occurrence': 'Logging incident…',
} as const satisfies Record<SeatAction, string>;
