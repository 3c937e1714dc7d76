import type { SignedIn } from '../../shared/api/accounts.js';
import type { Role } from '../../shared/domain/operator.js';
import { openAccounts } from '../../electron/core/accounts/accounts.js';
import { openStore } from '../../electron/core/store/store.js';

export type TestOperator = { username: string; password: string; role: Role };

let counter = 0;

/**
 * Adds an operator to a console's database through a second connection (the console sees it at
 * once: sessions and accounts are read from the database on every check).
 */
export async function addOperator(
  dbPath: string,
  role: Role = 'guard',
  username = `${role}-${++counter}`,
  displayName = username,
): Promise<TestOperator> {
  const password = `pw-${username}-correct-horse`;
  const store = openStore(dbPath);
  try {
    await openAccounts(store).admin.add({ username, displayName, role, password }, { operator: 'test', seat: 'test' });
  } finally {
    store.close();
  }
  return { username, password, role };
}

/** POST /api/login, as the sign-in page does. */
export async function signIn(
  httpUrl: string,
  operator: Pick<TestOperator, 'username' | 'password'>,
): Promise<SignedIn> {
  const response = await fetch(new URL('/api/login', httpUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: operator.username, password: operator.password }),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${operator.username} refused: ${response.status} ${await response.text()}`);
  return (await response.json()) as SignedIn;
}

/** A new operator of `role`, signed in: its bearer token. */
export async function operatorToken(
  core: { dbPath: string; httpUrl: string },
  role: Role = 'guard',
  username?: string,
  displayName?: string,
): Promise<string> {
  return (await signIn(core.httpUrl, await addOperator(core.dbPath, role, username, displayName))).token;
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** GET under the console's API with a token; the parsed JSON and the status. */
export async function getJson<T = unknown>(
  httpUrl: string,
  path: string,
  token: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, httpUrl), { headers: { ...bearer(token), Accept: 'application/json' } });
  return { status: response.status, body: (await response.json()) as T };
}
