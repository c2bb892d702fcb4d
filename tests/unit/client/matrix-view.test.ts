import { describe, expect, it } from 'vitest';
import { formatValue, groupColours, heatStep, HEAT_STEPS, scalePoints } from '../../../client/src/matrix-view.ts';
import { parseRoute, paths } from '../../../client/src/router.ts';

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'http://app.test');
  return parseRoute({ pathname, search });
};

describe('matrix views', () => {
  it('gives every half point of a 1-5 scale its own colour step, min lightest, max darkest', () => {
    const scale = { min: 1, max: 5 };
    const steps = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((v) => heatStep(v, scale));
    expect(steps).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(heatStep(0, scale)).toBe(0);
    expect(heatStep(9, scale)).toBe(HEAT_STEPS - 1);
    expect(heatStep(3, { min: 0, max: 10 })).toBe(2);
  });

  it('prints whole values without decimals, others with one, in the UI language', () => {
    expect([formatValue('nl', 4), formatValue('nl', 4.5), formatValue('en', 4.5), formatValue('nl', 10 / 3)]).toEqual(['4', '4,5', '4.5', '3,3']);
    expect(formatValue('nl', 0.9574, 2)).toBe('0,96');
  });

  it('shows every point of a short scale and six points of a long one', () => {
    expect(scalePoints({ min: 1, max: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints({ min: 0, max: 100 })).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('colours published groups in order and skips the suppressed ones', () => {
    const colours = groupColours([
      { key: 'Gemeente', suppressed: true },
      { key: 'Politie', suppressed: false },
      { key: 'Veilig Thuis', suppressed: false },
    ]);
    expect([...colours]).toEqual([
      ['Politie', 'group-0'],
      ['Veilig Thuis', 'group-1'],
    ]);
  });

  it('routes to a respondent’s matrix and to the study comparison, with its choices in the address', () => {
    expect(at('/interviews/abc/matrix')).toEqual({ name: 'interview-matrix', id: 'abc' });
    expect(at('/studies/s1/matrix')).toEqual({ name: 'study-matrix', id: 's1', by: undefined, include: undefined });
    expect(at(paths.studyMatrix('s 1', 'region', 'all'))).toEqual({ name: 'study-matrix', id: 's 1', by: 'region', include: 'all' });
    expect(paths.studyMatrix('s1', 'organisation', 'final')).toBe('/studies/s1/matrix');
    expect(at('/studies/s1/matrix?by=dossier&include=x')).toMatchObject({ by: undefined, include: undefined });
    expect(at(paths.interviewMatrix('a/b'))).toEqual({ name: 'interview-matrix', id: 'a/b' });
  });
});
