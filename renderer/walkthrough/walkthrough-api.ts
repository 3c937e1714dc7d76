import type { WalkthroughGoal, WalkthroughPlan } from '../../shared/domain/walkthrough.js';
import { apiFetch } from '../api/api-fetch.js';

/** What the planner chose on the screen. */
export type PlannerChoice = { building: string | null; floors: string[]; goal: WalkthroughGoal; days: number };

/** The query of GET /api/walkthrough for a choice (walkthroughQuerySchema in shared/). */
export function walkthroughPath(choice: PlannerChoice, format: 'json' | 'pdf'): string {
  const query = new URLSearchParams({ goal: choice.goal, days: String(choice.days), format });
  if (choice.building) query.set('building', choice.building);
  if (choice.floors.length > 0) query.set('floors', choice.floors.join(','));
  return `/api/walkthrough?${query.toString()}`;
}

async function problemOf(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: string; details?: string[] } | null;
  return new Error([body?.error ?? `HTTP ${response.status}`, ...(body?.details ?? [])].join(': '));
}

export async function fetchWalkthrough(choice: PlannerChoice): Promise<WalkthroughPlan> {
  const response = await apiFetch(walkthroughPath(choice, 'json'));
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as WalkthroughPlan; // the core built it from the same shared type
}

/** The route card PDF, fetched with the operator's token (a plain link could not carry it) and handed over as a download. */
export async function downloadRouteCard(choice: PlannerChoice): Promise<void> {
  const response = await apiFetch(walkthroughPath(choice, 'pdf'), { headers: { Accept: 'application/pdf' } });
  if (!response.ok) throw await problemOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `walkthrough-${new Date().toISOString().slice(0, 10)}.pdf`;
  link.click();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
