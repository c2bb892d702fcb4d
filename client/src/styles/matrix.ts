import { css } from 'lit';

/**
 * Colours of the satisfaction matrices, kept as classes (the CSP allows no inline styles).
 * Heat: a sequential yellow-green-blue scale (ColorBrewer YlGnBu, light part), readable
 * with black text at every step and safe for colour-blind readers. Groups: Okabe-Ito.
 * Printing keeps every colour (`print-color-adjust: exact`).
 */
export const matrixStyles = css`
  .heat-0 {
    background-color: #ffffd9;
  }
  .heat-1 {
    background-color: #e3f4c6;
  }
  .heat-2 {
    background-color: #c7e9b4;
  }
  .heat-3 {
    background-color: #a4dbb8;
  }
  .heat-4 {
    background-color: #7fcdbb;
  }
  .heat-5 {
    background-color: #63c2c0;
  }
  .heat-6 {
    background-color: #41b6c4;
  }
  .heat-7 {
    background-color: #30a4c2;
  }
  .heat-8 {
    background-color: #1d91c0;
  }
  /* Answers that are not numbers: grey, each with its own texture and a text. */
  .status-not_applicable {
    background: repeating-linear-gradient(135deg, #dcdcdc 0 2px, #f2f2f2 2px 8px);
  }
  .status-dont_know {
    background:
      radial-gradient(circle, #a9a9a9 1.2px, transparent 1.6px) 0 0 / 7px 7px,
      #f2f2f2;
  }
  /* Not asked: no fill at all, a dashed frame (the page's own surface, light or dark). */
  .status-not_asked {
    background: var(--ld-surface);
    outline: 1px dashed #8a8a8a;
    outline-offset: -5px;
  }
  @media print {
    .status-not_asked {
      background: #ffffff;
    }
  }

  .group-0 {
    --group: #0072b2;
  }
  .group-1 {
    --group: #e69f00;
  }
  .group-2 {
    --group: #009e73;
  }
  .group-3 {
    --group: #cc79a7;
  }
  .group-4 {
    --group: #56b4e9;
  }
  .group-5 {
    --group: #d55e00;
  }
  .group-6 {
    --group: #f0e442;
  }
  .group-total {
    --group: #4d4d4d;
  }
  rect.bar {
    fill: var(--group);
    stroke: rgb(0 0 0 / 0.35);
    stroke-width: 0.5;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1rem;
    height: 1rem;
    border-radius: 0.2rem;
    background: var(--group, transparent);
    box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.35);
  }

  [class*='heat-'],
  [class*='status-'],
  .swatch,
  svg {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
`;
