import { Injectable } from '@nestjs/common';

/**
 * Whether this process is still taking work. On SIGTERM the api stops being healthy at once
 * (GET /health answers 503, so a load balancer sends no more) while it finishes what it accepted.
 */
@Injectable()
export class ServingState {
  draining = false;
}
