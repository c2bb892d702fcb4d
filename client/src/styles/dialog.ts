import { css } from 'lit';

/** The app's modal dialogs: a native <dialog> over a dimmed page; width by --ld-dialog-width. */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(var(--ld-dialog-width, 32rem), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: var(--ld-space-5);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    color: var(--ld-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    font-size: 1.25rem;
  }
`;
