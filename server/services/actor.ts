import type { Role } from '../contract/accounts.ts';

/** Who is asking: every service that checks access or writes the audit log takes one. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  ip?: string;
  deviceId?: string | null;
}
