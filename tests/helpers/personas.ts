// Invented people who use the platform in tests. None of them is real.
import type { Role } from '../../server/contract/accounts.ts';
import { createUser } from '../../server/services/accounts.ts';
import type { TestApp } from './app.ts';

export const PASSWORD = 'correct horse battery';

export const PERSONAS = {
  lead: { email: 'femke.veldhuis@example.org', name: 'Femke Veldhuis', role: 'lead' },
  interviewer: { email: 'daan.mulder@example.org', name: 'Daan Mulder', role: 'interviewer' },
  partner: { email: 'sanne.kuipers@example.org', name: 'Sanne Kuipers', role: 'interviewer' },
  otherInterviewer: { email: 'joris.verbeek@example.org', name: 'Joris Verbeek', role: 'interviewer' },
  analyst: { email: 'noor.bakker@example.org', name: 'Noor Bakker', role: 'analyst' },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

export type PersonaName = keyof typeof PERSONAS;
export interface SignedIn {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The Cookie header for requests as this person. */
  cookie: string;
}

export function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie.join('\n') : (setCookie ?? '');
  const match = /leidraad_session=([^;]+)/.exec(header);
  if (!match) throw new Error(`no session cookie in ${header}`);
  return `leidraad_session=${match[1]}`;
}

export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  return sessionCookie(res.headers['set-cookie']);
}

/** Creates the named personas (all of them by default) and signs each in. */
export async function createPersonas<N extends PersonaName>(
  t: TestApp,
  names: readonly N[] = Object.keys(PERSONAS) as N[],
): Promise<Record<N, SignedIn>> {
  const out = {} as Record<N, SignedIn>;
  for (const name of names) {
    const p = PERSONAS[name];
    const user = await createUser(t.database.db, null, { ...p, password: PASSWORD });
    out[name] = { ...user, cookie: await signIn(t, p.email) };
  }
  return out;
}
