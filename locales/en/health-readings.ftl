## Health readings: recording, charts, sharing with family, who looked, devices.

health-readings-title = My readings
health-readings-sign-in = Sign in to record and see your readings.
health-readings-lead = Write down your blood pressure, heart rate or blood sugar. Only you see them, and the family members you have allowed.
health-readings-none = You have not recorded any readings yet.
health-readings-none-theirs = No readings recorded yet.

health-time-beijing = { $time } Beijing time
health-time-both = { $beijing } Beijing time ({ $xinjiang } Xinjiang time)

health-measure-blood-pressure = Blood pressure
health-measure-heart-rate = Heart rate
health-measure-glucose = Blood sugar
health-unit-mmhg = mmHg
health-unit-per-min = beats a minute
health-unit-mmol = mmol/L
health-unit-mgdl = mg/dL

health-trend-higher = This week: higher than usual.
health-trend-lower = This week: lower than usual.
health-trend-same = This week: about the same as usual.
health-trend-too-few = Too few readings this week to compare with usual.

health-level-normal = This reading is in the usual range.
health-level-check-again = This reading is high. Sit quietly for five minutes, then measure again.
health-level-see-clinician = This reading was high more than once this week. Please see the clinician soon.
health-level-urgent = This reading is at the urgent level. Call 120 now.
health-level-none = Your reading is saved.
health-saved-title = Reading saved
health-call-120 = Call 120 now
health-book-visit = Book a visit to the health station

health-series-systolic = Upper number (systolic)
health-series-diastolic = Lower number (diastolic)
health-chart-out-of-range = Out of the usual range
health-chart-when = Time taken
health-chart-caption = { $measure } over the last 60 days ({ $unit })
health-chart-table = { $measure }: every reading

health-record-bp = Record blood pressure
health-record-hr = Record heart rate
health-record-glucose = Record blood sugar
health-field-systolic = Upper number (systolic)
health-field-systolic-hint = In mmHg, for example 128
health-field-diastolic = Lower number (diastolic)
health-field-diastolic-hint = In mmHg, for example 82
health-field-arm = Which arm (if you know)
health-arm-left = Left arm
health-arm-right = Right arm
health-field-heart-rate = Heart rate
health-field-heart-rate-hint = Beats a minute, for example 72
health-field-glucose = Blood sugar
health-field-glucose-hint = For example 5.6
health-field-unit = Unit on your meter
health-field-meal = When you measured
health-meal-fasting = Fasting (before breakfast)
health-meal-after = Two hours after a meal
health-meal-random = At another time
health-field-date = Date taken
health-field-date-hint = Beijing time
health-field-time = Time taken
health-save-bp = Save blood pressure
health-save-hr = Save heart rate
health-save-glucose = Save blood sugar

health-readings-error-missing = Enter this.
health-readings-error-not-a-number = Enter a number, like 128.
health-readings-error-out-of-range = This number is outside what a meter shows. Check it and enter it again.
health-readings-error-not-below-systolic = The lower number must be smaller than the upper number.
health-readings-error-unknown-choice = Choose one of the answers.
health-readings-error-in-future = This time is in the future. Enter when you measured.
health-readings-error-too-old = This is more than a year ago. Enter a more recent reading.
health-readings-range-systolic = Enter a number from { $low } to { $high } mmHg.
health-readings-range-diastolic = Enter a number from { $low } to { $high } mmHg.
health-readings-range-heart-rate = Enter a number from { $low } to { $high } beats a minute.
health-readings-range-glucose = Enter a number from { $low } to { $high } mmol/L.

health-your-data = Your readings are yours
health-export-csv = Download my readings (CSV file)
health-sharing-link = Who may see my readings, and who looked
health-delete-link = Delete my readings
health-delete-title = Delete all my readings
health-delete-body = All the readings you and the health cabin recorded will be deleted for good. Family and clinicians will no longer see them. Your bookings stay.
health-delete-button = Delete all my readings
health-delete-cancel = Keep my readings
health-readings-deleted = Your readings have been deleted.
health-readings-nothing-deleted = You had no readings to delete.

health-family-title = Family readings
health-family-none = No family member has allowed you to see their readings.
health-family-readings-title = Readings shared with you
health-family-logged = Your look at these readings is recorded, and they can see that you looked.
health-family-refused = You cannot see these readings. Only family members whom the person has allowed to see their health readings can see them.

health-clinic-readings-title = Readings of a person you see
health-clinic-refused = You cannot see these readings: this person has no booking at your health station.
health-targets-title = This person's own targets
health-targets-hint = Leave empty to use the guideline. Blood sugar in mmol/L.
health-targets-fasting = Fasting blood sugar
health-targets-after-meal = Blood sugar two hours after a meal
health-targets-save = Save targets
health-targets-set = The targets are saved.
health-targets-error-systolic = The upper number must be from 100 to 179.
health-targets-error-diastolic = The lower number must be from 60 to 109 and below the upper number.
health-targets-error-fasting = Fasting blood sugar must be from 4.0 to 20.0.
health-targets-error-after-meal = Blood sugar after a meal must be from 4.0 to 20.0.

health-alert-see-clinician = { $name } has had high readings more than once this week. They should see the clinician soon.
health-alert-urgent = { $name } has a reading at the urgent level. Please contact them now; if they need help, call 120.

health-sharing-title = Sharing my readings
health-sharing-lead = Only the family members you allow can see your readings. Every look by family or a clinician is written down below.
health-sharing-who-may = Who may see my readings
health-sharing-nobody = No family member may see your readings.
health-sharing-withdraw = Stop sharing with { $name }
health-sharing-withdrawn = Done: they can no longer see your readings.
health-sharing-manage = Manage family links
health-sharing-booking-free = Sharing is your choice. Not sharing never stops you booking a visit.
health-sharing-who-looked = Who looked
health-sharing-no-looks = Nobody else has looked at your readings.
health-sharing-looks-caption = Looks at your readings, newest first
health-sharing-col-when = When
health-sharing-col-who = Who
health-sharing-col-as = As
health-sharing-col-what = What
health-viewer-family = Family member
health-viewer-clinician = Clinician
health-viewer-staff = Staff
health-what-readings = Your readings
health-what-export = A download of your readings

health-devices-title = Health cabin devices
health-devices-only = Only clinicians and community staff can manage device keys.
health-devices-key-title = The new device key
health-devices-key-once = Copy this key into the device now. It is shown only this once.
health-devices-new = Add a device
health-devices-place = Place
health-devices-name = Name of the device
health-devices-make = Make a key
health-devices-list = Devices
health-devices-none = No devices yet.
health-devices-revoke = Stop the key of { $name }
health-devices-revoked = The key is stopped. The device can no longer send readings.
health-devices-revoked-at = Key stopped at { $time }
health-devices-error-name = Enter a name for the device (up to 60 characters).
health-devices-error-place = Choose a place.
