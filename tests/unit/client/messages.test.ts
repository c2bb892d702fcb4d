import { describe, expect, it } from 'vitest';
import { LOCALES, translate } from '../../../client/src/i18n/locale.ts';
import { messages, type MessageKey } from '../../../client/src/i18n/messages.ts';
import { adminMessages } from '../../../client/src/i18n/messages-admin.ts';
import { designerMessages } from '../../../client/src/i18n/messages-designer.ts';
import { draftMessages } from '../../../client/src/i18n/messages-drafts.ts';
import { versionMessages } from '../../../client/src/i18n/messages-versions.ts';

const catalogue = { ...messages, ...adminMessages, ...designerMessages, ...draftMessages, ...versionMessages };

describe('client message catalogue', () => {
  it('has a non-empty text in every locale for every message', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      for (const locale of LOCALES) {
        const text = entry[locale];
        expect(typeof text === 'function' || (typeof text === 'string' && text.trim() !== ''), `${key} (${locale})`).toBe(true);
        expect(typeof text, `${key}: both locales take the same kind of value`).toBe(typeof entry.nl);
      }
    }
  });

  it('has each key in one part only', () => {
    const parts = [messages, adminMessages, designerMessages, draftMessages, versionMessages].map((p) => Object.keys(p));
    expect(parts.flat().length).toBe(new Set(parts.flat()).size);
  });

  it('fills parameters and counts', () => {
    expect(translate('nl', 'topiclists.counts', 3, 57)).toBe('3 niveaus · 57 vragen');
    expect(translate('en', 'topiclists.counts', 1, 1)).toBe('1 level · 1 question');
    expect(translate('nl', 'level.step', 2, 3)).toBe('Niveau 2 van 3');
  });

  it('names the item types of the contract', () => {
    const types = ['open', 'scale', 'choice', 'multi', 'number', 'boolean', 'date'] as const;
    for (const type of types) expect(translate('en', `item.type.${type}` as MessageKey)).not.toBe('');
  });
});
