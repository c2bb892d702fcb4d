import { css } from 'lit';

/** Focus ring, visually hidden text and base button look, shared by the components. */
export const sharedStyles = css`
  /* Document-level rules do not reach into shadow roots, so each component gets these. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--ld-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--ld-space-2);
    min-height: var(--ld-touch);
    min-width: var(--ld-touch);
    padding: var(--ld-space-2) var(--ld-space-4);
    border: 2px solid var(--ld-accent);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    color: var(--ld-accent-strong);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: var(--ld-accent-soft);
  }

  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0;
  }
`;
