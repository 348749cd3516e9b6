import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/**
 * The process's logger. Commands whose output goes to stdout (an export piped into a file) log to
 * stderr instead, so that the two never mix.
 */
export function createLogger(config: Pick<Config, 'log'>, options: { stream?: 'stdout' | 'stderr' } = {}): Logger {
  const destination = options.stream === 'stderr' ? 2 : 1;
  if (config.log.format === 'pretty') {
    return pino({
      level: config.log.level,
      transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname', destination } },
    });
  }
  // Synchronous writes: lines keep their order and none is lost when start-up fails and the process exits.
  return pino({ level: config.log.level }, pino.destination({ dest: destination, sync: true }));
}
