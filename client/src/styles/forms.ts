import { css } from 'lit';

/** Labelled fields, field errors and the button variants of forms. */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--ld-space-4);
  }
  .field {
    display: grid;
    align-content: start;
    gap: var(--ld-space-1);
    min-width: 0;
  }
  input.narrow {
    max-width: 12rem;
  }
  label,
  legend {
    font-weight: 650;
  }
  .optional {
    font-weight: 400;
    color: var(--ld-text-muted);
  }
  .hint {
    margin: 0;
    color: var(--ld-text-muted);
    font-size: 0.92rem;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: var(--ld-touch);
    padding: var(--ld-space-2) var(--ld-space-3);
    border: 1px solid var(--ld-text-muted);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    color: var(--ld-text);
    font: inherit;
  }
  /* One height for every single-line control, so fields side by side line up. */
  input,
  select {
    height: 2.875rem;
  }
  textarea {
    min-height: 5.5rem;
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline-offset: 0;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--ld-danger);
  }
  .field-error {
    margin: 0;
    color: var(--ld-danger);
    font-size: 0.95rem;
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: var(--ld-space-4);
    min-width: 0;
    margin: 0;
    padding: var(--ld-space-4);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
  }
  legend {
    padding: 0 var(--ld-space-2);
  }
  .grid {
    display: grid;
    gap: var(--ld-space-4);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ld-space-3);
  }
  .button.primary {
    background: var(--ld-accent);
    color: var(--ld-on-accent);
  }
  .button.primary:hover {
    background: var(--ld-accent-strong);
    border-color: var(--ld-accent-strong);
  }
  .button.danger {
    border-color: var(--ld-danger);
    color: var(--ld-danger);
  }
  .button.danger:hover {
    background: var(--ld-danger-soft);
  }
  .button.quiet {
    border-color: var(--ld-border);
    color: var(--ld-text);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .status {
    margin: 0;
    padding: var(--ld-space-3) var(--ld-space-4);
    border-left: 4px solid var(--ld-accent);
    border-radius: var(--ld-radius);
    background: var(--ld-accent-soft);
  }
  /* An empty live region stays in place (so later text is announced) but takes no room. */
  .status:empty {
    padding: 0;
    border: 0;
  }
`;
