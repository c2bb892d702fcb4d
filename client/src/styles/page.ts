import { css } from 'lit';

/** Page headings, intro text, cards, notices and badges, shared by the pages. */
export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: clamp(1.6rem, 1.2rem + 1.5vw, 2.1rem);
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  .intro {
    margin: var(--ld-space-2) 0 var(--ld-space-5);
    color: var(--ld-text-muted);
    max-width: 44rem;
  }
  .intro a {
    color: var(--ld-accent-strong);
    font-weight: 600;
  }
  .back {
    display: inline-flex;
    align-items: center;
    min-height: var(--ld-touch);
    margin-bottom: var(--ld-space-2);
    color: var(--ld-accent-strong);
    font-weight: 600;
  }
  .card {
    padding: var(--ld-space-4);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
  }
  @media (min-width: 700px) {
    .card {
      padding: var(--ld-space-5);
    }
  }
  section + section {
    margin-top: var(--ld-space-6);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ld-space-3);
    margin-bottom: var(--ld-space-3);
  }
  .notice {
    margin: 0 0 var(--ld-space-4);
    padding: var(--ld-space-3) var(--ld-space-4);
    border-left: 4px solid var(--ld-accent);
    border-radius: var(--ld-radius);
    background: var(--ld-accent-soft);
    max-width: 44rem;
  }
  .muted {
    color: var(--ld-text-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    background: var(--ld-surface-muted);
    color: var(--ld-text);
    font-size: 0.85rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.accent {
    background: var(--ld-accent-soft);
    color: var(--ld-accent-strong);
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-weight: 700;
    letter-spacing: 0.03em;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ld-space-2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ld-space-2) var(--ld-space-4);
    padding: var(--ld-space-2) var(--ld-space-4);
    min-height: calc(var(--ld-touch) + var(--ld-space-4));
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
  }
  .row .grow {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;
