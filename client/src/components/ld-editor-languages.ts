import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems, fieldProblems } from '../designer/fields.ts';
import { type EditorIssue, issuesUnder } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';

/** The list's languages: the first is the default; add, remove, reorder. */
@customElement('ld-editor-languages')
export class LdEditorLanguages extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .language {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2);
        padding: var(--ld-space-1) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
      }
      .language .title {
        flex: 1 1 10rem;
      }
      .tools {
        display: flex;
        gap: var(--ld-space-1);
      }
      .tools .button {
        padding: var(--ld-space-1) var(--ld-space-2);
        border-color: var(--ld-border);
        color: var(--ld-text);
      }
      .tools .button[aria-disabled='true'] {
        opacity: 0.45;
        cursor: default;
      }
      .add-language {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--ld-space-2);
      }
      .add-language .field {
        flex: 0 1 14rem;
      }
    `,
  ];

  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  @state() private error = '';

  private readonly i18n = new LocaleController(this);

  private nameOf(code: string): string {
    try {
      return new Intl.DisplayNames([this.i18n.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  override render() {
    const { t } = this.i18n;
    const n = this.languages.length;
    return html`<div class="body" role="group" aria-labelledby="languages-title">
      <h3 class="title" id="languages-title">${t('designer.languages')}</h3>
      <p class="hint">${t('designer.languagesHint')}</p>
      ${cardProblems('languages-problems', issuesUnder(this.issues, 'languages').filter((i) => i.path === 'languages'))}
      <ol class="list">
        ${this.languages.map((code, i) => {
          const path = `languages[${i}]`;
          const name = this.nameOf(code);
          return html`<li class="language">
            <span class="title" tabindex="-1" data-focus=${focusKey(path, 'title')}>
              <code>${code}</code> <span>${name !== code ? name : ''}</span>
              ${i === 0 ? html`<span class="badge count">${t('designer.defaultLanguageBadge')}</span>` : nothing}
            </span>
            ${this.readonly
              ? nothing
              : html`<span class="tools">
                  ${this.tool(path, 'up', '↑', t('designer.languageUp', code), i === 0, () => this.move(i, i - 1))}
                  ${this.tool(path, 'down', '↓', t('designer.languageDown', code), i === n - 1, () => this.move(i, i + 1))}
                  ${this.tool(path, 'remove', '✕', t('designer.languageRemove', code), n < 2, () => this.removeLanguage(code, i))}
                </span>`}
            ${cardProblems(`language-${i}-problems`, issuesUnder(this.issues, path))}
          </li>`;
        })}
      </ol>
      ${this.readonly
        ? nothing
        : html`<form class="add-language" novalidate @submit=${this.add}>
            <div class="field">
              <label for="new-language">${t('designer.languageAdd')}</label>
              <p class="hint" id="new-language-hint">${t('designer.languageCodeHint')}</p>
              <input
                id="new-language"
                class="id"
                autocomplete="off"
                spellcheck="false"
                autocapitalize="off"
                data-focus=${focusKey('languages', 'new')}
                aria-invalid=${this.error ? 'true' : 'false'}
                aria-describedby=${`new-language-hint${this.error ? ' new-language-error' : ''}`}
                @input=${() => (this.error = '')}
              />
              ${fieldProblems('new-language', this.error ? [{ path: 'languages', message: this.error }] : [])}
            </div>
            <button class="button" type="submit"><span aria-hidden="true">+</span> ${t('designer.languageAddButton')}</button>
          </form>`}
    </div>`;
  }

  private tool(path: string, control: string, icon: string, label: string, disabled: boolean, run: () => void) {
    return html`<button type="button" class="button" title=${label} aria-disabled=${String(disabled)} data-focus=${focusKey(path, control)} @click=${() => !disabled && run()}>
      <span aria-hidden="true">${icon}</span><span class="visually-hidden">${label}</span>
    </button>`;
  }

  private add(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-language')!;
    const code = input.value.trim();
    if (!ops.LANGUAGE_CODE.test(code)) this.error = t('designer.languageInvalid');
    else if (this.languages.includes(code)) this.error = t('designer.languageTaken', code);
    if (this.error) return input.focus();
    input.value = '';
    this.dispatchEvent(new EditEvent((doc) => ops.addLanguage(doc, code), { announce: t('designer.languageAdded', code), focus: focusKey('languages', 'new') }));
  }

  private move(from: number, to: number) {
    const { t } = this.i18n;
    const code = this.languages[from] ?? '';
    const control = to < from ? 'up' : 'down';
    const announce = to === 0 ? t('designer.languageDefault', code) : t('designer.moved', code, to + 1, this.languages.length);
    this.dispatchEvent(new EditEvent((doc) => ops.moveLanguage(doc, from, to), { announce, focus: focusKey(`languages[${to}]`, control) }));
  }

  private removeLanguage(code: string, index: number) {
    const { t } = this.i18n;
    this.dispatchEvent(
      new EditEvent((doc) => ops.removeLanguage(doc, code), {
        confirm: (doc) => {
          const texts = ops.countTexts(doc, code);
          return texts ? { heading: t('designer.languageRemoveHeading', code), message: t('designer.languageRemoveMessage', texts), confirmLabel: t('designer.removeConfirm') } : undefined;
        },
        announce: t('designer.removed', code),
        focus: focusKey(`languages[${Math.max(0, index - 1)}]`, 'title'),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-languages': LdEditorLanguages;
  }
}
