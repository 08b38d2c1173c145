import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors';

/**
 * The platform's typed errors on plain HTTP routes: the status that matches the code, and the same
 * code and message a GraphQL client would get (the guard's refusals included).
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const statusCode = error.httpStatus;
    const { field, params } = error.extensions;
    void reply
      .status(statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ statusCode, code: error.code, reason: error.reason, params, message: error.message, ...(field ? { field } : {}) });
  }
}
