import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { labelText, type Label } from '../../../server/contract/label.ts';
import { ApiError, getTopicList, type TopicListVersion } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { languageName } from '../i18n/format.ts';
import { navigate, paths } from '../router.ts';
import { sharedStyles } from '../styles/shared.ts';
import { getTopicListVersions } from '../versions-api.ts';
import type { LdLevelTabs, LevelSelectEvent } from './ld-level-tabs.ts';
import './ld-level-panel.ts';
import './ld-level-tabs.ts';
import './ld-status.ts';
import '../i18n/messages-versions.ts';
import '../i18n/messages-admin.ts';

/** `/topiclists/:id`: one topic list, read-only, level by level. */
@customElement('ld-topiclist-page')
export class LdTopiclistPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .back {
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        margin-bottom: var(--ld-space-2);
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
      h1 {
        font-size: clamp(1.6rem, 1.2rem + 1.5vw, 2.1rem);
      }
      .description {
        max-width: 44rem;
        margin: var(--ld-space-3) 0 0;
      }
      .meta {
        margin: var(--ld-space-2) 0 var(--ld-space-5);
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .compare {
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2) var(--ld-space-3);
        margin: 0 0 var(--ld-space-5);
      }
      .downloads-label {
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .notice {
        margin: 0 0 var(--ld-space-5);
        padding: var(--ld-space-3) var(--ld-space-4);
        border-left: 4px solid var(--ld-accent);
        background: var(--ld-accent-soft);
        border-radius: var(--ld-radius);
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--ld-space-3);
        margin-top: var(--ld-space-6);
        padding-top: var(--ld-space-4);
        border-top: 1px solid var(--ld-border);
      }
      .step {
        flex-direction: column;
        align-items: flex-start;
        gap: 0;
        flex: 0 1 20rem;
        padding-block: var(--ld-space-2);
        text-align: start;
      }
      .step.next {
        margin-left: auto;
        align-items: flex-end;
        text-align: end;
      }
      .direction {
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--ld-text-muted);
      }
      .target {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: 'topiclist-id' }) topiclistId = '';
  /** The selected level's id, from the URL; the first level when absent or unknown. */
  @property() level: string | undefined;

  @query('ld-level-tabs') private tabs?: LdLevelTabs;

  private readonly i18n = new LocaleController(this);
  private readonly topiclist = new TaskController(this, {
    task: ([id]: [string], signal) => getTopicList(id, signal),
    args: () => [this.topiclistId] as [string],
  });
  /** For the link to comparing versions, shown once there are two. */
  private readonly versions = new TaskController(this, {
    task: ([id]: [string], signal) => getTopicListVersions(id, signal),
    args: () => [this.topiclistId] as [string],
  });

  override render() {
    const { t } = this.i18n;
    return html`<a class="back" href=${paths.topiclists()}>← ${t('topiclist.back')}</a>
      ${this.topiclist.render({
        pending: () => html`<ld-status kind="loading" message=${t('topiclist.loading')}></ld-status>`,
        error: (error) =>
          error instanceof ApiError && error.status === 404
            ? html`<ld-status kind="error" .error=${error} message=${t('topiclist.notFound')}></ld-status>`
            : html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.topiclist.retry()}></ld-status>`,
        complete: (list) => this.renderList(list),
      })}`;
  }

  private renderList(list: TopicListVersion) {
    const { t, locale } = this.i18n;
    const defaultLanguage = list.languages[0] ?? locale;
    const language = list.languages.includes(locale) ? locale : defaultLanguage;
    const text = (label: Label | undefined) => labelText(label, language, defaultLanguage);
    const levels = list.levels ?? [];
    const index = Math.max(0, levels.findIndex((level) => level.id === this.level));
    const level = levels[index];
    const previous = levels[index - 1];
    const next = levels[index + 1];
    return html`<div lang=${language}>
      <h1>${text(list.title)}</h1>
      ${list.description ? html`<p class="description">${text(list.description)}</p>` : nothing}
      <p class="meta" lang=${locale}>
        ${t('topiclists.version', String(list.version))} ·
        ${t('topiclist.languages')}: ${list.languages.map((code) => languageName(locale, code)).join(', ')}
        ${(this.versions.value?.length ?? 0) > 1
          ? html`· <a class="compare" href=${paths.topiclistCompare(list.id, Math.max(1, list.version - 1), list.version)}>${t('versions.compareLink')}</a>`
          : nothing}
      </p>
      <div class="downloads" role="group" aria-labelledby="downloads-label" lang=${locale}>
        <span class="downloads-label" id="downloads-label">${t('topiclist.downloads')}:</span>
        <a class="button" href=${downloadUrl(list, 'yaml')} download>${t('topiclist.downloadYaml')}</a>
        <a class="button" href=${downloadUrl(list, 'xlsx')} download>${t('topiclist.downloadExcel')}</a>
      </div>
      ${language !== locale
        ? html`<p class="notice" lang=${locale}>${t('topiclist.fallbackLanguage', languageName(locale, language))}</p>`
        : nothing}
      ${level
        ? html`<ld-level-tabs
              label=${t('topiclist.levels')}
              content-lang=${language}
              selected=${level.id}
              .levels=${levels.map((l) => ({ id: l.id, label: text(l.label) }))}
              @ld-level-select=${(e: LevelSelectEvent) => this.selectLevel(e.levelId)}
            >
              <ld-level-panel .level=${level} .list=${list} language=${language} index=${index} count=${levels.length}></ld-level-panel>
            </ld-level-tabs>
            <nav aria-label=${t('topiclist.levels')} lang=${locale}>
              ${previous
                ? html`<button class="button step previous" type="button" @click=${() => this.step(previous.id)}>
                    <span class="direction">← ${t('level.previous')}</span>
                    <span class="target" lang=${language}>${text(previous.label)}</span>
                  </button>`
                : nothing}
              ${next
                ? html`<button class="button step next" type="button" @click=${() => this.step(next.id)}>
                    <span class="direction">${t('level.next')} →</span>
                    <span class="target" lang=${language}>${text(next.label)}</span>
                  </button>`
                : nothing}
            </nav>`
        : html`<ld-status kind="empty" message=${t('topiclist.noLevels')}></ld-status>`}
    </div>`;
  }

  override updated() {
    const list = this.topiclist.value;
    if (this.topiclist.status !== 'complete' || !list) return;
    const { locale } = this.i18n;
    document.title = `${labelText(list.title, locale, list.languages[0] ?? locale)} · leidraad`;
  }

  private selectLevel(levelId: string) {
    // Set here too, so this page re-renders at once; the route brings the same value.
    this.level = levelId;
    navigate(paths.topiclist(this.topiclistId, levelId), { replace: true });
  }

  /** The step buttons: change level, then bring the tabs back into view with focus. */
  private async step(levelId: string) {
    this.selectLevel(levelId);
    await this.updateComplete;
    this.tabs?.scrollIntoView({ block: 'start' });
    await this.tabs?.focusSelected();
  }
}

/** The shown version as a file; the server names it `<id>-v<version>.yaml` or `.xlsx`. */
const downloadUrl = (list: TopicListVersion, format: 'yaml' | 'xlsx') =>
  `/api/topiclists/${encodeURIComponent(list.id)}/versions/${list.version}/download?format=${format}`;

declare global {
  interface HTMLElementTagNameMap {
    'ld-topiclist-page': LdTopiclistPage;
  }
}
