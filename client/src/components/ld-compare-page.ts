import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { ApiError, getTopicListVersion, type TopicListEntry } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { selectField } from '../forms.ts';
import { formatDate } from '../i18n/format.ts';
import { navigate, paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { compareTopicListVersions, getTopicListVersions } from '../versions-api.ts';
import './ld-status.ts';
import './ld-version-diff.ts';
import '../i18n/messages-versions.ts';
import '../i18n/messages-admin.ts';

type CompareArgs = [id: string, from: number | undefined, to: number | undefined];

/** `/topiclists/:id/compare?from=N&to=M`: what changed between two versions of a topic list. */
@customElement('ld-compare-page')
export class LdComparePage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 18rem));
        gap: var(--ld-space-4);
        margin: var(--ld-space-4) 0 var(--ld-space-5);
      }
      h2 {
        margin-bottom: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: 'topiclist-id' }) topiclistId = '';
  /** The versions from the URL; the latest two when left out. */
  @property({ attribute: false }) from: number | undefined;
  @property({ attribute: false }) to: number | undefined;

  private readonly i18n = new LocaleController(this);
  private readonly versions = new TaskController(this, {
    task: ([id]: [string], signal) => getTopicListVersions(id, signal),
    args: () => [this.topiclistId] as [string],
  });
  private readonly comparison = new TaskController(this, {
    task: async ([id, from, to]: CompareArgs, signal) => {
      if (from === undefined || to === undefined) return undefined;
      const [result, before, after] = await Promise.all([
        compareTopicListVersions(id, from, to, signal),
        getTopicListVersion(id, from, signal),
        getTopicListVersion(id, to, signal),
      ]);
      return { ...result, before, after };
    },
    args: () => [this.topiclistId, ...this.picked()] as CompareArgs,
  });

  /** The two versions to compare: from the URL, else the one before the latest and the latest. */
  private picked(): [number | undefined, number | undefined] {
    const newest = this.versions.value?.[0]?.version;
    if (newest === undefined) return [this.from, this.to];
    const to = this.to ?? newest;
    return [this.from ?? Math.max(1, to - 1), to];
  }

  override render() {
    const { t } = this.i18n;
    return html`<a class="back" href=${paths.topiclist(this.topiclistId)}>← ${t('versions.back')}</a>
      ${this.versions.render({
        pending: () => html`<ld-status kind="loading" message=${t('versions.loading')}></ld-status>`,
        error: (error) =>
          error instanceof ApiError && error.status === 404
            ? html`<ld-status kind="error" .error=${error} message=${t('topiclist.notFound')}></ld-status>`
            : html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.versions.retry()}></ld-status>`,
        complete: (versions) => this.renderPage(versions),
      })}`;
  }

  private renderPage(versions: TopicListEntry[]) {
    const { t, locale } = this.i18n;
    const latest = versions[0];
    const title = latest ? labelText(latest.title, locale, latest.languages[0] ?? locale) : this.topiclistId;
    const [from, to] = this.picked();
    const options = versions.map((v) => ({ value: String(v.version), label: t('versions.option', v.version, formatDate(locale, v.createdAt)) }));
    return html`<h1>${t('versions.title')}</h1>
      <p class="intro"><a href=${paths.topiclist(this.topiclistId)}>${title}</a></p>
      ${versions.length < 2
        ? html`<ld-status kind="empty" message=${t('versions.onlyOne')}></ld-status>`
        : html`<form aria-label=${t('versions.pick')} @change=${this.onPick} @submit=${(e: Event) => e.preventDefault()}>
              ${selectField({ id: 'from', label: t('versions.from'), options, value: String(from) })}
              ${selectField({ id: 'to', label: t('versions.to'), options, value: String(to) })}
            </form>
            ${this.comparison.render({
              pending: () => html`<ld-status kind="loading" message=${t('versions.comparing')}></ld-status>`,
              error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.comparison.retry()}></ld-status>`,
              complete: (result) =>
                result
                  ? html`<section aria-labelledby="changes-heading">
                      <h2 id="changes-heading">${t('versions.heading', result.from, result.to)}</h2>
                      <ld-version-diff .changes=${result.changes} .from=${result.before} .to=${result.after}></ld-version-diff>
                    </section>`
                  : nothing,
            })}`}`;
  }

  private onPick(event: Event) {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => Number((form.elements.namedItem(name) as HTMLSelectElement).value);
    this.from = value('from');
    this.to = value('to');
    navigate(paths.topiclistCompare(this.topiclistId, this.from, this.to), { replace: true });
  }

  override updated() {
    const { t } = this.i18n;
    document.title = `${t('versions.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-compare-page': LdComparePage;
  }
}
