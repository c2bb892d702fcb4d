// A small study with the personas as members, for access and leak tests.
import type { TestApp } from './app.ts';
import { createPersonas, type SignedIn } from './personas.ts';

export const PLANTED_IDENTITY = {
  name: 'Mirjam Zwanenburg-Oudshoorn',
  email: 'm.zwanenburg@voorbeeld-mail.nl',
  phone: '06-98765432',
  notes: 'Werkt sinds 2019 bij team Oost-Zuid; bereikbaar via de balie.',
};

export interface FixtureStudy {
  people: Record<'lead' | 'interviewer' | 'partner' | 'otherInterviewer' | 'analyst', SignedIn>;
  studyId: string;
  otherStudyId: string;
  respondentId: string;
  pairId: string;
  /** Planned for the pair (interviewer + partner), with a dossier reference. */
  interviewId: string;
}

export const PLANTED_DOSSIER = 'VT-2023-004512';

export async function json(t: TestApp, method: string, url: string, cookie: string, payload?: unknown) {
  const res = await t.app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  return res;
}

/** Study A: interviewer + partner (a pair) and analyst are members; otherInterviewer is in study B only. */
export async function createFixtureStudy(t: TestApp): Promise<FixtureStudy> {
  const people = await createPersonas(t);
  const lead = people.lead.cookie;
  const ok = async (method: string, url: string, payload?: unknown) => {
    const res = await json(t, method, url, lead, payload);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const topiclist = { id: 'ketensamenwerking-stalking', version: 1 };
  const study = await ok('POST', '/api/studies', { name: 'Ketensamenwerking Zuid', topiclist, codeLists: { organisation: ['Veilig Thuis', 'Veiligheidshuis', 'Politie'] } });
  const other = await ok('POST', '/api/studies', { name: 'Andere studie', topiclist });
  for (const p of ['interviewer', 'partner', 'analyst'] as const) await ok('POST', `/api/studies/${study.id}/members`, { userId: people[p].id });
  await ok('POST', `/api/studies/${other.id}/members`, { userId: people.otherInterviewer.id });
  const pair = await ok('POST', `/api/studies/${study.id}/pairs`, { interviewerIds: [people.interviewer.id, people.partner.id] });
  const respondent = await ok('POST', `/api/studies/${study.id}/respondents`, {
    organisation: 'Veilig Thuis',
    role: 'casusregisseur',
    region: 'Zuid-Limburg',
    identity: PLANTED_IDENTITY,
  });
  const interview = await ok('POST', `/api/studies/${study.id}/interviews`, { respondentId: respondent.id, pairId: pair.id, dossier: PLANTED_DOSSIER });
  return { people, studyId: study.id, otherStudyId: other.id, respondentId: respondent.id, pairId: pair.id, interviewId: interview.id };
}
