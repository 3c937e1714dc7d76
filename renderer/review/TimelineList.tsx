import { useState } from 'react';
import type { TimelineEntry } from '../../shared/review/review-results.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { describeEntry } from './describe-entry.js';

/** Fixed row height: the list draws only the rows in view, however long the shift. */
const ROW_PX = 30;
/** Rows drawn beyond the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10;

type Props = {
  entries: readonly TimelineEntry[];
  hasMore: boolean;
  onMore(): void;
  onOpenAlarm(id: number): void;
};

/** The shift log as one virtualised list, oldest first; near the end it asks for the next page. */
export function TimelineList({ entries, hasMore, onMore, onOpenAlarm }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const time = useSiteTimeFormat(true);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(entries.length, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  if (hasMore && last >= entries.length - OVERSCAN) queueMicrotask(onMore);

  return (
    <div
      className="review-list"
      role="list"
      aria-label="Shift log"
      ref={(node) => {
        if (node && node.clientHeight !== height) setHeight(node.clientHeight || height);
      }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: entries.length * ROW_PX, position: 'relative' }}>
        {entries.slice(first, last).map((entry, index) => {
          const { what, detail } = describeEntry(entry);
          const alarmId = entry.kind === 'action' ? entry.alarmId : null;
          return (
            <div
              key={entry.cursor}
              role="listitem"
              className={`review-row review-row--${entry.kind}`}
              data-kind={entry.kind}
              data-action={entry.kind === 'action' ? entry.action : undefined}
              style={{ position: 'absolute', top: (first + index) * ROW_PX, height: ROW_PX, left: 0, right: 0 }}
            >
              <time>{time(entry.at, entry.at)}</time>
              <span className="review-row__device">{entry.deviceId ?? ''}</span>
              <span className="review-row__what">{what}</span>
              <span className="review-row__detail">{detail}</span>
              {alarmId !== null && (
                <button type="button" className="review-row__alarm" onClick={() => onOpenAlarm(alarmId)}>
                  alarm {alarmId}
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
