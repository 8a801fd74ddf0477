import type { Account, Role } from '@xinglin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../errors';
import type { AuthService, Principal } from '../modules/auth/service';

declare module 'fastify' {
  interface FastifyRequest {
    principal: (Principal & { account: Account }) | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,200})$/;

/** The request's bearer token when it has a well-formed one (not checked: that is the auth service's). */
export const bearerToken = (request: FastifyRequest): string | undefined => BEARER.exec(request.headers.authorization ?? '')?.[1];

/** preHandler: a live session is required; with roles, one of them too. */
export function requireAuth(auth: AuthService, roles?: readonly Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = bearerToken(request);
    const principal = token ? await auth.authenticate(token) : null;
    if (!principal) throw unauthorized('UNAUTHENTICATED', '请先登录', 'Please sign in first');
    if (roles && !principal.roles.some((r) => roles.includes(r))) throw forbidden();
    request.principal = principal;
  };
}

export function principalOf(request: FastifyRequest): Principal & { account: Account } {
  if (!request.principal) throw unauthorized('UNAUTHENTICATED', '请先登录', 'Please sign in first');
  return request.principal;
}
