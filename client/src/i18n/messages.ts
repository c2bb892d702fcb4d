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
