import type { Alarm } from '../../shared/domain/alarm.js';
import { useRunDeskKey } from '../keyboard/use-run-desk-key.js';
import { useSiteTimeFormat } from '../time/site-time.js';

/** The SOP for this alarm, step by step: the number key ticks a step, and who ticked it when is shown. */
export function Checklist({ alarm }: { alarm: Alarm }) {
  const runDeskKey = useRunDeskKey();
  const siteTime = useSiteTimeFormat();
  if (alarm.checklist.length === 0) return null;
  const done = alarm.checklist.filter((step) => step.doneAt !== null).length;
  return (
    <section className="detail-section" data-testid="checklist">
      <h3 className="detail-section__title">
        Procedure{' '}
        <span className="detail-section__count">
          {done}/{alarm.checklist.length} done
        </span>
      </h3>
      <ol className="checklist">
        {alarm.checklist.map((step, index) => (
          <li key={index} className={`checklist__step${step.doneAt !== null ? ' checklist__step--done' : ''}`}>
            <button
              type="button"
              className="checklist__tick"
              role="checkbox"
              aria-checked={step.doneAt !== null}
              data-testid={`checklist-step-${index + 1}`}
              data-done={step.doneAt !== null}
              onClick={() => runDeskKey({ intent: 'checklist', step: index })}
            >
              <kbd>{index < 9 ? index + 1 : '·'}</kbd>
              <span className="checklist__box" aria-hidden="true">
                {step.doneAt !== null ? '✓' : ''}
              </span>
            </button>
            <span className="checklist__text">
              {step.step}
              {step.doneAt !== null && (
                <span className="checklist__who">
                  {step.doneBy ?? 'someone'} · {siteTime(step.doneAt)}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
