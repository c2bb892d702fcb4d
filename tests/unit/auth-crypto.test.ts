import { describe, expect, it } from 'vitest';
import { generateIdentityKey, open, parseIdentityKey, seal } from '../../server/auth/identity-crypto.ts';
import { hashPassword, verifyPassword } from '../../server/auth/password.ts';
import { newShortCode, normaliseShortCode } from '../../server/auth/tokens.ts';

describe('identity sealing (AES-256-GCM)', () => {
  const key = parseIdentityKey(generateIdentityKey());

  it('opens what it sealed, for the same row only', () => {
    const sealed = seal(key, '{"name":"Iemand"}', 'row-1');
    expect(sealed.ciphertext).not.toContain('Iemand');
    expect(open(key, sealed, 'row-1')).toBe('{"name":"Iemand"}');
    expect(() => open(key, sealed, 'row-2')).toThrow();
  });

  it('detects tampering and a different key', () => {
    const sealed = seal(key, 'geheim', 'row-1');
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0]! ^= 1;
    expect(() => open(key, { ...sealed, ciphertext: flipped.toString('base64') }, 'row-1')).toThrow();
    expect(() => open(parseIdentityKey(generateIdentityKey()), sealed, 'row-1')).toThrow(/sealed with key/);
  });

  it('accepts 32-byte keys as hex or base64 only', () => {
    expect(parseIdentityKey('ab'.repeat(32)).key).toHaveLength(32);
    expect(() => parseIdentityKey('too short')).toThrow(/32 bytes/);
  });
});

describe('passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('een lang wachtwoord');
    const b = await hashPassword('een lang wachtwoord');
    expect(a).not.toBe(b);
    expect(await verifyPassword('een lang wachtwoord', a)).toBe(true);
    expect(await verifyPassword('een lang wachtwoorD', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('pairing codes', () => {
  it('are XXXX-XXXX without look-alike characters and survive sloppy typing', () => {
    for (let i = 0; i < 50; i++) expect(newShortCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(normaliseShortCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normaliseShortCode('abcd-efgh')).toBe('ABCD-EFGH');
  });
});
