// Encryption at rest of the identity key (which person a pseudonym code stands for).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface IdentityKey {
  id: string;
  key: Buffer;
}

export interface Sealed {
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** Accepts 32 bytes as 64 hex digits or base64. */
export function parseIdentityKey(text: string): IdentityKey {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('LEIDRAAD_IDENTITY_KEY must be 32 bytes, as 64 hex digits or base64');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), key };
}

export const generateIdentityKey = () => randomBytes(32).toString('base64');

/** AES-256-GCM; `aad` binds the ciphertext to its row, so it cannot be moved to another. */
export function seal(key: IdentityKey, plaintext: string, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId: key.id, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

export function open(key: IdentityKey, sealed: Sealed, aad: string): string {
  if (sealed.keyId !== key.id) throw new Error(`identity sealed with key ${sealed.keyId}, but key ${key.id} is configured`);
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
}
