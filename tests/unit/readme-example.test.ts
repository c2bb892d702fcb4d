import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopicList } from '../../server/topiclist/parse.ts';

describe('README', () => {
  it("documents a complete topic list example that the server accepts", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = parseTopicList(example!, 'yaml');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
