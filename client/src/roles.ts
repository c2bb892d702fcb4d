// Account rules the client checks before sending. Values mirror server/contract/accounts.ts,
// which the client may only import types from (its module would pull zod into the bundle).
import type { Role } from '../../server/contract/accounts.ts';

/** Every role, in the order menus list them; a role missing here is a type error. */
const ROLE_ORDER = { lead: 0, interviewer: 1, analyst: 2 } satisfies Record<Role, number>;
export const ROLES = Object.keys(ROLE_ORDER) as Role[];

export const PASSWORD_MIN = 10;
