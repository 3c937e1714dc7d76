import type { NewOperator, OperatorChange, OperatorSummary } from '../../shared/api/accounts.js';
import { apiFetch } from '../api/api-fetch.js';

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `the console answered ${response.status}`);
  return body;
}

const postJson = (path: string, body: unknown) =>
  apiFetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export const listOperators = async (): Promise<OperatorSummary[]> =>
  (await answer<{ operators: OperatorSummary[] }>(await apiFetch('/api/operators'))).operators;

export const addOperator = async (operator: NewOperator): Promise<void> =>
  void (await answer(await postJson('/api/operators', operator)));

export const changeOperator = async (username: string, change: OperatorChange): Promise<void> =>
  void (await answer(await postJson(`/api/operators/${encodeURIComponent(username)}`, change)));
