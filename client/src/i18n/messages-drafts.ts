// Part of the one message catalogue (see messages.ts): the designer's pages around the
// editor: the list of drafts, saving, preview, problems and publishing.
import type { Entry } from './entry.ts';
import { addMessages } from './locale.ts';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const draftMessages = {
  'drafts.title': { nl: 'Topiclijsten ontwerpen', en: 'Design topic lists' },
  'drafts.intro': {
    nl: 'Bouw een topiclijst in de browser. Wijzigingen worden meteen bewaard als concept; publiceren maakt er een vaste, nieuwe versie van.',
    en: 'Build a topic list in the browser. Changes are kept as a draft at once; publishing makes it a fixed, new version.',
  },
  'drafts.new': { nl: 'Nieuw ontwerp', en: 'New design' },
  'drafts.blank': { nl: 'Lege topiclijst', en: 'Empty topic list' },
  'drafts.blankHint': { nl: 'Met Nederlands en Engels en een tevredenheidsschaal van 1 tot 5.', en: 'With Dutch and English and a satisfaction scale from 1 to 5.' },
  'drafts.copy': { nl: 'Kopie van een bestaande versie', en: 'Copy of an existing version' },
  'drafts.copyOf': { nl: 'Topiclijst en versie', en: 'Topic list and version' },
  'drafts.copyStart': { nl: 'Kopie maken', en: 'Make a copy' },
  'drafts.upload': { nl: 'Uit een bestand', en: 'From a file' },
  'drafts.uploadHint': { nl: 'YAML, JSON of een Excel-werkmap (.xlsx) met de bladen van de download.', en: 'YAML, JSON or an Excel workbook (.xlsx) with the sheets of the download.' },
  'drafts.uploadLabel': { nl: 'Bestand kiezen', en: 'Choose a file' },
  'drafts.uploadProblems': { nl: 'Het bestand heeft problemen; er is geen concept gemaakt:', en: 'The file has problems; no draft was made:' },
  'drafts.versionOption': { nl: (title: string, version: number) => `${title}, versie ${version}`, en: (title: string, version: number) => `${title}, version ${version}` },
  'drafts.list': { nl: 'Concepten', en: 'Drafts' },
  'drafts.empty': { nl: 'Er zijn nog geen concepten.', en: 'There are no drafts yet.' },
  'drafts.loading': { nl: 'Concepten laden…', en: 'Loading drafts…' },
  'drafts.untitled': { nl: 'Naamloze topiclijst', en: 'Untitled topic list' },
  'drafts.problems': {
    nl: (n: number) => (n === 0 ? 'klaar om te publiceren' : plural(n, 'probleem', 'problemen')),
    en: (n: number) => (n === 0 ? 'ready to publish' : plural(n, 'problem', 'problems')),
  },
  'drafts.next': {
    nl: (id: string, version: number) => `wordt ${id} versie ${version}`,
    en: (id: string, version: number) => `becomes ${id} version ${version}`,
  },
  'drafts.edited': {
    nl: (when: string, who: string) => `bewerkt ${when}${who ? ` door ${who}` : ''}`,
    en: (when: string, who: string) => `edited ${when}${who ? ` by ${who}` : ''}`,
  },
  'drafts.open': { nl: 'Openen', en: 'Open' },

  'draft.back': { nl: '← Alle concepten', en: '← All drafts' },
  'draft.loading': { nl: 'Concept laden…', en: 'Loading the draft…' },
  'draft.tabs': { nl: 'Weergave', en: 'View' },
  'draft.tab.edit': { nl: 'Bewerken', en: 'Edit' },
  'draft.tab.preview': { nl: 'Voorbeeld', en: 'Preview' },
  'draft.tab.changes': { nl: 'Wijzigingen', en: 'Changes' },
  'draft.save.saved': { nl: 'Bewaard op de server', en: 'Saved on the server' },
  'draft.save.saving': { nl: 'Bewaren…', en: 'Saving…' },
  'draft.save.unsaved': { nl: 'Bewaard op dit apparaat, wordt verstuurd', en: 'Kept on this device, being sent' },
  'draft.save.offline': { nl: 'Geen verbinding: bewaard op dit apparaat', en: 'No connection: kept on this device' },
  'draft.save.conflict': { nl: 'Iemand anders heeft dit concept intussen gewijzigd', en: 'Someone else changed this draft in the meantime' },
  'draft.save.error': { nl: 'Bewaren is geweigerd', en: 'Saving was refused' },
  'draft.conflict.body': {
    nl: (who: string) => `${who || 'Iemand anders'} heeft dit concept bewaard terwijl u het bewerkte. Uw versie staat op dit apparaat. Welke wilt u houden?`,
    en: (who: string) => `${who || 'Someone else'} saved this draft while you were editing it. Your version is on this device. Which one do you keep?`,
  },
  'draft.conflict.mine': { nl: 'Mijn versie houden', en: 'Keep my version' },
  'draft.conflict.theirs': { nl: 'Hun versie nemen', en: 'Take their version' },
  'draft.problems.none': { nl: 'Geen problemen: dit concept kan gepubliceerd worden.', en: 'No problems: this draft can be published.' },
  'draft.problems.some': {
    nl: (n: number) => `${plural(n, 'probleem', 'problemen')} voordat dit concept gepubliceerd kan worden. Ze staan bij de velden.`,
    en: (n: number) => `${plural(n, 'problem', 'problems')} before this draft can be published. They are shown next to the fields.`,
  },
  'draft.problems.show': { nl: 'Alle problemen', en: 'All problems' },
  'draft.publish': { nl: 'Publiceren', en: 'Publish' },
  'draft.publishAs': {
    nl: (id: string, version: number) => `Publiceren als ${id} versie ${version}`,
    en: (id: string, version: number) => `Publish as ${id} version ${version}`,
  },
  'draft.delete': { nl: 'Concept weggooien', en: 'Discard draft' },
  'draft.deleteConfirm': { nl: 'Dit concept en alle wijzigingen erin verdwijnen. Een gepubliceerde versie blijft bestaan.', en: 'This draft and all its changes are removed. Published versions stay.' },
  'draft.published': {
    nl: (id: string, version: number) => `Gepubliceerd als ${id} versie ${version}.`,
    en: (id: string, version: number) => `Published as ${id} version ${version}.`,
  },
  'draft.unchanged': {
    nl: (id: string, version: number) => `Niets veranderd: de inhoud is gelijk aan ${id} versie ${version}.`,
    en: (id: string, version: number) => `Nothing changed: the content is the same as ${id} version ${version}.`,
  },
  'draft.changes.none': { nl: 'Geen wijzigingen ten opzichte van de laatste versie.', en: 'No changes from the latest version.' },
  'draft.changes.new': { nl: 'Dit wordt een nieuwe topiclijst: er is nog geen versie om mee te vergelijken.', en: 'This becomes a new topic list: there is no version to compare with yet.' },
  'draft.changes.against': {
    nl: (id: string, version: number) => `Ten opzichte van ${id} versie ${version}`,
    en: (id: string, version: number) => `Compared with ${id} version ${version}`,
  },
  'publish.heading': { nl: 'Publiceren', en: 'Publish' },
  'publish.body': {
    nl: (id: string, version: number) => `Dit concept wordt ${id} versie ${version}. Een gepubliceerde versie verandert nooit meer; onderzoeken stappen er alleen op over als de onderzoeksleider dat doet.`,
    en: (id: string, version: number) => `This draft becomes ${id} version ${version}. A published version never changes again; studies move to it only when the research lead says so.`,
  },
  'publish.breaking': {
    nl: (n: number) => `Let op: ${plural(n, 'wijziging maakt', 'wijzigingen maken')} antwoorden onvergelijkbaar met de vorige versie.`,
    en: (n: number) => `Note: ${plural(n, 'change makes', 'changes make')} answers incomparable with the previous version.`,
  },
  'publish.confirmBreaking': { nl: 'Ik begrijp dat deze antwoorden niet te vergelijken zijn en wil toch publiceren', en: 'I understand these answers will not compare and want to publish anyway' },
  'publish.cancel': { nl: 'Terug naar het ontwerp', en: 'Back to the design' },
  'publish.confirm': { nl: 'Publiceren', en: 'Publish' },
  'preview.intro': {
    nl: 'Zo ziet een interviewer de lijst op een tablet. Antwoorden in het voorbeeld worden niet bewaard.',
    en: 'This is how an interviewer sees the list on a tablet. Answers in the preview are not stored.',
  },
  'preview.language': { nl: 'Taal van de vragen', en: 'Language of the questions' },
  'preview.size': { nl: 'Scherm', en: 'Screen' },
  'preview.landscape': { nl: 'Tablet liggend (1024 px)', en: 'Tablet landscape (1024 px)' },
  'preview.portrait': { nl: 'Tablet staand (768 px)', en: 'Tablet portrait (768 px)' },
  'preview.phone': { nl: 'Telefoon (390 px)', en: 'Phone (390 px)' },
  'preview.invalid': {
    nl: 'Het concept heeft nog problemen; het voorbeeld toont de laatste versie zonder problemen.',
    en: 'The draft still has problems; the preview shows its last version without problems.',
  },
  'preview.none': { nl: 'Er is nog geen versie zonder problemen om te tonen.', en: 'There is no version without problems to show yet.' },
  'preview.reset': { nl: 'Antwoorden wissen', en: 'Clear answers' },
  'preview.respondent': { nl: 'Voorbeeld', en: 'Preview' },
} satisfies Record<string, Entry>;

addMessages(draftMessages);
