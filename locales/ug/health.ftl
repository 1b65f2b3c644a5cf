# Health (智慧医疗): booking, my bookings, the consultation exchange.

## Inbox messages
health-inbox-reminder = ئەسكەرتىش: { $reference } نومۇرلۇق ساغلاملىق ۋاقىت ئالدىن بەلگىلىشىڭىز ئەتە، { $at }. كىملىكىڭىزنى ئېلىپ كېلىڭ.
health-inbox-offer = { $at } دا بىر ئورۇن بوشىدى. ئۇ سىز ئۈچۈن { $until } غىچە ساقلىنىدۇ: ئالماقچى بولسىڭىز بۇ ئۇچۇرنى ئېچىڭ.
health-inbox-offer-lapsed = سىزگە ساقلانغان { $at } دىكى ئورۇن ۋاقتىدا ئېلىنمىدى، كېيىنكى كىشىگە بېرىلدى. باشقا ۋاقىت بەلگىلىسىڭىز بولىدۇ.
health-inbox-closed = { $reference } نومۇرلۇق ساغلاملىق ۋاقىت ئالدىن بەلگىلىشىڭىز ({ $at }) بىكار قىلىندى: شۇ كۈنى دوختۇرخانا ئېچىلمايدۇ. كەچۈرۈڭ. باشقا ۋاقىت تاللاڭ.

## Pages
health-title = ساغلاملىق
health-book-button = دوختۇرغا ۋاقىت ئالدىن بەلگىلەش
health-sign-in = ۋاقىت ئالدىن بەلگىلەش ۋە بەلگىلىگەنلىرىڭىزنى كۆرۈش ئۈچۈن كىرىڭ.
health-my-bookings = ۋاقىت ئالدىن بەلگىلەشلىرىم
health-no-bookings = يېقىندا ۋاقىت ئالدىن بەلگىلىشىڭىز يوق.
health-my-waiting = ئورۇن كۈتۈۋاتىمەن
health-more = تېخىمۇ كۆپ
health-book-title = دوختۇرغا ۋاقىت ئالدىن بەلگىلەش
health-back = ساغلاملىققا قايتىش
health-back-place = ئورۇن تاللاشقا قايتىش
health-back-service = مۇلازىمەت تاللاشقا قايتىش
health-back-slot = ۋاقىت تاللاشقا قايتىش
health-back-readings = ساغلاملىق كۆرسەتكۈچلىرىمگە قايتىش
health-back-family = ئائىلە ئەزالىرىنىڭ كۆرسەتكۈچلىرىگە قايتىش
health-q-place = قەيەرگە بارماقچى؟
health-q-service = نېمە ئۈچۈن كېلىسىز؟
health-q-slot = قاچان كېلىسىز؟
health-continue = داۋاملاشتۇرۇش
health-remote-hint = شەھەر دوختۇرخانىسى بىلەن قايتا كۆرۈش، تۇنجى دىئاگنوز ئەمەس
health-slots-title = ۋاقىت تاللاڭ
health-no-slots = بۇ ھەپتە بوش ۋاقىت يوق. كېيىنكى ھەپتىنى كۆرۈڭ.
health-free-places = { $count ->
    [one] بىر ئورۇن بوش
   *[other] { $count } ئورۇن بوش
}
health-full-wait = تولدى: ئورۇن كۈتسىڭىز بولىدۇ
health-booking-closed = ۋاقىت ئالدىن بەلگىلەش توختىدى
health-weeks = ھەپتىلەر
health-week-prev = ئالدىنقى ھەپتە
health-week-next = كېيىنكى ھەپتە
health-check-title = ۋاقىت ئالدىن بەلگىلىشىڭىزنى تەكشۈرۈڭ
health-place = ئورۇن
health-service = مۇلازىمەت
health-time = ۋاقىت
health-bring = ئېلىپ كېلىدىغانلار
health-remote-what = بۇ، داۋالىنىۋاتقان كېسىلىڭىز توغرىسىدا شەھەر دوختۇرخانىسى بىلەن قايتا كۆرۈش. تۇنجى دىئاگنوز ئەمەس: يېڭى ئاغرىق بولسا پونكىتقا كېلىڭ. جىددىي ئەھۋالدا ⁦120⁩ گە تېلېفون قىلىڭ.
health-full-explain = بۇ ۋاقىت تولدى. ئورۇن كۈتسىڭىز بولىدۇ: ئورۇن بوشىسا سىزگە ئۇچۇر ئەۋەتىمىز ۋە بىر مەزگىل ساقلاپ بېرىمىز.
health-confirm-button = بۇ ۋاقىتنى بەلگىلەش
health-wait-button = ئورۇن بوشىشىنى ساقلاش
health-move-button = بۇ ۋاقىتقا يۆتكەش
health-booking-title = ۋاقىت ئالدىن بەلگىلىشىڭىز
health-reference = قوبۇل قىلىش نومۇرى
health-print-slip = بۇ بەلگىلەش قەغىزىنى بېسىپ چىقىرىش
health-offer-until = ئورۇن سىز ئۈچۈن { $until } غىچە ساقلىنىدۇ.
health-take-button = بۇ ئورۇننى ئېلىش
health-change = ئۆزگەرتىش ياكى بىكار قىلىش
health-move-link = باشقا ۋاقىتقا يۆتكەش
health-cancel-button = بىكار قىلىش
health-leave-wait-button = ساقلاشنى توختىتىش
health-exchange-title = دوختۇر بىلەن ئۇچۇر
health-video-link = سىنلىق سۆزلىشىشكە كىرىش
health-exchange-none = تېخى ئۇچۇر يوق.
health-exchange-you = سىز
health-exchange-them = دوختۇر
health-exchange-write = ئۇچۇر يېزىڭ
health-exchange-send = ئەۋەتىش
health-at = { $day }، بېيجىڭ ۋاقتى { $time }
health-at-both = { $day }، بېيجىڭ ۋاقتى { $time } (شىنجاڭ ۋاقتى { $xinjiang })
health-state-booked = بەلگىلەندى
health-state-arrived = كەلدى
health-state-fulfilled = كۆرۈلدى
health-state-cancelled = بىكار قىلىندى
health-state-noshow = كەلمىدى
health-state-waitlist = ئورۇن كۈتۈۋاتىدۇ
health-weekday-1 = دۈشەنبە
health-weekday-2 = سەيشەنبە
health-weekday-3 = چارشەنبە
health-weekday-4 = پەيشەنبە
health-weekday-5 = جۈمە
health-weekday-6 = شەنبە
health-weekday-7 = يەكشەنبە
health-error-full = بۇ ۋاقىت ھازىرلا تولدى. باشقا ۋاقىت تاللاڭ ياكى ئورۇن كۈتۈڭ.
health-error-closed = بۇ ۋاقىتقا بەلگىلەش توختىدى. كېيىنرەك ۋاقىت تاللاڭ.
health-error-blocked = بۇ ۋاقىتتا دوختۇرخانا ئېچىلمايدۇ. باشقا ۋاقىت تاللاڭ.
health-error-started = بۇ ۋاقىت باشلىنىپ بولدى، ئۆزگەرتكىلى بولمايدۇ.
health-error-overlap = بۇ ۋاقىتتا باشقا بەلگىلىشىڭىز بار. باشقا ۋاقىت تاللاڭ.
health-error-already-here = بۇ ۋاقىتنى ئاللىقاچان بەلگىلىدىڭىز.
health-error-too-many = بەلگىلەش سانىڭىز چەككە يەتتى. ئاۋۋال بىرىنى بىكار قىلىڭ.
health-error-too-many-waiting = كۈتۈۋاتقان ئورۇن سانىڭىز چەككە يەتتى.
health-error-not-allowed = ھازىر بۇنداق قىلغىلى بولمايدۇ.
health-error-not-found = بۇ بەلگىلەش ياكى ۋاقىت تېپىلمىدى.
health-error-message-empty = ئۇچۇرىڭىزنى يېزىڭ.
health-error-message-long = ئۇچۇرىڭىز بەك ئۇزۇن. قىسقارتىڭ.
health-error-choose-place = ئورۇن تاللاڭ.
health-error-choose-service = نېمە ئۈچۈن كېلىدىغانلىقىڭىزنى تاللاڭ.
health-error-choose-slot = ۋاقىت تاللاڭ.
health-done-booked = ۋاقىت بەلگىلەندى. بىر كۈن بۇرۇن ئەسكەرتىمىز.
health-done-waiting = ئورۇن كۈتۈۋاتىسىز. ئورۇن بوشىسا ئۇچۇر ئەۋەتىمىز.
health-done-cancelled = بىكار قىلىندى.
health-done-moved = ۋاقىت ئالدىن بەلگىلىشىڭىز يېڭى ۋاقىتقا يۆتكەلدى.
health-done-taken = ئورۇن سىزنىڭ بولدى: ۋاقىت بەلگىلەندى.
health-done-sent = ئۇچۇرىڭىز ئەۋەتىلدى.

## دوختۇر بىلەن ئۇچۇردىكى رەسىم: رەسىم تاللاش، كىچىك رەسىمنىڭ چۈشەندۈرۈشى، كىم كۆرگەن، يۈز بېرىشى مۇمكىن بولغان مەسىلىلەر.
health-photo-label = رەسىم (ئىختىيارىي)
health-photo-hint = JPEG، PNG ياكى WebP رەسىم، ئەڭ چوڭ بولغاندا { $mb } MB. ئۇنى پەقەت ئاھالە ئۆزى ۋە بۇ پونكىتنىڭ دوختۇرلىرى كۆرەلەيدۇ. ئۇنىڭدىكى ئورۇن ئۇچۇرى ئۆچۈرۈلىدۇ.
health-photo-kept = رەسىمىڭىز ساقلاندى. ئۇنى قايتا تاللىشىڭىزنىڭ ھاجىتى يوق.
health-photo-alt = { $by ->
    [resident] ئاھالە ئەۋەتكەن رەسىم
   *[clinician] دوختۇر ئەۋەتكەن رەسىم
}، { $day } { $time }
health-exchange-resident = ئاھالە
health-what-photo = دوختۇر بىلەن ئۇچۇرىڭىزدىكى رەسىم
health-error-photo-large = رەسىم بەك چوڭ. ئەڭ چوڭ بولغاندا { $mb } MB بولغان رەسىمنى تاللاڭ.
health-error-photo-type = بۇ ھۆججەت رەسىم ئەمەس. JPEG، PNG ياكى WebP رەسىمنى تاللاڭ.
health-error-photo-pixels = بۇ رەسىم بەك چوڭ، ئاچقىلى بولمايدۇ. تېلېفونىڭىزنىڭ كامېراسى بىلەن قايتا تارتىڭ ياكى كىچىكرەك رەسىم تاللاڭ.
health-error-photo-busy = ھازىر رەسىم يوللاۋاتقانلار كۆپ. سەل ساقلاپ، قايتا ئەۋەتىڭ.
health-error-photo-quota = بۈگۈن يوللىغان رەسىملىرىڭىز بىر كۈنلۈك چەككە يەتتى ({ $files } رەسىم ياكى { $mb } MB). ئۇچۇرىڭىزنى رەسىمسىز ئەۋەتىپ، رەسىمنى ئەتە قوشۇڭ.
health-error-photo-store = رەسىمنى ساقلىغىلى بولمىدى. رەسىمنى قايتا تاللاڭ.
