// Users, sessions, setup, tablet pairing: request and response shapes. Imports only zod.
import { z } from 'zod';

export const ROLES = ['lead', 'interviewer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

const email = z.email({ error: 'must be an e-mail address' }).max(254).transform((e) => e.trim().toLowerCase());
const name = z.string().trim().min(1, { error: 'must not be empty' }).max(200);
export const PASSWORD_MIN = 10;
const password = z
  .string({ error: 'must be a text' })
  .min(PASSWORD_MIN, { error: `must be at least ${PASSWORD_MIN} characters` })
  .max(200, { error: 'must be at most 200 characters' });

export const userSchema = z
  .object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES) })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userAdminSchema = userSchema.extend({ active: z.boolean(), createdAt: z.iso.datetime() }).meta({ id: 'UserAdmin' });

export const createUserSchema = z.object({ email, name, role: z.enum(ROLES, { error: 'must be lead, interviewer or analyst' }), password });
export const updateUserSchema = z
  .object({ name, role: z.enum(ROLES), active: z.boolean(), password })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'nothing to change' });

export const loginSchema = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(200) });

export const deviceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    user: userSchema.pick({ id: true, name: true }),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Device' });

export const sessionSchema = z
  .object({
    user: userSchema,
    device: deviceSchema.pick({ id: true, name: true }).nullable(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const setupStateSchema = z.object({ needed: z.boolean() });
export const setupSchema = z.object({ token: z.string().trim().min(1).max(200), email, name, password });

export const createPairingSchema = z.object({ userId: z.uuid().optional() });
export const pairingSchema = z
  .object({
    code: z.string().describe('XXXX-XXXX, valid once, for a few minutes'),
    expiresAt: z.iso.datetime(),
    url: z.string().describe('page that signs a tablet in with this code'),
    qrSvg: z.string().describe('the url as a QR code, an SVG data URL'),
    user: userSchema.pick({ id: true, name: true }),
  })
  .meta({ id: 'Pairing' });
export const claimPairingSchema = z.object({
  code: z.string().trim().min(1).max(20),
  deviceName: z.string().trim().min(1).max(100).default('Tablet'),
});

export const uuidParams = z.object({ id: z.uuid({ error: 'must be a UUID' }) });
