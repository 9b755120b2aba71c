import type { CallDirection, CallTopic } from '@shared/domain/call-log';
import type { StringKey } from '@shared/i18n';

export const directionLabel: Record<CallDirection, StringKey> = {
  in: 'call.direction.in',
  out: 'call.direction.out',
};

export const topicLabel: Record<CallTopic, StringKey> = {
  consult: 'call.topic.consult',
  repair: 'call.topic.repair',
  complaint: 'call.topic.complaint',
  followup: 'call.topic.followup',
  logistics: 'call.topic.logistics',
  other: 'call.topic.other',
};
