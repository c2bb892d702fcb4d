import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Dimension, Level, Scale } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { CollapseEvent, collapseKey, EditEvent, focusKey, moveEvent } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems } from '../designer/fields.ts';
import { namedFields } from '../designer/named-fields.ts';
import { type EditorIssue, issuesLeft, issuesUnder } from '../designer/issues.ts';
import { ReorderController } from '../designer/reorder-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { TopicTarget } from './ld-editor-item.ts';
import './ld-editor-label.ts';
import type { RowActionEvent } from './ld-editor-row-actions.ts';
import './ld-editor-row-actions.ts';
import './ld-editor-topic.ts';

/** One level of the list in the designer: id, name, description and its topics, foldable. */
@customElement('ld-editor-level')
export class LdEditorLevel extends LitElement {
  static override styles = [sharedStyles, formStyles, editorStyles];

  @property({ attribute: false }) level?: Level;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) scales?: Record<string, Scale>;
  @property({ attribute: false }) dimensions?: Dimension[];
  @property({ attribute: false }) targets: TopicTarget[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ attribute: false }) collapsed: ReadonlySet<string> = new Set();
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);
  private readonly reorder = new ReorderController(this, (_group, from, to, control) => {
    const ref = this.topicRef(from);
    this.dispatchEvent(moveEvent(ref, to, control ?? 'title', this.i18n.t('designer.moved', this.topicName(from), to + 1, this.topics.length)));
  });

  private get ref(): ops.RefOf<'level'> {
    return { kind: 'level', level: this.index };
  }

  private get topics() {
    return ops.list(this.level?.topics);
  }

  private topicRef(topic: number): ops.RefOf<'topic'> {
    return { kind: 'topic', level: this.index, topic };
  }

  private text(label: unknown) {
    const lang = this.languages[0] ?? '';
    return labelText(label as never, lang, lang);
  }

  private topicName(index: number) {
    return this.i18n.t('designer.name.topic', index + 1, this.text(this.topics[index]?.label));
  }

  private get displayName() {
    return this.i18n.t('designer.name.level', this.index + 1, this.text(this.level?.label));
  }

  override render() {
    const level = this.level;
    if (!level) return nothing;
    const { t } = this.i18n;
    const path = ops.pathOf(this.ref);
    const expanded = !this.collapsed.has(collapseKey(level.id));
    const count = issuesUnder(this.issues, path).length;
    const items = this.topics.reduce((n, topic) => n + ops.list(topic?.items).length, 0);
    return html`<section class="card" aria-labelledby="title">
      <div class="head">
        <h3 class="title" id="title">
          <button
            class="toggle"
            type="button"
            aria-expanded=${String(expanded)}
            aria-controls=${expanded ? 'body' : nothing}
            data-focus=${focusKey(path, 'title')}
            @click=${() => this.dispatchEvent(new CollapseEvent(collapseKey(level.id), expanded))}
          >
            <span class="chevron" aria-hidden="true">▾</span>
            <span><span class="kind">${t('designer.level', this.index + 1)}</span> <span lang=${this.languages[0] ?? nothing}>${this.text(level.label) || t('designer.untitled')}</span></span>
          </button>
        </h3>
        <span class="badge count">${t('designer.topicCount', this.topics.length)} · ${t('designer.itemCount', items)}</span>
        ${count ? html`<span class="badge problems">${t('designer.problems', count)}</span>` : nothing}
        ${this.readonly
          ? nothing
          : html`<ld-editor-row-actions name=${this.displayName} .index=${this.index} .count=${this.count} path=${path} duplicate @ld-row-action=${this.onAction}></ld-editor-row-actions>`}
      </div>
      ${expanded ? this.renderBody(level, path) : nothing}
    </section>`;
  }

  private renderBody(level: Level, path: string) {
    const { t } = this.i18n;
    const ref = this.ref;
    const at = (field: string) => ops.pathOf(ref, field);
    const left = issuesLeft(this.issues, path, [at('id'), at('label'), at('description'), ...this.topics.map((_, i) => ops.pathOf(this.topicRef(i)))]);
    return html`<div class="body" id="body">
      ${cardProblems('card-problems', left)}
      ${namedFields({ ref, node: level, languages: this.languages, issues: this.issues, readonly: this.readonly, t, host: this })}
      ${this.topics.length
        ? html`<ol class="list" aria-label=${t('designer.topicsOf', this.displayName)}>
            ${this.topics.map(
              (topic, i) => html`<li>
                <ld-editor-topic
                  data-reorder="topics"
                  data-index=${i}
                  data-reorder-name=${this.topicName(i)}
                  .topic=${topic}
                  .level=${this.index}
                  .index=${i}
                  .count=${this.topics.length}
                  level-id=${level.id ?? ''}
                  .languages=${this.languages}
                  .scales=${this.scales}
                  .dimensions=${this.dimensions}
                  .targets=${this.targets}
                  .issues=${this.issues}
                  .collapsed=${this.collapsed}
                  ?readonly=${this.readonly}
                ></ld-editor-topic>
              </li>`,
            )}
          </ol>`
        : html`<p class="empty">${t('designer.noTopics')}</p>`}
      ${this.readonly
        ? nothing
        : html`<button class="button add" type="button" data-focus=${focusKey(path, 'add-topic')} @click=${this.addTopic}><span aria-hidden="true">+</span> ${t('designer.addTopic')}</button>`}
    </div>`;
  }

  private addTopic() {
    const ref = this.topicRef(this.topics.length);
    this.dispatchEvent(
      new EditEvent((doc) => ops.addTopic(doc, this.index).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'label'), 'input'),
        announce: this.i18n.t('designer.added', this.i18n.t('designer.topic', this.topics.length + 1)),
      }),
    );
  }

  private onAction(event: RowActionEvent) {
    const { t } = this.i18n;
    const ref = this.ref;
    const name = this.displayName;
    switch (event.action) {
      case 'up':
      case 'down': {
        const to = this.index + (event.action === 'up' ? -1 : 1);
        this.dispatchEvent(moveEvent(ref, to, event.action, t('designer.moved', name, to + 1, this.count)));
        return;
      }
      case 'duplicate': {
        const copy = ops.withIndex(ref, this.index + 1);
        this.dispatchEvent(
          new EditEvent((doc) => ops.duplicateAt(doc, ref).doc, { created: [copy], focus: focusKey(ops.pathOf(copy), 'title'), announce: t('designer.duplicated', name) }),
        );
        return;
      }
      case 'remove': {
        const focus = this.count > 1 ? focusKey(ops.pathOf(ops.withIndex(ref, Math.min(this.index, this.count - 2))), 'title') : focusKey('levels', 'add-level');
        const topics = this.topics.length;
        this.dispatchEvent(
          new EditEvent((doc) => ops.removeAt(doc, ref), {
            confirm: (doc) =>
              ops.hasContent(doc, ref) ? { heading: t('designer.removeHeading', name), message: t('designer.removeLevel', topics), confirmLabel: t('designer.removeConfirm') } : undefined,
            focus,
            announce: t('designer.removed', name),
          }),
        );
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-level': LdEditorLevel;
  }
}
