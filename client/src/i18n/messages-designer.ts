// Part of the one message catalogue (see messages.ts): the topic list designer: drafts, editing, validation, preview, publishing.
import type { Entry } from './entry.ts';
import { addMessages } from './locale.ts';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
/** A quoted label, shortened: names of elements in buttons and announcements. */
const quoted = (text: string) => {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return ` ‘${trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed}’`;
};

export const designerMessages = {
  'designer.general': { nl: 'Algemeen', en: 'General' },
  'designer.id': { nl: 'Id', en: 'Id' },
  'designer.idHint': {
    nl: 'Wordt uit de naam gemaakt zolang het element nieuw is; u kunt hem aanpassen.',
    en: 'Made from the name while the element is new; you can change it.',
  },
  'designer.listIdHint': {
    nl: 'Kleine letters, cijfers en streepjes. Wordt uit de titel gemaakt zolang hij leeg is.',
    en: 'Lower-case letters, digits and dashes. Made from the title while it is empty.',
  },
  'designer.idRequired': { nl: 'Vul een id in.', en: 'Fill in an id.' },
  'designer.idTaken': { nl: (id: string) => `De id “${id}” is al in gebruik.`, en: (id: string) => `The id “${id}” is already in use.` },
  'designer.title': { nl: 'Titel', en: 'Title' },
  'designer.name': { nl: 'Naam', en: 'Name' },
  'designer.description': { nl: 'Beschrijving', en: 'Description' },
  'designer.prompt': { nl: 'Vraag', en: 'Question' },
  'designer.type': { nl: 'Soort vraag', en: 'Kind of question' },
  'designer.untitled': { nl: '(nog zonder naam)', en: '(no name yet)' },
  'designer.unknown': { nl: (id: string) => `Onbekend: ${id}`, en: (id: string) => `Unknown: ${id}` },
  'designer.problems': { nl: (n: number) => count(n, 'probleem', 'problemen'), en: (n: number) => count(n, 'problem', 'problems') },

  'designer.defaultLanguage': { nl: '(standaard)', en: '(default)' },
  'designer.translationMissing': { nl: 'vertaling ontbreekt', en: 'translation missing' },
  'designer.languages': { nl: 'Talen', en: 'Languages' },
  'designer.languagesHint': {
    nl: 'De eerste taal is de standaardtaal: elke tekst is er in die taal. De andere talen zijn vertalingen.',
    en: 'The first language is the default: every text exists in it. The other languages are translations.',
  },
  'designer.defaultLanguageBadge': { nl: 'standaardtaal', en: 'default language' },
  'designer.languageUp': { nl: (code: string) => `Taal ${code} omhoog`, en: (code: string) => `Move language ${code} up` },
  'designer.languageDown': { nl: (code: string) => `Taal ${code} omlaag`, en: (code: string) => `Move language ${code} down` },
  'designer.languageRemove': { nl: (code: string) => `Taal ${code} verwijderen`, en: (code: string) => `Remove language ${code}` },
  'designer.languageAdd': { nl: 'Taal toevoegen', en: 'Add a language' },
  'designer.languageCodeHint': { nl: 'Een taalcode, zoals en, de of fr.', en: 'A language code, such as nl, de or fr.' },
  'designer.languageAddButton': { nl: 'Toevoegen', en: 'Add' },
  'designer.languageInvalid': { nl: 'Dit is geen taalcode; gebruik bijvoorbeeld en of de.', en: 'This is not a language code; use for example nl or de.' },
  'designer.languageTaken': { nl: (code: string) => `De taal ${code} staat er al.`, en: (code: string) => `The language ${code} is already there.` },
  'designer.languageAdded': { nl: (code: string) => `Taal ${code} toegevoegd.`, en: (code: string) => `Language ${code} added.` },
  'designer.languageDefault': { nl: (code: string) => `${code} is nu de standaardtaal.`, en: (code: string) => `${code} is now the default language.` },
  'designer.languageRemoveHeading': { nl: (code: string) => `Taal ${code} verwijderen?`, en: (code: string) => `Remove language ${code}?` },
  'designer.languageRemoveMessage': {
    nl: (n: number) => `${count(n, 'tekst', 'teksten')} in deze taal ${n === 1 ? 'wordt' : 'worden'} ook verwijderd.`,
    en: (n: number) => `${count(n, 'text', 'texts')} in this language will be removed too.`,
  },

  'designer.scales': { nl: 'Schalen', en: 'Scales' },
  'designer.scalesHint': {
    nl: 'Een schaal is een reeks antwoordpunten (bijvoorbeeld 1 tot 5) die schaalvragen delen.',
    en: 'A scale is a range of answer points (for example 1 to 5) that scale questions share.',
  },
  'designer.noScales': { nl: 'Nog geen schalen.', en: 'No scales yet.' },
  'designer.addScale': { nl: 'Schaal toevoegen', en: 'Add a scale' },
  'designer.scale': { nl: 'Schaal', en: 'Scale' },
  'designer.scaleN': { nl: (n: number) => `Schaal ${n}`, en: (n: number) => `Scale ${n}` },
  'designer.scaleIdHint': { nl: 'Vragen op deze schaal gaan mee als u hem wijzigt.', en: 'Questions on this scale follow when you change it.' },
  'designer.scaleLabel': { nl: 'Naam van de schaal', en: 'Name of the scale' },
  'designer.scaleMin': { nl: 'Laagste punt', en: 'Lowest point' },
  'designer.scaleMax': { nl: 'Hoogste punt', en: 'Highest point' },
  'designer.point': { nl: (p: number) => `Punt ${p}`, en: (p: number) => `Point ${p}` },
  'designer.removeScale': { nl: 'Schaal verwijderen', en: 'Remove scale' },
  'designer.removeScaleUsed': {
    nl: (n: number) => `${count(n, 'vraag gebruikt', 'vragen gebruiken')} deze schaal; die moeten daarna een andere schaal krijgen.`,
    en: (n: number) => `${count(n, 'question uses', 'questions use')} this scale; they will need another scale.`,
  },
  'designer.scaleRenamed': { nl: (id: string) => `Schaal heet nu ${id}.`, en: (id: string) => `Scale is now called ${id}.` },

  'designer.dimensions': { nl: 'Dimensies', en: 'Dimensions' },
  'designer.dimensionsHint': {
    nl: 'Dimensies zijn de kolommen van de tevredenheidsmatrix; een schaalvraag kan bij één dimensie horen.',
    en: 'Dimensions are the columns of the satisfaction matrix; a scale question can belong to one dimension.',
  },
  'designer.noDimensions': { nl: 'Nog geen dimensies.', en: 'No dimensions yet.' },
  'designer.addDimension': { nl: 'Dimensie toevoegen', en: 'Add a dimension' },
  'designer.dimensionN': { nl: (n: number) => `Dimensie ${n}`, en: (n: number) => `Dimension ${n}` },
  'designer.dimensionIdHint': { nl: 'Vragen bij deze dimensie gaan mee als u hem wijzigt.', en: 'Questions on this dimension follow when you change it.' },
  'designer.dimension': { nl: 'Dimensie', en: 'Dimension' },
  'designer.dimensionHint': { nl: 'Voor de tevredenheidsmatrix; alleen schaalvragen.', en: 'For the satisfaction matrix; scale questions only.' },
  'designer.noDimension': { nl: 'Geen dimensie', en: 'No dimension' },
  'designer.removeDimension': {
    nl: (n: number) => (n ? `${count(n, 'vraag hoort', 'vragen horen')} bij deze dimensie; daarna bij geen enkele.` : 'De naam en beschrijving gaan verloren.'),
    en: (n: number) => (n ? `${count(n, 'question belongs', 'questions belong')} to this dimension; afterwards to none.` : 'Its name and description will be lost.'),
  },

  'designer.levels': { nl: 'Niveaus, topics en vragen', en: 'Levels, topics and questions' },
  'designer.reorderHint': {
    nl: 'Verplaats met de pijlknoppen, door te slepen aan ⠿, of met Alt+pijl omhoog en Alt+pijl omlaag.',
    en: 'Move with the arrow buttons, by dragging ⠿, or with Alt+Arrow Up and Alt+Arrow Down.',
  },
  'designer.collapseAll': { nl: 'Alles inklappen', en: 'Collapse all' },
  'designer.expandAll': { nl: 'Alles uitklappen', en: 'Expand all' },
  'designer.noLevels': { nl: 'Nog geen niveaus.', en: 'No levels yet.' },
  'designer.noTopics': { nl: 'Nog geen topics in dit niveau.', en: 'No topics in this level yet.' },
  'designer.noItems': { nl: 'Nog geen vragen in dit topic.', en: 'No questions in this topic yet.' },
  'designer.noOptions': { nl: 'Nog geen antwoordopties.', en: 'No options yet.' },
  'designer.addLevel': { nl: 'Niveau toevoegen', en: 'Add a level' },
  'designer.addTopic': { nl: 'Topic toevoegen', en: 'Add a topic' },
  'designer.addItem': { nl: 'Vraag toevoegen', en: 'Add a question' },
  'designer.addOption': { nl: 'Optie toevoegen', en: 'Add an option' },
  'designer.addProbe': { nl: 'Doorvraag toevoegen', en: 'Add a probe' },
  'designer.level': { nl: (n: number) => `Niveau ${n}`, en: (n: number) => `Level ${n}` },
  'designer.topic': { nl: (n: number) => `Topic ${n}`, en: (n: number) => `Topic ${n}` },
  'designer.item': { nl: (n: number) => `Vraag ${n}`, en: (n: number) => `Question ${n}` },
  'designer.option': { nl: (n: number) => `Optie ${n}`, en: (n: number) => `Option ${n}` },
  'designer.optionLabel': { nl: (n: number) => `Tekst van optie ${n}`, en: (n: number) => `Text of option ${n}` },
  'designer.probe': { nl: (n: number) => `Doorvraag ${n}`, en: (n: number) => `Probe ${n}` },
  'designer.name.level': { nl: (n: number, text: string) => `Niveau ${n}${quoted(text)}`, en: (n: number, text: string) => `Level ${n}${quoted(text)}` },
  'designer.name.topic': { nl: (n: number, text: string) => `Topic ${n}${quoted(text)}`, en: (n: number, text: string) => `Topic ${n}${quoted(text)}` },
  'designer.name.item': { nl: (n: number, text: string) => `Vraag ${n}${quoted(text)}`, en: (n: number, text: string) => `Question ${n}${quoted(text)}` },
  'designer.name.option': { nl: (n: number, text: string) => `Optie ${n}${quoted(text)}`, en: (n: number, text: string) => `Option ${n}${quoted(text)}` },
  'designer.name.dimension': { nl: (n: number, text: string) => `Dimensie ${n}${quoted(text)}`, en: (n: number, text: string) => `Dimension ${n}${quoted(text)}` },
  'designer.topicCount': { nl: (n: number) => count(n, 'topic', 'topics'), en: (n: number) => count(n, 'topic', 'topics') },
  'designer.itemCount': { nl: (n: number) => count(n, 'vraag', 'vragen'), en: (n: number) => count(n, 'question', 'questions') },
  'designer.topicsOf': { nl: (name: string) => `Topics van ${name}`, en: (name: string) => `Topics of ${name}` },
  'designer.itemsOf': { nl: (name: string) => `Vragen van ${name}`, en: (name: string) => `Questions of ${name}` },
  'designer.numberMin': { nl: 'Minimaal', en: 'At least' },
  'designer.numberMax': { nl: 'Maximaal', en: 'At most' },
  'designer.moveToTopic': { nl: 'Verplaatsen naar topic', en: 'Move to topic' },

  'designer.drag': { nl: 'Slepen om te verplaatsen', en: 'Drag to move' },
  'designer.moveUp': { nl: (name: string) => `Omhoog: ${name}`, en: (name: string) => `Move up: ${name}` },
  'designer.moveDown': { nl: (name: string) => `Omlaag: ${name}`, en: (name: string) => `Move down: ${name}` },
  'designer.duplicate': { nl: (name: string) => `Kopiëren: ${name}`, en: (name: string) => `Duplicate: ${name}` },
  'designer.remove': { nl: (name: string) => `Verwijderen: ${name}`, en: (name: string) => `Remove: ${name}` },
  'designer.moved': {
    nl: (name: string, n: number, total: number) => `${name} staat nu op plaats ${n} van ${total}.`,
    en: (name: string, n: number, total: number) => `${name} is now at position ${n} of ${total}.`,
  },
  'designer.movedToTopic': { nl: (name: string, topic: string) => `${name} staat nu in ${topic}.`, en: (name: string, topic: string) => `${name} is now in ${topic}.` },
  'designer.added': { nl: (name: string) => `${name} toegevoegd.`, en: (name: string) => `${name} added.` },
  'designer.duplicated': { nl: (name: string) => `Kopie gemaakt van ${name}.`, en: (name: string) => `Made a copy of ${name}.` },
  'designer.removed': { nl: (name: string) => `${name} verwijderd.`, en: (name: string) => `${name} removed.` },
  'designer.removeHeading': { nl: (name: string) => `${name} verwijderen?`, en: (name: string) => `Remove ${name}?` },
  'designer.removeConfirm': { nl: 'Verwijderen', en: 'Remove' },
  'designer.removeItem': { nl: 'De teksten van deze vraag gaan verloren.', en: 'The texts of this question will be lost.' },
  'designer.removeTopic': {
    nl: (n: number) => `Het topic en ${count(n, 'vraag', 'vragen')} erin gaan verloren.`,
    en: (n: number) => `The topic and ${count(n, 'question', 'questions')} in it will be lost.`,
  },
  'designer.removeLevel': {
    nl: (n: number) => `Het niveau en ${count(n, 'topic', 'topics')} erin gaan verloren, met alle vragen.`,
    en: (n: number) => `The level and ${count(n, 'topic', 'topics')} in it will be lost, with all questions.`,
  },
} satisfies Record<string, Entry>;

addMessages(designerMessages);
