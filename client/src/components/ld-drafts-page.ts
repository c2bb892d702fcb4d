import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { ApiError, getTopicListVersions, getTopicLists, type TopicListEntry } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { createDraft, type Draft, DRAFT_FILE_ACCEPT, getDrafts, importDraft } from '../designer/drafts-api.ts';
import { formatDateTime } from '../i18n/format.ts';
import { ruleText } from '../i18n/rule-text.ts';
import { navigate, paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-status.ts';
import '../i18n/messages-drafts.ts';
import '../i18n/messages-admin.ts';

/** `/designer`: the drafts being designed, and three ways to start one. */
@customElement('ld-drafts-page')
export class LdDraftsPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .start {
        display: grid;
        gap: var(--ld-space-4);
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        margin-bottom: var(--ld-space-6);
      }
      .start .card {
        display: grid;
        gap: var(--ld-space-3);
        align-content: start;
      }
      .start h3,
      .start p {
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-3);
      }
      li a {
        display: grid;
        gap: var(--ld-space-1);
        color: inherit;
        text-decoration: none;
      }
      li a:hover strong {
        text-decoration: underline;
      }
      .meta {
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .problems {
        font-weight: 600;
      }
      .problems.bad {
        color: var(--ld-danger);
      }
      .upload-issues {
        margin: 0;
        padding-left: 1.2rem;
        color: var(--ld-danger);
      }
    `,
  ];

  @state() private copyFrom = '';

  private readonly i18n = new LocaleController(this);
  private readonly drafts = new TaskController(this, { task: (_: [], signal) => getDrafts(signal), args: () => [] as [] });
  private readonly versions = new TaskController(this, {
    task: async (_: [], signal) => {
      const lists = await getTopicLists(signal);
      const all = await Promise.all(lists.map((l) => getTopicListVersions(l.id, signal)));
      return all.flat();
    },
    args: () => [] as [],
  });
  private readonly starting = new ActionController(this);

  override render() {
    const { t } = this.i18n;
    return html`<h1>${t('drafts.title')}</h1>
      <p class="intro">${t('drafts.intro')}</p>
      <section aria-labelledby="new">
        <h2 id="new">${t('drafts.new')}</h2>
        <div class="start">${this.renderBlank()} ${this.renderCopy()} ${this.renderUpload()}</div>
        ${this.renderStartError()}
      </section>
      <section aria-labelledby="list">
        <h2 id="list">${t('drafts.list')}</h2>
        ${this.drafts.render({
          pending: () => html`<ld-status kind="loading" message=${t('drafts.loading')}></ld-status>`,
          error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.drafts.retry()}></ld-status>`,
          complete: (drafts) =>
            drafts.length === 0
              ? html`<ld-status kind="empty" message=${t('drafts.empty')}></ld-status>`
              : html`<ul role="list">
                  ${drafts.map((d) => {
                    const title = d.title ? labelText(d.title, this.i18n.locale, this.i18n.locale) : '';
                    return html`<li class="card">
                      <a href=${paths.draft(d.id)}>
                        <strong>${title || t('drafts.untitled')}</strong>
                        <span class="meta">
                          ${d.topiclistId ? html`<code>${d.topiclistId}</code> · ${t('drafts.next', d.topiclistId, (d.latestVersion ?? 0) + 1)} · ` : nothing}
                          <span class="problems ${d.problems ? 'bad' : ''}">${t('drafts.problems', d.problems)}</span> ·
                          ${t('drafts.edited', formatDateTime(this.i18n.locale, d.updatedAt), d.updatedBy?.name ?? '')}
                        </span>
                      </a>
                    </li>`;
                  })}
                </ul>`,
        })}
      </section>`;
  }

  private renderBlank() {
    const { t } = this.i18n;
    return html`<div class="card">
      <h3>${t('drafts.blank')}</h3>
      <p class="hint">${t('drafts.blankHint')}</p>
      <div><button class="button primary" type="button" ?disabled=${this.starting.pending} @click=${() => this.start(() => createDraft({ from: 'blank' }))}>${t('drafts.blank')}</button></div>
    </div>`;
  }

  private renderCopy() {
    const { t, locale } = this.i18n;
    const versions = this.versions.value ?? [];
    const label = (v: TopicListEntry) => t('drafts.versionOption', labelText(v.title, locale, v.languages[0] ?? locale), v.version);
    const chosen = this.copyFrom || (versions[0] ? `${versions[0].id}@${versions[0].version}` : '');
    return html`<div class="card">
      <h3>${t('drafts.copy')}</h3>
      <div class="field">
        <label for="copy-from">${t('drafts.copyOf')}</label>
        <select id="copy-from" @change=${(e: Event) => (this.copyFrom = (e.target as HTMLSelectElement).value)}>
          ${versions.map((v) => html`<option value=${`${v.id}@${v.version}`} ?selected=${chosen === `${v.id}@${v.version}`}>${label(v)}</option>`)}
        </select>
      </div>
      <div>
        <button class="button" type="button" ?disabled=${!chosen || this.starting.pending} @click=${() => this.copy(chosen)}>${t('drafts.copyStart')}</button>
      </div>
    </div>`;
  }

  private renderUpload() {
    const { t } = this.i18n;
    return html`<div class="card">
      <h3>${t('drafts.upload')}</h3>
      <p class="hint" id="upload-hint">${t('drafts.uploadHint')}</p>
      <div class="field">
        <label for="upload">${t('drafts.uploadLabel')}</label>
        <input id="upload" type="file" accept=${DRAFT_FILE_ACCEPT} aria-describedby="upload-hint" ?disabled=${this.starting.pending} @change=${this.upload} />
      </div>
    </div>`;
  }

  private renderStartError() {
    const error = this.starting.error;
    if (!error) return nothing;
    if (error instanceof ApiError && error.issues.length > 0) {
      return html`<div class="notice danger" role="alert">
        <p>${this.i18n.t('drafts.uploadProblems')}</p>
        <ul class="upload-issues">
          ${error.issues.map((i) => html`<li>${[i.path, i.line ? `${i.line}:${i.column ?? ''}` : ''].filter(Boolean).join(' ')}: ${ruleText(i.message, this.i18n.locale)}</li>`)}
        </ul>
      </div>`;
    }
    return html`<ld-status kind="error" .error=${error}></ld-status>`;
  }

  private copy(chosen: string) {
    const [id, version] = chosen.split('@');
    return this.start(() => createDraft({ from: 'copy', topiclist: { id: id!, version: Number(version) } }));
  }

  private upload(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void this.start(() => importDraft(file)).finally(() => (input.value = ''));
  }

  private async start(make: () => Promise<Draft>) {
    const done = await this.starting.run(make);
    if (done) navigate(paths.draft(done.value.id));
  }

  override updated() {
    document.title = `${this.i18n.t('drafts.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-drafts-page': LdDraftsPage;
  }
}
