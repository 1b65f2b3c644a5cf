# Joining Linli: asking to join a home, the grid worker's check, family
# links with consent purpose by purpose, roles, and the household register.

## Who someone is in a home
claim-owner = Owner
claim-tenant = Tenant
claim-family = Family member living there
check-visit = I visited the home
check-document = I saw a document at the service centre (ID card, deed or lease)

## Asking to join (/me/join)
join-title = Join your home
join-sign-in = Sign in with your phone number first. If Linli does not know your number yet, you can ask to join after signing in.
join-which-building = Which building do you live in?
join-intro = Choose your building. Next you choose your home and say who you are there.
join-latest = Your last request { $reference }:
join-you-live-at = Linli knows your home: { $home }.
join-moved-hint = If you have moved, the service centre can change your home.
join-back-buildings = Back to the buildings
join-building-unknown = This building is not in Linli. Go back and choose your building from the list.
join-already-waiting = You have already asked to join. Your request is waiting to be checked.
join-see-request = See my request
join-which-home = Which is your home?
join-unit = Your home (unit number)
join-unit-choose = Choose your home
join-claim-question = Who are you in this home?
join-name = Your name
join-name-hint = As it is on your ID card. At most { $max } characters.
join-check-hint = Your grid worker or the service centre will check before you can see your household's bills. They may visit, or ask you to show your ID card at the centre.
join-send = Send my request
join-waiting-title = Your request is waiting to be checked
join-reference = Request number
join-home = Home
join-claim = Who you are there
join-asked = Asked on
join-state = Where it stands
join-next-title = What happens next
join-next-body = Your grid worker or the service centre will check that you live there: they may visit, or ask you to show your ID card at the service centre.
join-meanwhile = Until then you can read the guides and notices. Your household's bills and details stay hidden.
join-withdraw = Withdraw my request
join-state-waiting = Waiting for the grid worker or the service centre to check
join-state-confirmed = Confirmed: you have joined
join-state-refused = Not confirmed: ask at the service centre
join-state-withdrawn = You withdrew it
join-sent-notice = Your request has been sent. Keep the request number.
join-withdrawn-notice = Your request has been withdrawn.
join-error-unit = Choose your home
join-error-claim = Say who you are in this home
join-error-name = Enter your name
join-error-name-long = Your name is too long
join-error-too-many = You have asked too many times today. Try again tomorrow, or ask at the service centre.

## Me
me-join-title = You have not joined a home yet
me-join-body = Join your home to pay its bills and use the services for residents.
me-join-start = Join your home
me-join-waiting = Your request { $reference } is waiting to be checked.
me-family-requests = { $count ->
    [one] One request to link to you is waiting for your answer.
   *[other] { $count } requests to link to you are waiting for your answer.
}
me-family-manage = Family links

## The grid worker's console (/grid/joins)
joins-title = Join requests
joins-only = This page is for grid workers and community staff.
joins-intro = People who asked to join a home in your grid. Check that they live there before you confirm.
joins-waiting = Waiting to be checked ({ $count })
joins-none = No requests are waiting.
joins-decided = Recently decided
joins-registered = On the register for this home
joins-nobody-registered = Nobody yet
joins-check-question = How did you check?
joins-note-label = Note
joins-note-hint = Needed when you refuse: say why, so the service centre can help.
joins-confirm = Confirm { $name }
joins-refuse = Refuse
joins-check = Checked by
joins-note = Note
joins-decided-by = Decided by
joins-confirmed-notice = Confirmed. They have joined their home.
joins-refused-notice = Refused. They are told to ask at the service centre.
joins-settled-notice = Someone else has already decided this request.
joins-error-check = Say how you checked
joins-error-note-long = The note is too long
joins-error-reason = Say why you refuse

## Family links (/me/family)
family-sign-in = Sign in to see and change your family links.
family-intro = A family member can act for you only for what you allow, each thing on its own. You can change it at any time.
back-family = Back to family links
relation-daughter = Daughter
relation-son = Son
relation-spouse = Husband or wife
relation-grandchild = Grandchild
relation-other = Other family member
purpose-pay = Pay bills
purpose-pay-hint = Pay your water, power, gas, heating and property bills for you
purpose-health = Health
purpose-health-hint = Book health visits for you and see your visits and readings
purpose-alerts = Alerts
purpose-alerts-hint = Get your SOS calls and a message when you miss your daily check-in
purpose-given = allowed
purpose-not-given = not allowed
purpose-give = Allow: { $purpose }
purpose-withdraw = Stop: { $purpose }
link-links-title = Linked family
link-agreed-app = Agreed in Linli on { $when }
link-agreed-kiosk = Agreed at a kiosk on { $when }
link-agreed-code = Agreed with the code sent by text message on { $when }
link-agreed-staff = Agreed in person at the service centre on { $when }
link-agreed-seed = Agreed on { $when }
link-end = End the link with { $name }
link-incoming = { $count ->
    [one] A request to link to you
   *[other] { $count } requests to link to you
}
link-asks = { $relation ->
    [daughter] Says they are your daughter
    [son] Says they are your son
    [spouse] Says they are your husband or wife
    [grandchild] Says they are your grandchild
   *[other] Says they are family
} and asks to act for you.
link-kiosk-hint = Staff can help you here. Only you decide.
link-choose-purposes = What may they do for you?
link-choose-purposes-hint = Tick each thing you allow. You can change this later.
link-confirm = Yes, link us
link-refuse = No
link-block = No, and stop requests from this number
link-outgoing = Requests you made
link-you-asked = { $relation ->
    [daughter] You asked as their daughter
    [son] You asked as their son
    [spouse] You asked as their husband or wife
    [grandchild] You asked as their grandchild
   *[other] You asked as family
}
link-state-waiting = Waiting for an answer
link-state-confirmed = Linked
link-state-withdrawn = You withdrew it
link-state-expired = Not confirmed
link-waiting-hint = They can answer in Linli or at the service centre. If they gave you the code we sent them, enter it here.
link-code-label = Code from their text message
link-code-hint = Six digits
link-code-send = Confirm with the code
link-withdraw = Withdraw the request
link-new = Link to a parent
link-new-title = Link to a parent
link-new-intro = Your parent decides. We send them a text message if their number is in Linli; they answer in Linli, at the service centre, or by giving you the code from the message.
link-phone = Your parent's phone number
link-phone-hint = 11 digits. We tell you the same whether or not this number is in Linli.
link-relation-question = What are you to them?
link-purposes-question = What do you ask to do for them?
link-purposes-hint = Your parent can allow each one, or not.
link-ask = Send the request
link-asked-notice = Your request has been sent. If this number is in Linli, your parent can answer it.
link-confirmed-notice = You are linked now.
link-refused-notice = You said no. Nothing was shared.
link-blocked-notice = You said no. That number cannot ask you again.
link-withdrawn-notice = The request was withdrawn.
link-recorded-notice = The link has been recorded as agreed in person.
link-ended-notice = The link has ended. Nothing is shared any more.
link-error-phone-missing = Enter your parent's phone number
link-error-phone-invalid = Enter a mobile number of 11 digits, like 139 0000 0001
link-error-own-phone = This is your own number
link-error-relation = Say what you are to them
link-error-purpose = Tick at least one thing
link-error-too-many = You have asked too many times today. Try again tomorrow, or ask at the service centre.
link-error-code-wrong = That code is not right. Check the text message and try again.
link-error-code-dead = This request can no longer be confirmed with a code. Ask again, or go to the service centre together.
link-error-phone-unknown = No one in Linli has this number
link-error-community = This person lives in another community
sms-link = 【邻里】{ $name } asks to link to you in Linli as your { $relation ->
    [daughter] daughter
    [son] son
    [spouse] husband or wife
    [grandchild] grandchild
   *[other] family member
}, to: { $purposes }. If you agree, give them this code: { $code }. If not, ignore this message. Linli staff never ask for this code by phone.

## Staff: a link agreed in person (/staff/family)
staff-family-title = Record a family link
staff-family-intro = When a parent and their family member come to the service centre together and the parent agrees, record the link here. It is marked as agreed in person, with your name.
staff-family-elder = The parent's phone number
staff-family-proxy = The family member's phone number
staff-family-relation = What is the family member to the parent?
staff-family-purposes = What did the parent allow?
staff-family-purposes-hint = Ask the parent about each one.
staff-family-record = Record the link

## Staff: roles (/staff/roles)
roles-title = Roles
roles-holders = Who does what
roles-own = This is your own role: another member of staff can change it.
roles-remove-reason = Why remove it?
roles-remove = Remove this role
roles-grant-title = Give a role
roles-phone = Their phone number
roles-phone-hint = They must have signed in to Linli once.
roles-which = Which role?
roles-grid = Grid
roles-grid-hint = For a grid worker: the grid they serve.
roles-grid-none = No grid
roles-reason = Why?
roles-reason-hint = For example: appointed by the street office on 1 December.
roles-grant = Give the role
roles-log = Changes to roles
roles-log-none = No changes yet.
roles-log-when = When
roles-log-who = Who
roles-log-what = What
roles-log-by = By
roles-log-why = Why
roles-log-granted = Given:
roles-log-removed = Removed:
roles-log-by-register = Set up with the community
roles-granted-notice = The role has been given.
roles-removed-notice = The role has been removed.
roles-error-phone = No one in Linli has this number
roles-error-role = Choose a role
roles-error-scope = Choose the grid they serve
roles-error-reason = Say why
roles-error-own = You cannot change your own roles
roles-error-above = You cannot give a role above your own
roles-error-community = This person belongs to another community
roles-error-held = They already have this role

## Staff: the household register (/staff/register)
register-title = Household register
register-import-title = Import the register
register-import-label = The register as CSV
register-import-hint = Paste the rows from your spreadsheet, with this first line. One row per person per home; a home with nobody in it has only the first four columns. Owners give their share in percent. Importing the same file again changes nothing.
register-import = Check and import
register-unchanged = Imported: nothing needed to change.
register-done = Imported: { $units } new homes, { $unitsChanged } homes corrected, { $people } new people, { $peopleChanged } people corrected, { $ties } changes to who lives where.
register-not-in-file = { $count ->
    [one] One person Linli has in this community is not in the file. If they moved out, mark it under "One home".
   *[other] { $count } people Linli has in this community are not in the file. If they moved out, mark it under "One home".
}
register-problems = { $count ->
    [one] One problem
   *[other] { $count } problems
}
register-nothing-stored = Nothing has been stored. Correct the rows below and send the whole file again.
register-line = Line
register-field = Column
register-problem = Problem
register-home-title = One home
register-home-choose = Home
register-home-show = Show who lives there
register-home-empty = Nobody lives here according to Linli.
register-moved-out = { $name } moved out
register-source-register = From the register, since { $when }
register-source-staff = Added by staff on { $when }
register-source-join = Joined on { $when }, after a check
register-add-title = Add a person to this home
register-add-phone = Their phone number
register-add-name = Their name
register-add-name-hint = Needed only if Linli does not know them yet.
register-add-kind = Who are they in this home?
register-add = Add them
register-added-notice = Added. Their bills and services are open to them now.
register-ended-notice = Marked as moved out. Their history stays; the bills stay with the home.
register-building-unknown = No building with this name in your community
register-unit-missing = The unit number is missing
register-unit-invalid = The unit number is too long or has a character that is not allowed
register-floor-invalid = The floor must be a whole number
register-area-invalid = The area must be in square metres, like 78.20
register-unit-differs = This home has another floor or area on an earlier line
register-kind-unknown = Choose owner, tenant or family
register-share-missing = An owner needs a share in percent
register-share-invalid = The share must be a percentage above 0 and at most 100
register-share-not-owner = Only owners have a share
register-shares-not-whole = The owners' shares of this home do not add up to 100
register-phone-missing = The phone number is missing
register-phone-invalid = Enter a mobile number of 11 digits
register-name-missing = Give at least one name
register-name-long = The name is too long
register-birth-year-invalid = The birth year is not a year
register-lang-unknown = The language must be zh-CN, ug or en
register-lives-here-invalid = Write yes or no
register-person-invalid = The person number may have only letters, digits and hyphens
register-person-twice = This person number is on another line with another phone
register-person-differs = This person is on an earlier line with other details
register-person-twice-in-unit = This person is twice in this home
register-two-homes = This person lives in another home on an earlier line
register-file-empty = The file is empty
register-header-wrong = The first line must be the column names, as in the example
register-file-too-long = The file has too many rows: send it in parts
register-row-columns = This row does not have the right number of columns
register-row-unreadable = This row could not be read

## My account: phone number, my data, deleting (/me/phone, /me/data)
me-account-title = My account
phone-title = Change my phone number
phone-now = Your number now: { $phone }
phone-new = Your new phone number
phone-new-hint = We send a code to your old number and one to your new number. If you no longer have your old phone, go to the service centre with your ID card.
phone-send-codes = Send the two codes
phone-codes-hint = Enter the code sent to your old number and the code sent to { $phone }.
phone-old-code = Code sent to your old number
phone-new-code = Code sent to your new number
phone-confirm = Change my number
phone-lost-hint = Lost your phone? Staff at the service centre can change your number after seeing your ID card.
phone-codes-sent = Two codes have been sent. They work for 10 minutes.
phone-changed = Your phone number has been changed. Sign in with the new number from now on.
phone-error-same = This is already your number
phone-error-taken = Someone in Linli already has this number. Ask at the service centre.
phone-error-code = That code is not right
phone-error-dead = These codes no longer work. Send new ones.
sms-phone-old = 【邻里】Your code to move your Linli account to a new phone number is { $code }, valid for { $minutes } minutes. If you did not ask for this, do not give the code to anyone.
sms-phone-new = 【邻里】Your code to use this number for Linli is { $code }, valid for { $minutes } minutes. Do not give it to anyone.
data-title = My data
data-export-title = Download my data
data-export-body = One file with everything Linli keeps about you: your details, homes, family links and consents, roles, payments and reports.
data-export = Download my data
delete-title = Delete my account
delete-body = Your name, phone number, ID number and homes are removed, your family links end and you are signed out everywhere. By law some records stay, with nothing that names you:
delete-kept-receipts = your paid receipts (bills stay with the home)
delete-kept-votes = your ballots in owners' votes, so that results can still be checked
delete-kept-cases = reports and requests you filed, so that the work done on them stays on record
delete-kept-health = your past visits to the health station and their consultation notes, which the station must keep (your readings are deleted and your coming bookings cancelled)
delete-sure = I understand: my account is deleted and this cannot be undone
delete-account = Delete my account
delete-error-confirm = Tick the box to say you understand
deleted-notice = Your account has been deleted.
register-change-phone = New phone number
register-change-phone-hint = Only after seeing their ID card at the centre.
register-change-phone-button = Change their number

## Added after review
register-elsewhere = This person lives in or works for another community: that community's staff can move them
phone-error-wait = Codes were sent a moment ago. Wait a minute before asking again.
phone-error-work-role = This person works for the community or lives in another one: they change their number themselves, with the two codes
roles-log-reason-deleted = Their account was deleted
roles-log-reason-demo = Set up for the demo
