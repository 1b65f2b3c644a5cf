## ساغلاملىق كۆرسەتكۈچلىرى: خاتىرىلەش، دىئاگرامما، ئائىلە بىلەن ئورتاقلىشىش، كىم كۆردى، ئۈسكۈنە.

health-readings-title = مېنىڭ ساغلاملىق كۆرسەتكۈچلىرىم
health-readings-sign-in = كۆرسەتكۈچلىرىڭىزنى خاتىرىلەش ۋە كۆرۈش ئۈچۈن كىرىڭ.
health-readings-lead = قان بېسىمى، يۈرەك سوقۇشى ياكى قان شېكىرىڭىزنى خاتىرىلەڭ. ئۇلارنى پەقەت سىز ۋە سىز رۇخسەت قىلغان ئائىلە ئەزالىرى كۆرەلەيدۇ.
health-readings-none = سىز تېخى ھېچقانداق كۆرسەتكۈچ خاتىرىلىمىدىڭىز.
health-readings-none-theirs = تېخى كۆرسەتكۈچ خاتىرىلەنمىگەن.

health-time-beijing = بېيجىڭ ۋاقتى { $time }
health-time-both = بېيجىڭ ۋاقتى { $beijing } (شىنجاڭ ۋاقتى { $xinjiang })

health-measure-blood-pressure = قان بېسىمى
health-measure-heart-rate = يۈرەك سوقۇشى
health-measure-glucose = قان شېكىرى
health-unit-mmhg = مىللىمېتىر سىماب تۈۋرۈكى
health-unit-per-min = مىنۇتىغا قېتىم
health-unit-mmol = مىللىمول/لىتىر
health-unit-mgdl = مىللىگىرام/دېتسىلىتىر

health-trend-higher = بۇ ھەپتە: ئادەتتىكىدىن يۇقىرى.
health-trend-lower = بۇ ھەپتە: ئادەتتىكىدىن تۆۋەن.
health-trend-same = بۇ ھەپتە: ئادەتتىكىگە ئوخشاش.
health-trend-too-few = بۇ ھەپتە كۆرسەتكۈچ بەك ئاز، ئادەتتىكى بىلەن سېلىشتۇرغىلى بولمايدۇ.

health-level-normal = بۇ كۆرسەتكۈچ ئادەتتىكى دائىرىدە.
health-level-check-again = بۇ كۆرسەتكۈچ يۇقىرى. بەش مىنۇت تىنچ ئولتۇرۇپ، قايتا ئۆلچەڭ.
health-level-see-clinician = بۇ ھەپتە كۆرسەتكۈچ بىر قېتىمدىن كۆپ يۇقىرى بولدى. تېزراق دوختۇرغا كۆرۈنۈڭ.
health-level-urgent = بۇ كۆرسەتكۈچ جىددىي دەرىجىگە يەتتى. ھازىرلا ⁦120⁩ گە تېلېفون قىلىڭ.
health-level-none = كۆرسەتكۈچىڭىز ساقلاندى.
health-saved-title = كۆرسەتكۈچ ساقلاندى
health-call-120 = ھازىرلا ⁦120⁩ گە تېلېفون قىلىڭ
health-book-visit = ساغلاملىق مۇلازىمەت پونكىتىغا ۋاقىت ئالدىن بەلگىلەش

health-series-systolic = يۇقىرى سان (سىستولا)
health-series-diastolic = تۆۋەن سان (دىئاستولا)
health-chart-out-of-range = ئادەتتىكى دائىرىدىن ئېشىپ كەتتى
health-chart-when = ئۆلچەنگەن ۋاقىت
health-chart-caption = يېقىنقى ⁦60⁩ كۈندىكى { $measure } ({ $unit })
health-chart-table = { $measure }: ھەر بىر كۆرسەتكۈچ

health-record-bp = قان بېسىمىنى خاتىرىلەش
health-record-hr = يۈرەك سوقۇشىنى خاتىرىلەش
health-record-glucose = قان شېكىرىنى خاتىرىلەش
health-field-systolic = يۇقىرى سان (سىستولا)
health-field-systolic-hint = مىللىمېتىر سىماب تۈۋرۈكى، مەسىلەن ⁦128⁩
health-field-diastolic = تۆۋەن سان (دىئاستولا)
health-field-diastolic-hint = مىللىمېتىر سىماب تۈۋرۈكى، مەسىلەن ⁦82⁩
health-field-arm = قايسى قول (بىلسىڭىز)
health-arm-left = سول قول
health-arm-right = ئوڭ قول
health-field-heart-rate = يۈرەك سوقۇشى
health-field-heart-rate-hint = مىنۇتىغا قېتىم، مەسىلەن ⁦72⁩
health-field-glucose = قان شېكىرى
health-field-glucose-hint = مەسىلەن ⁦5.6⁩
health-field-unit = ئۆلچىگۈچتىكى بىرلىك
health-field-meal = قاچان ئۆلچىدىڭىز
health-meal-fasting = ئاچ قورساق (ناشتىدىن بۇرۇن)
health-meal-after = تاماقتىن ئىككى سائەت كېيىن
health-meal-random = باشقا ۋاقىتتا
health-field-date = ئۆلچەنگەن كۈن
health-field-date-hint = بېيجىڭ ۋاقتى
health-field-time = ئۆلچەنگەن ۋاقىت
health-save-bp = قان بېسىمىنى ساقلاش
health-save-hr = يۈرەك سوقۇشىنى ساقلاش
health-save-glucose = قان شېكىرىنى ساقلاش

health-readings-error-missing = بۇنى تولدۇرۇڭ.
health-readings-error-not-a-number = سان كىرگۈزۈڭ، مەسىلەن ⁦128⁩.
health-readings-error-out-of-range = بۇ سان ئۆلچىگۈچ كۆرسىتەلەيدىغان دائىرىدىن سىرتتا. تەكشۈرۈپ قايتا كىرگۈزۈڭ.
health-readings-error-not-below-systolic = تۆۋەن سان يۇقىرى ساندىن كىچىك بولۇشى كېرەك.
health-readings-error-unknown-choice = بىر جاۋابنى تاللاڭ.
health-readings-error-in-future = بۇ ۋاقىت تېخى كەلمىدى. ئۆلچىگەن ۋاقتىڭىزنى كىرگۈزۈڭ.
health-readings-error-too-old = بۇ بىر يىلدىن بۇرۇنقى. يېقىنقى كۆرسەتكۈچنى كىرگۈزۈڭ.
health-readings-range-systolic = { $low } دىن { $high } گىچە بولغان سان كىرگۈزۈڭ (مىللىمېتىر سىماب تۈۋرۈكى).
health-readings-range-diastolic = { $low } دىن { $high } گىچە بولغان سان كىرگۈزۈڭ (مىللىمېتىر سىماب تۈۋرۈكى).
health-readings-range-heart-rate = { $low } دىن { $high } گىچە بولغان سان كىرگۈزۈڭ (مىنۇتىغا قېتىم).
health-readings-range-glucose = { $low } دىن { $high } گىچە بولغان سان كىرگۈزۈڭ (مىللىمول/لىتىر).

health-your-data = كۆرسەتكۈچلىرىڭىز ئۆزىڭىزنىڭ
health-export-csv = كۆرسەتكۈچلىرىمنى چۈشۈرۈش (CSV ھۆججىتى)
health-sharing-link = كۆرسەتكۈچلىرىمنى كىم كۆرەلەيدۇ، كىم كۆردى
health-delete-link = كۆرسەتكۈچلىرىمنى ئۆچۈرۈش
health-delete-title = بارلىق كۆرسەتكۈچلىرىمنى ئۆچۈرۈش
health-delete-body = سىز ۋە ساغلاملىق كابىنكىسى خاتىرىلىگەن بارلىق كۆرسەتكۈچلەر مەڭگۈلۈك ئۆچۈرۈلىدۇ. ئائىلە ئەزالىرى ۋە دوختۇر ئۇلارنى ئەمدى كۆرەلمەيدۇ. ۋاقىت ئالدىن بەلگىلىشىڭىز ساقلىنىدۇ.
health-delete-button = بارلىق كۆرسەتكۈچلىرىمنى ئۆچۈرۈش
health-delete-cancel = كۆرسەتكۈچلىرىمنى ساقلاپ قېلىش
health-readings-deleted = كۆرسەتكۈچلىرىڭىز ئۆچۈرۈلدى.
health-readings-nothing-deleted = ئۆچۈرىدىغان كۆرسەتكۈچىڭىز يوق.

health-family-title = ئائىلە ئەزالىرىنىڭ كۆرسەتكۈچلىرى
health-family-none = تېخى ھېچقانداق ئائىلە ئەزاسى كۆرسەتكۈچلىرىنى كۆرۈشىڭىزگە رۇخسەت قىلمىدى.
health-family-readings-title = سىز بىلەن ئورتاقلاشقان كۆرسەتكۈچلەر
health-family-logged = بۇ كۆرسەتكۈچلەرنى كۆرگىنىڭىز خاتىرىلىنىدۇ، ئۇ كىشى سىزنىڭ كۆرگىنىڭىزنى كۆرەلەيدۇ.
health-family-refused = بۇ كۆرسەتكۈچلەرنى كۆرەلمەيسىز. پەقەت ئۇ كىشى ساغلاملىق كۆرسەتكۈچلىرىنى كۆرۈشكە رۇخسەت قىلغان ئائىلە ئەزالىرىلا كۆرەلەيدۇ.

health-clinic-readings-title = سىز كۆرىدىغان كىشىنىڭ كۆرسەتكۈچلىرى
health-clinic-refused = بۇ كۆرسەتكۈچلەرنى كۆرەلمەيسىز: بۇ كىشىنىڭ سىزنىڭ ساغلاملىق مۇلازىمەت پونكىتىڭىزدا ۋاقىت ئالدىن بەلگىلىشى يوق.
health-targets-title = بۇ كىشىنىڭ ئۆز نىشانى
health-targets-hint = قوللانمىدىكى ئۆلچەمنى ئىشلىتىش ئۈچۈن بوش قالدۇرۇڭ. قان شېكىرى مىللىمول/لىتىر بىلەن.
health-targets-fasting = ئاچ قورساق قان شېكىرى
health-targets-after-meal = تاماقتىن ئىككى سائەت كېيىنكى قان شېكىرى
health-targets-save = نىشاننى ساقلاش
health-targets-set = نىشان ساقلاندى.
health-targets-error-systolic = يۇقىرى سان ⁦100⁩ دىن ⁦179⁩ غىچە بولۇشى كېرەك.
health-targets-error-diastolic = تۆۋەن سان ⁦60⁩ دىن ⁦109⁩ غىچە بولۇشى، يۇقىرى ساندىن كىچىك بولۇشى كېرەك.
health-targets-error-fasting = ئاچ قورساق قان شېكىرى ⁦4.0⁩ دىن ⁦20.0⁩ گىچە بولۇشى كېرەك.
health-targets-error-after-meal = تاماقتىن كېيىنكى قان شېكىرى ⁦4.0⁩ دىن ⁦20.0⁩ گىچە بولۇشى كېرەك.

health-alert-see-clinician = { $name } نىڭ كۆرسەتكۈچى بۇ ھەپتە بىر قېتىمدىن كۆپ يۇقىرى بولدى. ئۇ تېزراق دوختۇرغا كۆرۈنۈشى كېرەك.
health-alert-urgent = { $name } نىڭ بىر كۆرسەتكۈچى جىددىي دەرىجىگە يەتتى. ھازىرلا ئۇنىڭ بىلەن ئالاقىلىشىڭ؛ ياردەم كېرەك بولسا، ⁦120⁩ گە تېلېفون قىلىڭ.

health-sharing-title = كۆرسەتكۈچلىرىمنى ئورتاقلىشىش
health-sharing-lead = كۆرسەتكۈچلىرىڭىزنى پەقەت سىز رۇخسەت قىلغان ئائىلە ئەزالىرىلا كۆرەلەيدۇ. ئائىلە ئەزالىرى ياكى دوختۇرنىڭ ھەر بىر كۆرۈشى تۆۋەندە خاتىرىلىنىدۇ.
health-sharing-who-may = كۆرسەتكۈچلىرىمنى كىم كۆرەلەيدۇ
health-sharing-nobody = ھېچقانداق ئائىلە ئەزاسى كۆرسەتكۈچلىرىڭىزنى كۆرەلمەيدۇ.
health-sharing-withdraw = { $name } بىلەن ئورتاقلىشىشنى توختىتىش
health-sharing-withdrawn = بولدى: ئۇ ئەمدى كۆرسەتكۈچلىرىڭىزنى كۆرەلمەيدۇ.
health-sharing-manage = ئائىلە ئۇلىنىشلىرىنى باشقۇرۇش
health-sharing-booking-free = ئورتاقلىشىش سىزنىڭ ئىختىيارىڭىز. ئورتاقلاشمىسىڭىزمۇ ۋاقىت ئالدىن بەلگىلىيەلەيسىز.
health-sharing-who-looked = كىم كۆردى
health-sharing-no-looks = باشقا ھېچكىم كۆرسەتكۈچلىرىڭىزنى كۆرمىدى.
health-sharing-looks-caption = كۆرسەتكۈچلىرىڭىزنى كۆرۈش خاتىرىسى، ئەڭ يېڭىسى ئالدىدا
health-sharing-col-when = قاچان
health-sharing-col-who = كىم
health-sharing-col-as = سالاھىيىتى
health-sharing-col-what = نېمە
health-viewer-family = ئائىلە ئەزاسى
health-viewer-clinician = دوختۇر
health-viewer-staff = خادىم
health-what-readings = كۆرسەتكۈچلىرىڭىز
health-what-export = كۆرسەتكۈچلىرىڭىزنى چۈشۈرۈش

health-devices-title = ساغلاملىق كابىنكىسى ئۈسكۈنىلىرى
health-devices-only = ئۈسكۈنە ئاچقۇچىنى پەقەت دوختۇر ۋە مەھەللە خادىملىرىلا باشقۇرالايدۇ.
health-devices-key-title = يېڭى ئۈسكۈنە ئاچقۇچى
health-devices-key-once = بۇ ئاچقۇچنى ھازىرلا ئۈسكۈنىگە كىرگۈزۈڭ. ئۇ پەقەت بۇ قېتىملا كۆرسىتىلىدۇ.
health-devices-new = ئۈسكۈنە قوشۇش
health-devices-place = ئورۇن
health-devices-name = ئۈسكۈنىنىڭ نامى
health-devices-make = ئاچقۇچ ھاسىل قىلىش
health-devices-list = ئۈسكۈنىلەر
health-devices-none = تېخى ئۈسكۈنە يوق.
health-devices-revoke = { $name } نىڭ ئاچقۇچىنى توختىتىش
health-devices-revoked = ئاچقۇچ توختىتىلدى. بۇ ئۈسكۈنە ئەمدى كۆرسەتكۈچ ئەۋەتەلمەيدۇ.
health-devices-revoked-at = ئاچقۇچ توختىتىلغان ۋاقىت: { $time }
health-devices-error-name = ئۈسكۈنىگە نام بېرىڭ (ئەڭ كۆپ ⁦60⁩ ھەرپ).
health-devices-error-place = ئورۇن تاللاڭ.
