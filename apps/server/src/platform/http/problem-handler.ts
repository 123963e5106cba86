import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from '../errors.js';
import { fieldMessage, translate, type MessageKey } from '../i18n.js';

const PROBLEM_TYPE_BASE = 'urn:samenplan:problem:';

const customCodes = new Set<string>(['required', 'invalid', 'taken', 'invalidFormat', 'tooShort', 'tooLong']);

export function fieldCode(keyword: string, message: string): FieldProblem['code'] {
  if (keyword === 'custom' && customCodes.has(message)) return message as FieldProblem['code'];
  if (keyword === 'invalid_type' && /received undefined/.test(message)) return 'required';
  if (keyword === 'too_small') return 'tooShort';
  if (keyword === 'too_big') return 'tooLong';
  if (keyword === 'invalid_format') return 'invalidFormat';
  if (keyword === 'unrecognized_keys') return 'unknown';
  return 'invalid';
}

function fieldsOf(error: FastifyError & { validation: { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }[] }): FieldProblem[] {
  return error.validation.flatMap((issue) => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const code = fieldCode(issue.keyword, issue.message ?? '');
    if (code === 'unknown' && Array.isArray(issue.params.keys)) {
      return (issue.params.keys as string[]).map((key) => ({ field: base ? `${base}.${key}` : key, code }));
    }
    return [{ field: base || (error.validationContext ?? 'body'), code }];
  });
}

/** The error as the client may see it; everything else about it stays in the server. */
function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return new AppError('validation', { fields: fieldsOf(error as never) });
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payloadTooLarge');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupportedMediaType');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('validation', { fields: [{ field: 'body', code: 'invalid' }] });
  }
  if (error.statusCode === 400) return new AppError('validation', { fields: [{ field: 'body', code: 'invalid' }] });
  if (error.statusCode === 404) return new AppError('notFound');
  if (error.statusCode === 429) return new AppError('tooManyRequests');
  return new AppError('internal');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: AppError) {
  const language = request.ctx.language;
  if (problem.extras.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.extras.retryAfterSeconds));
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `${PROBLEM_TYPE_BASE}${problem.kind}`,
      title: translate(language, problem.titleKey),
      status: problem.status,
      detail: translate(language, `${problem.titleKey}.detail` as MessageKey),
      instance: request.ctx.requestId,
      ...(problem.extras.fields && {
        errors: problem.extras.fields.map((field) => ({
          ...field,
          message: fieldMessage(language, field.field, field.code, field.params),
        })),
      }),
      ...(problem.extras.current !== undefined && { current: problem.extras.current }),
    });
}

/**
 * The one error handler. Logs what went wrong without the message of database errors (it may echo parameters, and
 * parameters may hold personal data), then answers with problem+json and never a stack trace.
 */
export function registerProblemHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toAppError(error);
    if (problem.status >= 500) {
      const cause = error.cause as { code?: string; routine?: string } | undefined;
      request.log.error({ err: { type: error.name, code: error.code ?? cause?.code, routine: cause?.routine } }, 'request failed');
    }
    return sendProblem(request, reply, problem);
  });
}
