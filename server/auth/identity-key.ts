// Where the identity key comes from: the environment, or a key file kept in the data folder.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateIdentityKey, type IdentityKey, parseIdentityKey } from './identity-crypto.ts';

export async function loadIdentityKey(
  fromEnv: string | undefined,
  dataDir: string,
  log: { warn(msg: string): void },
): Promise<IdentityKey> {
  if (fromEnv) return parseIdentityKey(fromEnv);
  const file = path.join(dataDir, 'identity.key');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing) return parseIdentityKey(existing);
  await writeFile(file, `${generateIdentityKey()}\n`, { mode: 0o600, flag: 'wx' });
  log.warn(
    `LEIDRAAD_IDENTITY_KEY is not set: made a new identity key in ${file}. Keep a copy: without it the identity key of respondents cannot be read. Several server instances must share one key through LEIDRAAD_IDENTITY_KEY.`,
  );
  return parseIdentityKey(await readFile(file, 'utf8'));
}
