import type { QueueStatus } from '@xinglin/contracts';

export const REFRESH_MS = 15_000;

/** The status line's key: waiting statuses have their own text, everything after the visit shares one. */
export function statusKey(status: QueueStatus['status']) {
  switch (status) {
    case 'held':
    case 'confirmed':
    case 'checked_in':
    case 'called':
    case 'completed':
    case 'no_show':
      return `queue.status.${status}` as const;
    case 'cancelled':
    case 'expired':
    case 'stopped':
    case 'transferred':
      return 'queue.status.ended' as const;
  }
}

/** Only a live queue is worth polling; a finished visit is not going to change. */
export const isLive = (status: QueueStatus['status']) => status === 'confirmed' || status === 'checked_in' || status === 'called';
