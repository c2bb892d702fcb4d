// Loads the topic list files of a folder (the study's standard list ships in topiclists/).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { topicListExists } from '../queries/topiclists.ts';
import { storeTopicList } from '../services/topiclists.ts';
import { formatIssue, type SourceFormat } from './parse.ts';

export function formatOf(file: string): SourceFormat | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return undefined;
}

/**
 * Stores each file whose topic list id the database does not know yet. A list already
 * present is left alone: new versions go through the API, where they are seen.
 */
export async function loadTopicListFiles(db: Db, dir: string, log: Pick<FastifyBaseLogger, 'info' | 'warn'>) {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => formatOf(f)).sort();
  } catch {
    log.warn(`topic list folder ${dir} not found; no topic lists loaded`);
    return;
  }
  for (const file of files) {
    const full = path.join(dir, file);
    const source = await readFile(full, 'utf8');
    const id = /^id:\s*["']?([a-z0-9-]+)/m.exec(source)?.[1] ?? /"id"\s*:\s*"([a-z0-9-]+)"/.exec(source)?.[1];
    if (id && (await topicListExists(db, id))) continue;
    try {
      const { created, entry } = await storeTopicList(db, source, formatOf(file)!);
      if (created) log.info(`loaded topic list ${entry.id} version ${entry.version} from ${file}`);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const details = (err.issues ?? []).map((i) => formatIssue(full, i)).join('\n');
      log.warn(`topic list ${file} not loaded: ${err.message}\n${details}`);
    }
  }
}
