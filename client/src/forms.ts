// Labelled form fields as template functions (a field must live in the same shadow root as
// its form, so these are not elements), plus reading and checking what was typed.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface FieldBase {
  id: string;
  label: string;
  /** Form data key; the id when left out. */
  name?: string;
  hint?: string;
  error?: string;
  /** Text after the label of a field that may stay empty, e.g. "(optioneel)". */
  optional?: string;
}

export interface InputOptions extends FieldBase {
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'tel';
  value?: string;
  autocomplete?: string;
  placeholder?: string;
  inputmode?: 'text' | 'numeric' | 'email' | 'tel';
  min?: number;
  max?: number;
  /** Codes and tokens: no spelling help, no capitalisation changes. */
  verbatim?: boolean;
  className?: string;
}

export interface SelectOptions extends FieldBase {
  value?: string;
  options: readonly { value: string; label: string }[];
  /** The empty first option ("Choose…"); none when left out. */
  placeholder?: string;
}

export interface TextareaOptions extends FieldBase {
  value?: string;
  placeholder?: string;
  rows?: number;
}

const describedBy = (f: FieldBase) =>
  [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function wrap(f: FieldBase, control: TemplateResult) {
  return html`<div class="field">
    <label for=${f.id}>${f.label}${f.optional ? html` <span class="optional">${f.optional}</span>` : nothing}</label>
    ${f.hint ? html`<p class="hint" id=${`${f.id}-hint`}>${f.hint}</p>` : nothing} ${control}
    ${f.error ? html`<p class="field-error" id=${`${f.id}-error`}>${f.error}</p>` : nothing}
  </div>`;
}

export function inputField(f: InputOptions) {
  return wrap(
    f,
    html`<input
      id=${f.id}
      name=${f.name ?? f.id}
      class=${ifDefined(f.className)}
      type=${f.type ?? 'text'}
      .value=${f.value ?? ''}
      autocomplete=${ifDefined(f.autocomplete)}
      placeholder=${ifDefined(f.placeholder)}
      inputmode=${ifDefined(f.inputmode)}
      min=${ifDefined(f.min)}
      max=${ifDefined(f.max)}
      spellcheck=${ifDefined(f.verbatim ? 'false' : undefined)}
      autocapitalize=${ifDefined(f.verbatim ? 'off' : undefined)}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
    />`,
  );
}

export function selectField(f: SelectOptions) {
  return wrap(
    f,
    html`<select id=${f.id} name=${f.name ?? f.id} aria-invalid=${f.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(f))}>
      ${f.placeholder !== undefined ? html`<option value="" ?selected=${!f.value}>${f.placeholder}</option>` : nothing}
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>`,
  );
}

export function textareaField(f: TextareaOptions) {
  return wrap(
    f,
    html`<textarea
      id=${f.id}
      name=${f.name ?? f.id}
      rows=${f.rows ?? 3}
      .value=${f.value ?? ''}
      placeholder=${ifDefined(f.placeholder)}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
    ></textarea>`,
  );
}

/** The form's fields as trimmed strings (passwords untrimmed). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const field = form.elements.namedItem(key);
    values[key] = field instanceof HTMLInputElement && field.type === 'password' ? value : value.trim();
  }
  return values;
}

/** "a, b" or one value per line: the distinct non-empty values, in order. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((v) => v.trim()).filter(Boolean))];
}

export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** Field errors to show: only the keys with a message. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** After a failed check: focus the first field marked invalid, so the person lands on it. */
export async function focusFirstInvalid(host: { updateComplete: Promise<boolean>; renderRoot: HTMLElement | DocumentFragment }) {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
