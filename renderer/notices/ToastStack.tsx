import { memo, useEffect } from 'react';
import type { Toast } from '../store/toasts-slice.js';
import { useDismissToast, useToasts } from '../store/desk-selectors.js';
import { useSelectAlarm } from '../store/selectors.js';

/** How long each kind stays; an escalation waits for a supervisor to see it. */
const SHOW_MS: Record<Toast['kind'], number | null> = {
  refusal: 10_000,
  info: 5_000,
  unshelved: 15_000,
  escalation: null,
};

const TITLE: Record<Toast['kind'], string> = {
  refusal: 'Not done',
  info: '',
  unshelved: 'Back in the queue',
  escalation: 'Escalation',
};

const ToastItem = memo(function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useDismissToast();
  const selectAlarm = useSelectAlarm();
  const showMs = SHOW_MS[toast.kind];
  useEffect(() => {
    if (showMs === null) return;
    const timer = setTimeout(() => dismiss(toast.id), showMs);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, showMs]);
  return (
    <li
      className={`toast toast--${toast.kind}`}
      data-testid={`toast-${toast.kind}`}
      role={toast.kind === 'info' ? 'status' : 'alert'}
    >
      <div className="toast__text">
        {TITLE[toast.kind] && <strong className="toast__title">{TITLE[toast.kind]}</strong>}
        <span className="toast__message">{toast.message}</span>
      </div>
      {toast.alarmId !== null && toast.kind !== 'refusal' && (
        <button
          type="button"
          className="button button--small"
          onClick={() => toast.alarmId !== null && selectAlarm(toast.alarmId)}
        >
          Show
        </button>
      )}
      <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </li>
  );
});

/** Refusals, escalations and unshelved alarms, top centre over everything; Esc (nothing open) clears them. */
export function ToastStack() {
  const toasts = useToasts();
  if (toasts.length === 0) return null;
  return (
    <ol className="toasts" aria-label="Messages" data-testid="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ol>
  );
}
