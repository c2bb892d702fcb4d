// One entry of the message catalogue: Dutch first, English second; parameters make it a function.
export type Text = string | ((...args: never[]) => string);
export interface Entry {
  nl: Text;
  en: Text;
}
