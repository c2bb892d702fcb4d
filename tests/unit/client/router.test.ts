import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../../../client/src/router.ts';

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'http://app.test');
  return parseRoute({ pathname, search });
};

describe('client routes', () => {
  it('maps / and /topiclists to the overview', () => {
    expect(at('/')).toEqual({ name: 'topiclists' });
    expect(at('/topiclists/')).toEqual({ name: 'topiclists' });
  });

  it('reads the topic list id and the level', () => {
    expect(at('/topiclists/ketensamenwerking-stalking')).toEqual({
      name: 'topiclist',
      id: 'ketensamenwerking-stalking',
      level: undefined,
    });
    expect(at('/topiclists/ketensamenwerking-stalking?level=chain')).toMatchObject({ level: 'chain' });
  });

  it('round-trips the paths it builds', () => {
    expect(at(paths.topiclist('a-b', 'organisation'))).toEqual({ name: 'topiclist', id: 'a-b', level: 'organisation' });
  });

  it('calls everything else not found', () => {
    expect(at('/topiclists/a/b')).toEqual({ name: 'not-found', path: '/topiclists/a/b' });
    expect(at('/nope')).toEqual({ name: 'not-found', path: '/nope' });
  });
});
