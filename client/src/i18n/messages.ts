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
  'app.loading': { nl: 'Laden…', en: 'Loading…' },
  'app.forbidden': { nl: 'Deze pagina is er niet voor uw rol.', en: 'This page is not available to your role.' },

  'nav.studies': { nl: 'Onderzoeken', en: 'Studies' },
  'nav.topiclists': { nl: 'Topiclijsten', en: 'Topic lists' },
  'nav.pairing': { nl: 'Tablet koppelen', en: 'Pair a tablet' },
  'nav.users': { nl: 'Gebruikers', en: 'Users' },
  'nav.devices': { nl: 'Apparaten', en: 'Devices' },
  'nav.audit': { nl: 'Auditlog', en: 'Audit log' },

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
  'field.role': { nl: 'Rol', en: 'Role' },
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
  'field.optional': { nl: '(optioneel)', en: '(optional)' },
  'field.choose': { nl: 'Kies…', en: 'Choose…' },
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

  'pairing.title': { nl: 'Een tablet koppelen', en: 'Pair a tablet' },
  'pairing.introLead': {
    nl: 'Maak een koppelcode voor een interviewer. De tablet die de code gebruikt, wordt aangemeld als die interviewer.',
    en: 'Make a pairing code for an interviewer. The tablet that uses the code is signed in as that interviewer.',
  },
  'pairing.introSelf': {
    nl: 'Maak een koppelcode om een tablet als uzelf aan te melden.',
    en: 'Make a pairing code to sign a tablet in as yourself.',
  },
  'pairing.step1': { nl: 'Maak hieronder een koppelcode.', en: 'Make a pairing code below.' },
  'pairing.step2': {
    nl: 'Scan de QR-code met de camera van de tablet, of open op de tablet de koppelpagina en typ de code.',
    en: "Scan the QR code with the tablet's camera, or open the pairing page on the tablet and type the code.",
  },
  'pairing.step3': {
    nl: 'Geef de tablet een naam en koppel hem. De code werkt één keer en is 10 minuten geldig.',
    en: 'Name the tablet and pair it. The code works once and is valid for 10 minutes.',
  },
  'pairing.codeHeading': { nl: 'Koppelcode', en: 'Pairing code' },
  'pairing.for': { nl: 'Voor wie is de tablet?', en: 'Who is the tablet for?' },
  'pairing.forSelf': {
    nl: (name: string) => `De tablet wordt aangemeld als ${name}.`,
    en: (name: string) => `The tablet will be signed in as ${name}.`,
  },
  'pairing.create': { nl: 'Koppelcode maken', en: 'Make a pairing code' },
  'pairing.again': { nl: 'Nieuwe koppelcode maken', en: 'Make a new pairing code' },
  'pairing.created': { nl: (name: string) => `Koppelcode voor ${name} gemaakt.`, en: (name: string) => `Pairing code for ${name} made.` },
  'pairing.qrAlt': {
    nl: (name: string) => `QR-code om een tablet te koppelen voor ${name}`,
    en: (name: string) => `QR code to pair a tablet for ${name}`,
  },
  'pairing.codeFor': { nl: (name: string) => `Koppelcode voor ${name}`, en: (name: string) => `Pairing code for ${name}` },
  'pairing.codeLabel': { nl: (spelled: string) => `Code: ${spelled}`, en: (spelled: string) => `Code: ${spelled}` },
  'pairing.validUntil': {
    nl: (time: string, left: string) => `Geldig tot ${time} (nog ${left})`,
    en: (time: string, left: string) => `Valid until ${time} (${left} left)`,
  },
  'pairing.expired': { nl: 'Deze koppelcode is verlopen. Maak een nieuwe.', en: 'This pairing code has expired. Make a new one.' },
  'pairing.how': {
    nl: (url: string) => `Zonder camera: open ${url} op de tablet en typ de code.`,
    en: (url: string) => `Without a camera: open ${url} on the tablet and type the code.`,
  },

  'devices.title': { nl: 'Apparaten', en: 'Devices' },
  'devices.intro': {
    nl: 'Alle gekoppelde tablets. Trek een tablet in als hij kwijt is of wordt ingeleverd: hij wordt afgemeld en wist bij het volgende contact de gegevens van leidraad.',
    en: "All paired tablets. Revoke a tablet when it is lost or handed in: it is signed out and removes leidraad's data at its next contact.",
  },
  'devices.pairLink': { nl: 'Een tablet koppelen', en: 'Pair a tablet' },
  'devices.titleAll': { nl: 'Gekoppelde tablets', en: 'Paired tablets' },
  'devices.titleOwn': { nl: 'Uw gekoppelde tablets', en: 'Your paired tablets' },
  'devices.loading': { nl: 'Tablets laden…', en: 'Loading tablets…' },
  'devices.empty': { nl: 'Er zijn nog geen tablets gekoppeld.', en: 'No tablets have been paired yet.' },
  'devices.paired': { nl: (date: string) => `gekoppeld ${date}`, en: (date: string) => `paired ${date}` },
  'devices.lastSeen': { nl: (date: string) => `laatst gezien ${date}`, en: (date: string) => `last seen ${date}` },
  'devices.neverSeen': { nl: 'nog niet gezien', en: 'not seen yet' },
  'devices.revokedAt': { nl: (date: string) => `Ingetrokken ${date}`, en: (date: string) => `Revoked ${date}` },
  'devices.revoke': { nl: 'Intrekken', en: 'Revoke' },
  'devices.confirmTitle': { nl: (name: string) => `${name} intrekken?`, en: (name: string) => `Revoke ${name}?` },
  'devices.confirmBody': {
    nl: (user: string) =>
      `De tablet van ${user} wordt afgemeld en wist bij het volgende contact met de server alle gegevens van leidraad. Daarna moet hij opnieuw gekoppeld worden.`,
    en: (user: string) =>
      `${user}'s tablet is signed out and removes all of leidraad's data at its next contact with the server. It must then be paired again.`,
  },
  'devices.revoked': { nl: (name: string) => `${name} is ingetrokken.`, en: (name: string) => `${name} has been revoked.` },

  'studies.title': { nl: 'Onderzoeken', en: 'Studies' },
  'studies.intro': { nl: 'De onderzoeken waaraan u deelneemt.', en: 'The studies you take part in.' },
  'studies.introLead': {
    nl: 'Alle onderzoeken op dit platform. Een onderzoek gebruikt één versie van een topiclijst, zodat alle interviews vergelijkbaar zijn.',
    en: 'All studies on this platform. A study uses one version of a topic list, so all its interviews compare.',
  },
  'studies.new': { nl: 'Nieuw onderzoek', en: 'New study' },
  'studies.loading': { nl: 'Onderzoeken laden…', en: 'Loading studies…' },
  'studies.empty': {
    nl: 'U bent nog aan geen onderzoek toegevoegd. De onderzoeksleider voegt u toe.',
    en: 'You have not been added to a study yet. The research lead adds you.',
  },
  'studies.emptyLead': {
    nl: 'Er zijn nog geen onderzoeken. Maak er een met "Nieuw onderzoek".',
    en: 'There are no studies yet. Create one with "New study".',
  },
  'studies.listHeading': { nl: 'Lijst van onderzoeken', en: 'List of studies' },
  'studies.created': { nl: (date: string) => `aangemaakt ${date}`, en: (date: string) => `created ${date}` },

  'studyForm.title': { nl: 'Nieuw onderzoek', en: 'New study' },
  'studyForm.name': { nl: 'Naam van het onderzoek', en: 'Name of the study' },
  'studyForm.topiclist': { nl: 'Topiclijst', en: 'Topic list' },
  'studyForm.k': { nl: 'Drempel k', en: 'Threshold k' },
  'studyForm.kHint': {
    nl: 'Groepen van minder dan k respondenten blijven buiten overzichten en exports.',
    en: 'Groups of fewer than k respondents are left out of summaries and exports.',
  },
  'studyForm.kInvalid': { nl: 'Kies een geheel getal van 1 tot en met 1000.', en: 'Choose a whole number from 1 to 1000.' },
  'studyForm.codes': { nl: 'Codelijsten voor respondenten', en: 'Code lists for respondents' },
  'studyForm.codesHint': {
    nl: "Gescheiden door komma's of één per regel. Een lege lijst staat elke waarde toe.",
    en: 'Separated by commas or one per line. An empty list accepts any value.',
  },
  'studyForm.useSuggestions': { nl: 'Voorbeelden invullen', en: 'Fill in the examples' },
  'studyForm.suggest.organisation': { nl: 'Veilig Thuis, Veiligheidshuis, Politie', en: 'Veilig Thuis, Veiligheidshuis, Politie' },
  'studyForm.suggest.role': { nl: 'Casusregisseur, Procesregisseur', en: 'Casusregisseur, Procesregisseur' },
  'studyForm.suggest.region': {
    nl: "'s-Hertogenbosch, Zuidoost-Brabant, West-Brabant, Midden-Limburg, Parkstad, Westelijke Mijnstreek, Zuid-Limburg",
    en: "'s-Hertogenbosch, Zuidoost-Brabant, West-Brabant, Midden-Limburg, Parkstad, Westelijke Mijnstreek, Zuid-Limburg",
  },
  'studyForm.submit': { nl: 'Onderzoek aanmaken', en: 'Create study' },

  'code.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'code.role': { nl: 'Functie', en: 'Position' },
  'code.region': { nl: 'Regio', en: 'Region' },

  'study.back': { nl: 'Alle onderzoeken', en: 'All studies' },
  'study.loading': { nl: 'Onderzoek laden…', en: 'Loading study…' },
  'study.topiclist': { nl: 'Topiclijst', en: 'Topic list' },
  'study.k': { nl: 'Drempel k', en: 'Threshold k' },
  'study.kValue': {
    nl: (k: number) => plural(k, 'respondent', 'respondenten'),
    en: (k: number) => plural(k, 'respondent', 'respondents'),
  },
  'study.created': { nl: 'Aangemaakt', en: 'Created' },
  'study.anyCode': { nl: 'elke waarde', en: 'any value' },

  'members.title': { nl: 'Leden', en: 'Members' },
  'members.empty': { nl: 'Nog geen leden.', en: 'No members yet.' },
  'members.add': { nl: 'Lid toevoegen', en: 'Add a member' },
  'members.addButton': { nl: 'Toevoegen', en: 'Add' },
  'members.chooseFirst': { nl: 'Kies eerst een persoon.', en: 'Choose a person first.' },
  'members.added': { nl: (name: string) => `${name} is toegevoegd.`, en: (name: string) => `${name} has been added.` },
  'members.remove': { nl: 'Verwijderen', en: 'Remove' },
  'members.removed': {
    nl: (name: string) => `${name} is uit het onderzoek verwijderd.`,
    en: (name: string) => `${name} has been removed from the study.`,
  },
  'members.confirmTitle': { nl: (name: string) => `${name} verwijderen?`, en: (name: string) => `Remove ${name}?` },
  'members.confirmBody': {
    nl: (name: string, study: string) => `${name} is dan geen lid meer van ${study} en ziet het onderzoek niet meer.`,
    en: (name: string, study: string) => `${name} will no longer be a member of ${study} and will no longer see the study.`,
  },

  'pairs.title': { nl: "Duo's", en: 'Pairs' },
  'pairs.empty': { nl: "Nog geen duo's.", en: 'No pairs yet.' },
  'pairs.and': { nl: 'en', en: 'and' },
  'pairs.first': { nl: 'Eerste interviewer', en: 'First interviewer' },
  'pairs.second': { nl: 'Tweede interviewer', en: 'Second interviewer' },
  'pairs.create': { nl: 'Duo maken', en: 'Make pair' },
  'pairs.created': {
    nl: (code: string, names: string) => `Duo ${code} gemaakt: ${names}.`,
    en: (code: string, names: string) => `Pair ${code} made: ${names}.`,
  },
  'pairs.different': { nl: 'Kies twee verschillende interviewers.', en: 'Choose two different interviewers.' },
  'pairs.needTwo': {
    nl: 'Voeg eerst minstens twee interviewers als lid toe om een duo te maken.',
    en: 'Add at least two interviewers as members to make a pair.',
  },
  'pairs.own': { nl: 'Uw duo', en: 'Your pair' },
  'pairs.noneOwn': { nl: 'U bent nog niet in een duo ingedeeld.', en: 'You have not been put in a pair yet.' },

  'respondents.title': { nl: 'Respondenten', en: 'Respondents' },
  'respondents.loading': { nl: 'Respondenten laden…', en: 'Loading respondents…' },
  'respondents.empty': { nl: 'Nog geen respondenten.', en: 'No respondents yet.' },
  'respondents.caption': { nl: 'Respondenten per code', en: 'Respondents by code' },
  'respondents.code': { nl: 'Code', en: 'Code' },
  'respondents.identity': { nl: 'Identiteit', en: 'Identity' },
  'respondents.show': { nl: 'Toon identiteit', en: 'Show identity' },
  'respondents.hide': { nl: 'Verberg identiteit', en: 'Hide identity' },
  'respondents.revealing': { nl: 'Identiteit ophalen…', en: 'Fetching identity…' },
  'respondents.noIdentity': {
    nl: 'Voor deze respondent is geen identiteit vastgelegd.',
    en: 'No identity has been recorded for this respondent.',
  },
  'respondents.identityOf': { nl: (code: string) => `Identiteit van ${code}`, en: (code: string) => `Identity of ${code}` },
  'respondents.revealLogged': {
    nl: 'Identiteiten blijven verborgen tot u er per respondent om vraagt. Elke keer dat u een identiteit bekijkt, wordt dat vastgelegd in de auditlog.',
    en: "Identities stay hidden until you ask for one respondent's. Every time you view an identity, it is recorded in the audit log.",
  },

  'identity.name': { nl: 'Naam', en: 'Name' },
  'identity.email': { nl: 'E-mailadres', en: 'Email address' },
  'identity.phone': { nl: 'Telefoon', en: 'Phone' },
  'identity.notes': { nl: 'Notities', en: 'Notes' },

  'respondentForm.title': { nl: 'Respondent toevoegen', en: 'Add a respondent' },
  'respondentForm.identity': {
    nl: 'Identiteit (versleuteld, alleen zichtbaar voor de onderzoeksleider)',
    en: 'Identity (encrypted, visible only to the research lead)',
  },
  'respondentForm.identityHint': {
    nl: 'Deze gegevens worden versleuteld opgeslagen en komen nooit in exports. De respondent krijgt een code (R001, R002, …).',
    en: 'These details are stored encrypted and never appear in exports. The respondent gets a code (R001, R002, …).',
  },
  'respondentForm.submit': { nl: 'Respondent toevoegen', en: 'Add respondent' },
  'respondentForm.created': {
    nl: (code: string) => `Respondent ${code} is toegevoegd.`,
    en: (code: string) => `Respondent ${code} has been added.`,
  },

  'users.title': { nl: 'Gebruikers', en: 'Users' },
  'users.intro': {
    nl: 'Iedereen met een account. Een nieuwe rol of deactiveren meldt de persoon overal af.',
    en: 'Everyone with an account. A new role or deactivation signs the person out everywhere.',
  },
  'users.new': { nl: 'Gebruiker toevoegen', en: 'Add a user' },
  'users.loading': { nl: 'Gebruikers laden…', en: 'Loading users…' },
  'users.listHeading': { nl: 'Alle gebruikers', en: 'All users' },
  'users.you': { nl: 'u', en: 'you' },
  'users.inactive': { nl: 'Gedeactiveerd', en: 'Deactivated' },
  'users.saveRole': { nl: 'Rol wijzigen', en: 'Change role' },
  'users.roleConfirmTitle': { nl: (name: string) => `Rol van ${name} wijzigen?`, en: (name: string) => `Change the role of ${name}?` },
  'users.roleConfirmBody': {
    nl: (name: string, role: string) => `${name} krijgt de rol ${role} en wordt overal afgemeld.`,
    en: (name: string, role: string) => `${name} gets the role ${role} and is signed out everywhere.`,
  },
  'users.roleChanged': {
    nl: (name: string, role: string) => `${name} heeft nu de rol ${role}.`,
    en: (name: string, role: string) => `${name} now has the role ${role}.`,
  },
  'users.deactivate': { nl: 'Deactiveren', en: 'Deactivate' },
  'users.deactivateTitle': { nl: (name: string) => `${name} deactiveren?`, en: (name: string) => `Deactivate ${name}?` },
  'users.deactivateBody': {
    nl: (name: string) => `${name} wordt overal afgemeld en kan niet meer aanmelden tot het account weer wordt geactiveerd.`,
    en: (name: string) => `${name} is signed out everywhere and cannot sign in until the account is activated again.`,
  },
  'users.deactivated': { nl: (name: string) => `${name} is gedeactiveerd.`, en: (name: string) => `${name} has been deactivated.` },
  'users.activate': { nl: 'Activeren', en: 'Activate' },
  'users.activated': { nl: (name: string) => `${name} is weer actief.`, en: (name: string) => `${name} is active again.` },
  'users.created': { nl: (name: string) => `Account voor ${name} aangemaakt.`, en: (name: string) => `Account for ${name} created.` },

  'userForm.title': { nl: 'Gebruiker toevoegen', en: 'Add a user' },
  'userForm.password': { nl: 'Eerste wachtwoord', en: 'First password' },
  'userForm.passwordHint': {
    nl: (n: number) => `Minstens ${n} tekens. Geef het persoonlijk door.`,
    en: (n: number) => `At least ${n} characters. Hand it over in person.`,
  },
  'userForm.submit': { nl: 'Account aanmaken', en: 'Create account' },

  'audit.title': { nl: 'Auditlog', en: 'Audit log' },
  'audit.intro': {
    nl: 'Wie wat deed en wanneer, het nieuwste eerst: aanmeldingen, accounts, tablets, onderzoeken en elke keer dat een identiteit is bekeken.',
    en: 'Who did what and when, newest first: sign-ins, accounts, tablets, studies, and every time an identity was viewed.',
  },
  'audit.filters': { nl: 'Filters', en: 'Filters' },
  'audit.filterAction': { nl: 'Soort actie', en: 'Kind of action' },
  'audit.allActions': { nl: 'Alle acties', en: 'All actions' },
  'audit.family.login': { nl: 'Aanmelden', en: 'Sign-ins' },
  'audit.family.user': { nl: 'Accounts', en: 'Accounts' },
  'audit.family.device': { nl: 'Tablets', en: 'Tablets' },
  'audit.family.pairing': { nl: 'Koppelcodes', en: 'Pairing codes' },
  'audit.family.study': { nl: 'Onderzoeken', en: 'Studies' },
  'audit.family.respondent': { nl: 'Respondenten', en: 'Respondents' },
  'audit.family.identity': { nl: 'Identiteiten', en: 'Identities' },
  'audit.since': { nl: 'Vanaf', en: 'From' },
  'audit.until': { nl: 'Tot en met', en: 'Until' },
  'audit.untilBeforeSince': { nl: 'Deze datum ligt vóór de begindatum.', en: 'This date is before the start date.' },
  'audit.apply': { nl: 'Filteren', en: 'Filter' },
  'audit.loading': { nl: 'Auditlog laden…', en: 'Loading audit log…' },
  'audit.empty': { nl: 'Geen gebeurtenissen gevonden.', en: 'No events found.' },
  'audit.caption': { nl: 'Gebeurtenissen, nieuwste eerst', en: 'Events, newest first' },
  'audit.at': { nl: 'Tijdstip', en: 'Time' },
  'audit.actor': { nl: 'Wie', en: 'Who' },
  'audit.action': { nl: 'Actie', en: 'Action' },
  'audit.target': { nl: 'Betreft', en: 'Concerns' },
  'audit.ip': { nl: 'IP-adres', en: 'IP address' },
  'audit.noActor': { nl: 'geen gebruiker', en: 'no user' },
  'audit.older': { nl: 'Oudere gebeurtenissen', en: 'Older events' },
  'audit.end': { nl: 'Begin van de log bereikt.', en: 'Start of the log reached.' },
  'audit.action.loginOk': { nl: 'Aangemeld', en: 'Signed in' },
  'audit.action.loginFailed': { nl: 'Aanmelden mislukt', en: 'Sign-in failed' },
  'audit.action.loginBlocked': { nl: 'Aanmelden geblokkeerd', en: 'Sign-in blocked' },
  'audit.action.userCreated': { nl: 'Account aangemaakt', en: 'Account created' },
  'audit.action.userRoleChanged': { nl: 'Rol gewijzigd', en: 'Role changed' },
  'audit.action.userActivated': { nl: 'Account geactiveerd', en: 'Account activated' },
  'audit.action.userDeactivated': { nl: 'Account gedeactiveerd', en: 'Account deactivated' },
  'audit.action.userPasswordChanged': { nl: 'Wachtwoord gewijzigd', en: 'Password changed' },
  'audit.action.pairingCreated': { nl: 'Koppelcode gemaakt', en: 'Pairing code made' },
  'audit.action.pairingFailed': { nl: 'Koppelen mislukt', en: 'Pairing failed' },
  'audit.action.devicePaired': { nl: 'Tablet gekoppeld', en: 'Tablet paired' },
  'audit.action.deviceRevoked': { nl: 'Tablet ingetrokken', en: 'Tablet revoked' },
  'audit.action.studyCreated': { nl: 'Onderzoek aangemaakt', en: 'Study created' },
  'audit.action.studyUpdated': { nl: 'Onderzoek gewijzigd', en: 'Study changed' },
  'audit.action.memberAdded': { nl: 'Lid toegevoegd', en: 'Member added' },
  'audit.action.memberRemoved': { nl: 'Lid verwijderd', en: 'Member removed' },
  'audit.action.pairCreated': { nl: 'Duo gemaakt', en: 'Pair made' },
  'audit.action.respondentCreated': { nl: 'Respondent toegevoegd', en: 'Respondent added' },
  'audit.action.identityRead': { nl: 'Identiteit bekeken', en: 'Identity viewed' },
  'audit.action.identityUpdated': { nl: 'Identiteit gewijzigd', en: 'Identity changed' },
  'audit.target.user': { nl: 'gebruiker', en: 'user' },
  'audit.target.account': { nl: 'account', en: 'account' },
  'audit.target.device': { nl: 'tablet', en: 'tablet' },
  'audit.target.study': { nl: 'onderzoek', en: 'study' },
  'audit.target.pair': { nl: 'duo', en: 'pair' },
  'audit.target.respondent': { nl: 'respondent', en: 'respondent' },
  'audit.target.other': { nl: 'overig', en: 'other' },

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

  'matrix.title': { nl: 'Tevredenheidsmatrix', en: 'Satisfaction matrix' },
  'matrix.respondentTitle': { nl: (code: string) => `Tevredenheidsmatrix ${code}`, en: (code: string) => `Satisfaction matrix ${code}` },
  'matrix.loading': { nl: 'Matrix laden…', en: 'Loading the matrix…' },
  'matrix.notFound': {
    nl: 'Deze matrix is er niet: het interview bestaat niet, of het is niet een van uw interviews.',
    en: 'This matrix is not available: the interview does not exist, or it is not one of your interviews.',
  },
  'matrix.toInterview': { nl: 'Naar het interview', en: 'To the interview' },
  'matrix.toStudy': { nl: 'Naar het onderzoek', en: 'To the study' },
  'matrix.link': { nl: 'Matrix', en: 'Matrix' },
  'matrix.linkFor': { nl: (code: string) => `tevredenheidsmatrix van ${code}`, en: (code: string) => `satisfaction matrix of ${code}` },
  'matrix.studyLink': { nl: 'Tevredenheid vergelijken', en: 'Compare satisfaction' },
  'matrix.view': { nl: 'Tevredenheidsmatrix bekijken', en: 'View the satisfaction matrix' },
  'matrix.interviewStatus': { nl: 'Interview', en: 'Interview' },
  'matrix.dimension': { nl: 'Dimensie', en: 'Dimension' },
  'matrix.noDimensions': {
    nl: 'De topiclijst van dit onderzoek heeft geen vragen voor de tevredenheidsmatrix.',
    en: "This study's topic list has no questions for the satisfaction matrix.",
  },
  'matrix.plannedNote': {
    nl: 'Dit interview is nog niet begonnen: er is nog niets gevraagd.',
    en: 'This interview has not started yet: nothing has been asked.',
  },
  'matrix.heatmap.intro': {
    nl: 'Per samenwerkingsdimensie (rijen) en niveau (kolommen) de tevredenheid van de respondent. Hoe donkerder het vak, hoe tevredener. Vakken zonder cijfer zijn grijs of leeg en zeggen waarom.',
    en: "The respondent's satisfaction per cooperation dimension (rows) and level (columns). The darker the cell, the more satisfied. Cells without a number are grey or empty and say why.",
  },
  'matrix.heatmap.caption': {
    nl: (code: string) => `Tevredenheid van respondent ${code}`,
    en: (code: string) => `Satisfaction of respondent ${code}`,
  },
  'matrix.heatmap.scale': {
    nl: (min: number, max: number) => `Schaal van ${min} tot en met ${max}`,
    en: (min: number, max: number) => `Scale from ${min} to ${max}`,
  },
  'matrix.heatmap.meanOf': {
    nl: (n: number) => `gemiddelde van ${n} vragen`,
    en: (n: number) => `mean of ${n} questions`,
  },
  'matrix.legend': { nl: 'Legenda', en: 'Key' },
  'matrix.legend.points': { nl: 'Kleur per schaalpunt', en: 'Colour per scale point' },
  'matrix.legend.specials': { nl: 'Vakken zonder cijfer', en: 'Cells without a number' },
  'matrix.abbr.not_applicable': { nl: 'n.v.t.', en: 'n/a' },
  'matrix.abbr.dont_know': { nl: 'w.n.', en: 'DK' },
  'matrix.abbr.not_asked': { nl: '—', en: '—' },
  'matrix.status.not_applicable': { nl: 'niet van toepassing', en: 'not applicable' },
  'matrix.status.dont_know': { nl: 'weet niet', en: "don't know" },
  'matrix.status.not_asked': { nl: 'niet gevraagd', en: 'not asked' },
  'matrix.studyTitle': { nl: 'Tevredenheid vergeleken', en: 'Satisfaction compared' },
  'matrix.studyIntro': {
    nl: 'De gemiddelde tevredenheid per samenwerkingsdimensie en niveau, per groep en voor alle respondenten samen. Elke respondent telt één keer, met zijn laatste interview.',
    en: "Mean satisfaction per cooperation dimension and level, per group and for all respondents together. Each respondent counts once, with their latest interview.",
  },
  'matrix.by': { nl: 'Vergelijken per', en: 'Compare by' },
  'matrix.include': { nl: 'Welke interviews tellen mee', en: 'Which interviews count' },
  'matrix.include.final': { nl: 'Afgerond en goedgekeurd', en: 'Completed and approved' },
  'matrix.include.all': { nl: 'Alle, ook lopende', en: 'All, including in progress' },
  'matrix.shown': {
    nl: (by: string, n: number) => `Vergeleken per ${by.toLowerCase()}; ${plural(n, 'respondent telt', 'respondenten tellen')} mee.`,
    en: (by: string, n: number) => `Compared by ${by.toLowerCase()}; ${plural(n, 'respondent counts', 'respondents count')}.`,
  },
  'matrix.empty': { nl: 'Er zijn nog geen interviews om te tellen.', en: 'There are no interviews to count yet.' },
  'matrix.emptyFinal': {
    nl: 'Er zijn nog geen afgeronde of goedgekeurde interviews. Kies "Alle, ook lopende" om de lopende interviews te zien.',
    en: 'There are no completed or approved interviews yet. Choose "All, including in progress" to see the interviews in progress.',
  },
  'matrix.groups': { nl: 'Groepen', en: 'Groups' },
  'matrix.groupsBy': {
    nl: (by: string) => `Groepen per ${by.toLowerCase()}`,
    en: (by: string) => `Groups by ${by.toLowerCase()}`,
  },
  'matrix.total': { nl: 'Totaal', en: 'Total' },
  'matrix.n': { nl: (n: number) => `n = ${n}`, en: (n: number) => `n = ${n}` },
  'matrix.kNote': {
    nl: (k: number) => `n is het aantal respondenten. Groepen van minder dan ${k} respondenten worden niet getoond, zodat niemand herkenbaar is.`,
    en: (k: number) => `n is the number of respondents. Groups of fewer than ${k} respondents are not shown, so that no one can be recognised.`,
  },
  'matrix.suppressed.belowThreshold': {
    nl: (k: number) => `onderdrukt: minder dan ${k} respondenten`,
    en: (k: number) => `suppressed: fewer than ${k} respondents`,
  },
  'matrix.suppressed.secondary': { nl: 'onderdrukt: om de andere groepen te beschermen', en: 'suppressed: to protect the other groups' },
  'matrix.allSuppressed': {
    nl: (k: number) => `Alle groepen zijn kleiner dan ${k} respondenten of beschermen een kleine groep; er zijn geen cijfers te tonen.`,
    en: (k: number) => `Every group is smaller than ${k} respondents or protects a small group; there are no figures to show.`,
  },
  'matrix.perDimension': { nl: 'Per samenwerkingsdimensie', en: 'Per cooperation dimension' },
  'matrix.scaleMeaning': {
    nl: (min: number, low: string, max: number, high: string) => `Gemiddelde op de schaal van ${min} (${low.toLowerCase()}) tot ${max} (${high.toLowerCase()}).`,
    en: (min: number, low: string, max: number, high: string) => `Mean on the scale from ${min} (${low.toLowerCase()}) to ${max} (${high.toLowerCase()}).`,
  },
  'matrix.chart.alt': {
    nl: (dimension: string) => `Staafdiagram: gemiddelde tevredenheid over ${dimension.toLowerCase()} per niveau en groep. De cijfers staan in de tabel eronder.`,
    en: (dimension: string) => `Bar chart: mean satisfaction with ${dimension.toLowerCase()} per level and group. The figures are in the table below.`,
  },
  'matrix.chart.n': { nl: (n: number) => `n=${n}`, en: (n: number) => `n=${n}` },
  'matrix.chart.noValues': { nl: 'geen cijfers', en: 'no figures' },
  'matrix.chart.barTitle': {
    nl: (group: string, level: string, value: string, n: number) => `${group}, ${level}: gemiddeld ${value} (n = ${n})`,
    en: (group: string, level: string, value: string, n: number) => `${group}, ${level}: mean ${value} (n = ${n})`,
  },
  'matrix.table.show': { nl: (dimension: string) => `Cijfers van ${dimension.toLowerCase()} als tabel`, en: (dimension: string) => `Figures for ${dimension.toLowerCase()} as a table` },
  'matrix.table.caption': { nl: (dimension: string) => `${dimension}: cijfers per niveau en groep`, en: (dimension: string) => `${dimension}: figures per level and group` },
  'matrix.table.level': { nl: 'Niveau', en: 'Level' },
  'matrix.table.group': { nl: 'Groep', en: 'Group' },
  'matrix.table.n': { nl: 'n', en: 'n' },
  'matrix.table.mean': { nl: 'Gemiddelde', en: 'Mean' },
  'matrix.table.median': { nl: 'Mediaan', en: 'Median' },
  'matrix.table.sd': { nl: 'SD', en: 'SD' },

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
  'interviews.caption': { nl: 'Interviews van dit onderzoek', en: 'Interviews of this study' },
  'interviews.respondent': { nl: 'Respondent', en: 'Respondent' },
  'interviews.interviewers': { nl: 'Interviewers', en: 'Interviewers' },
  'interviews.status': { nl: 'Status', en: 'Status' },
  'interviews.progress': { nl: 'Antwoorden', en: 'Answers' },

  'studyInterviews.title': { nl: 'Interviews', en: 'Interviews' },
  'studyInterviews.loading': { nl: 'Interviews laden…', en: 'Loading interviews…' },
  'studyInterviews.empty': { nl: 'Nog geen interviews gepland.', en: 'No interviews planned yet.' },
  'studyInterviews.plan': { nl: 'Interview plannen', en: 'Plan an interview' },

  'interviewForm.title': { nl: 'Interview plannen', en: 'Plan an interview' },
  'interviewForm.respondent': { nl: 'Respondent', en: 'Respondent' },
  'interviewForm.who': { nl: 'Wie neemt het interview af?', en: 'Who conducts the interview?' },
  'interviewForm.byPair': { nl: 'Een duo', en: 'A pair' },
  'interviewForm.byPeople': { nl: 'Een of twee interviewers', en: 'One or two interviewers' },
  'interviewForm.pair': { nl: 'Duo', en: 'Pair' },
  'interviewForm.first': { nl: 'Interviewer', en: 'Interviewer' },
  'interviewForm.second': { nl: 'Tweede interviewer', en: 'Second interviewer' },
  'interviewForm.nobody': { nl: 'Geen', en: 'None' },
  'interviewForm.dossier': { nl: 'Dossierreferentie', en: 'Dossier reference' },
  'interviewForm.dossierHint': {
    nl: 'Versleuteld opgeslagen, alleen zichtbaar voor de interviewers van dit interview en de onderzoeksleider, nooit in exports.',
    en: "Stored encrypted, visible only to this interview's interviewers and the research lead, never in exports.",
  },
  'interviewForm.submit': { nl: 'Interview plannen', en: 'Plan interview' },
  'interviewForm.created': {
    nl: (code: string) => `Interview met respondent ${code} gepland.`,
    en: (code: string) => `Interview with respondent ${code} planned.`,
  },
  'interviewForm.needRespondent': {
    nl: 'Voeg eerst een respondent toe om een interview te plannen.',
    en: 'Add a respondent first to plan an interview.',
  },
  'interviewForm.needInterviewer': {
    nl: 'Voeg eerst een interviewer als lid toe om een interview te plannen.',
    en: 'Add an interviewer as a member first to plan an interview.',
  },
  'interviewForm.different': { nl: 'Kies twee verschillende interviewers.', en: 'Choose two different interviewers.' },

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

  'sync.label': { nl: 'Opslaan', en: 'Saving' },
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

export type MessageKey = keyof typeof messages;
type Value<K extends MessageKey> = (typeof messages)[K]['nl'];
/** The parameters a message takes: none for plain texts. */
export type MessageArgs<K extends MessageKey> = Value<K> extends (...args: infer A) => string ? A : [];
