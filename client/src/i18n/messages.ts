// The one message catalogue of the client. Every entry holds Dutch first, English second;
// a missing translation is a type error. Entries with parameters are functions.

import type { Entry } from './entry.ts';
import type { designerMessages } from './messages-designer.ts';
import type { adminMessages } from './messages-admin.ts';
import type { draftMessages } from './messages-drafts.ts';
import type { versionMessages } from './messages-versions.ts';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const messages = {
  'app.name': { nl: 'leidraad', en: 'leidraad' },
  'app.tagline': { nl: 'Gestructureerde interviews', en: 'Structured interviews' },
  'app.skip': { nl: 'Naar de inhoud', en: 'Skip to content' },
  'app.nav': { nl: 'Hoofdmenu', en: 'Main menu' },
  'locale.group': { nl: 'Taal', en: 'Language' },
  'app.loading': { nl: 'Laden…', en: 'Loading…' },
  'app.forbidden': { nl: 'Deze pagina is er niet voor uw rol.', en: 'This page is not available to your role.' },

  'nav.studies': { nl: 'Onderzoeken', en: 'Studies' },
  'nav.topiclists': { nl: 'Topiclijsten', en: 'Topic lists' },
  'nav.pairing': { nl: 'Tablet koppelen', en: 'Pair a tablet' },
  'nav.users': { nl: 'Gebruikers', en: 'Users' },
  'nav.devices': { nl: 'Apparaten', en: 'Devices' },
  'nav.audit': { nl: 'Auditlog', en: 'Audit log' },
  'nav.designer': { nl: 'Ontwerpen', en: 'Design' },

  'role.lead': { nl: 'Onderzoeksleider', en: 'Research lead' },
  'role.interviewer': { nl: 'Interviewer', en: 'Interviewer' },
  'role.analyst': { nl: 'Analist', en: 'Analyst' },

  'menu.signOut': { nl: 'Afmelden', en: 'Sign out' },
  'menu.onDevice': {
    nl: (role: string, device: string) => `${role} op ${device}`,
    en: (role: string, device: string) => `${role} on ${device}`,
  },
  'menu.signOutFailed': {
    nl: (reason: string) => `Afmelden is niet gelukt. ${reason}`,
    en: (reason: string) => `Signing out did not work. ${reason}`,
  },

  'field.name': { nl: 'Naam', en: 'Name' },
  'field.email': { nl: 'E-mailadres', en: 'Email address' },
  'field.password': { nl: 'Wachtwoord', en: 'Password' },
  'field.passwordRepeat': { nl: 'Herhaal het wachtwoord', en: 'Repeat the password' },
  'field.passwordHint': { nl: (n: number) => `Minstens ${n} tekens.`, en: (n: number) => `At least ${n} characters.` },
  'field.passwordShort': {
    nl: (n: number) => `Het wachtwoord moet minstens ${n} tekens hebben.`,
    en: (n: number) => `The password must have at least ${n} characters.`,
  },
  'field.passwordMismatch': { nl: 'De twee wachtwoorden zijn niet gelijk.', en: 'The two passwords are not the same.' },
  'field.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'field.emailInvalid': { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid email address.' },
  'form.invalid': {
    nl: (n: number) =>
      n === 1 ? 'Eén veld is nog niet goed ingevuld; zie de melding bij dat veld.' : `${n} velden zijn nog niet goed ingevuld; zie de meldingen bij die velden.`,
    en: (n: number) => (n === 1 ? 'One field needs attention; see the message next to it.' : `${n} fields need attention; see the messages next to them.`),
  },
  'form.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'confirm.cancel': { nl: 'Annuleren', en: 'Cancel' },

  'login.title': { nl: 'Aanmelden', en: 'Sign in' },
  'login.submit': { nl: 'Aanmelden', en: 'Sign in' },
  'login.busy': { nl: 'Bezig met aanmelden…', en: 'Signing in…' },
  'login.pairHint': { nl: 'Een tablet voor interviews?', en: 'A tablet for interviews?' },
  'login.pairLink': { nl: 'Koppel hem met een code', en: 'Pair it with a code' },
  'login.notice.signedOut': {
    nl: 'U bent afgemeld. De gegevens van leidraad op dit apparaat zijn gewist.',
    en: "You have signed out. leidraad's data on this device has been removed.",
  },
  'login.notice.deviceSignedOut': {
    nl: 'Dit apparaat is afgemeld en de gegevens van leidraad erop zijn gewist. Meld opnieuw aan of laat de tablet opnieuw koppelen.',
    en: "This device has been signed out and leidraad's data on it has been removed. Sign in again or have the tablet paired again.",
  },
  'login.notice.expired': { nl: 'Uw sessie is verlopen. Meld opnieuw aan.', en: 'Your session has ended. Please sign in again.' },

  'setup.title': { nl: 'Account van de onderzoeksleider aanmaken', en: 'Create the research lead account' },
  'setup.intro': {
    nl: 'leidraad start voor het eerst. Maak het account van de onderzoeksleider aan met de eenmalige setupcode die de server bij het starten in de console heeft getoond.',
    en: "leidraad is starting for the first time. Create the research lead's account with the one-time setup token the server printed on its console at start.",
  },
  'setup.token': { nl: 'Setupcode', en: 'Setup token' },
  'setup.tokenHint': {
    nl: 'Staat in de console van de server, onder "First run". Eén keer te gebruiken, 24 uur geldig.',
    en: 'Printed on the server console under "First run". Works once, for 24 hours.',
  },
  'setup.tokenWrong': { nl: 'Deze setupcode werkt niet.', en: 'This setup token does not work.' },
  'setup.submit': { nl: 'Account aanmaken en aanmelden', en: 'Create account and sign in' },

  'pair.title': { nl: 'Deze tablet koppelen', en: 'Pair this tablet' },
  'pair.intro': {
    nl: 'Typ de koppelcode die u van de onderzoeksleider of interviewer krijgt. De tablet wordt dan aangemeld als de interviewer voor wie de code is gemaakt.',
    en: 'Type the pairing code you were given by the research lead or interviewer. The tablet is then signed in as the interviewer the code was made for.',
  },
  'pair.introWithCode': {
    nl: 'De koppelcode is al ingevuld. Geef de tablet een naam en koppel hem.',
    en: 'The pairing code has been filled in. Give the tablet a name and pair it.',
  },
  'pair.replaces': {
    nl: (name: string) => `U bent op dit apparaat aangemeld als ${name}. Koppelen meldt het aan als de interviewer van de code.`,
    en: (name: string) => `You are signed in on this device as ${name}. Pairing signs it in as the code's interviewer instead.`,
  },
  'pair.code': { nl: 'Koppelcode', en: 'Pairing code' },
  'pair.codeInvalid': {
    nl: 'Een koppelcode heeft 8 letters en cijfers, zoals ABCD-EFGH.',
    en: 'A pairing code has 8 letters and digits, like ABCD-EFGH.',
  },
  'pair.deviceName': { nl: 'Naam van de tablet', en: 'Name of the tablet' },
  'pair.deviceNameHint': {
    nl: 'Zo herkent de onderzoeksleider de tablet in de lijst, bijvoorbeeld "Tablet 2".',
    en: 'How the research lead recognises the tablet in the list, for example "Tablet 2".',
  },
  'pair.deviceNameDefault': { nl: 'Tablet', en: 'Tablet' },
  'pair.submit': { nl: 'Koppelen', en: 'Pair' },

  'pairs.and': { nl: 'en', en: 'and' },

  'apiError.invalidCredentials': { nl: 'Het e-mailadres of wachtwoord klopt niet.', en: 'The email address or password is not right.' },
  'apiError.rateLimited': {
    nl: 'Te veel pogingen. Wacht een paar minuten en probeer het dan opnieuw.',
    en: 'Too many attempts. Wait a few minutes, then try again.',
  },
  'apiError.forbidden': { nl: 'Uw rol mag dit niet.', en: 'Your role may not do this.' },
  'apiError.setupToken': {
    nl: 'De setupcode klopt niet of is verlopen. Herstart de server voor een nieuwe.',
    en: 'The setup token is not right or has expired. Restart the server for a new one.',
  },
  'apiError.setupDone': {
    nl: 'Het account van de onderzoeksleider bestaat al. Meld u aan.',
    en: 'The research lead account already exists. Please sign in.',
  },
  'apiError.pairingCode': {
    nl: 'Deze koppelcode is onbekend, al gebruikt of verlopen. Vraag om een nieuwe.',
    en: 'This pairing code is unknown, already used or expired. Ask for a new one.',
  },
  'apiError.pairingRole': {
    nl: 'Alleen interviewers en onderzoeksleiders kunnen op een tablet werken.',
    en: 'Only interviewers and research leads can work on a tablet.',
  },
  'apiError.emailTaken': { nl: 'Er is al een account met dit e-mailadres.', en: 'There is already an account with this email address.' },
  'apiError.lastLead': {
    nl: 'Dit is de enige actieve onderzoeksleider. Maak eerst iemand anders onderzoeksleider.',
    en: 'This is the only active research lead. Make someone else research lead first.',
  },
  'apiError.deviceNotFound': { nl: 'Deze tablet bestaat niet (meer).', en: 'This tablet does not exist (any more).' },
  'apiError.studyNotFound': {
    nl: 'Dit onderzoek bestaat niet, of u bent er geen lid van.',
    en: 'This study does not exist, or you are not a member of it.',
  },
  'apiError.unknownTopicList': { nl: 'Deze versie van de topiclijst bestaat niet.', en: 'This version of the topic list does not exist.' },
  'apiError.memberNotEligible': {
    nl: 'Deze persoon kan hier niet worden gekozen (gedeactiveerd, geen lid of geen interviewer).',
    en: 'This person cannot be chosen here (deactivated, not a member, or not an interviewer).',
  },
  'apiError.memberInPair': {
    nl: 'Deze persoon zit in een duo en kan daarom niet uit het onderzoek worden verwijderd.',
    en: 'This person is in a pair and so cannot be removed from the study.',
  },
  'apiError.codeNotAllowed': { nl: 'Een waarde staat niet in de codelijst van het onderzoek.', en: "A value is not in the study's code list." },
  'apiError.duplicate': { nl: 'Dit bestaat al.', en: 'This already exists.' },
  'apiError.invalidBody': { nl: 'De server heeft de invoer afgewezen:', en: 'The server rejected the input:' },
  'apiError.interviewNotFound': {
    nl: 'Dit interview bestaat niet, of u neemt het niet af.',
    en: 'This interview does not exist, or you do not conduct it.',
  },
  'apiError.interviewLocked': {
    nl: 'Dit interview is afgerond: de antwoorden zijn vergrendeld tot de onderzoeksleider het heropent.',
    en: 'This interview has been completed: its answers are locked until the research lead reopens it.',
  },
  'apiError.consentRequired': { nl: 'Leg eerst de toestemming van de respondent vast.', en: "Record the respondent's consent first." },
  'apiError.consentRefused': {
    nl: 'De respondent heeft geen toestemming gegeven: er worden geen antwoorden vastgelegd.',
    en: 'The respondent did not consent: no answers are recorded.',
  },
  'apiError.invalidTransition': {
    nl: 'Deze statuswijziging kan nu niet; misschien heeft iemand anders het interview net gewijzigd.',
    en: 'This status change is not possible now; someone else may have just changed the interview.',
  },
  'apiError.commentRequired': { nl: 'Een opmerking is verplicht.', en: 'A comment is required.' },
  'apiError.interviewersNotEligible': {
    nl: 'Een gekozen interviewer is geen interviewer van dit onderzoek.',
    en: 'A chosen interviewer is not an interviewer of this study.',
  },
  'apiError.unknownRespondent': { nl: 'Deze respondent hoort niet bij dit onderzoek.', en: 'This respondent is not part of this study.' },
  'apiError.unsynced': {
    nl: 'Nog niet alle antwoorden staan op de server. Wacht tot alles is verzonden en probeer het dan opnieuw.',
    en: 'Not all answers are on the server yet. Wait until everything has been sent, then try again.',
  },
  'apiError.conflictsOpen': { nl: 'Kies eerst bij elk conflict een versie.', en: 'Choose a version for every conflict first.' },
  'apiError.server': {
    nl: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    en: 'Something went wrong on the server. Try again later.',
  },

  'item.hint': { nl: 'Toelichting', en: 'Hint' },
  'item.probes': { nl: 'Doorvragen', en: 'Probes' },
  'item.matrix': {
    nl: (dimension: string) => `Tevredenheidsmatrix: ${dimension}`,
    en: (dimension: string) => `Satisfaction matrix: ${dimension}`,
  },

  'special.na': { nl: 'Niet van toepassing', en: 'Not applicable' },
  'special.dk': { nl: 'Weet niet', en: "Don't know" },

  'matrix.link': { nl: 'Matrix', en: 'Matrix' },
  'matrix.linkFor': { nl: (code: string) => `tevredenheidsmatrix van ${code}`, en: (code: string) => `satisfaction matrix of ${code}` },
  'matrix.view': { nl: 'Tevredenheidsmatrix bekijken', en: 'View the satisfaction matrix' },

  'nav.interviews': { nl: 'Interviews', en: 'Interviews' },

  'status.planned': { nl: 'Gepland', en: 'Planned' },
  'status.in_progress': { nl: 'Bezig', en: 'In progress' },
  'status.completed': { nl: 'Afgerond', en: 'Completed' },
  'status.approved': { nl: 'Goedgekeurd', en: 'Approved' },
  'status.has_issues': { nl: 'Met opmerkingen', en: 'Has issues' },

  'interviews.title': { nl: 'Interviews', en: 'Interviews' },
  'interviews.intro': {
    nl: 'De interviews die u afneemt. Start een gepland interview of ga verder waar u was gebleven.',
    en: 'The interviews you conduct. Start a planned interview or carry on where you left off.',
  },
  'interviews.introLead': {
    nl: 'Alle interviews van alle onderzoeken. Een nieuw interview plant u op de pagina van het onderzoek.',
    en: "All interviews of all studies. Plan a new interview on the study's page.",
  },
  'interviews.loading': { nl: 'Interviews laden…', en: 'Loading interviews…' },
  'interviews.empty': {
    nl: 'Er zijn nog geen interviews voor u gepland. De onderzoeksleider plant ze.',
    en: 'No interviews have been planned for you yet. The research lead plans them.',
  },
  'interviews.emptyLead': {
    nl: 'Er zijn nog geen interviews. Plan er een op de pagina van een onderzoek.',
    en: "There are no interviews yet. Plan one on a study's page.",
  },
  'interviews.group.planned': { nl: 'Gepland', en: 'Planned' },
  'interviews.group.active': { nl: 'Bezig', en: 'In progress' },
  'interviews.group.done': { nl: 'Afgerond', en: 'Done' },
  'interviews.groupEmpty': { nl: 'Geen interviews.', en: 'No interviews.' },
  'interviews.answered': {
    nl: (n: number) => `${plural(n, 'antwoord', 'antwoorden')}`,
    en: (n: number) => `${plural(n, 'answer', 'answers')}`,
  },
  'interviews.start': { nl: 'Starten', en: 'Start' },
  'interviews.resume': { nl: 'Verdergaan', en: 'Resume' },
  'interviews.view': { nl: 'Bekijken', en: 'View' },
  'interviews.actionFor': { nl: (code: string) => `interview ${code}`, en: (code: string) => `interview ${code}` },

  'runner.loading': { nl: 'Interview openen…', en: 'Opening the interview…' },
  'runner.back': { nl: 'Alle interviews', en: 'All interviews' },
  'runner.title': { nl: (code: string) => `Interview ${code}`, en: (code: string) => `Interview ${code}` },
  'runner.dossier': { nl: (ref: string) => `Dossier ${ref}`, en: (ref: string) => `Dossier ${ref}` },
  'runner.with': { nl: (names: string) => `Door ${names}`, en: (names: string) => `By ${names}` },
  'runner.notFound': {
    nl: 'Dit interview bestaat niet, of u neemt het niet af.',
    en: 'This interview does not exist, or you do not conduct it.',
  },
  'runner.levels': { nl: 'Niveaus', en: 'Levels' },
  'runner.topics': { nl: 'Onderwerpen', en: 'Topics' },
  'runner.toolbar': { nl: 'Voortgang en opslaan', en: 'Progress and saving' },
  'runner.topicOf': { nl: (i: number, n: number) => `Onderwerp ${i} van ${n}`, en: (i: number, n: number) => `Topic ${i} of ${n}` },
  'runner.steps': { nl: 'Vorig en volgend onderwerp', en: 'Previous and next topic' },
  'runner.next': { nl: 'Volgend onderwerp', en: 'Next topic' },
  'runner.previous': { nl: 'Vorig onderwerp', en: 'Previous topic' },
  'runner.lastTopic': {
    nl: 'Dit was het laatste onderwerp. Zijn alle vragen gesteld? Rond dan het interview af.',
    en: 'This was the last topic. Have all questions been asked? Then complete the interview.',
  },
  'runner.toConflict': { nl: 'Naar het conflict', en: 'Go to the conflict' },
  'runner.locked.completed': {
    nl: 'Dit interview is afgerond. De antwoorden zijn alleen nog te lezen; de onderzoeksleider kan het heropenen.',
    en: 'This interview has been completed. The answers can only be read; the research lead can reopen it.',
  },
  'runner.locked.approved': {
    nl: 'Dit interview is goedgekeurd. De antwoorden zijn alleen nog te lezen.',
    en: 'This interview has been approved. The answers can only be read.',
  },
  'runner.locked.has_issues': {
    nl: 'De onderzoeksleider heeft opmerkingen bij dit interview. De antwoorden zijn alleen te lezen tot zij het heropent.',
    en: 'The research lead has issues with this interview. The answers can only be read until it is reopened.',
  },
  'runner.comment': { nl: (text: string) => `Opmerking: ${text}`, en: (text: string) => `Comment: ${text}` },

  'progress.overall': {
    nl: (a: number, n: number) => `${a} van ${n} beantwoord`,
    en: (a: number, n: number) => `${a} of ${n} answered`,
  },
  'progress.short': { nl: (a: number, n: number) => `${a}/${n}`, en: (a: number, n: number) => `${a}/${n}` },
  'progress.topicDone': { nl: 'alles beantwoord', en: 'all answered' },

  'timer.label': { nl: 'Tijd bij dit onderwerp', en: 'Time on this topic' },

  'presence.label': { nl: 'Ook in dit interview', en: 'Also in this interview' },
  'presence.at': {
    nl: (name: string, topic: string) => `${name} is bij ${topic}`,
    en: (name: string, topic: string) => `${name} is on ${topic}`,
  },
  'presence.somewhere': { nl: (name: string) => `${name} is in het interview`, en: (name: string) => `${name} is in the interview` },
  'presence.here': { nl: (name: string) => `${name} is hier`, en: (name: string) => `${name} is here` },

  'sync.saved': { nl: 'Opgeslagen op de server', en: 'Saved on the server' },
  'sync.pending': {
    nl: (n: number) => `Opgeslagen op deze tablet, wacht op verzending (${n})`,
    en: (n: number) => `Saved on this tablet, waiting to be sent (${n})`,
  },
  'sync.offline': { nl: 'Offline — antwoorden blijven op deze tablet', en: 'Offline — answers stay on this tablet' },
  'sync.conflict': { nl: 'Conflict — kies een versie', en: 'Conflict — choose a version' },

  'consent.title': { nl: 'Toestemming van de respondent', en: "The respondent's consent" },
  'consent.intro': {
    nl: 'Lees de respondent de tekst hieronder voor en vraag om toestemming. Pas daarna gaan de vragen open.',
    en: 'Read the text below to the respondent and ask for consent. The questions open only after that.',
  },
  'consent.textHeading': { nl: 'Voor te lezen', en: 'To read aloud' },
  'consent.text1': {
    nl: 'Dit interview is onderdeel van een wetenschappelijk onderzoek. Wij stellen u vragen over uw werk en over de samenwerking met andere professionals en organisaties.',
    en: 'This interview is part of a scientific study. We will ask you about your work and about cooperation with other professionals and organisations.',
  },
  'consent.text2': {
    nl: "Uw antwoorden worden vastgelegd onder een code, zonder uw naam. Wat u vertelt, gebruiken wij alleen geanonimiseerd: namen van cliënten, daders en collega's, contactgegevens en dossiernummers komen niet in rapporten of publicaties.",
    en: "Your answers are recorded under a code, without your name. We use what you tell us only in anonymised form: names of clients, offenders and colleagues, contact details and dossier numbers never appear in reports or publications.",
  },
  'consent.text3': {
    nl: 'U mag elke vraag overslaan en op elk moment stoppen, zonder dat te hoeven uitleggen.',
    en: 'You may skip any question and stop at any moment, without having to explain why.',
  },
  'consent.question': {
    nl: 'Gaat u ermee akkoord dat wij dit interview afnemen en uw antwoorden voor dit onderzoek gebruiken?',
    en: 'Do you agree to this interview and to your answers being used for this study?',
  },
  'consent.version': { nl: (v: string) => `Versie van deze tekst: ${v}`, en: (v: string) => `Version of this text: ${v}` },
  'consent.yes': { nl: 'Ja, de respondent geeft toestemming', en: 'Yes, the respondent consents' },
  'consent.no': { nl: 'Nee, geen toestemming', en: 'No consent' },
  'consent.confirmNoTitle': { nl: 'Geen toestemming vastleggen?', en: 'Record that there is no consent?' },
  'consent.confirmNoBody': {
    nl: 'Het interview stopt dan hier: er worden geen antwoorden vastgelegd.',
    en: 'The interview then ends here: no answers will be recorded.',
  },
  'consent.confirmNo': { nl: 'Geen toestemming', en: 'No consent' },
  'consent.busy': { nl: 'Toestemming vastleggen…', en: 'Recording consent…' },
  'consent.failed': {
    nl: (reason: string) => `De toestemming is niet vastgelegd. ${reason} Toestemming vastleggen kan alleen met verbinding met de server.`,
    en: (reason: string) => `Consent has not been recorded. ${reason} Recording consent needs a connection to the server.`,
  },
  'consent.refusedTitle': { nl: 'Geen toestemming', en: 'No consent' },
  'consent.refused': {
    nl: 'De respondent heeft geen toestemming gegeven. Het interview is hier beëindigd; er worden geen antwoorden vastgelegd.',
    en: 'The respondent did not consent. The interview has ended here; no answers will be recorded.',
  },
  'consent.recorded': {
    nl: (name: string, date: string, version: string) => `Vastgelegd door ${name} op ${date} (tekst ${version}).`,
    en: (name: string, date: string, version: string) => `Recorded by ${name} on ${date} (text ${version}).`,
  },
  'consent.given': {
    nl: (version: string, at: string) => `toestemming ${at} (${version})`,
    en: (version: string, at: string) => `consent ${at} (${version})`,
  },

  'answer.value': { nl: 'Antwoord', en: 'Answer' },
  'answer.note': { nl: 'Notitie', en: 'Note' },
  'answer.noteHint': {
    nl: "In de woorden van de respondent; geen namen van cliënten, daders of collega's.",
    en: "In the respondent's words; no names of clients, offenders or colleagues.",
  },
  'answer.yes': { nl: 'Ja', en: 'Yes' },
  'answer.no': { nl: 'Nee', en: 'No' },
  'answer.na': { nl: 'n.v.t.', en: 'n/a' },
  'answer.dk': { nl: 'weet niet', en: "don't know" },
  'answer.clear': { nl: 'Antwoord wissen', en: 'Clear answer' },
  'answer.answered': { nl: 'Beantwoord', en: 'Answered' },
  'answer.empty': { nl: '(leeg)', en: '(empty)' },
  'answer.changedBy': { nl: (name: string) => `Gewijzigd door ${name}`, en: (name: string) => `Changed by ${name}` },
  'answer.someone': { nl: 'de andere interviewer', en: 'the other interviewer' },
  'answer.itemOf': { nl: (i: number, n: number) => `Vraag ${i} van ${n}`, en: (i: number, n: number) => `Question ${i} of ${n}` },
  'answer.invalidNumber': { nl: 'Vul een getal in, bijvoorbeeld 4 of 2,5.', en: 'Enter a number, for example 4 or 2.5.' },
  'answer.belowMin': { nl: (min: string) => `Het getal is minimaal ${min}.`, en: (min: string) => `The number is at least ${min}.` },
  'answer.aboveMax': { nl: (max: string) => `Het getal is hoogstens ${max}.`, en: (max: string) => `The number is at most ${max}.` },
  'answer.invalidDate': { nl: 'Vul een bestaande datum in.', en: 'Enter a date that exists.' },
  'answer.tooLong': {
    nl: (max: number) => `Een tekst heeft hoogstens ${max} tekens.`,
    en: (max: number) => `A text has at most ${max} characters.`,
  },
  'answer.notSaved': { nl: 'Niet opgeslagen:', en: 'Not saved:' },

  'conflict.title': { nl: 'Twee versies van dit antwoord', en: 'Two versions of this answer' },
  'conflict.intro': {
    nl: (name: string) => `U en ${name} hebben dit antwoord tegelijk gewijzigd. Kies welke versie blijft, of voeg ze samen.`,
    en: (name: string) => `You and ${name} changed this answer at the same time. Choose which version stays, or merge them.`,
  },
  'conflict.mine': { nl: 'Mijn versie (deze tablet)', en: 'My version (this tablet)' },
  'conflict.theirs': { nl: (name: string) => `Versie van ${name}`, en: (name: string) => `${name}'s version` },
  'conflict.at': { nl: (time: string) => `opgeslagen ${time}`, en: (time: string) => `saved ${time}` },
  'conflict.none': { nl: 'Geen antwoord (gewist)', en: 'No answer (cleared)' },
  'conflict.keepMine': { nl: 'Mijn versie houden', en: 'Keep my version' },
  'conflict.keepTheirs': { nl: (name: string) => `Versie van ${name} houden`, en: (name: string) => `Keep ${name}'s version` },
  'conflict.merge': { nl: 'Samenvoegen', en: 'Merge' },
  'conflict.mergedValue': { nl: 'Samengevoegd antwoord', en: 'Merged answer' },
  'conflict.mergedNote': { nl: 'Samengevoegde notitie', en: 'Merged note' },
  'conflict.valueFrom': { nl: 'Welk antwoord blijft?', en: 'Which answer stays?' },
  'conflict.saveMerge': { nl: 'Samengevoegde versie opslaan', en: 'Save merged version' },
  'conflict.resolved': { nl: 'Conflict opgelost.', en: 'Conflict resolved.' },

  'complete.button': { nl: 'Interview afronden', en: 'Complete interview' },
  'complete.title': { nl: 'Interview afronden?', en: 'Complete the interview?' },
  'complete.allAnswered': { nl: 'Alle vragen zijn beantwoord.', en: 'All questions have been answered.' },
  'complete.unanswered': {
    nl: (n: number) => (n === 1 ? 'Eén vraag is nog niet beantwoord:' : `${n} vragen zijn nog niet beantwoord:`),
    en: (n: number) => (n === 1 ? 'One question has not been answered:' : `${n} questions have not been answered:`),
  },
  'complete.levelCount': {
    nl: (level: string, n: number) => `${level}: ${plural(n, 'vraag', 'vragen')}`,
    en: (level: string, n: number) => `${level}: ${plural(n, 'question', 'questions')}`,
  },
  'complete.after': {
    nl: 'Na het afronden zijn de antwoorden niet meer te wijzigen, tenzij de onderzoeksleider het interview heropent.',
    en: 'After completing, the answers can no longer be changed unless the research lead reopens the interview.',
  },
  'complete.confirm': { nl: 'Afronden', en: 'Complete' },
  'complete.failed': {
    nl: (reason: string) => `Afronden is niet gelukt. ${reason}`,
    en: (reason: string) => `Completing did not work. ${reason}`,
  },
  'complete.done': { nl: 'Het interview is afgerond.', en: 'The interview has been completed.' },

  'review.title': { nl: 'Beoordeling door de onderzoeksleider', en: "The research lead's review" },
  'review.approve': { nl: 'Goedkeuren', en: 'Approve' },
  'review.issues': { nl: 'Opmerkingen vastleggen', en: 'Record issues' },
  'review.comment': { nl: 'Opmerking voor de interviewers', en: 'Comment for the interviewers' },
  'review.commentHint': {
    nl: 'Verplicht bij opmerkingen: wat moet er beter of ontbreekt er?',
    en: 'Required with issues: what should be improved or is missing?',
  },
  'review.commentRequired': { nl: 'Schrijf wat er aan het interview schort.', en: 'Say what the issues are.' },
  'review.reopen': { nl: 'Heropenen', en: 'Reopen' },
  'review.done.approved': { nl: 'Het interview is goedgekeurd.', en: 'The interview has been approved.' },
  'review.done.has_issues': { nl: 'De opmerkingen zijn vastgelegd.', en: 'The issues have been recorded.' },
  'review.done.in_progress': { nl: 'Het interview is heropend.', en: 'The interview has been reopened.' },

  'signOut.pendingTitle': { nl: 'Nog niet alles is verzonden', en: 'Not everything has been sent' },
  'signOut.pending': {
    nl: (n: number) =>
      `${n === 1 ? '1 antwoord staat' : `${n} antwoorden staan`} nog alleen op deze tablet. Afmelden wist ze. Maak eerst verbinding met de server en wacht tot alles is verzonden, of meld toch af.`,
    en: (n: number) =>
      `${n === 1 ? '1 answer is' : `${n} answers are`} still only on this tablet. Signing out removes them. Connect to the server first and wait until everything has been sent, or sign out anyway.`,
  },
  'signOut.anyway': { nl: 'Toch afmelden', en: 'Sign out anyway' },

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
  'notFound.home': { nl: 'Naar de startpagina', en: 'To the start page' },
} satisfies Record<string, Entry>;

/**
 * The whole catalogue. The parts for pages a tablet does not need to run an interview (studies,
 * matrices, administration, the designer, version comparison) are separate modules that add
 * themselves when their pages load, so the tablets' first download stays small.
 */
type Catalogue = typeof messages & typeof adminMessages & typeof designerMessages & typeof draftMessages & typeof versionMessages;
export type MessageKey = keyof Catalogue;
type Value<K extends MessageKey> = Catalogue[K]['nl'];
/** The parameters a message takes: none for plain texts. */
export type MessageArgs<K extends MessageKey> = Value<K> extends (...args: infer A) => string ? A : [];
