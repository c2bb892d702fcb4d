import { css } from 'lit';

/** Cards, heads, small buttons and drop marks shared by the designer's parts. */
export const editorStyles = css`
  :host {
    display: block;
  }
  .card {
    display: grid;
    gap: var(--ld-space-3);
    min-width: 0;
    padding: var(--ld-space-3) var(--ld-space-4);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ld-space-2);
    min-width: 0;
  }
  .head .title {
    flex: 1 1 12rem;
    min-width: 0;
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  h5.title,
  h6.title {
    font-size: 1rem;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: var(--ld-space-2);
    width: 100%;
    min-height: var(--ld-touch);
    padding: var(--ld-space-1) var(--ld-space-2);
    border: 0;
    border-radius: var(--ld-radius);
    background: transparent;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--ld-surface-muted);
  }
  .chevron {
    flex: none;
    display: inline-block;
    width: 1.25rem;
    transition: transform 0.15s;
  }
  [aria-expanded='false'] .chevron {
    transform: rotate(-90deg);
  }
  .kind {
    color: var(--ld-text-muted);
    font-weight: 600;
  }
  .muted,
  .empty {
    color: var(--ld-text-muted);
    font-weight: 500;
  }
  .empty {
    margin: 0;
  }
  .badge {
    flex: none;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    font-size: 0.85rem;
    font-weight: 700;
    white-space: nowrap;
  }
  .badge.problems {
    background: var(--ld-danger-soft);
    color: var(--ld-danger);
  }
  .badge.count {
    background: var(--ld-surface-muted);
    color: var(--ld-text);
  }
  .body {
    display: grid;
    gap: var(--ld-space-4);
    min-width: 0;
  }
  .list {
    display: grid;
    gap: var(--ld-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fields {
    display: grid;
    gap: var(--ld-space-3);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .problems-list {
    margin: 0;
    padding: var(--ld-space-2) var(--ld-space-3);
    border-left: 4px solid var(--ld-danger);
    border-radius: var(--ld-radius);
    background: var(--ld-danger-soft);
    color: var(--ld-danger);
    font-weight: 600;
    list-style: none;
  }
  .add {
    justify-self: start;
  }
  code,
  .id {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  [data-dragging] {
    opacity: 0.55;
  }
  [data-drop-target] {
    outline: 3px dashed var(--ld-accent);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
