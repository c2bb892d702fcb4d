import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Dimension, Scale, Topic } from '../../../server/contract/topiclist.ts';
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
import './ld-editor-item.ts';
import './ld-editor-label.ts';
import type { RowActionEvent } from './ld-editor-row-actions.ts';
import './ld-editor-row-actions.ts';

/** One topic of a level in the designer: id, name, description and its items, foldable. */
@customElement('ld-editor-topic')
export class LdEditorTopic extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .card {
        background: var(--ld-bg);
      }
    `,
  ];

  @property({ attribute: false }) topic?: Topic;
  @property({ type: Number }) level = 0;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ attribute: 'level-id' }) levelId = '';
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) scales?: Record<string, Scale>;
  @property({ attribute: false }) dimensions?: Dimension[];
  @property({ attribute: false }) targets: TopicTarget[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ attribute: false }) collapsed: ReadonlySet<string> = new Set();
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);
  private readonly reorder = new ReorderController(this, (_group, from, to, control) => {
    const ref = this.itemRef(from);
    this.dispatchEvent(moveEvent(ref, to, control ?? 'title', this.i18n.t('designer.moved', this.itemName(from), to + 1, this.items.length)));
  });

  private get ref(): ops.RefOf<'topic'> {
    return { kind: 'topic', level: this.level, topic: this.index };
  }

  private get items() {
    return ops.list(this.topic?.items);
  }

  private itemRef(item: number): ops.RefOf<'item'> {
    return { kind: 'item', level: this.level, topic: this.index, item };
  }

  private text(label: unknown) {
    const lang = this.languages[0] ?? '';
    return labelText(label as never, lang, lang);
  }

  private itemName(index: number) {
    return this.i18n.t('designer.name.item', index + 1, this.text(this.items[index]?.prompt));
  }

  private get displayName() {
    return this.i18n.t('designer.name.topic', this.index + 1, this.text(this.topic?.label));
  }

  override render() {
    const topic = this.topic;
    if (!topic) return nothing;
    const { t } = this.i18n;
    const path = ops.pathOf(this.ref);
    const expanded = !this.collapsed.has(collapseKey(this.levelId, topic.id));
    const count = issuesUnder(this.issues, path).length;
    const name = this.text(topic.label);
    return html`<div class="card" role="group" aria-labelledby="title">
      <div class="head">
        <h4 class="title" id="title">
          <button
            class="toggle"
            type="button"
            aria-expanded=${String(expanded)}
            aria-controls=${expanded ? 'body' : nothing}
            data-focus=${focusKey(path, 'title')}
            @click=${() => this.dispatchEvent(new CollapseEvent(collapseKey(this.levelId, topic.id), expanded))}
          >
            <span class="chevron" aria-hidden="true">▾</span>
            <span><span class="kind">${t('designer.topic', this.index + 1)}</span> <span lang=${this.languages[0] ?? nothing}>${name || t('designer.untitled')}</span></span>
          </button>
        </h4>
        <span class="badge count">${t('designer.itemCount', this.items.length)}</span>
        ${count ? html`<span class="badge problems">${t('designer.problems', count)}</span>` : nothing}
        ${this.readonly
          ? nothing
          : html`<ld-editor-row-actions name=${this.displayName} .index=${this.index} .count=${this.count} path=${path} duplicate @ld-row-action=${this.onAction}></ld-editor-row-actions>`}
      </div>
      ${expanded ? this.renderBody(topic, path) : nothing}
    </div>`;
  }

  private renderBody(topic: Topic, path: string) {
    const { t } = this.i18n;
    const ref = this.ref;
    const at = (field: string) => ops.pathOf(ref, field);
    const left = issuesLeft(this.issues, path, [at('id'), at('label'), at('description'), ...this.items.map((_, i) => ops.pathOf(this.itemRef(i)))]);
    return html`<div class="body" id="body">
      ${cardProblems('card-problems', left)}
      ${namedFields({ ref, node: topic, languages: this.languages, issues: this.issues, readonly: this.readonly, t, host: this })}
      ${this.items.length
        ? html`<ol class="list" aria-label=${t('designer.itemsOf', this.displayName)}>
            ${this.items.map(
              (item, i) => html`<li>
                <ld-editor-item
                  data-reorder="items"
                  data-index=${i}
                  data-reorder-name=${this.itemName(i)}
                  .item=${item}
                  .level=${this.level}
                  .topic=${this.index}
                  .index=${i}
                  .count=${this.items.length}
                  .languages=${this.languages}
                  .scales=${this.scales}
                  .dimensions=${this.dimensions}
                  .targets=${this.targets}
                  .issues=${this.issues}
                  ?readonly=${this.readonly}
                ></ld-editor-item>
              </li>`,
            )}
          </ol>`
        : html`<p class="empty">${t('designer.noItems')}</p>`}
      ${this.readonly
        ? nothing
        : html`<button class="button add" type="button" data-focus=${focusKey(path, 'add-item')} @click=${this.addItem}><span aria-hidden="true">+</span> ${t('designer.addItem')}</button>`}
    </div>`;
  }

  private addItem() {
    const ref = this.itemRef(this.items.length);
    this.dispatchEvent(
      new EditEvent((doc) => ops.addItem(doc, this.level, this.index).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'prompt'), 'input'),
        announce: this.i18n.t('designer.added', this.i18n.t('designer.item', this.items.length + 1)),
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
        const focus =
          this.count > 1 ? focusKey(ops.pathOf(ops.withIndex(ref, Math.min(this.index, this.count - 2))), 'title') : focusKey(ops.pathOf({ kind: 'level', level: this.level }), 'add-topic');
        const items = this.items.length;
        this.dispatchEvent(
          new EditEvent((doc) => ops.removeAt(doc, ref), {
            confirm: (doc) =>
              ops.hasContent(doc, ref) ? { heading: t('designer.removeHeading', name), message: t('designer.removeTopic', items), confirmLabel: t('designer.removeConfirm') } : undefined,
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
    'ld-editor-topic': LdEditorTopic;
  }
}
