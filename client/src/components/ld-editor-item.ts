import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Dimension, Item, ItemType, Scale, TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, type EditOptions, focusKey, moveEvent } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems, numberField, selectField, textField } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft, issuesUnder } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LabelInputEvent } from './ld-editor-label.ts';
import './ld-editor-label.ts';
import './ld-editor-options.ts';
import './ld-editor-probes.ts';
import type { RowActionEvent } from './ld-editor-row-actions.ts';
import './ld-editor-row-actions.ts';

/** A topic an item can move to, named "Level › Topic". */
export interface TopicTarget {
  level: number;
  topic: number;
  name: string;
}

/** One item of a topic in the designer: its fields by type, its place, its problems. */
@customElement('ld-editor-item')
export class LdEditorItem extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .card {
        border-left: 5px solid var(--ld-accent-soft);
      }
    `,
  ];

  @property({ attribute: false }) item?: Item;
  @property({ type: Number }) level = 0;
  @property({ type: Number }) topic = 0;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) scales?: Record<string, Scale>;
  @property({ attribute: false }) dimensions?: Dimension[];
  @property({ attribute: false }) targets: TopicTarget[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);

  private get ref(): ops.RefOf<'item'> {
    return { kind: 'item', level: this.level, topic: this.topic, item: this.index };
  }

  /** "vraag 2, ‘Hoe tevreden?’", for button names and announcements. */
  get displayName(): string {
    const text = labelText(this.item?.prompt, this.languages[0] ?? '', this.languages[0] ?? '');
    return this.i18n.t('designer.name.item', this.index + 1, text);
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const { t } = this.i18n;
    const ref = this.ref;
    const path = ops.pathOf(ref);
    const at = (...field: ops.Path) => ops.pathOf(ref, ...field);
    const problems = (field: string) => issuesUnder(this.issues, at(field));
    const text = labelText(item.prompt, this.languages[0] ?? '', this.languages[0] ?? '');
    const shown = ['id', 'type', 'prompt', 'hint', 'probes', 'scale', 'dimension', 'options', 'min', 'max'].filter((f) => f !== 'options' || item.type === 'choice' || item.type === 'multi');
    const left = issuesLeft(this.issues, path, shown.map((f) => at(f)));
    const count = issuesUnder(this.issues, path).length;
    return html`<div class="card" role="group" aria-labelledby="title" aria-describedby=${left.length ? 'card-problems' : nothing}>
      <div class="head">
        <h5 class="title" id="title" tabindex="-1" data-focus=${focusKey(path, 'title')}>
          <span class="kind">${t('designer.item', this.index + 1)} · ${this.typeName(item.type)}</span>
          <span lang=${this.languages[0] ?? nothing}>${text || html`<span class="muted">${t('designer.untitled')}</span>`}</span>
        </h5>
        ${count ? html`<span class="badge problems">${t('designer.problems', count)}</span>` : nothing}
        ${this.readonly
          ? nothing
          : html`<ld-editor-row-actions name=${this.displayName} .index=${this.index} .count=${this.count} path=${path} duplicate @ld-row-action=${this.onAction}></ld-editor-row-actions>`}
      </div>
      ${cardProblems('card-problems', left)}
      <div class="fields">
        ${textField({
          id: 'id',
          label: t('designer.id'),
          hint: t('designer.idHint'),
          value: item.id ?? '',
          verbatim: true,
          readonly: this.readonly,
          problems: problems('id'),
          onInput: (id) => this.emit((doc) => ops.setField(doc, ref, 'id', id)),
        })}
        ${selectField({
          id: 'type',
          label: t('designer.type'),
          value: item.type,
          options: [...ops.ITEM_TYPES, ...(this.known(item.type) ? [] : [item.type])].map((type) => ({ value: type, label: this.typeName(type) })),
          readonly: this.readonly,
          problems: problems('type'),
          focus: focusKey(path, 'type'),
          onChange: (type) => this.retype(type as ItemType),
        })}
      </div>
      <ld-editor-label
        name=${t('designer.prompt')}
        path=${at('prompt')}
        multiline
        focus-key=${focusKey(at('prompt'), 'input')}
        .label=${item.prompt}
        .languages=${this.languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => this.emit((doc) => ops.setLabelAt(doc, ref, 'prompt', e.language, e.text), { follow: ref })}
      ></ld-editor-label>
      <ld-editor-label
        name=${t('item.hint')}
        path=${at('hint')}
        multiline
        optional
        .label=${item.hint}
        .languages=${this.languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => this.emit((doc) => ops.setLabelAt(doc, ref, 'hint', e.language, e.text, true))}
      ></ld-editor-label>
      ${this.renderByType(item)}
      <ld-editor-probes .probes=${ops.list(item.probes)} .ref=${ref} .languages=${this.languages} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-probes>
      ${this.renderMove()}
    </div>`;
  }

  private known(type: unknown): type is ItemType {
    return ops.ITEM_TYPES.includes(type as ItemType);
  }

  /** A draft may hold any type; only the format's have a name. */
  private typeName(type: unknown): string {
    return this.known(type) ? this.i18n.t(`item.type.${type}`) : this.i18n.t('designer.unknown', String(type));
  }

  private renderByType(item: Item) {
    const { t } = this.i18n;
    const ref = this.ref;
    const problems = (field: string) => issuesUnder(this.issues, ops.pathOf(ref, field));
    const lang = this.languages[0] ?? '';
    if (item.type === 'choice' || item.type === 'multi') {
      return html`<ld-editor-options .options=${ops.list(item.options)} .ref=${ref} .languages=${this.languages} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-options>`;
    }
    if (item.type === 'number') {
      return html`<div class="fields">
        ${(['min', 'max'] as const).map((bound) =>
          numberField({
            id: bound,
            label: t(bound === 'min' ? 'designer.numberMin' : 'designer.numberMax'),
            value: item[bound],
            readonly: this.readonly,
            problems: problems(bound),
            onInput: (value) => this.emit((doc) => ops.setField(doc, ref, bound, value)),
          }),
        )}
      </div>`;
    }
    if (item.type !== 'scale') return nothing;
    const scales = Object.entries(this.scales ?? {});
    const scaleOptions = scales.map(([id, s]) => ({ value: id, label: `${labelText(s.label, lang, lang) || id} (${s.min}–${s.max})` }));
    if (!item.scale || !this.scales?.[item.scale]) scaleOptions.unshift({ value: item.scale ?? '', label: item.scale ? t('designer.unknown', item.scale) : t('field.choose') });
    const dimensions = ops.list(this.dimensions);
    const dimensionOptions = [{ value: '', label: t('designer.noDimension') }, ...dimensions.map((d) => ({ value: d.id, label: labelText(d.label, lang, lang) || d.id }))];
    if (item.dimension && !dimensions.some((d) => d.id === item.dimension)) dimensionOptions.push({ value: item.dimension, label: t('designer.unknown', item.dimension) });
    return html`<div class="fields">
      ${selectField({
        id: 'scale',
        label: t('designer.scale'),
        value: item.scale ?? '',
        options: scaleOptions,
        readonly: this.readonly,
        problems: problems('scale'),
        onChange: (scale) => this.emit((doc) => ops.setField(doc, ref, 'scale', scale || undefined)),
      })}
      ${selectField({
        id: 'dimension',
        label: t('designer.dimension'),
        hint: t('designer.dimensionHint'),
        value: item.dimension ?? '',
        options: dimensionOptions,
        readonly: this.readonly,
        problems: problems('dimension'),
        onChange: (dimension) => this.emit((doc) => ops.setField(doc, ref, 'dimension', dimension || undefined)),
      })}
    </div>`;
  }

  private renderMove() {
    if (this.readonly || this.targets.length < 2) return nothing;
    const { t } = this.i18n;
    return html`<div class="fields">
      ${selectField({
        id: 'move-to',
        label: t('designer.moveToTopic'),
        value: `${this.level}:${this.topic}`,
        options: this.targets.map((target) => ({ value: `${target.level}:${target.topic}`, label: target.name })),
        focus: focusKey(ops.pathOf(this.ref), 'move-to'),
        onChange: (value) => this.moveTo(value),
      })}
    </div>`;
  }

  private emit(edit: (doc: TopicList) => TopicList, options?: EditOptions) {
    this.dispatchEvent(new EditEvent(edit, options));
  }

  private retype(type: ItemType) {
    const ref = this.ref;
    const fresh = (type === 'choice' || type === 'multi') && !this.item?.options?.length;
    const created: ops.Ref[] = fresh ? [0, 1].map((option) => ({ ...ref, kind: 'option' as const, option })) : [];
    this.emit((doc) => ops.setItemType(doc, ref, type), { created });
  }

  private moveTo(value: string) {
    const [level, topic] = value.split(':').map(Number) as [number, number];
    const target = this.targets.find((x) => x.level === level && x.topic === topic);
    const ref = this.ref;
    const name = this.displayName;
    this.dispatchEvent(
      new EditEvent((doc) => ops.moveItemToTopic(doc, ref, level, topic).doc, {
        announce: this.i18n.t('designer.movedToTopic', name, target?.name ?? ''),
        // The item ends up last in its new topic.
        focus: (doc) => {
          const last = (ops.getAt(doc, { kind: 'topic', level, topic })?.items.length ?? 1) - 1;
          return focusKey(ops.pathOf({ kind: 'item', level, topic, item: last }), 'move-to');
        },
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
        this.emit((doc) => ops.duplicateAt(doc, ref).doc, { created: [copy], focus: focusKey(ops.pathOf(copy), 'title'), announce: t('designer.duplicated', name) });
        return;
      }
      case 'remove': {
        const next = this.count > 1 ? focusKey(ops.pathOf(ops.withIndex(ref, Math.min(this.index, this.count - 2))), 'title') : focusKey(ops.pathOf({ kind: 'topic', level: this.level, topic: this.topic }), 'add-item');
        this.emit((doc) => ops.removeAt(doc, ref), {
          confirm: (doc) => (ops.hasContent(doc, ref) ? { heading: t('designer.removeHeading', name), message: t('designer.removeItem'), confirmLabel: t('designer.removeConfirm') } : undefined),
          focus: next,
          announce: t('designer.removed', name),
        });
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-item': LdEditorItem;
  }
}
