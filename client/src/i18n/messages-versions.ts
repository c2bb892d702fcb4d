// Part of the one message catalogue (see messages.ts): comparing topic list versions and moving a study to a newer version.
import type { Entry } from './entry.ts';

export const versionMessages = {
} satisfies Record<string, Entry>;
