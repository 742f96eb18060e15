import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { ServerMetrics } from './server-metrics.js';

/** GET /metrics for the host's express app: served beside the APIs, never inside one, and not counted itself. */
export function metricsEndpoint(metrics: ServerMetrics, logger: Logger) {
  return (_req: Request, res: Response): void => {
    metrics.render().then(
      ({ contentType, body }) => void res.set('Content-Type', contentType).set('Cache-Control', 'no-store').send(body),
      (err: unknown) => {
        logger.error({ err }, 'metrics collection failed');
        res.status(500).type('text/plain').send('metrics collection failed\n');
      },
    );
  };
}
