## ھۆكۈمەت مۇلازىمىتى: تور كاتەكچە مەسىلە مەلۇم قىلىش، 12345 تەلەپلىرى، تور كاتەكچە خادىمىنىڭ
## خىزمەت سۇپىسى ۋە خادىملار ئۈچۈن ھەر بىر تور كاتەكچىنىڭ خىزمەت يۈكى.

gov-title = ھۆكۈمەت مۇلازىمىتى
gov-intro = ئۆيىڭىزگە يېقىن يەردىكى مەسىلىنى تور كاتەكچە خادىمىغا ئېيتىڭ ياكى ⁦12345⁩ پۇقرالار قىزىق لىنىيىسىگە يېزىڭ.
gov-report-link = مەسىلە مەلۇم قىلىش
gov-12345-link = ⁦12345⁩: ئەرز، تەكلىپ ياكى سوئال
gov-mine-link = مەلۇم قىلغان مەسىلىلىرىم ۋە تەلەپلىرىم
gov-mine-title = مەلۇم قىلغان مەسىلىلىرىم ۋە تەلەپلىرىم
gov-mine-none = سىز تېخى ھېچقانداق مەسىلە مەلۇم قىلمىدىڭىز ياكى تەلەپ يوللىمىدىڭىز.
gov-signed-out = مەسىلە مەلۇم قىلىش ۋە ئۇنى ئىز قوغلاش ئۈچۈن كىرىڭ.
back-gov = ھۆكۈمەت مۇلازىمىتىگە قايتىش
back-mine = مەسىلە ۋە تەلەپلىرىمگە قايتىش
title-separator = :{" "}

report-title = مەسىلە مەلۇم قىلىش
report-what = قانداق مەسىلە؟
report-cat-bin = ئەخلەت ساندۇقى تولۇپ كەتتى ياكى ئەخلەت تاشلىنىپ قالدى
report-cat-light = كوچا چىرىغى بۇزۇلدى
report-cat-parking = ماشىنا پىيادىلەر يولىدا ياكى يولنى توسۇپ تۇرىدۇ
report-cat-road = يول ياكى پىيادىلەر يولى بۇزۇلدى
report-cat-green = دەرەخ ياكى يېشىللىق
report-cat-noise = شاۋقۇن
report-cat-other = باشقا مەسىلە
report-description = تەپسىلىي يېزىڭ (ئىختىيارىي)
report-description-hint = مەسىلەن: "شەرقىي دەرۋازا يېنىدىكى چىراغ ئۈچ كېچىدىن بېرى يانمايۋاتىدۇ."
report-photo = رەسىم قوشۇش (ئىختىيارىي)
report-photo-hint = JPEG، PNG ياكى WebP رەسىم، ئەڭ چوڭ بولغاندا { $mb } MB. ئۇنىڭدىكى ئورۇن ئۇچۇرى ئۆچۈرۈلىدۇ.
report-photo-kept = رەسىمىڭىز ساقلاندى. ئۇنى قايتا تاللىشىڭىزنىڭ ھاجىتى يوق.
report-where = قەيەردە؟
report-my-building = { $name } (سىز ئولتۇرۇشلۇق جاي)
report-place-note = ئېنىق ئورنى (ئىختىيارىي)
report-place-note-hint = مەسىلەن: شەرقىي دەرۋازا يېنىدا، دۇكاننىڭ كەينىدە.
report-point = خەرىتىدە نۇقتا قوشۇش (ئىختىيارىي)
report-point-hint = خالىسىڭىزلا. كەڭلىك ۋە ئۇزۇنلۇق گرادۇس بىلەن، مەسىلەن ⁦43.8256⁩ ۋە ⁦87.6168⁩.
report-lat = كەڭلىك
report-lon = ئۇزۇنلۇق
report-send = مەسىلىنى مەلۇم قىلىش
report-error-category = قانداق مەسىلە ئىكەنلىكىنى تاللاڭ
report-error-description-long = ئەڭ كۆپ بولغاندا ⁦1000⁩ ھەرپ يېزىڭ
report-error-building = تىزىملىكتىن بىر بىنانى تاللاڭ
report-error-photo-large = رەسىم بەك چوڭ. ئەڭ چوڭ بولغاندا { $mb } MB بولغان رەسىمنى تاللاڭ
report-error-photo-type = بۇ ھۆججەت رەسىم ئەمەس. JPEG، PNG ياكى WebP رەسىمنى تاللاڭ
report-error-photo-store = رەسىمنى ساقلىغىلى بولمىدى. قايتا سىناپ بېقىڭ

request-title = ⁦12345⁩ كە يېزىش
request-intro = ⁦12345⁩ پۇقرالار قىزىق لىنىيىسى ئەرز، تەكلىپ ۋە سوئاللارنى قوبۇل قىلىدۇ. بۇ يەردە يېزىش تېلېفون قىلغانغا باراۋەر؛ سىز قوبۇل قىلىش نومۇرىغا ئېرىشىسىز.
request-kind = قانداق تەلەپ؟
request-topic = تېما
request-text = تەلىپىڭىز
request-text-hint = نېمە ئىش بولغانلىقى، قەيەردە ۋە قاچان بولغانلىقى ۋە نېمە قىلىنىشىنى ئۈمىد قىلىدىغانلىقىڭىزنى يېزىڭ.
request-send = ⁦12345⁩ كە يوللاش
request-error-kind = ئەرز، تەكلىپ ياكى سوئالدىن بىرنى تاللاڭ
request-error-topic = تېما يېزىڭ
request-error-topic-long = ئەڭ كۆپ بولغاندا ⁦100⁩ ھەرپلىك تېما يېزىڭ
request-error-text = تەلىپىڭىزنى يېزىڭ (ئاز دېگەندە بەش ھەرپ)
request-error-text-long = ئەڭ كۆپ بولغاندا ⁦2000⁩ ھەرپ يېزىڭ

case-kind-report = مەسىلە مەلۇم قىلىش
case-kind-complaint = ئەرز
case-kind-suggestion = تەكلىپ
case-kind-consultation = سوئال
case-title = مەلۇم قىلىنغان مەسىلە ياكى تەلەپ
case-not-found = بۇنى تاپالمىدۇق. قوبۇل قىلىش نومۇرىنى تەكشۈرۈڭ ياكى ئۇنى يوللىغان كىشى سالاھىيىتىدە كىرىڭ.
case-filed-report = مەسىلىڭىز مەلۇم قىلىندى
case-filed-request = تەلىپىڭىز يوللاندى
case-filed-next = ھەر بىر باسقۇچنى بۇ يەردە ۋە «مەلۇم قىلغان مەسىلىلىرىم ۋە تەلەپلىرىم» دە ئىز قوغلىيالايسىز.
case-tracking = قوبۇل قىلىش نومۇرى
case-what = نېمە
case-state = ھالىتى
case-description = تەپسىلاتى
case-place = ئورنى
case-point = خەرىتىدىكى نۇقتا
case-point-given = بېرىلگەن
case-grid = تور كاتەكچە
case-handler = بىر تەرەپ قىلغۇچى
case-handler-staff = مەھەللە خادىمى
case-handler-escalated = مەھەللە خادىمى (بۇ تور كاتەكچىنىڭ تور كاتەكچە خادىمى يوق)
case-filed-at = يوللانغان ۋاقتى
case-rating = باھا
case-rating-value = بەش يۇلتۇزدىن { $stars } يۇلتۇز
case-photo-alt = مەسىلە بىلەن يوللانغان رەسىم
case-photo-open = رەسىمنى كۆرۈش
case-timeline = نېمىلەر بولدى
case-overdue = بىر تەرەپ قىلىش مۇددىتى ئۆتتى
case-status-submitted = يوللاندى — تور كاتەكچە خادىمى كۈتۈلۈۋاتىدۇ
case-status-accepted = قوبۇل قىلىندى — تور كاتەكچە خادىمى بىر تەرەپ قىلىدۇ
case-status-in-progress = بىر تەرەپ قىلىنىۋاتىدۇ
case-status-resolved = تامام — جەزملەڭ
case-status-closed = تاقالدى
case-status-rejected = قوبۇل قىلىنمىدى
case-status-reopened = قايتا ئېچىلدى — تور كاتەكچە خادىمى كۈتۈلۈۋاتىدۇ
case-act-title = ھازىر نېمە قىلالايسىز
case-accept = قوبۇل قىلىش
case-start = ئىشنى باشلاش
case-note = ئىزاھات (ئىختىيارىي)
case-resolve = تامام دەپ بەلگە قويۇش
case-resolve-note = نېمە ئىش قىلىندى
case-photo = رەسىم قوشۇش (ئىختىيارىي)
case-reject = قوبۇل قىلماسلىق
case-reject-reason = سەۋەبى (چوقۇم يېزىلىدۇ)
case-close = تامام بولغانلىقىنى جەزملەش
case-rate = قانچىلىك ياخشى قىلىندى؟
case-rating-5 = ناھايىتى ياخشى
case-rating-4 = ياخشى
case-rating-3 = بولىدۇ
case-rating-2 = ناچار
case-rating-1 = ناھايىتى ناچار
case-rate-note = پىكىر (ئىختىيارىي)
case-reopen = تېخى تامام ئەمەس — قايتا ئېچىش
case-reopen-note = يەنە نېمە مەسىلە بار
case-done-accept = قوبۇل قىلىندى.
case-done-start = ئىش باشلاندى.
case-done-resolve = تامام دەپ بەلگە قويۇلدى. ئاھالىدىن جەزملەش سورالدى.
case-done-reject = قوبۇل قىلىنمىدى. ئاھالە سىز يازغان سەۋەبنى كۆرىدۇ.
case-done-close = رەھمەت. باھايىڭىز بىلەن تاقالدى.
case-done-reopen = قايتا ئېچىلدى. تور كاتەكچە خادىمىغا ئۇقتۇرۇلدى.
case-error-reason = سەۋەبىنى يېزىڭ
case-error-note-long = ئەڭ كۆپ بولغاندا ⁦1000⁩ ھەرپ يېزىڭ
case-error-rating = باھا تاللاڭ
case-error-photo-large = رەسىم بەك چوڭ
case-error-not-now = بۇنى ھازىر قىلغىلى بولمايدۇ. بەتتە ئۇنىڭ ھازىرقى ھالىتى كۆرسىتىلگەن.

console-title = تور كاتەكچە خادىمىنىڭ خىزمەت سۇپىسى
console-only = بۇ بەت تور كاتەكچە خادىملىرى ۋە مەھەللە خادىملىرى ئۈچۈن.
console-staff-intro = تور كاتەكچە خادىمى يوق تور كاتەكچىلەردىن مەلۇم قىلىنغان مەسىلىلەر ۋە ⁦12345⁩ تەلەپلىرى.
console-open = { $count ->
    [one] بىر تاماملانمىغان ئىش
   *[other] تاماملانمىغان ئىش: { $count }
}
console-none-open = تاماملانمىغان ئىش يوق.
console-recent = يېقىندا تامام بولغانلار
console-age = { $hours ->
    [one] بىر سائەت ئىلگىرى يوللانغان
   *[other] يوللانغىنىغا { $hours } سائەت بولدى
}

workload-title = ھەر بىر تور كاتەكچىگە مەلۇم قىلىنغان مەسىلىلەر
workload-intro = ھەر بىر تور كاتەكچىگە بىر ئايدا قانچە مەسىلە مەلۇم قىلىنغانلىقى، ئۇنىڭدىكى ئائىلە سانىغا سېلىشتۇرۇلۇشى، ھازىر قانچىسى تاماملانمىغانلىقى ياكى بىر تەرەپ قىلىش مۇددىتى ئۆتكەنلىكى.
workload-grid = تور كاتەكچە ۋە خادىم
workload-households = ئائىلە سانى
workload-filed = بۇ ئايدا مەلۇم قىلىنغان مەسىلىلەر
workload-per-100 = ھەر يۈز ئائىلىگە
workload-open = ھازىر تاماملانمىغان
workload-overdue = ھازىر مۇددىتى ئۆتكەن
workload-no-worker = تور كاتەكچە خادىمى يوق
workload-trend-title = ھەر يۈز ئائىلىگە توغرا كەلگەن مەسىلە مەلۇم قىلىش سانى (ئاي بويىچە)
workload-trend-intro = ھەر بىر سىزىق بىر تور كاتەكچىنى كۆرسىتىدۇ. سايە چۈشۈرۈلگەن ئايلار قىش پەسلى، سىرتتا دېھقانچىلىق قىلىدىغان ئائىلىلەر بۇ ئايلاردا ئۆيىگە قايتىدۇ.
workload-trend-table = ئوخشاش سانلار جەدۋەل شەكلىدە: ھەر يۈز ئائىلىگە توغرا كەلگەن مەسىلە مەلۇم قىلىش سانى
workload-trend-month = ئاي
workload-trend-winter = قىش ئايلىرى (نويابىردىن فېۋرالغىچە)

gov-services-link = مۇلازىمەت ئىزدەش
back-services = مۇلازىمەتلەرگە قايتىش
back-guide = يېتەكچىگە قايتىش
back-previous = قايتىش
services-title = مۇلازىمەت ئىزدەش
services-search = مۇلازىمەت ئىزدەڭ
services-search-hint = خەنزۇچە، ئۇيغۇرچە ياكى ئىنگلىزچە، مەسىلەن "ياشانغانلار تولۇقلىمىسى".
services-search-button = ئىزدەش
services-results = { $count ->
    [one] "{ $query }" بويىچە بىر مۇلازىمەت تېپىلدى
   *[other] "{ $query }" بويىچە تېپىلغان مۇلازىمەت: { $count }
}
services-none = ماس كېلىدىغان مۇلازىمەت يوق. ئىملاسىنى تەكشۈرۈڭ ياكى باشقا سۆزلەرنى ئىشلىتىڭ.
services-did-you-mean = بۇنى دېمەكچىمىدىڭىز:
services-try-categories = ياكى تۆۋەندىكى تۈرلەرنى كۆرۈپ بېقىڭ.
services-categories = تۈرلەر
service-online = تور ئارقىلىق بېجىرگىلى بولىدۇ
service-visit = مۇلازىمەت مەركىزىگە بېرىش كېرەك
guide-title = ئىش بېجىرىش يېتەكچىسى
guide-not-found = بۇ مۇلازىمەتنى تاپالمىدۇق.
guide-online-yes = بۇنى پۈتۈنلەي تور ئارقىلىق ئىلتىماس قىلالايسىز.
guide-online-no = بۇنىڭ ئۈچۈن مەھەللە مۇلازىمەت مەركىزىگە بېرىش كېرەك.
guide-apply = تور ئارقىلىق ئىلتىماس قىلىش
guide-continue = ئىلتىماسىڭىزنى داۋاملاشتۇرۇش
guide-who = كىملەر ئىلتىماس قىلالايدۇ
guide-fee = ھەققى
guide-time = قانچىلىك ۋاقىت كېتىدۇ
guide-where = قەيەرگە بېرىش
guide-materials = ئېلىپ بارىدىغان ياكى يوللايدىغان ماتېرىياللار
guide-steps = باسقۇچلار
guide-visit-note = بارغاندا يۇقىرىدىكى ماتېرىياللارنىڭ ئەسلىنى ئېلىپ بېرىڭ. مۇلازىمەت مەركىزى دۈشەنبىدىن جۈمەگىچە ⁦9:00⁩ دىن ⁦12:00⁩ گىچە ۋە ⁦14:30⁩ دىن ⁦17:30⁩ غىچە، شەنبە كۈنى چۈشتىن بۇرۇن ئوچۇق.
apply-title = تور ئارقىلىق ئىلتىماس قىلىش
apply-signed-out = ئىلتىماس قىلىش ئۈچۈن كىرىڭ. جاۋابلىرىڭىز يېزىش جەريانىدا ساقلىنىپ ماڭىدۇ، شۇڭا توختاپ، كېيىن قايتىپ كېلەلەيسىز.
apply-step = { $step }-سوئال (جەمئىي { $total } سوئال)
apply-continue = داۋاملاشتۇرۇش
apply-save-later = ساقلاپ، كېيىن قايتىپ كېلىش
apply-saved = جاۋابلىرىڭىز ساقلاندى. خالىغان ۋاقىتتا قايتىپ كېلىپ داۋاملاشتۇرالايسىز.
apply-error-missing = بۇ سوئالغا جاۋاب بېرىڭ
apply-error-date = چېسلانى ⁦1950-03-07⁩ شەكلىدە كىرگۈزۈڭ
apply-error-number = پۈتۈن سان كىرگۈزۈڭ، مەسىلەن ⁦2⁩
apply-error-choice = جاۋابلارنىڭ بىرىنى تاللاڭ
apply-error-long = بۇ جاۋاب بەك ئۇزۇن
check-title = جاۋابلىرىڭىزنى تەكشۈرۈڭ
check-not-answered = جاۋاب بېرىلمىگەن
check-change = ئۆزگەرتىش
check-declare-title = ئەمدى ئىلتىماسىڭىزنى يوللاڭ
check-declare = يوللاش ئارقىلىق جاۋابلىرىڭىزنىڭ سىز بىلگەن دائىرىدە راست ئىكەنلىكىنى جەزملەيسىز.
check-submit = ئىلتىماسنى يوللاش
check-incomplete = بەزى سوئاللارغا تېخى جاۋاب بېرىلمىدى. ئۇلارغا جاۋاب بېرىش ئۈچۈن "ئۆزگەرتىش" نى بېسىڭ.
application-title = ئىلتىماس
application-submitted = ئىلتىماس يوللاندى
application-next = خادىملار بەلگىلەنگەن ۋاقىت ئىچىدە تەكشۈرىدۇ. ئۇنى بۇ يەردە ۋە «مەلۇم قىلغان مەسىلىلىرىم ۋە تەلەپلىرىم» دە ئىز قوغلىيالايسىز.
application-service = مۇلازىمەت
application-answers = جاۋابلىرىڭىز
application-status-submitted = يوللاندى — خادىملارنىڭ تەكشۈرۈشى كۈتۈلۈۋاتىدۇ
application-status-accepted = تەكشۈرۈلۈۋاتىدۇ
application-status-approved = تەستىقلاندى
application-status-rejected = تەستىقلانمىدى
gov-mine-applications = ئىلتىماسلار
gov-mine-cases = مەلۇم قىلىنغان مەسىلىلەر ۋە تەلەپلەر
gov-mine-draft = تېخى يوللانمىدى — داۋاملاشتۇرۇش

## ئىلتىماس بىلەن يوللانغان ماتېرىياللار
docs-title = ماتېرىياللىرىڭىزنى يوللاڭ
docs-heading = ماتېرىياللار
docs-intro = ھەر بىر قەغەزنىڭ ئېنىق رەسىمىنى تارتىڭ ياكى PDF ھۆججىتىنى تاللاڭ. ھەر بىر ھۆججەت { $mb } MB دىن ئېشىپ كەتمىسۇن.
docs-sent = يوللاندى
docs-not-sent = تېخى يوللانمىدى
docs-kind-image = رەسىم
docs-kind-pdf = PDF
docs-size = { $kb } KB
docs-replace-hint = ئالماشتۇرۇش ئۈچۈن باشقا ھۆججەت تاللاڭ.
docs-remove = ئۆچۈرۈش
docs-removed = ماتېرىيال ئۆچۈرۈلدى.
docs-kept = ماتېرىياللىرىڭىز ساقلاندى.
docs-error-large = بۇ ھۆججەت بەك چوڭ. { $mb } MB ياكى ئۇنىڭدىن كىچىك ھۆججەت تاللاڭ ياكى رەسىمنى كىچىكرەك قىلىپ قايتا تارتىڭ.
docs-error-type = بۇ ھۆججەت رەسىم ياكى PDF ئەمەس. JPEG، PNG ياكى WebP رەسىم ياكى PDF تاللاڭ.
docs-error-missing = داۋاملاشتۇرۇشتىن بۇرۇن بۇ ماتېرىيالنى يوللاڭ.
docs-error-store = ھۆججەتنى ساقلىغىلى بولمىدى. قايتا سىناپ بېقىڭ.

## خادىملارنىڭ ئىلتىماسلار ھەققىدىكى قارارى
application-applicant = ئىلتىماس قىلغۇچى:
application-by-staff = مەھەللە خادىمى تەرىپىدىن
application-decide = بۇ ئىلتىماس ھەققىدە قارار چىقىرىش
application-note = ئىلتىماس قىلغۇچىغا ئىزاھات
application-note-hint = كېيىن نېمە قىلىنىدىغانلىقىنى يېزىڭ. تەستىقلىمىسىڭىز، سەۋەبىنى چوقۇم يېزىڭ.
application-accept = تەكشۈرۈشكە قوبۇل قىلىش
application-approve = تەستىقلاش
application-reject = تەستىقلىماسلىق
application-error-reason = ئىلتىماس قىلغۇچى نېمە قىلىشنى بىلسۇن ئۈچۈن، تەستىقلىمىغانلىقىڭىزنىڭ سەۋەبىنى يېزىڭ.
application-error-not-now = بۇ ئىلتىماس ھەققىدە ئاللىقاچان قارار چىقىرىلغان.
staff-apps-title = بىر تەرەپ قىلىدىغان ئىلتىماسلار
staff-apps-open = { $count ->
    [one] { $count } ئىلتىماس كۈتۈۋاتىدۇ
   *[other] { $count } ئىلتىماس كۈتۈۋاتىدۇ
}
staff-apps-none = كۈتۈۋاتقان ئىلتىماس يوق.
staff-apps-decided = يېقىندا قارار چىقىرىلغانلار
staff-apps-age = { $days ->
    [one] { $days } كۈن ئىلگىرى يوللانغان
   *[other] { $days } كۈن ئىلگىرى يوللانغان
}
back-me = "مەن" بېتىگە قايتىش

## مۇلازىمەت مەركىزىگە بېرىش ۋاقتىنى ئالدىن بەلگىلەش
guide-visit-title = مۇلازىمەت مەركىزىگە بېرىش
guide-book-visit = بارىدىغان ۋاقىتنى ئالدىن بەلگىلەش
gov-mine-visits = ئالدىن بەلگىلىگەن ۋاقىتلىرىم
visit-title = بېرىش ۋاقتىنى ئالدىن بەلگىلەش
visit-signed-out = ۋاقىت بەلگىلەش ئۈچۈن كىرىڭ. كىرگەندىن كېيىن بۇ يەرگە قايتىپ كېلىسىز.
visit-have-one = بۇ مۇلازىمەت ئۈچۈن ئاللىقاچان ۋاقىت بەلگىلىگەنسىز.
visit-see-it = بەلگىلىگەن ۋاقتىمنى كۆرۈش
visit-which-day = قايسى كۈنى كېلىسىز؟
visit-day-hint = كېيىنكى ئىككى ھەپتە ئىچىدە مەركەز ئوچۇق بولىدىغان كۈنلەر:
visit-day-full = تولدى
visit-places = { $count ->
    [one] { $count } ئورۇن بوش
   *[other] { $count } ئورۇن بوش
}
visit-which-time = ۋاقىت تاللاڭ:
visit-time-full = تولدى
visit-book = بۇ ۋاقىتنى بەلگىلەش
visit-other-day = باشقا كۈن تاللاش
visit-booking-title = بېرىش ۋاقتىڭىز
visit-booked = ۋاقتىڭىز بەلگىلەندى
visit-reference = ئالدىن بەلگىلەش نومۇرى
visit-when = ۋاقتى
visit-status-booked = بەلگىلەندى
visit-status-cancelled = بىكار قىلىندى
visit-bring = ئېلىپ بېرىڭ
visit-bring-reference = كۆزنەكتە ئالدىن بەلگىلەش نومۇرىڭىزنى كۆرسىتىڭ.
visit-cancel = بۇ ۋاقىتنى بىكار قىلىش
visit-cancelled-notice = بېرىش ۋاقتىڭىز بىكار قىلىندى. بۇ ۋاقىتنى ئەمدى باشقىلار بەلگىلىيەلەيدۇ.
visit-book-again = باشقا ۋاقىت بەلگىلەش
visit-error-time = ۋاقىت تاللاڭ.
visit-error-full = بۇ ۋاقىتنى ھازىرلا باشقا بىرى بەلگىلىۋالدى. باشقا ۋاقىت تاللاڭ.
visit-error-already = بۇ مۇلازىمەت ئۈچۈن ئاللىقاچان ۋاقىت بەلگىلىگەنسىز. باشقا ۋاقىت تاللاش ئۈچۈن ئاۋۋال ئۇنى بىكار قىلىڭ.
visit-error-same-time = بۇ ۋاقىتقا باشقا بىر ئىش ئۈچۈن ۋاقىت بەلگىلىگەنسىز. باشقا ۋاقىت تاللاڭ.
visit-error-not-offered = بۇ كۈن ياكى ۋاقىتنى بەلگىلىگىلى بولمايدۇ. تىزىملىكتىن بىرنى تاللاڭ.
visit-error-cancel = بۇنى ئەمدى تور ئارقىلىق بىكار قىلغىلى بولمايدۇ. مۇلازىمەت مەركىزىگە تېلېفون قىلىڭ.
weekday-1 = دۈشەنبە
weekday-2 = سەيشەنبە
weekday-3 = چارشەنبە
weekday-4 = پەيشەنبە
weekday-5 = جۈمە
weekday-6 = شەنبە
weekday-7 = يەكشەنبە

## مۇلازىمەت مەركىزىنىڭ كۈنلۈك ئالدىن بەلگىلەشلىرى (خادىملار)
centre-title = مۇلازىمەت مەركىزىگە كېلىش ئالدىن بەلگىلەشلىرى
centre-day = كۈن
centre-show = كۆرسەت
centre-count = { $count ->
    [one] { $count } قېتىم ئالدىن بەلگىلەندى
   *[other] { $count } قېتىم ئالدىن بەلگىلەندى
}
centre-none = بۇ كۈنگە ھېچكىم ئالدىن بەلگىلىمىدى.
centre-time = ۋاقىت
centre-person = كىم
application-visit-too = بۇ مۇلازىمەت ئۈچۈن مەھەللە مۇلازىمەت مەركىزىگە بىر قېتىم كېلىشىڭىز كېرەك. ھازىرلا ۋاقىت ئالدىن بەلگىلىسىڭىز بولىدۇ.
application-error-note-long = ئىزاھاتنى ⁦1000⁩ ھەرپتىن ئاشۇرماڭ.

## يوللاش: چەكلىمە
report-error-photo-pixels = بۇ رەسىم بەك چوڭ، ئاچقىلى بولمايدۇ. تېلېفونىڭىزنىڭ كامېراسى بىلەن قايتا تارتىڭ ياكى كىچىكرەك رەسىم تاللاڭ
report-error-busy = ھازىر رەسىم يوللاۋاتقانلار كۆپ. سەل ساقلاپ، قايتا يوللاڭ
report-error-photo-quota = بۈگۈن يوللىغان ھۆججەتلىرىڭىز بىر كۈنلۈك چەككە يەتتى ({ $files } ھۆججەت ياكى { $mb } MB). مەسىلىنى رەسىمسىز يوللىسىڭىز بولىدۇ، رەسىمنى ئەتە قوشۇڭ
docs-error-pixels = بۇ رەسىم بەك چوڭ، ئاچقىلى بولمايدۇ. تېلېفونىڭىزنىڭ كامېراسى بىلەن قايتا تارتىڭ ياكى PDF ھۆججىتى تاللاڭ.
docs-error-busy = ھازىر ھۆججەت يوللاۋاتقانلار كۆپ. سەل ساقلاپ، بۇ ھۆججەتنى قايتا يوللاڭ.
docs-error-quota = بۈگۈن يوللىغان ھۆججەتلىرىڭىز بىر كۈنلۈك چەككە يەتتى ({ $files } ھۆججەت ياكى { $mb } MB). ئەتە يەنە يوللىسىڭىز بولىدۇ، يوللىغانلىرىڭىز ساقلىنىدۇ.
