// Self time per function of a .cpuprofile (page or core), biggest first:
//   npx tsx test/bench/profile-summary.ts <file.cpuprofile> [rows]
import { readFileSync } from 'node:fs';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const DEFAULT_ROWS = 40;

export type SelfTime = { name: string; selfMs: number; share: number };

/** Sums each sample's interval onto the function it was taken in (its self time). */
export function selfTimes(profile: CpuProfile): SelfTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url.split('/').pop() ?? '';
    const name = frame ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : '?';
    totals.set(name, (totals.get(name) ?? 0) + us);
    all += us;
  });
  return [...totals]
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: all === 0 ? 0 : us / all }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [rows]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  console.log(`${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled`);
  for (const row of selfTimes(profile).slice(0, Number(rows ?? DEFAULT_ROWS)))
    console.log(`${row.selfMs.toFixed(1).padStart(10)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`);
}
