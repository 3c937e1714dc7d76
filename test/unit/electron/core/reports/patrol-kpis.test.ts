import { describe, expect, it } from 'vitest';
import type { CheckpointResult, TourRun } from '../../../../../shared/domain/patrol.js';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { reportCsv } from '../../../../../electron/core/reports/csv/report-csv.js';
import { reportPdf } from '../../../../../electron/core/reports/pdf/report-pdf.js';
import { pdfText } from './pdf-text.js';
import { FROM, MIN, rows, SITE } from './report-fixtures.js';

function run(
  tourId: string,
  startMin: number,
  state: TourRun['state'],
  guard: string | null,
  results: CheckpointResult[],
): TourRun {
  const startAt = FROM + startMin * MIN;
  return {
    id: `${tourId}@${startAt}`,
    siteId: SITE.id,
    tourId,
    tourName: tourId === 'night' ? 'Night patrol' : 'Ground exits',
    startAt,
    endAt: startAt + 30 * MIN,
    state,
    guard,
    visits: results.map((result, index) => ({
      checkpoint: `tag-${index}`,
      dueAt: startAt + (index + 1) * 5 * MIN,
      missedAt: startAt + (index + 2) * 5 * MIN,
      result,
      scannedAt: result === 'pending' || result === 'missed' ? null : startAt + index * 5 * MIN,
      guard: result === 'pending' || result === 'missed' ? null : guard,
    })),
    finishedAt: state === 'in-progress' || state === 'scheduled' ? null : startAt + 20 * MIN,
    version: 3,
  };
}

// A night by hand: four runs started, one planned but not started.
const night = [
  run('night', 0, 'completed', 'J. Okafor', ['on-time', 'on-time', 'on-time']),
  run('exits', 30, 'completed-late', 'M. Diaz', ['on-time', 'late']),
  run('night', 240, 'incomplete', 'J. Okafor', ['on-time', 'missed', 'out-of-order']),
  run('exits', 300, 'incomplete', null, ['missed', 'missed']),
  run('night', 470, 'in-progress', 'M. Diaz', ['on-time', 'pending', 'pending']),
  run('exits', 479, 'scheduled', null, ['pending', 'pending']),
];

describe('the patrols section of the shift report', () => {
  const report = computeShiftReport(rows({ patrolRuns: night }), SITE);

  it('counts tours run, on time, late and missed checkpoints, by guard', () => {
    expect(report.patrols).toMatchObject({
      recorded: true,
      runs: 5,
      completed: 1,
      completedLate: 1,
      incomplete: 2,
      inProgress: 1,
      checkpoints: { onTime: 6, late: 1, outOfOrder: 1, missed: 3, pending: 2 },
      byGuard: [
        { guard: 'J. Okafor', runs: 2, onTime: 4, late: 0, outOfOrder: 1, missed: 1, pending: 0 },
        { guard: 'M. Diaz', runs: 2, onTime: 2, late: 1, outOfOrder: 0, missed: 0, pending: 2 },
        { guard: null, runs: 1, onTime: 0, late: 0, outOfOrder: 0, missed: 2, pending: 0 },
      ],
    });
    if (!report.patrols.recorded) throw new Error('patrols not recorded');
    expect(report.patrols.tourRuns.map((row) => [row.tourId, row.state, row.missed])).toEqual([
      ['night', 'completed', 0],
      ['exits', 'completed-late', 0],
      ['night', 'incomplete', 1],
      ['exits', 'incomplete', 2],
      ['night', 'in-progress', 0],
    ]);
  });

  it('is "none recorded" where the database has no patrol tables', () => {
    expect(computeShiftReport(rows(), SITE).patrols).toEqual({ recorded: false });
  });

  it('goes into the CSV as summary lines and one row per run and per guard', () => {
    const lines = reportCsv(report).split('\r\n');
    expect(lines).toContain('summary,patrol runs,5');
    expect(lines).toContain('summary,checkpoints missed,3');
    expect(lines).toContain('patrol run,exits,Ground exits,2025-11-22T03:00:00+00:00,incomplete,,0,0,0,2,0');
    expect(lines).toContain('patrol guard,J. Okafor,2,4,0,1,1,0');
    expect(lines).toContain('patrol guard,no scans,1,0,0,0,2,0');
  });

  it('goes into the PDF with the totals and the tables', async () => {
    const { text } = await pdfText(new Uint8Array(await reportPdf(report)));
    expect(text).toContain(
      '5 tour runs: 1 completed on time, 1 completed late, 2 with missed checkpoints, 1 in progress.',
    );
    expect(text).toContain('Checkpoints: 6 on time, 1 late, 1 out of order, 3 missed.');
    expect(text).toMatch(/J\. Okafor 2 4 0 1 1/);
    expect(text).toMatch(/Ground exits incomplete – 0 0 0 2/);
  });
});
