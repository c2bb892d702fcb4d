// The one message catalogue of the client. Every entry holds Dutch first, English second;
// a missing translation is a type error. Entries with parameters are functions.

type Text = string | ((...args: never[]) => string);
interface Entry {
  nl: Text;
  en: Text;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const messages = {
  'app.name': { nl: 'leidraad', en: 'leidraad' },
  'app.tagline': { nl: 'Gestructureerde interviews', en: 'Structured interviews' },
  'app.skip': { nl: 'Naar de inhoud', en: 'Skip to content' },
  'app.nav': { nl: 'Hoofdmenu', en: 'Main menu' },
  'locale.group': { nl: 'Taal', en: 'Language' },

  'topiclists.title': { nl: 'Topiclijsten', en: 'Topic lists' },
  'topiclists.intro': {
    nl: 'De topiclijsten die op dit platform geladen zijn. Kies er een om de niveaus, onderwerpen en vragen te bekijken.',
    en: 'The topic lists loaded on this platform. Choose one to read its levels, topics and questions.',
  },
  'topiclists.loading': { nl: 'Topiclijsten laden…', en: 'Loading topic lists…' },
  'topiclists.empty': { nl: 'Er zijn nog geen topiclijsten geladen.', en: 'No topic lists have been loaded yet.' },
  'topiclists.emptyHint': {
    nl: 'Een onderzoeksleider voegt een topiclijst toe met POST /api/topiclists.',
    en: 'A research lead adds a topic list with POST /api/topiclists.',
  },
  'topiclists.counts': {
    nl: (levels: number, items: number) => `${plural(levels, 'niveau', 'niveaus')} · ${plural(items, 'vraag', 'vragen')}`,
    en: (levels: number, items: number) => `${plural(levels, 'level', 'levels')} · ${plural(items, 'question', 'questions')}`,
  },
  'topiclists.version': { nl: (v: string) => `versie ${v}`, en: (v: string) => `version ${v}` },
  'topiclists.loaded': { nl: (date: string) => `geladen op ${date}`, en: (date: string) => `loaded on ${date}` },

  'topiclist.loading': { nl: 'Topiclijst laden…', en: 'Loading topic list…' },
  'topiclist.back': { nl: 'Alle topiclijsten', en: 'All topic lists' },
  'topiclist.languages': { nl: 'Talen', en: 'Languages' },
  'topiclist.levels': { nl: 'Niveaus', en: 'Levels' },
  'topiclist.noLevels': { nl: 'Deze topiclijst heeft geen niveaus.', en: 'This topic list has no levels.' },
  'topiclist.notFound': { nl: 'Deze topiclijst bestaat niet.', en: 'This topic list does not exist.' },
  'topiclist.fallbackLanguage': {
    nl: (language: string) => `Deze topiclijst is niet in het Nederlands beschikbaar; de teksten staan in het ${language}.`,
    en: (language: string) => `This topic list is not available in English; its texts are shown in ${language}.`,
  },

  'level.step': { nl: (i: number, n: number) => `Niveau ${i} van ${n}`, en: (i: number, n: number) => `Level ${i} of ${n}` },
  'level.topics': {
    nl: (n: number) => plural(n, 'onderwerp', 'onderwerpen'),
    en: (n: number) => plural(n, 'topic', 'topics'),
  },
  'level.empty': { nl: 'Dit niveau heeft geen onderwerpen.', en: 'This level has no topics.' },
  'level.previous': { nl: 'Vorig niveau', en: 'Previous level' },
  'level.next': { nl: 'Volgend niveau', en: 'Next level' },

  'item.type.open': { nl: 'Open vraag', en: 'Open question' },
  'item.type.scale': { nl: 'Schaal', en: 'Scale' },
  'item.type.choice': { nl: 'Eén keuze', en: 'Single choice' },
  'item.type.multi': { nl: 'Meerdere keuzes', en: 'Multiple choice' },
  'item.type.number': { nl: 'Getal', en: 'Number' },
  'item.type.boolean': { nl: 'Ja of nee', en: 'Yes or no' },
  'item.type.date': { nl: 'Datum', en: 'Date' },
  'item.hint': { nl: 'Toelichting', en: 'Hint' },
  'item.probes': { nl: 'Doorvragen', en: 'Probes' },
  'item.options': { nl: 'Antwoordopties', en: 'Options' },
  'item.numberRange': {
    nl: (min: string, max: string) => `Van ${min} tot en met ${max}`,
    en: (min: string, max: string) => `From ${min} to ${max}`,
  },
  'item.numberMin': { nl: (min: string) => `Minimaal ${min}`, en: (min: string) => `At least ${min}` },
  'item.numberMax': { nl: (max: string) => `Maximaal ${max}`, en: (max: string) => `At most ${max}` },
  'item.matrix': {
    nl: (dimension: string) => `Tevredenheidsmatrix: ${dimension}`,
    en: (dimension: string) => `Satisfaction matrix: ${dimension}`,
  },

  'scale.points': { nl: 'Schaalpunten', en: 'Scale points' },
  'scale.range': {
    nl: (min: number, max: number) => `Schaal van ${min} tot en met ${max}`,
    en: (min: number, max: number) => `Scale from ${min} to ${max}`,
  },
  'scale.specials': { nl: 'Ook als antwoord', en: 'Also accepted' },
  'special.na': { nl: 'Niet van toepassing', en: 'Not applicable' },
  'special.dk': { nl: 'Weet niet', en: "Don't know" },

  'error.title': { nl: 'Er ging iets mis', en: 'Something went wrong' },
  'error.network': {
    nl: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    en: 'The server cannot be reached. Check the connection and try again.',
  },
  'error.status': {
    nl: (status: number) => `De server antwoordde met een fout (${status}).`,
    en: (status: number) => `The server answered with an error (${status}).`,
  },
  'error.unexpected': { nl: 'Er is een onverwachte fout opgetreden.', en: 'An unexpected error occurred.' },
  'error.details': { nl: 'Technische details', en: 'Technical details' },
  'error.retry': { nl: 'Opnieuw proberen', en: 'Try again' },

  'notFound.title': { nl: 'Pagina niet gevonden', en: 'Page not found' },
  'notFound.body': { nl: 'Op dit adres staat geen pagina.', en: 'There is no page at this address.' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;
type Value<K extends MessageKey> = (typeof messages)[K]['nl'];
/** The parameters a message takes: none for plain texts. */
export type MessageArgs<K extends MessageKey> = Value<K> extends (...args: infer A) => string ? A : [];
