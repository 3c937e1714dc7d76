import { describe, expect, it } from 'vitest';
import { alarmCountSchema, alarmNoticeSchema, MAX_ALARM_COUNT } from '../../../../electron/shell/ipc/payloads.js';

const notice = { alarmId: 42, priority: 1, title: 'Door forced — Loading dock', body: 'Zone B, door 4' };

describe('alarmCountSchema', () => {
  it.each([0, 1, MAX_ALARM_COUNT])('accepts %s', (count) => {
    expect(alarmCountSchema.safeParse(count).success).toBe(true);
  });

  it.each([-1, 1.5, MAX_ALARM_COUNT + 1, Number.NaN, Number.POSITIVE_INFINITY, '3', null, { valueOf: () => 3 }])(
    'rejects %s',
    (count) => {
      expect(alarmCountSchema.safeParse(count).success).toBe(false);
    },
  );
});

describe('alarmNoticeSchema', () => {
  it('accepts a well-formed notice', () => {
    expect(alarmNoticeSchema.parse(notice)).toEqual(notice);
  });

  it.each([
    ['unknown priority', { ...notice, priority: 0 }],
    ['priority as text', { ...notice, priority: '1' }],
    ['missing title', { ...notice, title: undefined }],
    ['blank title', { ...notice, title: '   ' }],
    ['huge title', { ...notice, title: 'x'.repeat(121) }],
    ['huge body', { ...notice, body: 'x'.repeat(501) }],
    ['negative id', { ...notice, alarmId: -1 }],
    ['fractional id', { ...notice, alarmId: 1.5 }],
    ['extra key', { ...notice, icon: 'file:///etc/passwd' }],
    ['prototype pollution key', JSON.parse('{"alarmId":1,"priority":1,"title":"t","body":"b","__proto__":{"x":1}}')],
    ['not an object', 'notify me'],
  ])('rejects %s', (_name, value) => {
    expect(alarmNoticeSchema.safeParse(value).success).toBe(false);
  });
});
