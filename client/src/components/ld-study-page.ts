import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { ApiError, getRespondents, getStudy, getTopicLists, getUsers, type Study, type User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { formatDate } from '../i18n/format.ts';
import { paths } from '../router.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-respondent-form.ts';
import './ld-respondent-table.ts';
import './ld-status.ts';
import './ld-study-interviews.ts';
import './ld-study-members.ts';
import './ld-study-pairs.ts';
import './ld-study-topiclist-version.ts';
import '../i18n/messages-admin.ts';

const CODE_FIELDS = ['organisation', 'role', 'region'] as const;

/**
 * `/studies/:id`. A lead manages members, pairs, respondents and plans interviews; an analyst
 * reads them (never identities); an interviewer sees the study, its topic list, their own
 * pair and their interviews.
 */
@customElement('ld-study-page')
export class LdStudyPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
        gap: var(--ld-space-3) var(--ld-space-5);
        margin: var(--ld-space-4) 0 var(--ld-space-6);
      }
      .facts div {
        display: grid;
        align-content: start;
        gap: 0.1rem;
      }
      dt {
        color: var(--ld-text-muted);
        font-size: 0.85rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      dd a {
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
      .split {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--ld-space-6);
        margin-bottom: var(--ld-space-6);
      }
      @media (min-width: 900px) {
        .split {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          gap: var(--ld-space-5);
        }
      }
      ld-respondent-form {
        margin-top: var(--ld-space-5);
      }
      ld-study-interviews {
        margin-top: var(--ld-space-6);
      }
      .matrix-link {
        margin: 0 0 var(--ld-space-6);
      }
    `,
  ];

  @property({ attribute: 'study-id' }) studyId = '';
  @property({ attribute: false }) user?: User;

  private readonly i18n = new LocaleController(this);
  private readonly study = new TaskController(this, {
    task: ([id]: [string], signal) => getStudy(id, signal),
    args: () => [this.studyId] as [string],
  });
  private readonly topiclists = new TaskController(this, {
    task: (_args: [], signal) => getTopicLists(signal),
    args: () => [] as [],
  });
  /** Interviewers may not list respondents (the server answers 403). */
  private readonly respondents = new TaskController(this, {
    task: ([id, allowed]: [string, boolean], signal) => (allowed ? getRespondents(id, signal) : Promise.resolve([])),
    args: () => [this.studyId, this.userRole === 'lead' || this.userRole === 'analyst'] as [string, boolean],
  });
  /** Everyone a lead could add as a member. */
  private readonly users = new TaskController(this, {
    task: ([lead]: [boolean], signal) => (lead ? getUsers(signal) : Promise.resolve([])),
    args: () => [this.userRole === 'lead'] as [boolean],
  });

  private get userRole() {
    return this.user?.role;
  }

  override render() {
    const { t } = this.i18n;
    return html`<a class="back" href=${paths.studies()}>← ${t('study.back')}</a>
      ${this.study.render({
        pending: () => html`<ld-status kind="loading" message=${t('study.loading')}></ld-status>`,
        error: (error) =>
          error instanceof ApiError && error.status === 404
            ? html`<ld-status kind="error" .error=${error} message=${t('apiError.studyNotFound')}></ld-status>`
            : html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.study.retry()}></ld-status>`,
        complete: (study) => this.renderStudy(study),
      })}`;
  }

  private renderStudy(study: Study) {
    const { t } = this.i18n;
    return html`<h1>${study.name}</h1>
      ${this.renderFacts(study)}
      ${this.userRole === 'lead'
        ? html`<ld-study-topiclist-version .study=${study} @ld-study-changed=${() => this.study.refresh()}></ld-study-topiclist-version>`
        : nothing}
      ${this.userRole === 'lead' || this.userRole === 'analyst'
        ? html`<p class="matrix-link"><a class="button" href=${paths.studyMatrix(study.id)}>${t('matrix.studyLink')}</a></p>`
        : nothing}
      ${this.userRole === 'interviewer' ? this.renderOwnPair(study) : this.renderTeam(study)}
      ${this.userRole === 'interviewer'
        ? nothing
        : html`<section aria-labelledby="respondents-heading">
            <div class="section-head"><h2 id="respondents-heading">${t('respondents.title')}</h2></div>
            ${this.respondents.render({
              pending: () => html`<ld-status kind="loading" message=${t('respondents.loading')}></ld-status>`,
              error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.respondents.retry()}></ld-status>`,
              complete: (respondents) =>
                html`<ld-respondent-table .respondents=${respondents} study-id=${study.id} ?can-reveal=${this.userRole === 'lead'}></ld-respondent-table>`,
            })}
            ${this.userRole === 'lead'
              ? html`<ld-respondent-form .study=${study} @ld-respondent-created=${() => this.respondents.refresh()}></ld-respondent-form>`
              : nothing}
          </section>`}
      ${this.userRole === 'lead' || this.userRole === 'interviewer'
        ? html`<ld-study-interviews .study=${study} .respondents=${this.respondents.value ?? []} ?can-plan=${this.userRole === 'lead'}></ld-study-interviews>`
        : nothing}`;
  }

  private renderFacts(study: Study) {
    const { t, locale } = this.i18n;
    const list = this.topiclists.value?.find((l) => l.id === study.topiclist.id);
    const title = list ? labelText(list.title, locale, list.languages[0] ?? locale) : study.topiclist.id;
    const showCodes = this.userRole !== 'interviewer';
    return html`<dl class="facts">
      <div>
        <dt>${t('study.topiclist')}</dt>
        <dd><a href=${paths.topiclist(study.topiclist.id)}>${title}</a> (${t('topiclists.version', String(study.topiclist.version))})</dd>
      </div>
      <div>
        <dt>${t('study.k')}</dt>
        <dd>${t('study.kValue', study.minGroupSize)}</dd>
      </div>
      <div>
        <dt>${t('study.created')}</dt>
        <dd>${formatDate(locale, study.createdAt)}</dd>
      </div>
      ${showCodes
        ? CODE_FIELDS.map(
            (field) => html`<div>
              <dt>${t(`code.${field}`)}</dt>
              <dd>${study.codeLists[field].length ? study.codeLists[field].join(', ') : html`<span class="muted">${t('study.anyCode')}</span>`}</dd>
            </div>`,
          )
        : nothing}
    </dl>`;
  }

  private renderTeam(study: Study) {
    const lead = this.userRole === 'lead';
    const refresh = () => this.study.refresh();
    return html`<div class="split">
      <ld-study-members .study=${study} .users=${lead ? this.users.value : undefined} ?editable=${lead} @ld-study-changed=${refresh}></ld-study-members>
      <ld-study-pairs .study=${study} ?editable=${lead} @ld-study-changed=${refresh}></ld-study-pairs>
    </div>`;
  }

  private renderOwnPair(study: Study) {
    const { t } = this.i18n;
    const own = study.pairs.filter((pair) => pair.interviewers.some((i) => i.id === this.user?.id));
    return html`<section aria-labelledby="pair-heading">
      <div class="section-head"><h2 id="pair-heading">${t('pairs.own')}</h2></div>
      ${own.length === 0
        ? html`<ld-status kind="empty" message=${t('pairs.noneOwn')}></ld-status>`
        : html`<ul class="rows" role="list">
            ${own.map(
              (pair) => html`<li class="row">
                <span class="badge accent code">${pair.code}</span>
                <span class="grow">${pair.interviewers.map((i) => i.name).join(` ${t('pairs.and')} `)}</span>
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  override updated() {
    const study = this.study.value;
    document.title = `${this.study.status === 'complete' && study ? study.name : this.i18n.t('studies.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-page': LdStudyPage;
  }
}
