import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { CollapseEvent, collapseKey, EditEvent, focusKey, moveEvent } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems } from '../designer/fields.ts';
import { findFocus, settled } from '../designer/focus.ts';
import { type EditorIssue, issuesLeft } from '../designer/issues.ts';
import { ReorderController } from '../designer/reorder-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import './ld-confirm-dialog.ts';
import './ld-editor-dimensions.ts';
import './ld-editor-general.ts';
import type { TopicTarget } from './ld-editor-item.ts';
import './ld-editor-level.ts';
import './ld-editor-scales.ts';
import '../i18n/messages-designer.ts';
import '../i18n/messages-admin.ts';

/** The document after an edit: a new object; the one given is never changed. */
export class DocChangeEvent extends Event {
  static readonly eventName = 'ld-doc-change';
  constructor(readonly doc: TopicList) {
    super(DocChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Controls in a level's or topic's head: focusing them needs no folding open. */
const HEAD_CONTROLS = ['title', 'up', 'down', 'duplicate', 'remove'];

/**
 * Edits a topic list for research leads who need not know its file format: the list's
 * general fields, scales, dimensions, and levels > topics > items, every label in every
 * language side by side, each problem next to its field. Stateless about storage: every
 * edit sends a DocChangeEvent with a new document, which the editor also shows at once; a
 * page that sets `doc` again (a reload, a newer draft) replaces it.
 */
@customElement('ld-topiclist-editor')
export class LdTopiclistEditor extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .editor {
        display: grid;
        gap: var(--ld-space-5);
      }
      .levels-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--ld-space-2) var(--ld-space-3);
      }
      .fold {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2);
      }
      .button.quiet {
        border-color: var(--ld-border);
        color: var(--ld-text);
      }
    `,
  ];

  /** The list being edited; may be incomplete or invalid. */
  @property({ attribute: false }) doc?: TopicList;
  /** The check's problems, by path (`levels[0].topics[1].items[2].prompt`). */
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  /** Folded levels and topics, by collapseKey. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @query('ld-confirm-dialog') private dialog?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly reorder = new ReorderController(this, (_group, from, to, control) => {
    const ref: ops.RefOf<'level'> = { kind: 'level', level: from };
    void this.onEdit(moveEvent(ref, to, control ?? 'title', this.i18n.t('designer.moved', this.levelName(from), to + 1, this.doc?.levels?.length ?? 0)));
  });
  /** Elements made in this editor, by identity: their ids follow their labels. */
  private readonly fresh = new Set<string>();
  private emitted?: TopicList;
  private targetsMemo: { key: string; targets: TopicTarget[] } = { key: '', targets: [] };

  constructor() {
    super();
    this.addEventListener(EditEvent.eventName, (e) => void this.onEdit(e));
    this.addEventListener(CollapseEvent.eventName, (e) => this.onCollapse(e));
  }

  override willUpdate(changed: PropertyValues<this>) {
    // A document from outside (another draft, a reload) has no elements new here; a copy of
    // the one just sent (a page that stores what it gets) does.
    if (changed.has('doc') && this.doc !== this.emitted && JSON.stringify(this.doc) !== JSON.stringify(this.emitted)) this.fresh.clear();
  }

  private text(label: unknown) {
    const lang = this.doc?.languages?.[0] ?? '';
    return labelText(label as never, lang, lang);
  }

  private levelName(index: number) {
    return this.i18n.t('designer.name.level', index + 1, this.text(this.doc?.levels?.[index]?.label));
  }

  /** Every topic as a place to move an item to; the same array while the names stay. */
  private targets(doc: TopicList): TopicTarget[] {
    const targets = ops.list(doc.levels).flatMap((level, l) =>
      ops.list(level?.topics).map((topic, t) => ({
        level: l,
        topic: t,
        name: `${this.text(level.label) || this.i18n.t('designer.level', l + 1)} › ${this.text(topic.label) || this.i18n.t('designer.topic', t + 1)}`,
      })),
    );
    const key = JSON.stringify(targets);
    if (key !== this.targetsMemo.key) this.targetsMemo = { key, targets };
    return this.targetsMemo.targets;
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const { t } = this.i18n;
    const languages = ops.list(doc.languages);
    const levels = ops.list(doc.levels);
    const targets = this.targets(doc);
    return html`<div class="editor">
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <ld-editor-general .doc=${doc} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-general>
      <ld-editor-scales .scales=${doc.scales} .languages=${languages} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-scales>
      <ld-editor-dimensions .dimensions=${doc.dimensions} .languages=${languages} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-dimensions>
      <section class="body" aria-labelledby="levels-heading">
        <div class="levels-head">
          <h2 id="levels-heading">${t('designer.levels')}</h2>
          <div class="fold">
            <button class="button quiet" type="button" @click=${() => this.foldAll(true)}>${t('designer.collapseAll')}</button>
            <button class="button quiet" type="button" @click=${() => this.foldAll(false)}>${t('designer.expandAll')}</button>
          </div>
        </div>
        ${this.readonly ? nothing : html`<p class="hint">${t('designer.reorderHint')}</p>`}
        ${cardProblems('levels-problems', issuesLeft(this.issues, 'levels', levels.map((_, i) => ops.pathOf({ kind: 'level', level: i }))))}
        ${levels.length
          ? html`<ol class="list">
              ${levels.map(
                (level, i) => html`<li>
                  <ld-editor-level
                    data-reorder="levels"
                    data-index=${i}
                    data-reorder-name=${this.levelName(i)}
                    .level=${level}
                    .index=${i}
                    .count=${levels.length}
                    .languages=${languages}
                    .scales=${doc.scales}
                    .dimensions=${doc.dimensions}
                    .targets=${targets}
                    .issues=${this.issues}
                    .collapsed=${this.collapsed}
                    ?readonly=${this.readonly}
                  ></ld-editor-level>
                </li>`,
              )}
            </ol>`
          : html`<p class="empty">${t('designer.noLevels')}</p>`}
        ${this.readonly
          ? nothing
          : html`<button class="button add" type="button" data-focus=${focusKey('levels', 'add-level')} @click=${this.addLevel}><span aria-hidden="true">+</span> ${t('designer.addLevel')}</button>`}
      </section>
      <ld-confirm-dialog></ld-confirm-dialog>
    </div>`;
  }

  private addLevel() {
    const ref: ops.RefOf<'level'> = { kind: 'level', level: this.doc?.levels?.length ?? 0 };
    void this.onEdit(
      new EditEvent((doc) => ops.addLevel(doc).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'label'), 'input'),
        announce: this.i18n.t('designer.added', this.i18n.t('designer.level', ref.level + 1)),
      }),
    );
  }

  private async onEdit(event: EditEvent) {
    event.stopPropagation();
    if (this.readonly || !this.doc) return;
    const { confirm, follow, created, focus, announce } = event.options;
    const question = typeof confirm === 'function' ? confirm(this.doc) : confirm;
    if (question && !(await this.dialog?.ask(question))) return;
    const before = this.doc;
    let next = event.edit(before);
    if (follow) next = this.follow(before, next, follow);
    for (const ref of created ?? []) this.fresh.add(ops.identity(next, ref));
    if (next === before) return;
    this.emitted = next;
    this.doc = next;
    this.dispatchEvent(new DocChangeEvent(next));
    if (announce) this.say(announce);
    if (focus) void this.focusLater(typeof focus === 'function' ? focus(next) : focus);
  }

  /** While an element is new, its id is made from its label as that is typed. */
  private follow(before: TopicList, next: TopicList, ref: ops.Ref): TopicList {
    const key = ops.identity(before, ref);
    if (!this.fresh.has(key) && !(ref.kind === 'list' && !before.id)) return next;
    const id = ops.proposedId(next, ref);
    const renamed = ops.setId(next, ref, id);
    const now: ops.Ref = ref.kind === 'scale' && renamed !== next ? { kind: 'scale', scale: id } : ref;
    this.fresh.delete(key);
    this.fresh.add(ops.identity(renamed, now));
    return renamed;
  }

  private say(text: string) {
    // The same words twice still count as a change for screen readers.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private onCollapse(event: CollapseEvent) {
    event.stopPropagation();
    const next = new Set(this.collapsed);
    if (event.collapsed) next.add(event.key);
    else next.delete(event.key);
    this.collapsed = next;
  }

  private foldAll(fold: boolean) {
    const levels = ops.list(this.doc?.levels);
    this.collapsed = new Set(fold ? levels.flatMap((l) => [collapseKey(l.id), ...ops.list(l.topics).map((t) => collapseKey(l.id, t.id))]) : []);
  }

  /** Folds open the levels and topics around a control that is to get focus. */
  private reveal(key: string) {
    const cut = key.lastIndexOf('|');
    const path = key.slice(0, cut);
    const control = key.slice(cut + 1);
    const match = /^levels\[(\d+)\](?:\.topics\[(\d+)\])?/.exec(path);
    const level = match && this.doc?.levels?.[Number(match[1])];
    if (!match || !level) return;
    const inside = (base: string) => path !== base || !HEAD_CONTROLS.includes(control);
    const open = new Set(this.collapsed);
    if (inside(`levels[${match[1]}]`)) open.delete(collapseKey(level.id));
    const topic = match[2] === undefined ? undefined : level.topics?.[Number(match[2])];
    if (topic && inside(`levels[${match[1]}].topics[${match[2]}]`)) open.delete(collapseKey(level.id, topic.id));
    if (open.size !== this.collapsed.size) this.collapsed = open;
  }

  private async focusLater(key: string) {
    this.reveal(key);
    await this.updateComplete;
    // Before the next key press is handled, so a quick second Alt+Arrow moves the same element.
    await settled(this.renderRoot);
    const target = findFocus(this.renderRoot, key) ?? findFocus(this.renderRoot, focusKey(key.slice(0, key.lastIndexOf('|')), 'title'));
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-topiclist-editor': LdTopiclistEditor;
  }
  interface HTMLElementEventMap {
    'ld-doc-change': DocChangeEvent;
  }
}
