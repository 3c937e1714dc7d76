import { ALARM_CONDITIONS } from '../../shared/domain/alarm-conditions.js';
import { DISPOSITIONS } from '../../shared/domain/alarm.js';
import type { Site } from '../../shared/domain/site.js';
import { siteFloors } from '../../shared/domain/site.js';
import type { FilterForm } from './review-api.js';
import { rangePresets } from './shift-presets.js';

/** datetime-local works in the browser's zone; the presets give site-local shifts. */
const toInput = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const fromInput = (text: string) => (text ? new Date(text).getTime() : NaN);

type Props = { site: Site; form: FilterForm; onChange(form: FilterForm): void };

export function ReviewFilters({ site, form, onChange }: Props) {
  const set = (key: keyof FilterForm, value: string) => onChange({ ...form, [key]: value });
  const choice = (
    key: 'building' | 'floor' | 'zone' | 'device' | 'condition' | 'disposition',
    options: { id: string; name: string }[],
  ) => (
    <label>
      {key}{' '}
      <select aria-label={key} value={form[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">any</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
  const named = (ids: readonly string[]) => ids.map((id) => ({ id, name: id.replaceAll('-', ' ') }));

  return (
    <form className="review-filters" aria-label="Shift log filters" onSubmit={(e) => e.preventDefault()}>
      <select
        aria-label="Range preset"
        value=""
        onChange={(e) => {
          const preset = rangePresets(Date.now(), site.timezone).find((p) => p.label === e.target.value);
          if (preset) onChange({ ...form, from: preset.from, to: preset.to });
        }}
      >
        <option value="">Choose a shift…</option>
        {rangePresets(Date.now(), site.timezone).map((preset) => (
          <option key={preset.label}>{preset.label}</option>
        ))}
      </select>
      <label>
        from{' '}
        <input
          type="datetime-local"
          aria-label="From"
          value={toInput(form.from)}
          onChange={(e) =>
            Number.isFinite(fromInput(e.target.value)) && onChange({ ...form, from: fromInput(e.target.value) })
          }
        />
      </label>
      <label>
        to{' '}
        <input
          type="datetime-local"
          aria-label="To"
          value={toInput(form.to)}
          onChange={(e) =>
            Number.isFinite(fromInput(e.target.value)) && onChange({ ...form, to: fromInput(e.target.value) })
          }
        />
      </label>
      {choice('building', site.buildings)}
      {choice('floor', siteFloors(site))}
      {choice('zone', site.zones)}
      {choice('device', site.devices)}
      {choice('condition', named(ALARM_CONDITIONS))}
      {choice('disposition', named(DISPOSITIONS))}
      <label>
        guard{' '}
        <input aria-label="guard" value={form.guard ?? ''} onChange={(e) => set('guard', e.target.value)} size={12} />
      </label>
    </form>
  );
}
