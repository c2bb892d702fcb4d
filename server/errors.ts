// The one error vocabulary. Every error a client can see has a stable dotted code, an HTTP
// status, and a human sentence; any layer throws these and one handler maps them to HTTP.

export interface ErrorIssue {
  path: string;
  line?: number;
  column?: number;
  /** In a workbook: the sheet and the cell (such as "C7"); `line` is then the row. */
  sheet?: string;
  cell?: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] };
  [extra: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    /** More of the answer beside `error`, such as the current answer of a conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues?.length ? { issues: this.issues } : {}) },
      ...this.extra,
    };
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const errors = {
  malformed: (message: string, issues?: ErrorIssue[]) => new AppError(400, 'request.malformed', message, issues),
  invalidParams: (issues: ErrorIssue[]) =>
    new AppError(400, 'request.invalid_parameters', 'The address or its query has invalid parameters.', issues),
  invalidBody: (issues: ErrorIssue[]) =>
    new AppError(422, 'request.invalid_body', `The request body breaks ${plural(issues.length, 'rule', 'rules')}.`, issues),
  tooLarge: (limit: number) =>
    new AppError(413, 'request.too_large', `The request body is larger than the limit of ${limit} bytes.`),
  unsupportedMediaType: (got: string | undefined, accepted: string[]) =>
    new AppError(
      415,
      'request.unsupported_media_type',
      `Content type ${got ? `"${got}"` : '(none)'} is not accepted here; send ${accepted.join(' or ')}.`,
    ),
  routeNotFound: (method: string, url: string) => new AppError(404, 'route.not_found', `There is no ${method} ${url}.`),
  methodNotAllowed: (method: string, url: string) =>
    new AppError(404, 'route.not_found', `There is no ${method} ${url}.`),

  topicListSyntax: (format: string, issues: ErrorIssue[]) =>
    new AppError(400, 'topiclist.syntax', `The topic list is not well-formed ${format}.`, issues),
  topicListInvalid: (issues: ErrorIssue[]) =>
    new AppError(
      422,
      'topiclist.invalid',
      `The topic list breaks ${plural(issues.length, 'rule', 'rules')} of the format; nothing was stored.`,
      issues,
    ),
  topicListNotFound: (id: string) => new AppError(404, 'topiclist.not_found', `There is no topic list "${id}".`),
  topicListVersionNotFound: (id: string, version: number) =>
    new AppError(404, 'topiclist.version_not_found', `Topic list "${id}" has no version ${version}.`),

  draftNotFound: (id: string) => new AppError(404, 'draft.not_found', `There is no topic list draft ${id}.`),
  draftConflict: (current: unknown) =>
    new AppError(409, 'draft.conflict', 'The draft was changed elsewhere since this edit was made; nothing was overwritten.', undefined, { current }),
  draftBreakingChanges: (issues: ErrorIssue[], changes: unknown[]) =>
    new AppError(
      409,
      'draft.breaking_changes',
      `Publishing makes ${plural(issues.length, 'change', 'changes')} that break comparison with the previous version; confirm to publish anyway.`,
      issues,
      { changes },
    ),

  sessionRequired: () => new AppError(401, 'session.required', 'Sign in first.'),
  sessionExpired: () => new AppError(401, 'session.expired', 'The session has expired; sign in again.'),
  sessionRevoked: () =>
    new AppError(401, 'session.revoked', 'This device has been signed out; its local interview data must be removed.'),
  invalidCredentials: () => new AppError(401, 'session.invalid_credentials', 'The e-mail address or password is not right.'),
  rateLimited: (seconds: number) =>
    new AppError(429, 'session.rate_limited', `Too many attempts; try again in ${Math.ceil(seconds / 60)} minute(s).`),
  forbidden: (what = 'do this') => new AppError(403, 'auth.forbidden', `Your role may not ${what}.`),
  crossOrigin: () => new AppError(403, 'request.cross_origin', 'Requests that change data must come from this site.'),

  setupDone: () => new AppError(409, 'setup.done', 'The research lead account already exists; sign in instead.'),
  setupInvalidToken: () =>
    new AppError(403, 'setup.invalid_token', 'The setup token is not right or has expired; restart the server for a new one.'),
  pairingInvalid: () =>
    new AppError(401, 'pairing.invalid_code', 'The pairing code is unknown, used or expired; ask for a new one.'),
  pairingNotInterviewer: () =>
    new AppError(422, 'pairing.not_interviewer', 'Only interviewers and research leads can sign in on a tablet.'),

  userNotFound: (id: string) => new AppError(404, 'user.not_found', `There is no user ${id}.`),
  emailTaken: (email: string) => new AppError(409, 'user.email_taken', `There is already a user with e-mail address ${email}.`),
  lastLead: () => new AppError(409, 'user.last_lead', 'This is the only active research lead; appoint another lead first.'),
  deviceNotFound: (id: string) => new AppError(404, 'device.not_found', `There is no paired device ${id}.`),

  studyNotFound: (id: string) => new AppError(404, 'study.not_found', `There is no study ${id}.`),
  studyTopicListUnknown: (id: string, version: number) =>
    new AppError(422, 'study.unknown_topiclist', `There is no topic list "${id}" version ${version}.`, [
      { path: 'topiclist', message: `no topic list "${id}" version ${version}` },
    ]),
  studyOtherTopicList: (id: string, other: string) =>
    new AppError(422, 'study.other_topiclist', `A study keeps its topic list "${id}"; it cannot move to "${other}".`, [
      { path: 'id', message: `the study's topic list is "${id}"` },
    ]),
  studyTopicListVersionUnknown: (id: string, version: number) =>
    new AppError(422, 'study.unknown_topiclist_version', `Topic list "${id}" has no version ${version}.`, [
      { path: 'version', message: `no version ${version} of "${id}"` },
    ]),
  studyTopicListNotNewer: (current: number, version: number) =>
    new AppError(409, 'study.topiclist_not_newer', `The study uses version ${current} of its topic list; it can only move to a newer version, not to ${version}.`),
  studyBreakingChanges: (version: number, issues: ErrorIssue[], changes: unknown[]) =>
    new AppError(
      409,
      'study.breaking_changes',
      `Version ${version} has ${plural(changes.length, 'change', 'changes')} that break the comparability of answers; send confirmBreaking: true to move anyway.`,
      issues,
      { changes },
    ),
  memberNotEligible: (message: string) => new AppError(422, 'study.member_not_eligible', message),
  memberInPair: () => new AppError(409, 'study.member_in_pair', 'This member is part of a pair; remove the pair first.'),
  pairNotFound: (id: string) => new AppError(404, 'study.pair_not_found', `There is no pair ${id} in this study.`),
  respondentNotFound: (id: string) => new AppError(404, 'respondent.not_found', `There is no respondent ${id}.`),
  codeNotAllowed: (issues: ErrorIssue[]) =>
    new AppError(422, 'respondent.code_not_allowed', 'A coded field has a value outside the study\'s code list.', issues),

  interviewNotFound: (id: string) => new AppError(404, 'interview.not_found', `There is no interview ${id}.`),
  interviewersNotEligible: (message: string) => new AppError(422, 'interview.interviewers_not_eligible', message),
  respondentNotInStudy: (id: string) =>
    new AppError(422, 'interview.unknown_respondent', `Respondent ${id} is not part of this study.`, [{ path: 'respondentId', message: 'not a respondent of this study' }]),
  interviewLocked: (status: string) =>
    new AppError(409, 'interview.locked', `The interview is ${status.replace('_', ' ')}: answers are locked until the research lead reopens it.`),
  consentRequired: () => new AppError(409, 'interview.consent_required', 'Record the respondent’s consent before the first answer.'),
  consentRefused: () => new AppError(409, 'interview.consent_refused', 'The respondent did not consent: no answers can be stored.'),
  invalidTransition: (from: string, to: string) =>
    new AppError(409, 'interview.invalid_transition', `An interview that is ${from.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`),
  commentRequired: () =>
    new AppError(422, 'interview.comment_required', 'Say what the issues are: a comment is required.', [{ path: 'comment', message: 'required for has_issues' }]),
  unknownItem: (itemId: string) => new AppError(404, 'answer.unknown_item', `The topic list of this interview has no item "${itemId}".`),
  invalidValue: (issues: ErrorIssue[]) =>
    new AppError(422, 'answer.invalid_value', issues.length === 1 ? `The value does not fit the item: ${issues[0]!.message}.` : 'Some values do not fit their items.', issues),
  answerConflict: (current: unknown) =>
    new AppError(409, 'answer.conflict', 'The answer was changed on another device since this change was made; nothing was overwritten.', undefined, { current }),
  unknownTopic: (topicId: string) => new AppError(422, 'interview.unknown_topic', `The topic list of this interview has no topic "${topicId}".`),

  redactionTermNotFound: (id: string) => new AppError(404, 'export.term_not_found', `There is no redaction term ${id} in this study.`),

  conflict: (code: string, message: string) => new AppError(409, code, message),
  databaseUnavailable: () => new AppError(503, 'database.unavailable', 'The database cannot be reached; try again shortly.'),
  internal: () => new AppError(500, 'internal', 'Something went wrong on the server; the problem has been logged.'),
};
