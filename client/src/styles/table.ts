import { css } from 'lit';

/** Data tables: scroll sideways inside their own box on narrow screens, never the page. */
export const tableStyles = css`
  /* Positioned, so visually hidden text inside stays within the scrolling box. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.97rem;
  }
  th,
  td {
    padding: var(--ld-space-2) var(--ld-space-3);
    border-bottom: 1px solid var(--ld-border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--ld-surface-muted);
    font-size: 0.85rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--ld-text-muted);
    white-space: nowrap;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  td.nowrap,
  th.nowrap {
    white-space: nowrap;
  }
`;
