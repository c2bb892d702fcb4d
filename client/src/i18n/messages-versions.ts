// Part of the one message catalogue (see messages.ts): comparing topic list versions and moving a study to a newer version.
import type { Entry } from './entry.ts';
import { addMessages } from './locale.ts';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
type S = string;

export const versionMessages = {
  'versions.compareLink': { nl: 'Versies vergelijken', en: 'Compare versions' },
  'versions.title': { nl: 'Versies vergelijken', en: 'Compare versions' },
  'versions.back': { nl: 'Terug naar de topiclijst', en: 'Back to the topic list' },
  'versions.loading': { nl: 'Versies laden…', en: 'Loading versions…' },
  'versions.comparing': { nl: 'Versies vergelijken…', en: 'Comparing versions…' },
  'versions.pick': { nl: 'Kies twee versies', en: 'Choose two versions' },
  'versions.from': { nl: 'Van versie', en: 'From version' },
  'versions.to': { nl: 'Naar versie', en: 'To version' },
  'versions.option': {
    nl: (n: number, date: S) => `Versie ${n} (${date})`,
    en: (n: number, date: S) => `Version ${n} (${date})`,
  },
  'versions.onlyOne': {
    nl: 'Deze topiclijst heeft nog maar één versie; er is niets te vergelijken.',
    en: 'This topic list has only one version so far; there is nothing to compare.',
  },
  'versions.heading': {
    nl: (from: number, to: number) => `Van versie ${from} naar versie ${to}`,
    en: (from: number, to: number) => `From version ${from} to version ${to}`,
  },
  'versions.none': { nl: 'Geen verschillen tussen deze versies.', en: 'No differences between these versions.' },
  'versions.summary': {
    nl: (n: number, breaking: number) =>
      `${plural(n, 'wijziging', 'wijzigingen')}${breaking ? `, waarvan ${breaking} de vergelijkbaarheid ${breaking === 1 ? 'breekt' : 'breken'}` : ', geen daarvan breekt de vergelijkbaarheid'}.`,
    en: (n: number, breaking: number) =>
      `${plural(n, 'change', 'changes')}${breaking ? `, of which ${breaking} ${breaking === 1 ? 'breaks' : 'break'} comparability` : ', none of which breaks comparability'}.`,
  },
  'versions.breaking': { nl: 'Breekt vergelijkbaarheid', en: 'Breaks comparability' },
  'versions.breakingHint': {
    nl: 'Antwoorden van vóór en na zo’n wijziging zijn niet één op één te vergelijken.',
    en: 'Answers from before and after such a change cannot be compared one to one.',
  },

  'versions.group.list': { nl: 'Topiclijst', en: 'Topic list' },
  'versions.group.scales': { nl: 'Schalen', en: 'Scales' },
  'versions.group.dimensions': { nl: 'Dimensies', en: 'Dimensions' },
  'versions.group.levels': { nl: 'Niveaus', en: 'Levels' },
  'versions.group.topics': { nl: 'Onderwerpen', en: 'Topics' },
  'versions.group.items': { nl: 'Vragen en antwoordopties', en: 'Questions and answer options' },

  'versions.nothing': { nl: 'geen', en: 'none' },
  'versions.field.prompt': { nl: 'vraag', en: 'question' },
  'versions.field.hint': { nl: 'toelichting', en: 'hint' },
  'versions.field.probes': { nl: 'doorvragen', en: 'probes' },
  'versions.field.label': { nl: 'naam', en: 'name' },
  'versions.field.labels': { nl: 'teksten bij de punten', en: 'point labels' },
  'versions.field.description': { nl: 'beschrijving', en: 'description' },
  'versions.bounds.min': { nl: (n: number) => `minimaal ${n}`, en: (n: number) => `at least ${n}` },
  'versions.bounds.max': { nl: (n: number) => `maximaal ${n}`, en: (n: number) => `at most ${n}` },

  'change.title.changed': { nl: (a: S, b: S) => `Titel gewijzigd: ‘${a}’ wordt ‘${b}’`, en: (a: S, b: S) => `Title changed: ‘${a}’ becomes ‘${b}’` },
  'change.description.changed': { nl: 'Beschrijving van de topiclijst gewijzigd', en: 'Description of the topic list changed' },
  'change.languages.changed': { nl: (a: S, b: S) => `Talen gewijzigd: ${a} wordt ${b}`, en: (a: S, b: S) => `Languages changed: ${a} becomes ${b}` },

  'change.scale.added': { nl: (s: S) => `Schaal ‘${s}’ toegevoegd`, en: (s: S) => `Scale ‘${s}’ added` },
  'change.scale.removed': { nl: (s: S) => `Schaal ‘${s}’ verwijderd`, en: (s: S) => `Scale ‘${s}’ removed` },
  'change.scale.range_changed': {
    nl: (s: S, a: S, b: S) => `Bereik van schaal ‘${s}’ gewijzigd: ${a} wordt ${b}`,
    en: (s: S, a: S, b: S) => `Range of scale ‘${s}’ changed: ${a} becomes ${b}`,
  },
  'change.scale.specials_changed': {
    nl: (s: S, a: S, b: S) => `Bijzondere antwoorden van schaal ‘${s}’ gewijzigd: ${a} wordt ${b}`,
    en: (s: S, a: S, b: S) => `Special answers of scale ‘${s}’ changed: ${a} becomes ${b}`,
  },
  'change.scale.relabelled': { nl: (s: S, f: S) => `Schaal ‘${s}’: ${f} gewijzigd`, en: (s: S, f: S) => `Scale ‘${s}’: ${f} changed` },

  'change.dimension.added': { nl: (d: S) => `Dimensie ‘${d}’ toegevoegd`, en: (d: S) => `Dimension ‘${d}’ added` },
  'change.dimension.removed': { nl: (d: S) => `Dimensie ‘${d}’ verwijderd`, en: (d: S) => `Dimension ‘${d}’ removed` },
  'change.dimension.moved': {
    nl: (d: S, a: number, b: number) => `Dimensie ‘${d}’ verplaatst van plek ${a} naar plek ${b}`,
    en: (d: S, a: number, b: number) => `Dimension ‘${d}’ moved from place ${a} to place ${b}`,
  },
  'change.dimension.relabelled': { nl: (d: S, f: S) => `Dimensie ‘${d}’: ${f} gewijzigd`, en: (d: S, f: S) => `Dimension ‘${d}’: ${f} changed` },

  'change.level.added': { nl: (l: S) => `Niveau ‘${l}’ toegevoegd`, en: (l: S) => `Level ‘${l}’ added` },
  'change.level.removed': { nl: (l: S) => `Niveau ‘${l}’ verwijderd`, en: (l: S) => `Level ‘${l}’ removed` },
  'change.level.moved': {
    nl: (l: S, a: number, b: number) => `Niveau ‘${l}’ verplaatst van plek ${a} naar plek ${b}`,
    en: (l: S, a: number, b: number) => `Level ‘${l}’ moved from place ${a} to place ${b}`,
  },
  'change.level.relabelled': { nl: (l: S, f: S) => `Niveau ‘${l}’: ${f} gewijzigd`, en: (l: S, f: S) => `Level ‘${l}’: ${f} changed` },

  'change.topic.added': { nl: (t: S, l: S) => `Onderwerp ‘${t}’ toegevoegd aan ‘${l}’`, en: (t: S, l: S) => `Topic ‘${t}’ added to ‘${l}’` },
  'change.topic.removed': { nl: (t: S, l: S) => `Onderwerp ‘${t}’ verwijderd uit ‘${l}’`, en: (t: S, l: S) => `Topic ‘${t}’ removed from ‘${l}’` },
  'change.topic.moved': {
    nl: (t: S, a: S, b: S) => `Onderwerp ‘${t}’ verplaatst van ‘${a}’ naar ‘${b}’`,
    en: (t: S, a: S, b: S) => `Topic ‘${t}’ moved from ‘${a}’ to ‘${b}’`,
  },
  'change.topic.reordered': { nl: (t: S, l: S) => `Onderwerp ‘${t}’ verplaatst binnen ‘${l}’`, en: (t: S, l: S) => `Topic ‘${t}’ moved within ‘${l}’` },
  'change.topic.relabelled': { nl: (t: S, f: S) => `Onderwerp ‘${t}’: ${f} gewijzigd`, en: (t: S, f: S) => `Topic ‘${t}’: ${f} changed` },

  'change.item.added': { nl: (i: S, t: S) => `Vraag ‘${i}’ toegevoegd aan ‘${t}’`, en: (i: S, t: S) => `Question ‘${i}’ added to ‘${t}’` },
  'change.item.removed': { nl: (i: S, t: S) => `Vraag ‘${i}’ verwijderd uit ‘${t}’`, en: (i: S, t: S) => `Question ‘${i}’ removed from ‘${t}’` },
  'change.item.moved': {
    nl: (i: S, a: S, b: S) => `Vraag ‘${i}’ verplaatst van ‘${a}’ naar ‘${b}’`,
    en: (i: S, a: S, b: S) => `Question ‘${i}’ moved from ‘${a}’ to ‘${b}’`,
  },
  'change.item.reordered': { nl: (i: S, t: S) => `Vraag ‘${i}’ verplaatst binnen ‘${t}’`, en: (i: S, t: S) => `Question ‘${i}’ moved within ‘${t}’` },
  'change.item.relabelled': { nl: (i: S, f: S) => `Vraag ‘${i}’: ${f} gewijzigd`, en: (i: S, f: S) => `Question ‘${i}’: ${f} changed` },
  'change.item.retyped': {
    nl: (i: S, a: S, b: S) => `Vraag ‘${i}’ heeft een ander type: ${a} wordt ${b}`,
    en: (i: S, a: S, b: S) => `Question ‘${i}’ has another type: ${a} becomes ${b}`,
  },
  'change.item.scale_changed': {
    nl: (i: S, a: S, b: S) => `Vraag ‘${i}’ gebruikt een andere schaal: ${a} wordt ${b}`,
    en: (i: S, a: S, b: S) => `Question ‘${i}’ uses another scale: ${a} becomes ${b}`,
  },
  'change.item.dimension_changed': {
    nl: (i: S, a: S, b: S) => `Vraag ‘${i}’ hoort bij een andere dimensie: ${a} wordt ${b}`,
    en: (i: S, a: S, b: S) => `Question ‘${i}’ belongs to another dimension: ${a} becomes ${b}`,
  },
  'change.item.bounds_changed': {
    nl: (i: S, a: S, b: S) => `Grenzen van vraag ‘${i}’ gewijzigd: ${a} wordt ${b}`,
    en: (i: S, a: S, b: S) => `Bounds of question ‘${i}’ changed: ${a} becomes ${b}`,
  },

  'change.option.added': { nl: (o: S, i: S) => `Antwoordoptie ‘${o}’ toegevoegd aan vraag ‘${i}’`, en: (o: S, i: S) => `Answer option ‘${o}’ added to question ‘${i}’` },
  'change.option.removed': { nl: (o: S, i: S) => `Antwoordoptie ‘${o}’ verwijderd uit vraag ‘${i}’`, en: (o: S, i: S) => `Answer option ‘${o}’ removed from question ‘${i}’` },
  'change.option.moved': { nl: (o: S, i: S) => `Antwoordoptie ‘${o}’ verplaatst binnen vraag ‘${i}’`, en: (o: S, i: S) => `Answer option ‘${o}’ moved within question ‘${i}’` },
  'change.option.relabelled': {
    nl: (a: S, b: S, i: S) => `Antwoordoptie ‘${a}’ heet nu ‘${b}’ (vraag ‘${i}’)`,
    en: (a: S, b: S, i: S) => `Answer option ‘${a}’ is now called ‘${b}’ (question ‘${i}’)`,
  },

  'studyVersion.title': { nl: 'Versie van de topiclijst', en: 'Topic list version' },
  'studyVersion.current': {
    nl: (n: number) => `Dit onderzoek gebruikt versie ${n}. Interviews houden de versie waarmee ze zijn aangemaakt; nieuwe interviews krijgen de versie van het onderzoek.`,
    en: (n: number) => `This study uses version ${n}. Interviews keep the version they were created with; new interviews get the study's version.`,
  },
  'studyVersion.latest': { nl: 'Dit is de nieuwste versie.', en: 'This is the latest version.' },
  'studyVersion.newer': { nl: (n: number) => `Er is een nieuwere versie: versie ${n}.`, en: (n: number) => `There is a newer version: version ${n}.` },
  'studyVersion.moveTo': { nl: (n: number) => `Naar versie ${n}`, en: (n: number) => `Move to version ${n}` },
  'studyVersion.review': {
    nl: (from: number, to: number) => `Overstappen van versie ${from} naar versie ${to}`,
    en: (from: number, to: number) => `Moving from version ${from} to version ${to}`,
  },
  'studyVersion.breakingWarning': {
    nl: 'Deze versie heeft wijzigingen die de vergelijkbaarheid breken. Antwoorden uit bestaande interviews zijn daarna niet één op één te vergelijken met nieuwe.',
    en: 'This version has changes that break comparability. Answers from existing interviews can then not be compared one to one with new ones.',
  },
  'studyVersion.safe': {
    nl: 'Geen van de wijzigingen breekt de vergelijkbaarheid.',
    en: 'None of the changes breaks comparability.',
  },
  'studyVersion.confirm': { nl: (n: number) => `Overstappen naar versie ${n}`, en: (n: number) => `Move to version ${n}` },
  'studyVersion.confirmBreaking': { nl: (n: number) => `Toch overstappen naar versie ${n}`, en: (n: number) => `Move to version ${n} anyway` },
  'studyVersion.cancel': { nl: 'Niet overstappen', en: 'Do not move' },
  'studyVersion.moved': { nl: (n: number) => `Het onderzoek gebruikt nu versie ${n}.`, en: (n: number) => `The study now uses version ${n}.` },
  'studyVersion.allChanges': { nl: 'Alle wijzigingen bekijken', en: 'See all changes' },
  'studyVersion.loadingChanges': { nl: 'Wijzigingen ophalen…', en: 'Fetching the changes…' },
  'studyVersion.error.breaking': {
    nl: 'Deze versie heeft wijzigingen die de vergelijkbaarheid breken; bekijk ze en bevestig opnieuw.',
    en: 'This version has changes that break comparability; review them and confirm again.',
  },
  'studyVersion.error.notNewer': {
    nl: 'Het onderzoek gebruikt deze of een nieuwere versie al. Laad de pagina opnieuw.',
    en: 'The study already uses this or a newer version. Reload the page.',
  },
  'studyVersion.error.unknownVersion': { nl: 'Deze versie van de topiclijst bestaat niet.', en: 'This version of the topic list does not exist.' },
} satisfies Record<string, Entry>;

addMessages(versionMessages);
