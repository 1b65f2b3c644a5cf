## Government services: grid reports, 12345 requests, the grid worker's
## console and staff's view of the load per grid.

gov-title = Government services
gov-intro = Tell the grid worker about a problem near your home, or write to the 12345 citizen hotline.
gov-report-link = Report a problem
gov-12345-link = 12345: complaint, suggestion or question
gov-mine-link = My reports and requests
gov-mine-title = My reports and requests
gov-mine-none = You have not sent any reports or requests yet.
gov-signed-out = Sign in to report a problem and follow it.
back-gov = Back to government services
back-mine = Back to my reports
title-separator = :{" "}

report-title = Report a problem
report-what = What is the problem?
report-cat-bin = Bin full or rubbish left
report-cat-light = Street light broken
report-cat-parking = Car on the pavement or blocking the way
report-cat-road = Road or pavement damaged
report-cat-green = Trees or green space
report-cat-noise = Noise
report-cat-other = Something else
report-description = Tell us more (optional)
report-description-hint = For example: "The light by the east gate has been out for three nights."
report-photo = Add a photo (optional)
report-photo-hint = A JPEG, PNG or WebP picture, up to { $mb } MB. Its location data is removed.
report-photo-kept = Your photo is kept. You do not need to choose it again.
report-where = Where is it?
report-my-building = { $name } (where you live)
report-place-note = Where exactly (optional)
report-place-note-hint = For example: by the east gate, behind the shop.
report-point = Add a point on a map (optional)
report-point-hint = Only if you want to. Latitude and longitude in degrees, for example 43.8256 and 87.6168.
report-lat = Latitude
report-lon = Longitude
report-send = Send the report
report-error-category = Choose what the problem is
report-error-description-long = Write at most 1000 characters
report-error-building = Choose a building from the list
report-error-photo-large = The photo is too large. Choose one of at most { $mb } MB
report-error-photo-type = The file is not a photo. Choose a JPEG, PNG or WebP picture
report-error-photo-store = The photo could not be saved. Please try again

request-title = Write to 12345
request-intro = The 12345 citizen hotline takes complaints, suggestions and questions. Writing here is the same as calling; you get a tracking number.
request-kind = What kind of request is it?
request-topic = Subject
request-text = Your request
request-text-hint = Say what happened, where and when, and what you would like to happen.
request-send = Send to 12345
request-error-kind = Choose complaint, suggestion or question
request-error-topic = Write a subject
request-error-topic-long = Write a subject of at most 100 characters
request-error-text = Write your request (at least 5 characters)
request-error-text-long = Write at most 2000 characters

case-kind-report = Report
case-kind-complaint = Complaint
case-kind-suggestion = Suggestion
case-kind-consultation = Question
case-title = Report or request
case-not-found = We cannot find this. Check the tracking number, or sign in as the person who sent it.
case-filed-report = Your report was sent
case-filed-request = Your request was sent
case-filed-next = You can follow every step here and in "My reports and requests".
case-tracking = Tracking number
case-what = What
case-state = State
case-description = Details
case-place = Where
case-point = Point on a map
case-point-given = Given
case-grid = Grid
case-handler = Handled by
case-handler-staff = Community staff
case-handler-escalated = Community staff (this grid has no grid worker)
case-filed-at = Sent
case-rating = Rating
case-rating-value = { $stars } of 5
case-photo-alt = Photo sent with the report
case-photo-open = See the photo
case-timeline = What has happened
case-overdue = Overdue
case-status-submitted = Sent — waiting for the grid worker
case-status-accepted = Accepted — the grid worker will deal with it
case-status-in-progress = Being dealt with
case-status-resolved = Done — please confirm
case-status-closed = Closed
case-status-rejected = Not taken on
case-status-reopened = Reopened — waiting for the grid worker
case-act-title = What you can do now
case-accept = Accept
case-start = Start work
case-note = Note (optional)
case-resolve = Mark as done
case-resolve-note = What was done
case-photo = Add a photo (optional)
case-reject = Do not take on
case-reject-reason = Reason (required)
case-close = Confirm it is done
case-rate = How well was it done?
case-rating-5 = Very well
case-rating-4 = Well
case-rating-3 = Acceptable
case-rating-2 = Badly
case-rating-1 = Very badly
case-rate-note = Comment (optional)
case-reopen = It is not done — reopen
case-reopen-note = What is still wrong
case-done-accept = Accepted.
case-done-start = Work started.
case-done-resolve = Marked as done. The resident is asked to confirm.
case-done-reject = Not taken on. The resident sees your reason.
case-done-close = Thank you. Closed with your rating.
case-done-reopen = Reopened. The grid worker is told.
case-error-reason = Write the reason
case-error-note-long = Write at most 1000 characters
case-error-rating = Choose a rating
case-error-photo-large = The photo is too large
case-error-not-now = This cannot be done now. The page shows where it stands.

console-title = Grid worker's console
console-only = This page is for grid workers and community staff.
console-staff-intro = Reports from grids without a grid worker, and 12345 requests.
console-open = { $count ->
    [one] One open
   *[other] { $count } open
}
console-none-open = Nothing open.
console-recent = Recently done
console-age = { $hours ->
    [one] sent one hour ago
   *[other] sent { $hours } hours ago
}

workload-title = Reports per grid
workload-intro = How many reports each grid received in a month, against the households it holds, and how many are open or overdue now.
workload-grid = Grid and worker
workload-households = Households
workload-filed = Reports this month
workload-per-100 = Per 100 households
workload-open = Open now
workload-overdue = Overdue now
workload-no-worker = No grid worker
workload-trend-title = Reports per 100 households, month by month
workload-trend-intro = Each line is one grid. The shaded months are winter, when families who farm away from home are back.
workload-trend-table = The same numbers as a table: reports per 100 households
workload-trend-month = Month
workload-trend-winter = Winter months (November to February)

gov-services-link = Find a service
back-services = Back to services
back-guide = Back to the guide
back-previous = Back
services-title = Find a service
services-search = Search for a service
services-search-hint = In Chinese, Uyghur or English, for example "elderly allowance".
services-search-button = Search
services-results = { $count ->
    [one] One service found for "{ $query }"
   *[other] { $count } services found for "{ $query }"
}
services-none = No service matches. Check the spelling or use other words.
services-did-you-mean = Did you mean:
services-try-categories = Or look through the categories below.
services-categories = Categories
service-online = Can be done online
service-visit = Visit the service centre
guide-title = Service guide
guide-not-found = We cannot find this service.
guide-online-yes = You can apply for this fully online.
guide-online-no = This needs a visit to the community service centre.
guide-apply = Apply online
guide-continue = Continue your application
guide-who = Who can apply
guide-fee = Fee
guide-time = How long it takes
guide-where = Where to go
guide-materials = What to bring or send
guide-steps = Steps
guide-visit-note = Bring the originals of the materials above when you visit. The service centre is open Monday to Friday, 9:00–12:00 and 14:30–17:30, and Saturday mornings.
apply-title = Apply online
apply-signed-out = Sign in to apply. Your answers are saved as you go, so you can stop and come back later.
apply-step = Question { $step } of { $total }
apply-continue = Continue
apply-save-later = Save and come back later
apply-saved = Your answers are saved. You can come back and continue at any time.
apply-error-missing = Answer this question
apply-error-date = Enter a date like 1950-03-07
apply-error-number = Enter a whole number, like 2
apply-error-choice = Choose one of the answers
apply-error-long = This answer is too long
check-title = Check your answers
check-not-answered = Not answered
check-change = Change
check-declare-title = Now send your application
check-declare = By sending it you confirm that your answers are true to the best of your knowledge.
check-submit = Send the application
check-incomplete = Some questions are not answered yet. Use "Change" to answer them.
application-title = Application
application-submitted = Application sent
application-next = Staff will check it within the time limit. You can follow it here and in "My reports and requests".
application-service = Service
application-answers = Your answers
application-status-submitted = Sent — waiting for staff to check
application-status-accepted = Being checked
application-status-approved = Approved
application-status-rejected = Not approved
gov-mine-applications = Applications
gov-mine-cases = Reports and requests
gov-mine-draft = Not sent yet — continue

## Documents sent with an application
docs-title = Send your documents
docs-heading = Documents
docs-intro = Take a clear photo of each paper, or choose a PDF file. Each file can be up to { $mb } MB.
docs-sent = Sent
docs-not-sent = Not sent yet
docs-kind-image = photo
docs-kind-pdf = PDF
docs-size = { $kb } KB
docs-replace-hint = To replace it, choose another file.
docs-remove = Remove
docs-removed = The document was removed.
docs-kept = Your documents were kept.
docs-error-large = This file is too large. Choose a file of { $mb } MB or less, or take the photo again at a lower size.
docs-error-type = This file is not a photo or a PDF. Choose a JPEG, PNG or WebP photo, or a PDF.
docs-error-missing = Send this document before you continue.
docs-error-store = The file could not be saved. Please try again.

## Staff decisions on applications
application-applicant = Applicant:
application-by-staff = by community staff
application-decide = Decide on this application
application-note = Note to the applicant
application-note-hint = Say what happens next. A reason is needed to reject.
application-accept = Accept for checking
application-approve = Approve
application-reject = Reject
application-error-reason = Write the reason for rejecting, so the applicant knows what to do.
application-error-not-now = This application has already been decided.
staff-apps-title = Applications to handle
staff-apps-open = { $count ->
    [one] { $count } application waiting
   *[other] { $count } applications waiting
}
staff-apps-none = No applications are waiting.
staff-apps-decided = Decided lately
staff-apps-age = { $days ->
    [one] sent { $days } day ago
   *[other] sent { $days } days ago
}
back-me = Back to Me

## Booking a visit at the service centre
guide-visit-title = Visit the service centre
guide-book-visit = Book a time to visit
gov-mine-visits = My visits
visit-title = Book a visit
visit-signed-out = Sign in to book a time. You will come back here.
visit-have-one = You already have a time booked for this service.
visit-see-it = See my booking
visit-which-day = Which day would you like to come?
visit-day-hint = Days in the next two weeks when the centre is open:
visit-day-full = full
visit-places = { $count ->
    [one] { $count } place free
   *[other] { $count } places free
}
visit-which-time = What time on
visit-time-full = full
visit-book = Book this time
visit-other-day = Choose another day
visit-booking-title = Your visit
visit-booked = Your visit is booked
visit-reference = Booking number
visit-when = When
visit-status-booked = Booked
visit-status-cancelled = Cancelled
visit-bring = Bring with you
visit-bring-reference = Show your booking number at the counter.
visit-cancel = Cancel this visit
visit-cancelled-notice = Your visit was cancelled. The time is free for someone else.
visit-book-again = Book another time
visit-error-time = Choose a time.
visit-error-full = That time has just been taken. Choose another time.
visit-error-already = You already have a time booked for this service. Cancel it first to choose another.
visit-error-same-time = You already have another visit at that time. Choose another time.
visit-error-not-offered = That day or time cannot be booked. Choose one from the list.
visit-error-cancel = This visit can no longer be cancelled online. Please call the service centre.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## The service centre's day (staff)
centre-title = Visits to the service centre
centre-day = Day
centre-show = Show
centre-count = { $count ->
    [one] { $count } visit booked
   *[other] { $count } visits booked
}
centre-none = Nobody has booked a visit for this day.
centre-time = Time
centre-person = Who
application-visit-too = This service also needs you to come to the service centre once. You can book a time now.
application-error-note-long = Keep the note to 1000 characters or fewer.

## Uploads: limits
report-error-photo-pixels = This picture is too large to open. Take the photo again with your phone's camera, or choose a smaller picture
report-error-busy = Many photos are being sent right now. Please wait a moment and send again
report-error-photo-quota = Today you have sent the most files allowed in one day ({ $files } files or { $mb } MB). Send the report without a photo, or add photos tomorrow
docs-error-pixels = This picture is too large to open. Take the photo again with your phone's camera, or choose a PDF.
docs-error-busy = Many files are being sent right now. Please wait a moment and send this document again.
docs-error-quota = Today you have sent the most files allowed in one day ({ $files } files or { $mb } MB). You can send more tomorrow; what you sent is kept.
