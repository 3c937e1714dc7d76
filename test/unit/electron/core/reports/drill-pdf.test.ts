import { describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { drillReportPdf } from '../../../../../electron/core/reports/pdf/drill-report-pdf.js';
import { reportPdf } from '../../../../../electron/core/reports/pdf/report-pdf.js';
import { scoreDrill } from '../../../../../electron/core/reports/score-drill.js';
import { action, FROM, MIN, resolvedAlarm, rows, S, SITE } from './report-fixtures.js';
import { pdfText } from './pdf-text.js';

const drillAlarm = resolvedAlarm(FROM + 10 * MIN, 40 * S, 5 * MIN, { drill: 12, acknowledgedBy: 'A. Osei' });
const actions = [
  action({ at: drillAlarm.raisedAt + 40 * S, alarmId: drillAlarm.id, action: 'acknowledge' }),
  action({ at: drillAlarm.raisedAt + 5 * MIN, alarmId: drillAlarm.id, action: 'resolve', operator: 'B. Li' }),
];

describe('drills in PDFs', () => {
  it('the shift report prints drill alarms apart, only when a drill ran', async () => {
    const withDrill = await pdfText(
      new Uint8Array(await reportPdf(computeShiftReport(rows({ alarms: [drillAlarm] }), SITE))),
    );
    expect(withDrill.text).toContain('Training drills (not counted above)');
    expect(withDrill.text).toContain(`#${drillAlarm.id}`);
    const without = await pdfText(new Uint8Array(await reportPdf(computeShiftReport(rows(), SITE))));
    expect(without.text).not.toContain('Training drills');
  });

  it('the drill report prints each guard and each drill alarm against its targets', async () => {
    const report = scoreDrill({
      drill: {
        id: 12,
        scenario: 'night-intrusion',
        speed: 5,
        seed: 42,
        startedBy: 'S. Kay',
        startedAt: FROM,
        endedBy: 'S. Kay',
        endedAt: FROM + 30 * MIN,
        endReason: 'ended by S. Kay',
      },
      generatedAt: FROM + 60 * MIN,
      site: SITE,
      alarms: [drillAlarm],
      alarmActions: new Map([[drillAlarm.id, actions]]),
      place: () => 'Dock door (Loading dock)',
    });
    const { text, title } = await pdfText(new Uint8Array(await drillReportPdf(report)));
    expect(title).toBe(`Drill 12 report, ${SITE.name}`);
    expect(text).toContain('Training drill 12: night-intrusion');
    expect(text).toContain('A. Osei');
    expect(text).toContain('B. Li');
    expect(text).toContain('40.0 s by A. Osei (target 60 s)');
    expect(text).toContain('300.0 s by B. Li (target 1800 s)');
    expect(text).toContain('Dock door (Loading dock)');
  });
});
