// Labelled single fields of the designer as templates (a field must share a shadow root with
// its label and message), each with its problems next to it.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EditorIssue } from './issues.ts';
import { ruleText } from '../i18n/rule-text.ts';

interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  /** The problems of this field: shown under it, and it is marked invalid. */
  problems?: readonly EditorIssue[];
  readonly?: boolean;
  /** A `data-focus` key, for focus after an edit. */
  focus?: string;
  className?: string;
}

const describedBy = (f: FieldBase) => [f.hint ? `${f.id}-hint` : '', f.problems?.length ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The problems of a field as one message, referenced by the field's aria-describedby. */
export function fieldProblems(id: string, problems: readonly EditorIssue[] | undefined) {
  if (!problems?.length) return nothing;
  return html`<p class="field-error" id=${`${id}-error`}><span aria-hidden="true">⚠ </span>${problems.map((p) => ruleText(p.message)).join('; ')}</p>`;
}

function wrap(f: FieldBase, control: TemplateResult) {
  return html`<div class="field ${f.className ?? ''}">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id=${`${f.id}-hint`}>${f.hint}</p>` : nothing} ${control} ${fieldProblems(f.id, f.problems)}
  </div>`;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  /** Called on every keystroke. */
  onInput?: (value: string) => void;
  /** Called when the field is left or Enter is pressed. */
  onChange?: (value: string) => void;
  /** Ids and codes: monospace, no spelling help. */
  verbatim?: boolean;
}

export function textField(f: TextFieldOptions) {
  return wrap(
    f,
    html`<input
      id=${f.id}
      type="text"
      class=${f.verbatim ? 'id' : ''}
      .value=${f.value}
      ?readonly=${f.readonly}
      spellcheck=${ifDefined(f.verbatim ? 'false' : undefined)}
      autocapitalize=${ifDefined(f.verbatim ? 'off' : undefined)}
      autocomplete="off"
      data-focus=${ifDefined(f.focus)}
      aria-invalid=${f.problems?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @input=${(e: Event) => f.onInput?.((e.target as HTMLInputElement).value)}
      @change=${(e: Event) => f.onChange?.((e.target as HTMLInputElement).value)}
    />`,
  );
}

export interface NumberFieldOptions extends FieldBase {
  value: number | undefined;
  /** Called with the number typed, or undefined for an empty field; not while half typed ("-"). */
  onInput: (value: number | undefined) => void;
  integer?: boolean;
}

export function numberField(f: NumberFieldOptions) {
  const onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (input.validity.badInput) return;
    f.onInput(input.value === '' ? undefined : Number(input.value));
  };
  return wrap(
    f,
    html`<input
      id=${f.id}
      type="number"
      inputmode=${f.integer ? 'numeric' : 'decimal'}
      step=${f.integer ? '1' : 'any'}
      .value=${f.value === undefined || !Number.isFinite(f.value) ? '' : String(f.value)}
      ?readonly=${f.readonly}
      data-focus=${ifDefined(f.focus)}
      aria-invalid=${f.problems?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @input=${onInput}
    />`,
  );
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

export function selectField(f: SelectFieldOptions) {
  return wrap(
    f,
    html`<select
      id=${f.id}
      ?disabled=${f.readonly}
      data-focus=${ifDefined(f.focus)}
      aria-invalid=${f.problems?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
    >
      ${f.options.map((o) => html`<option value=${o.value} .selected=${o.value === f.value}>${o.label}</option>`)}
    </select>`,
  );
}

/** Problems that belong to a card rather than to one of its fields. */
export function cardProblems(id: string, problems: readonly EditorIssue[]) {
  if (!problems.length) return nothing;
  return html`<ul class="problems-list" id=${id}>
    ${problems.map((p) => html`<li><span aria-hidden="true">⚠ </span><code>${p.path}</code>: ${ruleText(p.message)}</li>`)}
  </ul>`;
}
