import { describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { reportCsv } from '../../../../../electron/core/reports/csv/report-csv.js';
import { action, FROM, MIN, resolvedAlarm, rows, S, SITE } from './report-fixtures.js';

/** A strict RFC 4180 reader, to prove the export parses back to what was put in. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (c === '"' && next === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i - 1}`);
    else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

const NOTE = '=HYPERLINK("http://evil","click"), then\nsecond line 🕷️ שלום';

function report() {
  const door = resolvedAlarm(FROM + 60 * MIN, 40 * S, 20 * MIN, { disposition: 'genuine-intruder' });
  return computeShiftReport(
    rows({
      alarms: [door],
      alarmActions: new Map([
        [
          door.id,
          [
            action({ at: door.raisedAt + 40 * S, alarmId: door.id, action: 'acknowledge' }),
            action({ at: door.raisedAt + 2 * MIN, alarmId: door.id, action: 'note', detail: { text: NOTE } }),
            action({
              at: door.raisedAt + 3 * MIN,
              alarmId: door.id,
              operator: '@admin',
              action: 'note',
              detail: { text: '-1' },
            }),
          ],
        ],
      ]),
      eventsStored: 17,
    }),
    SITE,
  );
}

describe('reportCsv', () => {
  const shift = report();
  const csv = reportCsv(shift);
  const records = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('is UTF-8 with a byte order mark, CRLF records that a strict RFC 4180 reader parses', () => {
    expect(csv.startsWith('\uFEFFsection,item,value\r\n')).toBe(true);
    expect(records.length).toBeGreaterThan(30);
  });

  it('puts the section first in every row, one header row per section', () => {
    const headers = records.filter((r) => r[0] === 'section').map((r) => r[1]);
    expect(headers).toEqual([
      'item', // summary
      'priority',
      'condition',
      'zone',
      'disposition',
      'priority', // response
      'device',
      'start', // flood
      'start', // hour
      'alarm id', // alarm
      'alarm id', // alarm action
      'alarm id', // other action
      'at', // shelved
      'at', // service
      'incident id', // logged incident
      'handover id', // handover
      'drill', // drill
    ]);
    const sections = new Set(records.map((r) => r[0]));
    expect([...sections]).toEqual([
      'section',
      'summary',
      'priority',
      'condition',
      'zone',
      'disposition',
      'response',
      'device',
      'hour',
      'alarm',
      'alarm action',
    ]);
  });

  it('gives summary figures and times with the site’s offset', () => {
    const summary = Object.fromEntries(records.filter((r) => r[0] === 'summary').map((r) => [r[1], r[2]]));
    expect(summary).toMatchObject({
      site: 'Harbour Point Offices',
      from: '2025-11-21T22:00:00+00:00',
      'to (exclusive)': '2025-11-22T06:00:00+00:00',
      'alarms raised': '1',
      'events stored': '17',
      patrols: 'none recorded',
    });
    const alarm = records.find((r) => r[0] === 'alarm');
    expect(alarm?.slice(0, 4)).toEqual(['alarm', String(shift.alarms[0]?.id), '2025-11-21T23:00:00+00:00', '2']);
  });

  it('round-trips a hostile note: quoted, newline kept, formula defused, Unicode intact', () => {
    const notes = records.filter((r) => r[0] === 'alarm action' && r[5] === 'note');
    expect(notes.map((r) => [r[3], r[6]])).toEqual([
      ['A. Osei', `'${NOTE}`],
      ["'@admin", "'-1"],
    ]);
  });
});
