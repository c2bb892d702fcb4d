// Part of the one message catalogue (see messages.ts): the topic list designer: drafts, editing, validation, preview, publishing.
import type { Entry } from './entry.ts';

export const designerMessages = {
} satisfies Record<string, Entry>;
