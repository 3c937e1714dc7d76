/** Intents that act on the selected alarm; without one the guard is told how to select. */
export const ALARM_INTENTS = [
  'acknowledge',
  'acknowledge-incident',
  'claim',
  'take-over',
  'checklist',
  'note',
  'dispatch',
  'reset',
  'resolve',
  'shelve',
  'unshelve',
  'service',
] as const;

/** What a key asks the desk to do. */
export const DESK_INTENTS = [
  'previous',
  'next',
  'open',
  'expand',
  'collapse',
  'close',
  ...ALARM_INTENTS,
  'mute',
  'shortcuts',
  'handover',
  'log-occurrence',
] as const;
export type DeskIntent = (typeof DESK_INTENTS)[number];

export type Shortcut = {
  intent: DeskIntent;
  /** Chords as keyChord() spells them: 'a', 'Shift+c', 'ArrowDown', '?'. */
  chords: readonly string[];
  /** As printed on the overlay. */
  shows: string;
  label: string;
  group: 'Move' | 'Handle' | 'Desk';
};

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The one table of the desk's keys: the key handler and the `?` overlay both read it. */
export const SHORTCUTS: readonly Shortcut[] = [
  { intent: 'previous', chords: ['ArrowUp', 'k'], shows: '↑  k', label: 'Previous alarm', group: 'Move' },
  { intent: 'next', chords: ['ArrowDown', 'j'], shows: '↓  j', label: 'Next alarm', group: 'Move' },
  {
    intent: 'open',
    chords: ['Enter'],
    shows: 'Enter',
    label: 'Open the alarm (on an incident: show its alarms)',
    group: 'Move',
  },
  { intent: 'expand', chords: ['ArrowRight'], shows: '→', label: 'Show the alarms of an incident', group: 'Move' },
  { intent: 'collapse', chords: ['ArrowLeft'], shows: '←', label: 'Fold an incident', group: 'Move' },
  { intent: 'close', chords: ['Escape'], shows: 'Esc', label: 'Close the dialog, then the detail', group: 'Move' },
  { intent: 'acknowledge', chords: ['a'], shows: 'a', label: 'Acknowledge', group: 'Handle' },
  {
    intent: 'acknowledge-incident',
    chords: ['i'],
    shows: 'i',
    label: 'Acknowledge the whole incident',
    group: 'Handle',
  },
  { intent: 'claim', chords: ['c'], shows: 'c', label: 'Claim: I am handling it', group: 'Handle' },
  {
    intent: 'take-over',
    chords: ['Shift+c'],
    shows: 'Shift C',
    label: 'Take over from another operator',
    group: 'Handle',
  },
  { intent: 'checklist', chords: DIGITS, shows: '1 – 9', label: 'Tick checklist step N (alarm open)', group: 'Handle' },
  { intent: 'note', chords: ['n'], shows: 'n', label: 'Add a note', group: 'Handle' },
  { intent: 'dispatch', chords: ['d'], shows: 'd', label: 'Dispatch someone', group: 'Handle' },
  { intent: 'reset', chords: ['x'], shows: 'x', label: 'Reset a latched alarm once it returned', group: 'Handle' },
  { intent: 'resolve', chords: ['r'], shows: 'r', label: 'Resolve with a disposition', group: 'Handle' },
  { intent: 'shelve', chords: ['s'], shows: 's', label: 'Shelve for a while, with a reason', group: 'Handle' },
  { intent: 'unshelve', chords: ['u'], shows: 'u', label: 'Unshelve', group: 'Handle' },
  { intent: 'service', chords: ['o'], shows: 'o', label: 'Device out of service / back in service', group: 'Desk' },
  { intent: 'mute', chords: ['m'], shows: 'm', label: 'Mute or unmute this seat', group: 'Desk' },
  { intent: 'shortcuts', chords: ['?'], shows: '?', label: 'Show these shortcuts', group: 'Desk' },
  {
    intent: 'handover',
    chords: ['h'],
    shows: 'h',
    label: 'Shift: read a waiting handover, or start / end your shift',
    group: 'Desk',
  },
  {
    intent: 'log-occurrence',
    chords: ['l'],
    shows: 'l',
    label: 'Log an incident no device reported',
    group: 'Desk',
  },
];
