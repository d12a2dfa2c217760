import type { FastifyBaseLogger, FastifyError, FastifyInstance } from 'fastify';
import { IncompleteCaseError } from '../cases/patient-case.js';
import { HttpError } from '../http/errors.js';
import { problemsFromAjv } from '../http/validation.js';
import { FAULT_TEXT, storageFaultOf } from '../store/storage-fault.js';
import { OutageLog } from './outage-log.js';

/** Fastify's own client errors whose messages are safe and useful to show. */
const FASTIFY_CLIENT_ERRORS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported content type: send application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the JSON body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content length does not match the body',
};

/**
 * Turns every error into a small JSON answer: 400 with one problem per bad field, the status and message of
 * errors raised on purpose, 503 with a plain reason when the database is unreachable, full or damaged, and a
 * bare 500 for anything else. Stack traces and database errors are logged,
 * never sent.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  log: FastifyBaseLogger,
  outages: OutageLog = new OutageLog(log, () => Date.now()),
): void {
  app.setErrorHandler<FastifyError | HttpError | IncompleteCaseError>((error, request, reply) => {
    if (error instanceof IncompleteCaseError) return reply.code(409).send({ error: error.message });
    if (error instanceof HttpError) {
      const body =
        error.problems === undefined
          ? { error: error.message }
          : { error: error.message, problems: error.problems };
      return reply.code(error.statusCode).send(body);
    }
    if (error.validation !== undefined) {
      const whole = `(${error.validationContext ?? 'request'})`;
      return reply
        .code(400)
        .send({ error: 'invalid request', problems: problemsFromAjv(error.validation, whole) });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500 && typeof error.code === 'string' && error.code.startsWith('FST_')) {
      return reply.code(status).send({ error: FASTIFY_CLIENT_ERRORS[error.code] ?? 'bad request' });
    }
    // The database is down, full or unreadable: an outage, answered 503 with a plain reason (ADR 111).
    const fault = storageFaultOf(error);
    if (fault !== undefined) {
      outages.refused(fault, error);
      return reply.code(503).header('retry-after', '5').send({ error: FAULT_TEXT[fault].answer });
    }
    log.error(
      { err: error, reqId: request.id, req: { method: request.method, url: request.url } },
      'request failed',
    );
    return reply.code(500).send({ error: 'internal server error' });
  });
}
