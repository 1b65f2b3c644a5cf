# Health (智慧医疗): booking, my bookings, the consultation exchange.

## Inbox messages
health-inbox-reminder = Reminder: your health booking { $reference } is tomorrow, { $at }. Bring your ID card.
health-inbox-offer = A place has come free at { $at }. It is kept for you until { $until }: open this message to take it.
health-inbox-offer-lapsed = The place offered to you at { $at } was not taken in time and has gone to the next person. You can book another time.
health-inbox-closed = Your health booking { $reference } at { $at } is cancelled: the clinic is closed that day. Sorry. Choose another time.

## Pages
health-title = Health
health-book-button = Book a visit
health-sign-in = Sign in to book a visit and see your bookings.
health-my-bookings = My bookings
health-no-bookings = You have no bookings coming up.
health-my-waiting = Waiting for a place
health-more = More
health-book-title = Book a visit
health-back = Back to Health
health-back-place = Back to choosing the place
health-back-service = Back to choosing the service
health-back-slot = Back to choosing the time
health-back-readings = Back to my readings
health-back-family = Back to family readings
health-q-place = Where do you want to go?
health-q-service = What is the visit for?
health-q-slot = When do you want to come?
health-continue = Continue
health-remote-hint = a follow-up with the city hospital, not a first diagnosis
health-slots-title = Choose a time
health-no-slots = There are no times this week. Look at the next week.
health-free-places = { $count ->
    [one] 1 place free
   *[other] { $count } places free
}
health-full-wait = full: you can wait for a place
health-booking-closed = booking has closed
health-weeks = Weeks
health-week-prev = Earlier week
health-week-next = Next week
health-check-title = Check your booking
health-place = Place
health-service = Service
health-time = Time
health-bring = What to bring
health-remote-what = This is a follow-up with the city hospital about an illness you are already treated for. It is not a first diagnosis: for a new problem, come to the station. In an emergency call 120.
health-full-explain = This time is full. You can wait for a place: if one comes free, we send you a message and keep it for you for a while.
health-confirm-button = Book this time
health-wait-button = Wait for a place
health-move-button = Move my booking to this time
health-booking-title = Your booking
health-reference = Booking number
health-print-slip = Print this slip
health-offer-until = A place is kept for you until { $until }.
health-take-button = Take this place
health-change = Change or cancel
health-move-link = Move to another time
health-cancel-button = Cancel this booking
health-leave-wait-button = Stop waiting
health-exchange-title = Messages with the clinician
health-video-link = Join the video call
health-exchange-none = No messages yet.
health-exchange-you = You
health-exchange-them = Clinician
health-exchange-write = Write a message
health-exchange-send = Send
health-at = { $time } Beijing time, { $day }
health-at-both = { $time } Beijing time ({ $xinjiang } Xinjiang time), { $day }
health-state-booked = Booked
health-state-arrived = Arrived
health-state-fulfilled = Seen
health-state-cancelled = Cancelled
health-state-noshow = Did not come
health-state-waitlist = Waiting for a place
health-weekday-1 = Monday
health-weekday-2 = Tuesday
health-weekday-3 = Wednesday
health-weekday-4 = Thursday
health-weekday-5 = Friday
health-weekday-6 = Saturday
health-weekday-7 = Sunday
health-error-full = This time has just filled up. Choose another time, or wait for a place.
health-error-closed = Booking for this time has closed. Choose a later time.
health-error-blocked = The clinic is closed at this time. Choose another time.
health-error-started = This time has already started, so it cannot be changed.
health-error-overlap = You already have a booking at this time. Choose another time.
health-error-already-here = You have already booked this time.
health-error-too-many = You have as many bookings as one person may hold. Cancel one first.
health-error-too-many-waiting = You are already waiting for as many places as one person may.
health-error-not-allowed = This cannot be done now.
health-error-not-found = We could not find this booking or time.
health-error-message-empty = Write your message.
health-error-message-long = Your message is too long. Make it shorter.
health-error-choose-place = Choose a place.
health-error-choose-service = Choose what the visit is for.
health-error-choose-slot = Choose a time.
health-done-booked = Your visit is booked. We will remind you the day before.
health-done-waiting = You are waiting for a place. We will send you a message if one comes free.
health-done-cancelled = Cancelled.
health-done-moved = Your booking has moved to the new time.
health-done-taken = The place is yours: your visit is booked.
health-done-sent = Your message has been sent.

## The consultation exchange's photo: the field, the thumbnail's words, who looked, and what can go wrong.
health-photo-label = Photo (optional)
health-photo-hint = A JPEG, PNG or WebP picture, up to { $mb } MB. Only the resident and the clinicians of this station can see it. Its location data is removed.
health-photo-kept = Your photo is kept. You do not need to choose it again.
health-photo-alt = { $by ->
    [resident] Photo sent by the resident
   *[clinician] Photo sent by the clinician
}, { $day } { $time }
health-exchange-resident = Resident
health-what-photo = A photo from your consultation messages
health-error-photo-large = The photo is too large. Choose one of at most { $mb } MB.
health-error-photo-type = The file is not a photo. Choose a JPEG, PNG or WebP picture.
health-error-photo-pixels = This picture is too large to open. Take the photo again with your phone's camera, or choose a smaller picture.
health-error-photo-busy = Many photos are being sent right now. Please wait a moment and send again.
health-error-photo-quota = Today you have sent the most photos allowed in one day ({ $files } photos or { $mb } MB). Send your message without a photo, and add it tomorrow.
health-error-photo-store = The photo could not be saved. Please choose it again.
