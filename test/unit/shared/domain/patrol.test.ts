import { describe, expect, it } from 'vitest';
import { patrolPlanSchema, tourLengthMin } from '../../../../shared/domain/patrol.js';

const checkpoints = [
  { id: 'dock', name: 'Dock', floorId: 'g', x: 1, y: 2 },
  { id: 'lobby', name: 'Lobby', floorId: 'g', x: 10, y: 2 },
];
const tour = {
  id: 'night',
  name: 'Night',
  schedule: ['22:00', '02:00'],
  inOrder: true,
  checkpoints: [
    { checkpoint: 'dock', dueMin: 5, graceMin: 5 },
    { checkpoint: 'lobby', dueMin: 10, graceMin: 5 },
  ],
};
const problems = (plan: unknown) => {
  const parsed = patrolPlanSchema.safeParse(plan);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the patrol file', () => {
  it('accepts checkpoints and tours', () => {
    expect(problems({ formatVersion: 1, checkpoints, tours: [tour] })).toEqual([]);
    expect(tourLengthMin(tour)).toBe(15);
  });

  it('refuses unknown and repeated checkpoints, repeated ids, bad times and unknown keys', () => {
    expect(
      problems({
        formatVersion: 1,
        checkpoints: [...checkpoints, checkpoints[0]],
        tours: [
          { ...tour, checkpoints: [...tour.checkpoints, { checkpoint: 'roof', dueMin: 12, graceMin: 1 }] },
          { ...tour, checkpoints: [tour.checkpoints[0], tour.checkpoints[0]] },
        ],
      }),
    ).toEqual([
      'checkpoints.2.id: "dock" is used twice',
      'tours.0: checkpoints.2.checkpoint: no checkpoint "roof"',
      'tours.1.id: "night" is used twice',
      'tours.1: checkpoints.1.checkpoint: "dock" is visited twice',
    ]);
    expect(problems({ formatVersion: 1, checkpoints, tours: [{ ...tour, schedule: ['24:00'] }] })).toEqual([
      'tours.0.schedule.0: must be HH:MM (24-hour)',
    ]);
    expect(problems({ formatVersion: 1, checkpoints, tours: [{ ...tour, colour: 'red' }] })[0]).toMatch(/colour/);
  });

  it('refuses a tour whose run would still be going when the next one starts', () => {
    expect(problems({ formatVersion: 1, checkpoints, tours: [{ ...tour, schedule: ['22:00', '22:10'] }] })).toEqual([
      'tours.0: a run lasts 15 min (last due + grace) but starts are 10 min apart',
    ]);
    // Across midnight too: 23:55 and 00:05 are ten minutes apart.
    expect(
      problems({ formatVersion: 1, checkpoints, tours: [{ ...tour, schedule: ['00:05', '23:55'] }] }),
    ).toHaveLength(1);
  });
});
