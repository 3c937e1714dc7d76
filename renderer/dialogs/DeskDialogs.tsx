import { ShortcutOverlay } from '../keyboard/ShortcutOverlay.js';
import { useDialog } from '../store/desk-selectors.js';
import { DispatchDialog } from './DispatchDialog.js';
import { NoteDialog } from './NoteDialog.js';
import { ResolveDialog } from './ResolveDialog.js';
import { OutOfServiceDialog, ReturnToServiceDialog } from './ServiceDialogs.js';
import { ShelveDialog } from './ShelveDialog.js';
import { TakeOverDialog } from './TakeOverDialog.js';
import { EndShiftDialog } from '../shifts/EndShiftDialog.js';
import { HandoverDialog } from '../shifts/HandoverDialog.js';
import { StartShiftDialog } from '../shifts/StartShiftDialog.js';
import { OccurrenceDialog } from '../occurrences/OccurrenceDialog.js';

/** The seat's one open dialog, if any; each is keyed so reopening starts it fresh. */
export function DeskDialogs() {
  const dialog = useDialog();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'shortcuts':
      return <ShortcutOverlay />;
    case 'note':
      return <NoteDialog key={dialog.alarmId} alarmId={dialog.alarmId} />;
    case 'dispatch':
      return <DispatchDialog key={dialog.alarmId} alarmId={dialog.alarmId} version={dialog.version} />;
    case 'shelve':
      return <ShelveDialog key={dialog.alarmId} alarmId={dialog.alarmId} version={dialog.version} />;
    case 'resolve':
      return <ResolveDialog key={dialog.alarmId} alarmId={dialog.alarmId} version={dialog.version} />;
    case 'take-over':
      return <TakeOverDialog key={dialog.alarmId} alarmId={dialog.alarmId} version={dialog.version} />;
    case 'out-of-service':
      return <OutOfServiceDialog key={dialog.deviceId} deviceId={dialog.deviceId} />;
    case 'return-to-service':
      return <ReturnToServiceDialog key={dialog.deviceId} deviceId={dialog.deviceId} />;
    case 'start-shift':
      return <StartShiftDialog />;
    case 'end-shift':
      return <EndShiftDialog key={dialog.shiftId} shiftId={dialog.shiftId} />;
    case 'handover':
      return <HandoverDialog key={dialog.handoverId} handoverId={dialog.handoverId} />;
    case 'log-occurrence':
      return <OccurrenceDialog />;
  }
}
