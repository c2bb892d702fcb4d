import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Scale } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems, fieldProblems, numberField, textField } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft, issuesUnder } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LabelInputEvent } from './ld-editor-label.ts';
import './ld-editor-label.ts';

/** Up to this many points each get a label field; longer scales label their ends. */
const LABELLED_POINTS = 11;

/** One answer scale: id, name, range, a label per point, and the special answers it allows. */
@customElement('ld-editor-scale')
export class LdEditorScale extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .specials {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2) var(--ld-space-4);
      }
      .check {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
        font-weight: 500;
      }
      .check input {
        width: 1.4rem;
        height: 1.4rem;
        min-height: 0;
        margin: 0;
        accent-color: var(--ld-accent);
      }
      .button.danger {
        border-color: var(--ld-danger);
        color: var(--ld-danger);
      }
      .points {
        display: grid;
        gap: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: 'scale-id' }) scaleId = '';
  @property({ attribute: false }) scale?: Scale;
  @property({ type: Number }) index = 0;
  /** The ids of all scales, this one's included. */
  @property({ attribute: false }) ids: string[] = [];
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  /** An id typed that cannot be used (empty, taken): shown, not applied. */
  @state() private idError = '';

  private readonly i18n = new LocaleController(this);

  private get ref(): ops.RefOf<'scale'> {
    return { kind: 'scale', scale: this.scaleId };
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('scaleId')) this.idError = '';
  }

  /** The points with a label field: all of a short scale, the ends of a long one, and any labelled. */
  private points(scale: Scale): number[] {
    const { min, max } = scale;
    const points = new Set<number>();
    if (Number.isInteger(min) && Number.isInteger(max) && max >= min) {
      if (max - min < LABELLED_POINTS) for (let p = min; p <= max; p++) points.add(p);
      else points.add(min).add(max);
    }
    for (const key of Object.keys(scale.labels ?? {})) if (/^-?\d+$/.test(key)) points.add(Number(key));
    return [...points].sort((a, b) => a - b);
  }

  override render() {
    const scale = this.scale;
    if (!scale) return nothing;
    const { t } = this.i18n;
    const ref = this.ref;
    const path = ops.pathOf(ref);
    const at = (...field: ops.Path) => ops.pathOf(ref, ...field);
    const points = this.points(scale);
    const lang = this.languages[0] ?? '';
    const left = issuesLeft(this.issues, path, [at('label'), at('min'), at('max'), at('allow'), ...points.map((p) => at('labels', String(p)))]);
    const edit = (fn: (doc: ops.Elements['list']) => ops.Elements['list'], follow = false) => this.dispatchEvent(new EditEvent(fn, follow ? { follow: ref } : {}));
    const idProblems = this.idError ? [{ path: at('id'), message: this.idError }] : [];
    return html`<div class="card" role="group" aria-labelledby="title">
      <div class="head">
        <h3 class="title" id="title" tabindex="-1" data-focus=${focusKey(path, 'title')}>
          <span class="kind">${t('designer.scaleN', this.index + 1)}</span> <span lang=${lang || nothing}>${labelText(scale.label, lang, lang) || this.scaleId}</span>
        </h3>
        ${this.readonly
          ? nothing
          : html`<button class="button danger" type="button" data-focus=${focusKey(path, 'remove')} @click=${this.removeScale}>
              <span aria-hidden="true">✕</span> ${t('designer.removeScale')}<span class="visually-hidden">: ${this.scaleId}</span>
            </button>`}
      </div>
      ${cardProblems('card-problems', left)}
      <div class="fields">
        ${textField({
          id: 'id',
          label: t('designer.id'),
          hint: t('designer.scaleIdHint'),
          value: this.scaleId,
          verbatim: true,
          readonly: this.readonly,
          problems: idProblems,
          onChange: (value) => this.rename(value.trim()),
        })}
        ${(['min', 'max'] as const).map((bound) =>
          numberField({
            id: bound,
            label: t(bound === 'min' ? 'designer.scaleMin' : 'designer.scaleMax'),
            value: scale[bound],
            integer: true,
            readonly: this.readonly,
            problems: issuesUnder(this.issues, at(bound)),
            onInput: (value) => edit((doc) => ops.setField(doc, ref, bound, value)),
          }),
        )}
      </div>
      <ld-editor-label
        name=${t('designer.scaleLabel')}
        path=${at('label')}
        optional
        focus-key=${focusKey(at('label'), 'input')}
        .label=${scale.label}
        .languages=${this.languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setLabelAt(doc, ref, 'label', e.language, e.text, true), true)}
      ></ld-editor-label>
      <div class="points" role="group" aria-labelledby="points-title">
        <h4 class="title" id="points-title">${t('scale.points')}</h4>
        ${points.map(
          (point) => html`<ld-editor-label
            name=${t('designer.point', point)}
            path=${at('labels', String(point))}
            optional
            .label=${scale.labels?.[String(point)]}
            .languages=${this.languages}
            .issues=${this.issues}
            ?readonly=${this.readonly}
            @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setScalePointLabel(doc, this.scaleId, point, e.language, e.text))}
          ></ld-editor-label>`,
        )}
      </div>
      <fieldset aria-describedby=${issuesUnder(this.issues, at('allow')).length ? 'allow-error' : nothing}>
        <legend>${t('scale.specials')}</legend>
        <div class="specials">
          ${ops.SPECIALS.map(
            (special) => html`<label class="check">
              <input
                type="checkbox"
                .checked=${ops.list(scale.allow).includes(special)}
                ?disabled=${this.readonly}
                @change=${(e: Event) => edit((doc) => ops.setSpecial(doc, this.scaleId, special, (e.target as HTMLInputElement).checked))}
              />
              ${t(`special.${special}`)} (<code>${special}</code>)
            </label>`,
          )}
        </div>
        ${fieldProblems('allow', issuesUnder(this.issues, at('allow')))}
      </fieldset>
    </div>`;
  }

  private rename(id: string) {
    const { t } = this.i18n;
    if (id === this.scaleId) return void (this.idError = '');
    this.idError = !id ? t('designer.idRequired') : this.ids.includes(id) ? t('designer.idTaken', id) : '';
    if (this.idError) return;
    this.dispatchEvent(new EditEvent((doc) => ops.setId(doc, this.ref, id), { announce: t('designer.scaleRenamed', id) }));
  }

  private removeScale() {
    const { t } = this.i18n;
    const ref = this.ref;
    this.dispatchEvent(
      new EditEvent((doc) => ops.removeAt(doc, ref), {
        confirm: (doc) => {
          const used = ops.usage(doc, 'scale', ref.scale);
          return used ? { heading: t('designer.removeHeading', ref.scale), message: t('designer.removeScaleUsed', used), confirmLabel: t('designer.removeConfirm') } : undefined;
        },
        focus: focusKey('scales', 'add'),
        announce: t('designer.removed', ref.scale),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-scale': LdEditorScale;
  }
}
