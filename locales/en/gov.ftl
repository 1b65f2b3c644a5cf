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
gov-work-title = For grid workers and staff
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
