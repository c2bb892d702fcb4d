// API errors in the UI language: the server's stable codes mapped to catalogue messages.
import { ApiError } from '../api.ts';
import type { MessageKey } from './messages.ts';

type Translate = (key: MessageKey) => string;

/** Codes a person can cause and act on; everything else gets a generic text. */
const BY_CODE: Record<string, MessageKey> = {
  'network.unreachable': 'error.network',
  'session.invalid_credentials': 'apiError.invalidCredentials',
  'session.rate_limited': 'apiError.rateLimited',
  'auth.forbidden': 'apiError.forbidden',
  'setup.invalid_token': 'apiError.setupToken',
  'setup.done': 'apiError.setupDone',
  'pairing.invalid_code': 'apiError.pairingCode',
  'pairing.not_interviewer': 'apiError.pairingRole',
  'user.email_taken': 'apiError.emailTaken',
  'user.last_lead': 'apiError.lastLead',
  'device.not_found': 'apiError.deviceNotFound',
  'study.not_found': 'apiError.studyNotFound',
  'study.unknown_topiclist': 'apiError.unknownTopicList',
  'study.member_not_eligible': 'apiError.memberNotEligible',
  'study.member_in_pair': 'apiError.memberInPair',
  'respondent.code_not_allowed': 'apiError.codeNotAllowed',
  'interview.not_found': 'apiError.interviewNotFound',
  'interview.locked': 'apiError.interviewLocked',
  'interview.consent_required': 'apiError.consentRequired',
  'interview.consent_refused': 'apiError.consentRefused',
  'interview.invalid_transition': 'apiError.invalidTransition',
  'interview.comment_required': 'apiError.commentRequired',
  'interview.interviewers_not_eligible': 'apiError.interviewersNotEligible',
  'interview.unknown_respondent': 'apiError.unknownRespondent',
  'interview.unsynced': 'apiError.unsynced',
  'interview.conflicts_open': 'apiError.conflictsOpen',
  'conflict.duplicate': 'apiError.duplicate',
  'request.invalid_body': 'apiError.invalidBody',
};

/** One sentence for a failed action. */
export function describeError(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  const key = BY_CODE[error.code];
  if (key) return t(key);
  return error.status >= 500 ? t('apiError.server') : t('error.unexpected');
}

export const errorCode = (error: unknown): string | undefined => (error instanceof ApiError ? error.code : undefined);
