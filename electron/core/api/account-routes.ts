import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  bootstrapRequestSchema,
  newOperatorSchema,
  operatorChangeSchema,
  signInRequestSchema,
} from '../../../shared/api/accounts.js';
import type { Authority, SignInOutcome } from '../accounts/authority.js';
import type { BootstrapOutcome, Bootstrap } from '../accounts/bootstrap.js';
import { AccountError, type OperatorAdmin } from '../accounts/operator-admin.js';
import { bearerToken } from '../accounts/session-token.js';
import { sendError, sendJson } from './respond.js';
import type { Route, RouteContext } from './route.js';
import { withBody } from './route-kit.js';

export type AccountDeps = {
  authority: Authority;
  admin: OperatorAdmin;
  bootstrap: Bootstrap;
  /** Where demo accounts' passwords were written, when the console made them. */
  demoAccountsFile: string | null;
};

const address = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

function sendSignIn(response: ServerResponse, outcome: SignInOutcome | BootstrapOutcome): void {
  if (outcome.ok)
    return sendJson(response, 200, { token: outcome.token, operator: outcome.operator, expiresAt: outcome.expiresAt });
  if (outcome.reason === 'throttled') {
    response.setHeader('Retry-After', String(outcome.retryAfterS));
    return sendError(
      response,
      429,
      `too many failed attempts; try again in ${Math.ceil(outcome.retryAfterS / 60)} min`,
    );
  }
  if (outcome.reason === 'not-needed') return sendError(response, 409, 'the console already has operator accounts');
  if (outcome.reason === 'wrong-code')
    return sendError(response, 403, 'that is not the set-up code the console printed');
  sendError(response, 401, 'wrong username or password');
}

async function accountChange(work: () => Promise<unknown>, response: ServerResponse, status = 200): Promise<void> {
  try {
    sendJson(response, status, { operator: await work() });
  } catch (error) {
    if (error instanceof AccountError) return sendError(response, error.status, error.message);
    throw error;
  }
}

const by = ({ caller }: RouteContext) => ({ operator: caller?.username ?? '?', seat: 'admin-screen' });

/** Signing in and out, the first-run set-up, and the admin's operator accounts. */
export function accountRoutes(deps: AccountDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/login',
      access: 'open',
      handle: withBody(signInRequestSchema, async (body, { request, response }) =>
        sendSignIn(response, await deps.authority.signIn(body.username, body.password, address(request), body.seat)),
      ),
    },
    {
      method: 'POST',
      path: '/api/logout',
      access: 'guard',
      handle: ({ request, response }) => {
        const token = bearerToken(request.headers.authorization);
        const session = token ? deps.authority.session(token) : null;
        if (session) deps.authority.signOut(session);
        sendJson(response, 200, { signedOut: true });
      },
    },
    {
      method: 'GET',
      path: '/api/session',
      access: 'guard',
      handle: ({ request, response }) => {
        const token = bearerToken(request.headers.authorization);
        const session = token ? deps.authority.session(token) : null;
        sendJson(response, 200, { operator: session?.operator, expiresAt: session?.expiresAt });
      },
    },
    {
      method: 'GET',
      path: '/api/bootstrap',
      access: 'open',
      handle: ({ response }) =>
        sendJson(response, 200, { needed: deps.bootstrap.needed(), demoAccountsFile: deps.demoAccountsFile }),
    },
    {
      method: 'POST',
      path: '/api/bootstrap',
      access: 'open',
      handle: withBody(bootstrapRequestSchema, async ({ code, ...first }, { request, response }) =>
        sendSignIn(response, await deps.bootstrap.redeem(code, first, address(request))),
      ),
    },
    {
      method: 'GET',
      path: '/api/operators',
      access: 'admin',
      handle: ({ response }) => sendJson(response, 200, { operators: deps.admin.list() }),
    },
    {
      method: 'POST',
      path: '/api/operators',
      access: 'admin',
      handle: withBody(newOperatorSchema, (body, context) =>
        accountChange(() => deps.admin.add(body, by(context)), context.response, 201),
      ),
    },
    {
      method: 'POST',
      path: '/api/operators/:username',
      access: 'admin',
      handle: withBody(operatorChangeSchema, (change, context) =>
        accountChange(() => deps.admin.change(context.params.username ?? '', change, by(context)), context.response),
      ),
    },
  ];
}
