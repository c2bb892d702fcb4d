import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { PreviewSession } from '../designer/preview-session.ts';
import { languageName } from '../i18n/format.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AnswerChangeEvent, NoteChangeEvent } from './ld-answer-card.ts';
import type { TopicSelectEvent } from './ld-topic-nav.ts';
import './ld-interview-runner.ts';
import '../i18n/messages-drafts.ts';

const SIZES = ['landscape', 'portrait', 'phone'] as const;
type Size = (typeof SIZES)[number];

/**
 * A draft as the tablets will show it: the interview runner itself, on a session kept in
 * memory, in a frame of a tablet's width, in either language. Nothing answered is stored.
 */
@customElement('ld-designer-preview')
export class LdDesignerPreview extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--ld-space-3) var(--ld-space-4);
        margin-bottom: var(--ld-space-4);
      }
      .controls .field {
        min-width: 12rem;
      }
      /* The width is the screen's; the border is the tablet around it. */
      .frame {
        box-sizing: content-box;
        max-width: calc(100% - 20px);
        overflow: auto;
        border: 10px solid var(--ld-text);
        border-radius: 1.25rem;
        background: var(--ld-bg, var(--ld-surface));
      }
      /* Widths in the style sheet: the page's Content-Security-Policy refuses inline styles. */
      .frame[data-size='landscape'] {
        width: 1024px;
      }
      .frame[data-size='portrait'] {
        width: 768px;
      }
      .frame[data-size='phone'] {
        width: 390px;
      }
      .frame > ld-interview-runner {
        display: block;
        padding: 0 var(--ld-space-3) var(--ld-space-4);
      }
      .intro {
        margin: 0 0 var(--ld-space-3);
        color: var(--ld-text-muted);
      }
    `,
  ];

  /** The list to show: the draft when it has no problems, else its last version without. */
  @property({ attribute: false }) topicList?: TopicList;
  @state() private language = '';
  @state() private size: Size = 'landscape';
  @state() private topicId = '';
  @state() private version = 0;

  private readonly i18n = new LocaleController(this);
  private session?: PreviewSession;
  private readonly changed = () => this.version++;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topicList') && this.topicList) {
      this.session?.removeEventListener('answers', this.changed);
      this.session = new PreviewSession(this.topicList, this.i18n.t('preview.respondent'));
      this.session.addEventListener('answers', this.changed);
      const topics = this.topicList.levels.flatMap((l) => l.topics.map((t) => t.id));
      if (!topics.includes(this.topicId)) this.topicId = topics[0] ?? '';
      if (!this.topicList.languages.includes(this.language)) this.language = '';
    }
  }

  override render() {
    const { t, locale } = this.i18n;
    const list = this.topicList;
    if (!list || !this.session) return nothing;
    return html`<p class="intro">${t('preview.intro')}</p>
      <div class="controls">
        <div class="field">
          <label for="preview-language">${t('preview.language')}</label>
          <select id="preview-language" @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}>
            ${list.languages.map((l) => html`<option value=${l} ?selected=${(this.language || list.languages[0]) === l}>${languageName(locale, l)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="preview-size">${t('preview.size')}</label>
          <select id="preview-size" @change=${(e: Event) => (this.size = (e.target as HTMLSelectElement).value as Size)}>
            ${SIZES.map((s) => html`<option value=${s} ?selected=${this.size === s}>${t(`preview.${s}`)}</option>`)}
          </select>
        </div>
        <button class="button quiet" type="button" @click=${() => this.session?.clear()}>${t('preview.reset')}</button>
      </div>
      <div class="frame" data-size=${this.size}>
        <ld-interview-runner
          .session=${this.session}
          .version=${this.version}
          topic-id=${this.topicId}
          content-language=${this.language || list.languages[0] || ''}
          @ld-topic-select=${(e: TopicSelectEvent) => (this.topicId = e.topicId)}
          @ld-answer-change=${(e: AnswerChangeEvent) => void this.session?.setAnswer(e.itemId, e.value)}
          @ld-note-change=${(e: NoteChangeEvent) => void this.session?.setNote(e.itemId, e.note)}
          @ld-complete=${(e: Event) => e.stopPropagation()}
        ></ld-interview-runner>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-designer-preview': LdDesignerPreview;
  }
}
