import type { Priority } from '../../shared/domain/alarm.js';

const MEANING: Record<Priority, string> = {
  1: 'Priority 1, critical',
  2: 'Priority 2, high',
  3: 'Priority 3, medium',
  4: 'Priority 4, low',
};

/** Priority as text and colour both, so it survives colour blindness and a washed-out screen. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`priority priority--${priority}`} data-priority={priority} title={MEANING[priority]}>
      P{priority}
    </span>
  );
}
