import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'log'>): Logger {
  if (config.log.format === 'pretty') {
    return pino({
      level: config.log.level,
      transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } },
    });
  }
  // Synchronous writes: lines keep their order and none is lost when start-up fails and the process exits.
  return pino({ level: config.log.level }, pino.destination({ dest: 1, sync: true }));
}
