import type { IngestCounters } from '../../../shared/domain/health.js';

export function zeroCounters(): IngestCounters {
  return { received: 0, stored: 0, duplicates: 0, quarantined: 0, ignored: 0 };
}
