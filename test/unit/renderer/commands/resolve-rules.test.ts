import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../../../../shared/domain/alarm.js';
import { DEFAULT_ALARM_POLICY } from '../../../../shared/domain/alarm-policy.js';
import { outOfServiceHours, shelveMinutes } from '../../../../renderer/commands/form-rules.js';
import {
  checkResolve,
  dispositionForKey,
  isBlocking,
  noteRequired,
} from '../../../../renderer/commands/resolve-rules.js';
import { alarm } from '../builders.js';

const policy = DEFAULT_ALARM_POLICY; // noteRequiredFor: genuine-intruder, genuine-other
const ready = alarm(1, { state: 'acknowledged-returned' });

describe('the disposition picker', () => {
  it('maps keys 1–7 to the dispositions in their order', () => {
    expect(['1', '2', '3', '4', '5', '6', '7'].map(dispositionForKey)).toEqual([...DISPOSITIONS]);
    expect(dispositionForKey('8')).toBeNull();
    expect(dispositionForKey('0')).toBeNull();
    expect(dispositionForKey('a')).toBeNull();
  });
});

describe('resolve validation', () => {
  it('needs a note for the policy’s dispositions, or for any when the SOP says so', () => {
    expect(noteRequired('genuine-intruder', ready, policy)).toBe(true);
    expect(noteRequired('false-equipment', ready, policy)).toBe(false);
    expect(noteRequired('false-equipment', { noteRequired: true }, policy)).toBe(true);
    expect(noteRequired(null, ready, policy)).toBe(false);
    expect(noteRequired('genuine-other', ready, null)).toBe(false); // the core judges when no policy came
  });

  it('accepts a disposition with the note trimmed, or none when not needed', () => {
    expect(checkResolve({ disposition: 'test', note: '  ' }, ready, policy)).toEqual({
      ok: true,
      disposition: 'test',
      note: undefined,
    });
    expect(checkResolve({ disposition: 'genuine-intruder', note: ' Police called ' }, ready, policy)).toEqual({
      ok: true,
      disposition: 'genuine-intruder',
      note: 'Police called',
    });
  });

  it('says what is missing from the form', () => {
    expect(checkResolve({ disposition: null, note: '' }, ready, policy)).toMatchObject({
      ok: false,
      problem: 'choose-disposition',
    });
    expect(checkResolve({ disposition: 'genuine-other', note: ' ' }, ready, policy)).toMatchObject({
      ok: false,
      problem: 'note-required',
    });
  });

  it('blocks what the lifecycle forbids: unacknowledged, still active, latched and not reset', () => {
    const form = { disposition: 'test' as const, note: '' };
    const problem = (patch: Parameters<typeof alarm>[1], outOfService = false) => {
      const check = checkResolve(form, alarm(1, patch), policy, outOfService);
      return check.ok ? null : check.problem;
    };
    expect(problem({ state: 'unacknowledged-returned' })).toBe('acknowledge-first');
    expect(problem({ state: 'acknowledged-active' })).toBe('still-active');
    expect(problem({ state: 'acknowledged-returned', latched: true })).toBe('reset-first');
    expect(problem({ state: 'acknowledged-returned', latched: true, resetAt: 5 })).toBeNull();
    // A device out of service may be resolved while still active and not reset.
    expect(problem({ state: 'acknowledged-active', latched: true }, true)).toBeNull();
    expect(isBlocking('reset-first')).toBe(true);
    expect(isBlocking('note-required')).toBe(false);
  });
});

describe('form limits', () => {
  it('shelves for whole minutes up to the site’s limit', () => {
    expect(shelveMinutes('60', 480)).toBe(60);
    expect(shelveMinutes('480', 480)).toBe(480);
    expect(shelveMinutes('481', 480)).toBeNull();
    expect(shelveMinutes('0', 480)).toBeNull();
    expect(shelveMinutes('1.5', 480)).toBeNull();
    expect(shelveMinutes('', 480)).toBeNull();
  });

  it('takes a device out of service until returned, or for up to 90 days', () => {
    expect(outOfServiceHours('')).toBeUndefined();
    expect(outOfServiceHours('1.5')).toBe(1.5);
    expect(outOfServiceHours('0')).toBeNull();
    expect(outOfServiceHours(String(24 * 91))).toBeNull();
    expect(outOfServiceHours('soon')).toBeNull();
  });
});
