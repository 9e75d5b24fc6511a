import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { OrganisationKind, Principal, Role } from '@lemon/access';

export const PUBLIC_ROUTE = 'lemon:public';
export const REQUIREMENTS = 'lemon:requirements';

/** No API key needed (health, API docs, the token-authenticated calendar feed). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export interface Requirements {
  roles?: readonly Role[];
  kinds?: readonly OrganisationKind[];
  /** Only the bootstrap (operator) organisation. */
  operator?: boolean;
}

/** Route-level role requirements; object-level checks (this case, this organisation) happen in handlers. */
export const Requires = (requirements: Requirements) => SetMetadata(REQUIREMENTS, requirements);

export const principalOf = (request: { principal?: Principal }): Principal => {
  if (!request.principal) throw new Error('route reached without an authenticated principal');
  return request.principal;
};

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest()),
);
