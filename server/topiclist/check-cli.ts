// npm run topiclist:check -- topiclists/*.yaml
// Checks topic list files without a server; exits 1 when any file has a problem.
import { readFile } from 'node:fs/promises';
import { formatOf } from './load-files.ts';
import { formatIssue, parseTopicList } from './parse.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run topiclist:check -- FILE.yaml [FILE.json ...]');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    console.error(`${file}: cannot read: ${(err as Error).message}`);
    failed++;
    continue;
  }
  const result = parseTopicList(source, formatOf(file) ?? 'yaml');
  if (result.ok) {
    const items = result.topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items)).length;
    console.log(`${file}: ok (${result.topicList.id}: ${result.topicList.levels.length} levels, ${items} items)`);
  } else {
    failed++;
    for (const issue of result.issues) console.error(formatIssue(file, issue));
    console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
