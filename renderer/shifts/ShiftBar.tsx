import { useOpenDialog, useSeatIdentity } from '../store/desk-selectors.js';
import { formatDuration } from '../time/format.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { useCoreNow } from '../time/use-core-now.js';
import { useMyShift, useOtherShiftHere, usePendingHandover } from './shift-selectors.js';

/**
 * Under the status bar: this seat's shift, and a handover waiting for the guard, impossible to miss.
 * `h` opens the same dialogs from the keyboard.
 */
export function ShiftBar() {
  const identity = useSeatIdentity();
  const shift = useMyShift();
  const other = useOtherShiftHere();
  const pending = usePendingHandover();
  const openDialog = useOpenDialog();
  const time = useSiteTimeFormat(false);
  const now = useCoreNow();
  if (!identity) return null;
  return (
    <section className="shift-bar" data-testid="shift-bar" aria-label="Shift">
      {pending && (
        <div className="shift-bar__handover" role="alert" data-testid="pending-handover">
          <strong>Handover waiting</strong> from {pending.writtenBy} at {pending.seat}, {time(pending.writtenAt, now)}:{' '}
          {pending.openAlarms.length + pending.openAlarmsNotListed} open alarms,{' '}
          {pending.notable.length + pending.notableNotListed} notable events.
          <button
            type="button"
            className="button button--primary button--small"
            data-testid="open-handover"
            onClick={() => openDialog({ kind: 'handover', handoverId: pending.id })}
          >
            Read and acknowledge <kbd>h</kbd>
          </button>
        </div>
      )}
      <div className="shift-bar__state" data-testid="shift-state">
        {shift ? (
          <>
            On shift since {time(shift.startedAt, now)} ({formatDuration(now - shift.startedAt)})
            <button
              type="button"
              className="button button--small"
              data-testid="end-shift"
              onClick={() => openDialog({ kind: 'end-shift', shiftId: shift.id })}
            >
              End shift…
            </button>
          </>
        ) : other ? (
          <>{other.operator} is on shift at this seat</>
        ) : (
          <>
            Not on shift
            <button
              type="button"
              className="button button--small"
              data-testid="start-shift"
              onClick={() => openDialog({ kind: 'start-shift' })}
            >
              Start shift…
            </button>
          </>
        )}
      </div>
    </section>
  );
}
