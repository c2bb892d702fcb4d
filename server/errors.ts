// The one error vocabulary. Every error a client can see has a stable dotted code, an HTTP
// status, and a human sentence; any layer throws these and one handler maps them to HTTP.

export interface ErrorIssue {
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] };
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues?.length ? { issues: this.issues } : {}) } };
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

  conflict: (code: string, message: string) => new AppError(409, code, message),
  databaseUnavailable: () => new AppError(503, 'database.unavailable', 'The database cannot be reached; try again shortly.'),
  internal: () => new AppError(500, 'internal', 'Something went wrong on the server; the problem has been logged.'),
};
