import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../../../client/src/router.ts';

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'http://app.test');
  return parseRoute({ pathname, search });
};

describe('client routes', () => {
  it('maps / to the start page, /studies to the studies overview, /topiclists to the topic lists', () => {
    expect(at('/')).toEqual({ name: 'home' });
    expect(at('/studies/')).toEqual({ name: 'studies' });
    expect(at('/topiclists/')).toEqual({ name: 'topiclists' });
  });

  it('reads the interview id and its topic', () => {
    expect(at('/interviews')).toEqual({ name: 'interviews' });
    expect(at('/interviews/0b7c9a52-3a1e-4c55-9d51-2f1a3c1b9e10')).toEqual({
      name: 'interview',
      id: '0b7c9a52-3a1e-4c55-9d51-2f1a3c1b9e10',
      topic: undefined,
    });
    expect(at(paths.interview('i 1', 'self-efficacy'))).toEqual({ name: 'interview', id: 'i 1', topic: 'self-efficacy' });
  });

  it('reads the topic list id and the level', () => {
    expect(at('/topiclists/ketensamenwerking-stalking')).toEqual({
      name: 'topiclist',
      id: 'ketensamenwerking-stalking',
      level: undefined,
    });
    expect(at('/topiclists/ketensamenwerking-stalking?level=chain')).toMatchObject({ level: 'chain' });
  });

  it('reads the study id', () => {
    expect(at('/studies/0b7c9a52-3a1e-4c55-9d51-2f1a3c1b9e10')).toEqual({ name: 'study', id: '0b7c9a52-3a1e-4c55-9d51-2f1a3c1b9e10' });
  });

  it('knows the account pages; the pairing code stays in the fragment', () => {
    for (const name of ['login', 'setup', 'pair', 'pairing', 'devices', 'users', 'audit'] as const) {
      expect(at(`/${name}`)).toEqual({ name });
    }
    expect(at('/pair#code=ABCD-EFGH')).toEqual({ name: 'pair' });
  });

  it('round-trips the paths it builds', () => {
    expect(at(paths.topiclist('a-b', 'organisation'))).toEqual({ name: 'topiclist', id: 'a-b', level: 'organisation' });
    expect(at(paths.study('s 1'))).toEqual({ name: 'study', id: 's 1' });
    expect(at(paths.home())).toEqual({ name: 'home' });
  });

  it('calls everything else not found', () => {
    expect(at('/topiclists/a/b')).toEqual({ name: 'not-found', path: '/topiclists/a/b' });
    expect(at('/studies/a/b')).toEqual({ name: 'not-found', path: '/studies/a/b' });
    expect(at('/interviews/a/b')).toEqual({ name: 'not-found', path: '/interviews/a/b' });
    expect(at('/nope')).toEqual({ name: 'not-found', path: '/nope' });
  });
});
