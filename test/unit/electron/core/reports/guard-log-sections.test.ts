import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../../../shared/domain/occurrence.js';
import type { Handover, HandoverAlarm } from '../../../../../shared/domain/shift.js';
import { computeShiftReport } from '../../../../../electron/core/reports/compute-shift-report.js';
import { reportCsv } from '../../../../../electron/core/reports/csv/report-csv.js';
import { reportPdf } from '../../../../../electron/core/reports/pdf/report-pdf.js';
import { pdfText } from './pdf-text.js';
import { FROM, MIN, rows, SITE, TO } from './report-fixtures.js';

const occurrence = (id: number, loggedMin: number, patch: Partial<Occurrence> = {}): Occurrence => ({
  id,
  siteId: SITE.id,
  category: 'suspicious-person',
  location: { floorId: 'g', x: 12.5, y: 7, zone: 'loading-dock' },
  people: [],
  vehicles: [],
  narrative: 'Walked along the dock fence twice',
  alarmIds: [],
  occurredAt: FROM + (loggedMin - 5) * MIN,
  loggedBy: 'A. Osei',
  seat: 'desk-1',
  loggedAt: FROM + loggedMin * MIN,
  ...patch,
});

const openAlarm = (alarmId: number, shelved: boolean): HandoverAlarm => ({
  alarmId,
  condition: 'door-forced',
  priority: 1,
  state: 'unacknowledged-active',
  place: 'Loading dock door (Loading dock)',
  raisedAt: FROM,
  ageS: 60,
  owner: null,
  shelved,
});

const handover = (id: number, writtenMin: number, patch: Partial<Handover> = {}): Handover => ({
  id,
  shiftId: id,
  seat: 'desk-1',
  note: 'Dock door still sticking',
  openAlarms: [openAlarm(1, false), openAlarm(2, true)],
  openAlarmsNotListed: 3,
  notable: [{ kind: 'priority-alarm', at: FROM, text: 'P1 door forced', alarmId: 1, deviceId: null, recordId: null }],
  notableNotListed: 0,
  writtenBy: 'B. Li',
  writtenAt: FROM + writtenMin * MIN,
  acknowledgedBy: 'A. Osei',
  acknowledgedAt: FROM + (writtenMin + 4) * MIN,
  ...patch,
});

// By hand: two incidents (logged 23:30 and 01:10 London), the handover received at 22:00 and the one written at 06:00.
const incidents = [
  occurrence(8, 190, {
    category: 'safety-hazard',
    location: { floorId: 'g', x: 40, y: 20, zone: null },
    people: [{ role: 'injured', name: 'P. Lee', description: 'Slipped, knee' }],
    vehicles: [{ plate: 'AB12 CDE', description: 'White van, dock 2' }],
    narrative: 'Oil on the floor by dock 2, coned off',
    alarmIds: [4, 9],
  }),
  occurrence(7, 90),
];
const handovers = [
  handover(2, 480, { acknowledgedBy: null, acknowledgedAt: null, openAlarmsNotListed: 0, openAlarms: [] }),
  handover(1, -4),
  handover(1, -4),
];

describe('the guard-log sections of the shift report', () => {
  const report = computeShiftReport(rows({ occurrences: incidents, handovers }), SITE);

  it('lists incidents oldest first, with place names, people, vehicles and linked alarms', () => {
    expect(report.guardLoggedIncidents.map((o) => o.id)).toEqual([7, 8]);
    expect(report.guardLoggedIncidents[1]).toEqual({
      id: 8,
      occurredAt: FROM + 185 * MIN,
      loggedAt: FROM + 190 * MIN,
      loggedBy: 'A. Osei',
      seat: 'desk-1',
      category: 'safety-hazard',
      floorId: 'g',
      floorName: 'Ground floor',
      zone: null,
      zoneName: null,
      x: 40,
      y: 20,
      people: [{ role: 'injured', name: 'P. Lee', description: 'Slipped, knee' }],
      vehicles: [{ plate: 'AB12 CDE', description: 'White van, dock 2' }],
      narrative: 'Oil on the floor by dock 2, coned off',
      alarmIds: [4, 9],
    });
    expect(report.guardLoggedIncidents[0]).toMatchObject({ zone: 'loading-dock', zoneName: 'Loading dock' });
  });

  it('lists each handover once: who to whom, when, and the counts of its lists', () => {
    expect(report.handovers).toEqual([
      {
        id: 1,
        shiftId: 1,
        seat: 'desk-1',
        writtenBy: 'B. Li',
        writtenAt: FROM - 4 * MIN,
        acknowledgedBy: 'A. Osei',
        acknowledgedAt: FROM,
        note: 'Dock door still sticking',
        openAlarms: 5,
        openAlarmsShelved: 1,
        notable: 1,
      },
      expect.objectContaining({ id: 2, writtenAt: TO, acknowledgedBy: null, openAlarms: 0, notable: 1 }),
    ]);
  });

  it('has none of either when the rows carry none', () => {
    const empty = computeShiftReport(rows(), SITE);
    expect([empty.guardLoggedIncidents, empty.handovers]).toEqual([[], []]);
  });

  it('writes both as CSV sections, counted in the summary', () => {
    const lines = reportCsv(report).split('\r\n');
    expect(lines).toContain('summary,guard-logged incidents,2');
    expect(lines).toContain('summary,handovers,2');
    expect(lines).toContain(
      'logged incident,8,2025-11-22T01:05:00+00:00,2025-11-22T01:10:00+00:00,A. Osei,desk-1,safety-hazard,g,,40,20,' +
        '"Ground floor · 40 m, 20 m","injured: P. Lee, Slipped, knee","AB12 CDE, White van, dock 2",4 9,' +
        '"Oil on the floor by dock 2, coned off"',
    );
    expect(lines).toContain(
      'handover,1,1,desk-1,B. Li,2025-11-21T21:56:00+00:00,A. Osei,2025-11-21T22:00:00+00:00,5,1,1,Dock door still sticking',
    );
    expect(lines).toContain('handover,2,2,desk-1,B. Li,2025-11-22T06:00:00+00:00,,,0,0,1,Dock door still sticking');
  });

  it('prints both in the PDF, with the narratives and an unacknowledged handover marked', async () => {
    const { text } = await pdfText(new Uint8Array(await reportPdf(report)));
    expect(text).toContain('Incidents logged by guards');
    expect(text).toContain('#8 safety hazard');
    expect(text).toContain('Oil on the floor by dock 2, coned off');
    expect(text).toContain('Handovers');
    expect(text).toContain('not acknowledged');
    expect(text).toContain('5 (1 shelved)');
  });
});
