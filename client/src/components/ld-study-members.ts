import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { addMember, removeMember, type Study, type UserAdmin } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, selectField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import { StudyChangedEvent } from './events.ts';
import './ld-confirm-dialog.ts';
import './ld-form-error.ts';
import './ld-status.ts';

type Member = Study['members'][number];

/** The study's members by role; a lead adds and removes them. */
@customElement('ld-study-members')
export class LdStudyMembers extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      form {
        margin-top: var(--ld-space-4);
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: end;
      }
      @media (max-width: 480px) {
        form {
          grid-template-columns: 1fr;
        }
      }
      @media (min-width: 480px) {
        .row {
          flex-wrap: nowrap;
        }
      }
      .row .grow {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-1) var(--ld-space-3);
      }
      .status:not(:empty) {
        margin-bottom: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: false }) study?: Study;
  /** Everyone who could be added (a lead's view); undefined while loading. */
  @property({ attribute: false }) users?: UserAdmin[];
  @property({ type: Boolean }) editable = false;
  @state() private errors: FieldErrors<'member'> = {};
  @state() private announcement = '';
  @query('ld-confirm-dialog') private confirm?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const study = this.study;
    if (!study) return nothing;
    const { t } = this.i18n;
    return html`<section aria-labelledby="members-heading">
      <div class="section-head"><h2 id="members-heading">${t('members.title')}</h2></div>
      <p class="status" role="status">${this.announcement || nothing}</p>
      ${study.members.length === 0
        ? html`<ld-status kind="empty" message=${t('members.empty')}></ld-status>`
        : html`<ul class="rows" role="list">
            ${study.members.map((member) => this.renderMember(member))}
          </ul>`}
      ${this.editable ? this.renderAdd(study) : nothing}
      <ld-confirm-dialog></ld-confirm-dialog>
    </section>`;
  }

  private renderMember(member: Member) {
    const { t } = this.i18n;
    return html`<li class="row">
      <span class="grow">
        <span class="name">${member.name}</span>
        <span class="badge ${member.role === 'interviewer' ? 'accent' : ''}">${t(`role.${member.role}`)}</span>
      </span>
      ${this.editable
        ? html`<button class="button quiet" type="button" ?disabled=${this.action.pending} @click=${() => this.confirmRemove(member)}>
            ${t('members.remove')}<span class="visually-hidden"> ${member.name}</span>
          </button>`
        : nothing}
    </li>`;
  }

  private renderAdd(study: Study) {
    const { t } = this.i18n;
    const memberIds = new Set(study.members.map((m) => m.id));
    const candidates = (this.users ?? []).filter((u) => u.active && !memberIds.has(u.id));
    return html`<form novalidate @submit=${this.add}>
      <ld-form-error .invalid=${Object.keys(this.errors).length} .error=${this.action.error}></ld-form-error>
      ${selectField({
        id: 'member',
        label: t('members.add'),
        placeholder: this.users ? t('field.choose') : t('users.loading'),
        options: candidates.map((u) => ({ value: u.id, label: `${u.name} (${t(`role.${u.role}`)})` })),
        error: this.errors.member,
      })}
      <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('members.addButton')}</button>
    </form>`;
  }

  private async add(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const userId = String(new FormData(form).get('member') ?? '');
    this.errors = userId ? {} : { member: this.i18n.t('members.chooseFirst') };
    this.action.reset();
    if (!userId || !this.study) return focusFirstInvalid(this);
    const name = this.users?.find((u) => u.id === userId)?.name ?? '';
    const done = await this.action.run(() => addMember(this.study!.id, userId));
    if (!done) return;
    form.reset();
    this.announcement = this.i18n.t('members.added', name);
    this.dispatchEvent(new StudyChangedEvent());
  }

  private async confirmRemove(member: Member) {
    const { t } = this.i18n;
    const study = this.study;
    if (!study) return;
    const confirmed = await this.confirm?.ask({
      heading: t('members.confirmTitle', member.name),
      message: t('members.confirmBody', member.name, study.name),
      confirmLabel: t('members.remove'),
    });
    if (!confirmed) return;
    this.action.reset();
    const done = await this.action.run(() => removeMember(study.id, member.id));
    if (!done) return;
    this.announcement = t('members.removed', member.name);
    this.dispatchEvent(new StudyChangedEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-members': LdStudyMembers;
  }
}
