import '../designer/zod-csp.ts';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { breakingChanges, diffTopicLists } from '../../../server/contract/topiclist-diff.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { ApiError, getTopicList } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { DraftController } from '../controllers/draft-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { deleteDraft, publishDraft } from '../designer/drafts-api.ts';
import { navigate, paths, type DraftView } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import type { LdPublishDialog } from './ld-publish-dialog.ts';
import type { DocChangeEvent } from './ld-topiclist-editor.ts';
import './ld-confirm-dialog.ts';
import './ld-designer-preview.ts';
import './ld-publish-dialog.ts';
import './ld-status.ts';
import './ld-topiclist-editor.ts';
import './ld-version-diff.ts';
import '../i18n/messages-drafts.ts';
import '../i18n/messages-designer.ts';
import '../i18n/messages-admin.ts';
import { ruleText } from '../i18n/rule-text.ts';

const VIEWS: DraftView[] = ['edit', 'preview', 'changes'];

/**
 * `/designer/:id`: one draft. Every edit is checked at once and kept (this device first,
 * then the server); the preview runs the tablets' own runner; publishing names the version
 * it makes and asks before changes that break comparison.
 */
@customElement('ld-designer-page')
export class LdDesignerPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: space-between;
        gap: var(--ld-space-3);
      }
      .head h1 {
        margin: 0;
      }
      .meta {
        margin: var(--ld-space-1) 0 0;
        color: var(--ld-text-muted);
      }
      .bar {
        position: sticky;
        top: 0;
        z-index: 5;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2) var(--ld-space-4);
        margin: var(--ld-space-4) 0;
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-1);
      }
      .views a {
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        padding: 0 var(--ld-space-3);
        border-radius: var(--ld-radius);
        color: var(--ld-text);
        font-weight: 600;
        text-decoration: none;
      }
      .views a[aria-current='page'] {
        background: var(--ld-accent);
        color: var(--ld-on-accent);
      }
      .save {
        flex: 1 1 14rem;
        font-size: 0.95rem;
      }
      .save[data-state='conflict'],
      .save[data-state='error'] {
        color: var(--ld-danger);
        font-weight: 600;
      }
      .problems {
        margin: 0 0 var(--ld-space-4);
      }
      .problems.bad {
        border-left-color: var(--ld-danger);
        background: var(--ld-danger-soft);
      }
      .problems p {
        margin: 0;
      }
      .problems ul {
        margin: var(--ld-space-2) 0 0;
        padding-left: 1.2rem;
      }
      .problems code {
        font-size: 0.85rem;
      }
      .conflict {
        display: grid;
        gap: var(--ld-space-3);
        border-left-color: var(--ld-danger);
        background: var(--ld-danger-soft);
      }
      .conflict p {
        margin: 0;
      }
      .footer {
        display: flex;
        justify-content: flex-end;
        margin-top: var(--ld-space-6);
        padding-top: var(--ld-space-4);
        border-top: 1px solid var(--ld-border);
      }
    `,
  ];

  @property({ attribute: 'draft-id' }) draftId = '';
  @property() view: DraftView = 'edit';
  @state() private announcement = '';
  @query('ld-publish-dialog') private publishDialog?: LdPublishDialog;
  @query('ld-confirm-dialog') private confirmDialog?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly draft = new DraftController(this);
  private readonly publishing = new ActionController(this);
  /** The latest stored version under the draft's id: what publishing compares with. */
  private readonly latest = new TaskController(this, {
    task: async ([id]: [string], signal) => {
      if (!id) return null;
      try {
        const { version, ...list } = await getTopicList(id, signal);
        return { version, list: list as TopicList };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    args: () => [this.validDoc?.id ?? ''] as [string],
  });
  /** The last state of the draft without problems, for the preview and the comparison. */
  private lastValid: TopicList | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draftId') && this.draftId) void this.draft.load(this.draftId);
    if (this.draft.doc && this.draft.issues.length === 0) this.lastValid = this.draft.doc as unknown as TopicList;
  }

  private get validDoc(): TopicList | undefined {
    return this.draft.doc && this.draft.issues.length === 0 ? (this.draft.doc as unknown as TopicList) : undefined;
  }

  override render() {
    const { t } = this.i18n;
    if (this.draft.loadError) {
      return html`<ld-status kind="error" .error=${this.draft.loadError} retryable @ld-retry=${() => void this.draft.load(this.draftId)}></ld-status>`;
    }
    const doc = this.draft.doc;
    if (!doc) return html`<ld-status kind="loading" message=${t('draft.loading')}></ld-status>`;
    const listId = typeof doc.id === 'string' ? doc.id : '';
    const title = labelText(doc.title as TopicList['title'], this.i18n.locale, (doc.languages as string[] | undefined)?.[0] ?? this.i18n.locale);
    const next = (this.latest.value?.version ?? 0) + 1;
    return html`<a class="back" href=${paths.designer()}>${t('draft.back')}</a>
      <div class="head">
        <div>
          <h1>${title || t('drafts.untitled')}</h1>
          ${listId ? html`<p class="meta"><code>${listId}</code> · ${t('drafts.next', listId, next)}</p>` : nothing}
        </div>
        <button class="button danger" type="button" @click=${this.discard}>${t('draft.delete')}</button>
      </div>
      <div class="bar">
        <nav class="views" aria-label=${t('draft.tabs')}>
          ${VIEWS.map((v) => html`<a href=${paths.draft(this.draftId, v)} aria-current=${this.view === v ? 'page' : 'false'} @click=${(e: Event) => this.go(e, v)}>${t(`draft.tab.${v}`)}</a>`)}
        </nav>
        <span class="save" role="status" data-state=${this.draft.state}>${t(`draft.save.${this.draft.state}`)}</span>
        <button class="button primary" type="button" ?disabled=${this.draft.issues.length > 0 || this.publishing.pending || this.draft.state === 'conflict'} @click=${this.publish}>
          ${t('draft.publish')}
        </button>
      </div>
      ${this.renderConflict()} ${this.renderProblems()}
      ${this.publishing.error ? html`<ld-status kind="error" .error=${this.publishing.error}></ld-status>` : nothing}
      ${this.renderView(doc)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <ld-publish-dialog></ld-publish-dialog>
      <ld-confirm-dialog></ld-confirm-dialog>`;
  }

  private renderView(doc: Record<string, unknown>) {
    const { t } = this.i18n;
    switch (this.view) {
      case 'preview':
        return this.lastValid
          ? html`${this.validDoc ? nothing : html`<p class="notice">${t('preview.invalid')}</p>`}
              <ld-designer-preview .topicList=${this.lastValid}></ld-designer-preview>`
          : html`<ld-status kind="empty" message=${t('preview.none')}></ld-status>`;
      case 'changes':
        return this.renderChanges();
      default:
        return html`<ld-topiclist-editor .doc=${doc as unknown as TopicList} .issues=${this.draft.issues} @ld-doc-change=${this.onEdit}></ld-topiclist-editor>`;
    }
  }

  private renderChanges() {
    const { t } = this.i18n;
    const to = this.lastValid;
    const latest = this.latest.value;
    if (!latest) return html`<p class="notice">${t('draft.changes.new')}</p>`;
    if (!to) return html`<ld-status kind="empty" message=${t('preview.none')}></ld-status>`;
    const changes = diffTopicLists(latest.list, to);
    return html`<p>${t('draft.changes.against', latest.list.id, latest.version)}</p>
      ${changes.length
        ? html`<ld-version-diff .changes=${changes} .from=${latest.list} .to=${to}></ld-version-diff>`
        : html`<p class="notice">${t('draft.changes.none')}</p>`}`;
  }

  private renderConflict() {
    const theirs = this.draft.theirs;
    if (!theirs) return nothing;
    const { t } = this.i18n;
    return html`<div class="notice conflict" role="alert">
      <p>${t('draft.conflict.body', theirs.updatedBy?.name ?? '')}</p>
      <div class="actions">
        <button class="button primary" type="button" @click=${() => this.draft.resolve('mine')}>${t('draft.conflict.mine')}</button>
        <button class="button" type="button" @click=${() => this.draft.resolve('theirs')}>${t('draft.conflict.theirs')}</button>
      </div>
    </div>`;
  }

  private renderProblems() {
    const { t } = this.i18n;
    const issues = this.draft.issues;
    if (issues.length === 0) return html`<p class="notice problems">${t('draft.problems.none')}</p>`;
    return html`<div class="notice problems bad">
      <p>${t('draft.problems.some', issues.length)}</p>
      <details>
        <summary>${t('draft.problems.show')}</summary>
        <ul>
          ${issues.map((i) => html`<li><code>${i.path}</code>: ${ruleText(i.message, this.i18n.locale)}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  private go(event: Event, view: DraftView) {
    event.preventDefault();
    navigate(paths.draft(this.draftId, view), { replace: true });
  }

  private onEdit(event: DocChangeEvent) {
    this.draft.edit(event.doc as unknown as Record<string, unknown>);
  }

  private async publish() {
    const to = this.validDoc;
    if (!to) return;
    const { t } = this.i18n;
    const latest = this.latest.value;
    const answer = await this.publishDialog?.ask({
      id: to.id,
      version: (latest?.version ?? 0) + 1,
      breaking: latest ? breakingChanges(latest.list, to) : [],
      ...(latest ? { from: latest.list } : {}),
      to,
    });
    if (!answer) return;
    const done = await this.publishing.run(async () => {
      if (!(await this.draft.flush())) throw this.draft.saveError ?? new ApiError(409, 'draft.conflict', t('draft.save.conflict'));
      return publishDraft(this.draftId, { revision: this.draft.savedRevision, confirmBreaking: answer.confirmBreaking });
    });
    if (!done) return;
    this.draft.forget();
    const entry = done.value;
    const created = entry.version === (latest?.version ?? 0) + 1;
    this.announcement = created ? t('draft.published', entry.id, entry.version) : t('draft.unchanged', entry.id, entry.version);
    navigate(paths.topiclist(entry.id));
  }

  private async discard() {
    const { t } = this.i18n;
    const sure = await this.confirmDialog?.ask({ heading: t('draft.delete'), message: t('draft.deleteConfirm'), confirmLabel: t('draft.delete') });
    if (!sure) return;
    const done = await this.publishing.run(() => deleteDraft(this.draftId));
    if (!done) return;
    this.draft.forget();
    navigate(paths.designer());
  }

  override updated() {
    const doc = this.draft.doc;
    const title = doc ? labelText(doc.title as TopicList['title'], this.i18n.locale, this.i18n.locale) : '';
    document.title = `${title || this.i18n.t('drafts.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-designer-page': LdDesignerPage;
  }
}
