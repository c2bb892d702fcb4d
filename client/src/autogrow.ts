// Text areas that grow with their content. CSS `field-sizing: content` does it where the
// browser knows it; elsewhere the `rows` attribute is raised until nothing scrolls (the CSP
// allows no inline styles, so heights are never set directly).

const native = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');
const MAX_ROWS = 40;

/** Call after the text changed (typing, or a value set from outside). */
export function autogrow(textarea: HTMLTextAreaElement | null | undefined, minRows = 3): void {
  if (!textarea || native) return;
  textarea.rows = minRows;
  while (textarea.scrollHeight > textarea.clientHeight + 1 && textarea.rows < MAX_ROWS) textarea.rows += 1;
}
