import { describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { reportPdf } from '../../../../../electron/core/reports/pdf/report-pdf.js';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import { action, alarm, FROM, MIN, resolvedAlarm, rows, S, SITE, TO } from './report-fixtures.js';
import { pdfText } from './pdf-text.js';

const HOSTILE = 'Spider on the lens 🕷️ — שלום עולם <script>alert("x")</script> Łódź';

function night(extraAlarms: Alarm[] = []) {
  const door = resolvedAlarm(FROM + 60 * MIN, 40 * S, 20 * MIN, { disposition: 'genuine-intruder' });
  const open = alarm({ raisedAt: TO - 5 * MIN, priority: 1, condition: 'panic', deviceId: 'panic-g-reception' });
  const alarms = [door, open, ...extraAlarms];
  const doorActions = [
    action({ at: door.raisedAt + 40 * S, alarmId: door.id, action: 'acknowledge' }),
    action({
      at: door.raisedAt + 2 * MIN,
      alarmId: door.id,
      action: 'note',
      detail: { text: 'Shutter pried open, police called' },
    }),
    action({
      at: door.raisedAt + 3 * MIN,
      alarmId: door.id,
      operator: 'B. Li',
      action: 'note',
      detail: { text: HOSTILE },
    }),
    action({
      at: door.raisedAt + 20 * MIN,
      alarmId: door.id,
      action: 'resolve',
      detail: { disposition: 'genuine-intruder', note: 'Police ref 4471' },
    }),
  ];
  const escalation = action({
    at: TO - 4 * MIN,
    operator: 'system',
    seat: 'core',
    action: 'escalate',
    alarmId: open.id,
    detail: { target: 'acknowledge', overdueS: 30 },
  });
  return computeShiftReport(
    rows({
      alarms,
      alarmActions: new Map([
        [door.id, doorActions],
        [open.id, [escalation]],
      ]),
      actions: [...doorActions, escalation],
      eventsStored: 12_345,
    }),
    SITE,
  );
}

describe('reportPdf', () => {
  it('is a real PDF whose text (read back by pdf.js) carries the title, summary, notes and dispositions', async () => {
    const pdf = await reportPdf(night());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text, title } = await pdfText(new Uint8Array(pdf));
    expect(title).toBe('Shift report, Harbour Point Offices, Fri 21 Nov 2025 22:00 to Sat 22 Nov 2025 06:00');
    expect(pages[0]).toContain('Shift report');
    expect(pages[0]).toContain('Harbour Point Offices');
    expect(pages[0]).toContain('Fri 21 Nov 2025 22:00 (UTC+00:00) to Sat 22 Nov 2025 06:00 (UTC+00:00), Europe/London');
    // summary tiles: raised, resolved, open, escalations, notes, events
    expect(pages[0]).toMatch(
      /2 Alarms raised 1 Resolved in range 1 Open at end \(1 unacknowledged\) 1 Escalations 2 Guard notes 12,345 Device events stored/,
    );
    expect(text).toContain('Shutter pried open, police called');
    expect(text).toContain('genuine intruder');
    expect(text).toContain('Police ref 4471');
    expect(text).toContain('Patrols: none recorded');
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('replaces what the standard fonts cannot encode instead of printing garbage', async () => {
    const { text } = await pdfText(new Uint8Array(await reportPdf(night())));
    expect(text).toContain('Spider on the lens ? — ???? ???? <script>alert("x")</script> ?ódz');
    // no mojibake: every character read back is one WinAnsi can hold
    expect([...text].filter((c) => (c.codePointAt(0) ?? 0) > 0xff && !'–—“”‘’…•€™'.includes(c))).toEqual([]);
  });

  it('paginates a long night with numbered pages and the alarm list complete', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      alarm({ raisedAt: FROM + i * 4 * MIN, deviceId: `pir-${i % 12}`, condition: 'motion', priority: 3 }),
    );
    const report = night(many);
    const { pages, text } = await pdfText(new Uint8Array(await reportPdf(report)));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    for (const shown of report.alarms) expect(text).toContain(`#${shown.id} `);
    expect(text).toContain('more devices raised alarms in this range');
  });

  it('renders an empty range', async () => {
    const { text } = await pdfText(new Uint8Array(await reportPdf(computeShiftReport(rows(), null))));
    expect(text).toContain('Site not given');
    expect(text).toContain('No alarms were raised in this range.');
  });
});
