import { z } from 'zod';

/** Site and device ids as they appear in topic levels (device contract v1). */
export const TOPIC_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export const topicIdSchema = z.string().regex(TOPIC_ID_PATTERN, 'must be 1-64 characters of A-Z a-z 0-9 . _ -');

export const MAX_EVENT_ID_LENGTH = 128;
