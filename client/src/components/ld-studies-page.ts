import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { getStudies, getTopicLists, type StudySummary, type TopicListEntry, type User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { formatDate } from '../i18n/format.ts';
import { navigate, paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { StudyCreatedEvent } from './ld-study-form.ts';
import './ld-status.ts';
import './ld-study-form.ts';
import '../i18n/messages-admin.ts';

/** `/`: the studies the person may see; a lead also starts new ones here. */
@customElement('ld-studies-page')
export class LdStudiesPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        justify-content: space-between;
        gap: var(--ld-space-3) var(--ld-space-5);
        margin-bottom: var(--ld-space-5);
      }
      .head > div {
        flex: 1 1 24rem;
      }
      .head .intro {
        margin-bottom: 0;
      }
      ld-study-form {
        margin-bottom: var(--ld-space-6);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-3);
      }
      a.study {
        display: grid;
        gap: var(--ld-space-1);
        min-height: var(--ld-touch);
        padding: var(--ld-space-4) var(--ld-space-5);
        border: 1px solid var(--ld-border);
        border-left: 6px solid var(--ld-accent);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        color: inherit;
        text-decoration: none;
      }
      a.study:hover {
        border-color: var(--ld-accent);
      }
      a.study:hover .name {
        text-decoration: underline;
      }
      .name {
        font-size: 1.2rem;
        font-weight: 650;
        color: var(--ld-accent-strong);
      }
      .meta {
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
    `,
  ];

  @property({ attribute: false }) user?: User;
  @state() private creating = false;

  private readonly i18n = new LocaleController(this);
  private readonly data = new TaskController(this, {
    task: async (_args: [], signal) => {
      const [studies, topiclists] = await Promise.all([getStudies(signal), getTopicLists(signal)]);
      return { studies, topiclists };
    },
    args: () => [] as [],
  });

  override render() {
    const { t } = this.i18n;
    const lead = this.user?.role === 'lead';
    return html`<div class="head">
        <div>
          <h1>${t('studies.title')}</h1>
          <p class="intro">${lead ? t('studies.introLead') : t('studies.intro')}</p>
        </div>
        ${lead && !this.creating
          ? html`<button class="button primary" type="button" @click=${this.startCreating}>
              ${t('studies.new')}
            </button>`
          : nothing}
      </div>
      ${this.data.render({
        pending: () => html`<ld-status kind="loading" message=${t('studies.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.data.retry()}></ld-status>`,
        complete: ({ studies, topiclists }) => html`${this.creating
            ? html`<ld-study-form
                .topiclists=${topiclists}
                @ld-study-created=${(e: StudyCreatedEvent) => navigate(paths.study(e.study.id))}
                @ld-cancel=${this.stopCreating}
              ></ld-study-form>`
            : nothing}
          ${this.renderList(studies, topiclists)}`,
      })}`;
  }

  private renderList(studies: StudySummary[], topiclists: TopicListEntry[]) {
    const { t, locale } = this.i18n;
    if (studies.length === 0) {
      return html`<ld-status kind="empty" message=${this.user?.role === 'lead' ? t('studies.emptyLead') : t('studies.empty')}></ld-status>`;
    }
    const title = (id: string) => {
      const list = topiclists.find((l) => l.id === id);
      return list ? labelText(list.title, locale, list.languages[0] ?? locale) : id;
    };
    return html`<h2 class="visually-hidden">${t('studies.listHeading')}</h2>
      <ul role="list">
        ${studies.map(
          (study) => html`<li>
            <a class="study" href=${paths.study(study.id)}>
              <span class="name">${study.name}</span>
              <span class="meta">
                ${title(study.topiclist.id)} · ${t('topiclists.version', String(study.topiclist.version))} ·
                ${t('studies.created', formatDate(locale, study.createdAt))}
              </span>
            </a>
          </li>`,
        )}
      </ul>`;
  }

  /** Opens the form and puts the person in its first field. */
  private readonly startCreating = async () => {
    this.creating = true;
    await this.updateComplete;
    this.renderRoot.querySelector('ld-study-form')?.focus();
  };

  private readonly stopCreating = async () => {
    this.creating = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.head button')?.focus();
  };

  override updated() {
    document.title = `${this.i18n.t('studies.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-studies-page': LdStudiesPage;
  }
}
