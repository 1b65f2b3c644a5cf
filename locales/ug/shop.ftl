## دۇكانلار (ئاھالىلەر بەتلىرى): ئۆيگە يېقىن دۇكانلار، بىر دۇكان، بىر مال، ئىزدەش،
## مال سېۋىتى ۋە تۆلەش، زاكازلىرىم ۋە مال قايتۇرۇش.

shop-title = ئۆيگە يېقىن دۇكانلار
back-shop = دۇكانلارغا قايتىش
back-shop-orders = زاكازلىرىمغا قايتىش
shop-see-shops = ئۆيگە يېقىن دۇكانلارنى كۆرۈش
shop-nearby = يېقىن دۇكانلار (ئەڭ يېقىنى ئالدىدا)
shop-none-nearby = مەھەللىڭىزدە تېخى لىنلىغا قوشۇلغان دۇكان يوق.
shop-buy-again = قايتا سېتىۋېلىش
shop-visitor-title = بۇ دۇكانلاردىن مال سېتىۋېلىش
shop-visitor-body = كىرمەيمۇ ھەممە دۇكان ۋە مالنى كۆرەلەيسىز. تۆلەش، ئۆيگە يەتكۈزۈپ بېرىش ۋە زاكازلىرىڭىزنى كۆرۈش ئۈچۈن كىرىڭ.

# دۇكان تۈرى
shop-category-supermarket = تاللا بازىرى
shop-category-pharmacy = دورىخانا
shop-category-bakery = نان دۇكىنى
shop-category-butcher = گۆش دۇكىنى
shop-category-fruit = مېۋە-كۆكتات دۇكىنى
shop-category-housekeeping = ئائىلە مۇلازىمىتى
shop-category-repairs = ئۆيگە كېلىپ رېمونت قىلىش
shop-category-other = دۇكان

# مال تۈرلىرى
shop-section-vegetables = كۆكتات
shop-section-fruit = مېۋە
shop-section-meat = گۆش
shop-section-bread = نان
shop-section-dairy = سۈت، قېتىق ۋە تۇخۇم
shop-section-grocery = گۈرۈچ، ئۇن، ياغ ۋە قۇرۇق يېمەكلىك
shop-section-drinks = ئىچىملىك ۋە چاي
shop-section-household = ئۆي بۇيۇملىرى
shop-section-medicine = دورا
shop-section-health = ساغلاملىق بۇيۇملىرى
shop-section-service = مۇلازىمەت
shop-section-other = باشقا ماللار

# باھا نېمە ئۈچۈن
shop-unit-piece = دانە
shop-unit-jin = جىڭ (يېرىم كىلوگرام)
shop-unit-kg = كىلوگرام
shop-unit-bag = خالتا
shop-unit-box = قۇتا
shop-unit-bottle = بوتۇلكا
shop-unit-pack = بولاق
shop-unit-hour = سائەت
shop-unit-visit = قېتىم
shop-price-per = ھەر { $unit } { $price }

# دۇكان ھەققىدە
shop-walk = { $minutes ->
    [one] پىيادە بىر مىنۇتلۇق يول
   *[other] پىيادە { $minutes } مىنۇتلۇق يول
}
shop-walk-from = { $minutes ->
    [one] { $from } دىن پىيادە بىر مىنۇتلۇق يول
   *[other] { $from } دىن پىيادە { $minutes } مىنۇتلۇق يول
}
shop-open-now = ھازىر ئوچۇق، سائەت { $closes } گىچە
shop-open-all-day = ھازىر ئوچۇق، كېچە-كۈندۈز ئوچۇق
shop-closed-opens = ھازىر تاقاق، سائەت { $opens } دە ئېچىلىدۇ
shop-mode-delivery = ئۆيگە يەتكۈزۈپ بېرىدۇ
shop-mode-pickup = دۇكاندىن ئۆزىڭىز ئالسىڭىز بولىدۇ
shop-mode-services = سىز تاللىغان ۋاقىتتا ئۆيگە كېلىدۇ
shop-min-order = { $amount } دىن ئاشقان زاكازنى يەتكۈزۈپ بېرىدۇ
shop-no-minimum = قانچىلىك بولۇشىدىن قەتئىينەزەر يەتكۈزۈپ بېرىدۇ
shop-delivery-fee = يەتكۈزۈش ھەققى: { $amount }
shop-delivery-free = يەتكۈزۈش ھەقسىز

# ماللار
shop-halal = ھالال
shop-left = { $count ->
    [one] پەقەت بىرلا قالدى
   *[other] { $count } قالدى
}
shop-sold-out = سېتىلىپ تۈگىدى
shop-off-sale = ئەمدى سېتىلمايدۇ
shop-sold-out-long = بۇ مال ھازىر سېتىلىپ تۈگىدى. كېيىنرەك قايتا كۆرۈڭ ياكى دۇكاندىن باشقا مال تاللاڭ.
shop-off-sale-long = دۇكان بۇ مالنى ئەمدى ساتمايدۇ.
shop-add = سېۋەتكە سېلىش
shop-see-cart = مال سېۋىتىگە بېرىش
shop-cart-nav = مال سېۋىتى ۋە زاكازلار
shop-cart-link = { $count ->
    [0] مال سېۋىتى: قۇرۇق
    [one] مال سېۋىتى: بىر مال
   *[other] مال سېۋىتى: { $count } مال
}
shop-orders-link = زاكازلىرىم
shop-shop-title = دۇكان
shop-shop-not-found = بۇ دۇكاننى تاپالمىدۇق. ئۇ لىنلىدا ئەمدى ئىشلىمەسلىكى مۇمكىن.
shop-nothing-on-sale = بۇ دۇكاندا ھازىر سېتىلىۋاتقان مال يوق.

# بىر مال
shop-good-title = مال
shop-good-not-found = بۇ مالنى تاپالمىدۇق. دۇكان ئۇنى سېتىشتىن توختاتقان بولۇشى مۇمكىن.
shop-good-shop = ساتقۇچى دۇكان
shop-good-section = تۈرى
shop-good-halal = ھالال
shop-good-stock = دۇكاندا
shop-good-returns = قايتۇرۇش
shop-returnable = يەتتە كۈن ئىچىدە سەۋەب ئېيتمايلا قايتۇرسىڭىز بولىدۇ.
shop-not-returnable = قايتۇرغىلى بولمايدۇ (يېڭى يېمەكلىك، دورا ياكى مۇلازىمەت).
shop-qty-label = قانچە
shop-qty-hint = بىردىن توقسان توققۇزغىچە.
shop-in-cart = { $count ->
    [one] سېۋىتىڭىزدە بىرسى بار
   *[other] سېۋىتىڭىزدە { $count } بار
}

# ئىزدەش
shop-search-title = دۇكانلاردىن ئىزدەش
shop-search-label = مالنى ئۇيغۇرچە، خەنزۇچە ياكى ئىنگلىزچە ئىزدەڭ
shop-search-hint = مەسىلەن: نان، سۈت، 牛奶
shop-search-button = ئىزدەش
shop-filter-category = دۇكان تۈرى
shop-filter-all-categories = ھەممە تۈردىكى دۇكانلار
shop-filter-shop = دۇكان
shop-filter-all-shops = ھەممە دۇكانلار
shop-results = { $count ->
    [one] بىر مال تېپىلدى
   *[other] { $count } مال تېپىلدى
}
shop-results-for = { $count ->
    [one] «{ $query }» بويىچە بىر مال تېپىلدى
   *[other] «{ $query }» بويىچە { $count } مال تېپىلدى
}
shop-search-none = ھېچنېمە تېپىلمىدى.
shop-did-you-mean = بەلكىم بۇلارنى ئىزدىگەنسىز
shop-search-try = ئازراق سۆز يېزىڭ، باشقا تىلدا سىناڭ ياكى دۇكانلارنى كۆرۈڭ:
shop-pages-label = نەتىجە بەتلىرى
shop-page-previous = ئالدىنقى بەت
shop-page-next = كېيىنكى بەت
shop-page-of = { $page }-بەت (جەمئىي { $pages } بەت)

# مال سېۋىتى
shop-cart-title = مال سېۋىتىڭىز
shop-cart-empty = مال سېۋىتىڭىز قۇرۇق.
shop-cart-added = مال سېۋىتىڭىزگە سېلىندى.
shop-cart-changed = سانى ئۆزگەرتىلدى.
shop-cart-removed = مال سېۋىتىڭىزدىن ئېلىۋېتىلدى.
shop-cart-taken = ئورتاق ئېكراندىكى مال سېۋىتى بۇ يانفونغا يۆتكەلدى.
shop-update = سانىنى ئۆزگەرتىش
shop-remove = ئېلىۋېتىش
shop-line-total = جەمئىي
shop-goods-total = ماللار
shop-fee = يەتكۈزۈش ھەققى
shop-part-total = بۇ دۇكاندىن جەمئىي
shop-grand-total = جەمئىي تۆلەيدىغىنىڭىز
shop-short = بۇ دۇكان يەتكۈزۈپ بېرىشى ئۈچۈن يەنە { $amount } لىق مال قوشۇڭ ({ $minimum } دىن ئاشقان زاكازنى يەتكۈزىدۇ)، ياكى دۇكاندىن ئۆزىڭىز ئېلىشنى تاللاڭ.
shop-changes-title = سېۋەتكە سالغاندىن كېيىن ئۆزگەرگەنلەر
shop-change-price = { $name } نىڭ باھاسى { $was } دىن { $now } غا ئۆزگەردى.
shop-change-sold-out = { $name } ھازىر سېتىلىپ تۈگىدى.
shop-change-only-left = { $left ->
    [one] { $name } پەقەت بىرلا قالدى، شۇڭا سېۋىتىڭىزدە ئەمدى بىرلا بار.
   *[other] { $name } پەقەت { $left } قالدى، شۇڭا سېۋىتىڭىزدە ئەمدى { $left } بار.
}
shop-change-off-sale = { $name } ئەمدى سېتىلمايدۇ.
shop-change-gone = سىز تاللىغان بىر مال ئەمدى سېتىلمايدۇ، شۇڭا سېۋىتىڭىزدىن ئېلىۋېتىلدى.
shop-change-total = ئومۇمىي سومما { $was } دىن { $now } غا ئۆزگەردى: بىر دۇكان يەتكۈزۈش ھەققىنى ئۆزگەرتتى. ھېچنېمە تۆلەنمىدى؛ تۆۋەندىكى ئومۇمىي سوممىنى كۆرۈپ، قايتا جەزملەڭ.
shop-changes-check = تۆۋەندىكى مال سېۋىتىنى كۆرۈڭ. جەمئىي سومما بۇ ئۆزگىرىشلەر بويىچە ھېسابلاندى.
shop-closed-handled-later = { $shop } ھازىر تاقاق. زاكازىڭىز ئۇ سائەت { $opens } دە ئېچىلغاندىن كېيىن بىر تەرەپ قىلىنىدۇ.
shop-fulfilment-title = ماللارنى قانداق ئالىسىز؟
shop-fulfilment-delivery-choice = ئۆيۈمگە ئەكېلىپ بەرسۇن
shop-fulfilment-pickup-choice = دۇكاندىن ئۆزۈم ئالىمەن
shop-fulfilment-show = سېۋەتنى شۇنداق كۆرسىتىش
shop-deliver-to = يەتكۈزىدىغان جاي: { $home }
shop-pay-title = تۆلەش
shop-cart-sign-in = تۆلەش ئۈچۈن كىرىڭ. مال سېۋىتىڭىز ساقلىنىدۇ.
shop-cannot-pay-yet = بۇ مال سېۋىتىنى تېخى تۆلىگىلى بولمايدۇ:
shop-how-to-pay = تۆلەش ئۇسۇلى
shop-slot-label = قاچان كەلسۇن؟
shop-slot-none = كېيىنكى بىر نەچچە كۈندە بوش ۋاقىت يوق. مەھەللە مۇلازىمەت مەركىزىدىن ياردەم سوراڭ.
shop-pay-button = { $amount } تۆلەش
shop-handoff-title = يانفوندا تۆلەش
shop-handoff-body = بۇ مال سېۋىتىنى يانفونىڭىزغا يۆتكەپ شۇ يەردە تۆلەش ئۈچۈن، يانفون كامېراسى ياكى ئۈندىدار بىلەن بۇ ئىككى ئۆلچەملىك كودنى سىكانىرلاڭ.
shop-handoff-qr-label = مال سېۋىتىنى يانفونغا يۆتكەيدىغان ئىككى ئۆلچەملىك كود
shop-handoff-or-type = كامېرا يوقمۇ؟ يانفونغا بۇ ئادرېسنى يېزىڭ:

# مال نېمە ئۈچۈن سېۋەتكە سېلىنمىدى
shop-error-not-on-sale = بۇ مال ئەمدى سېتىلمايدۇ، شۇڭا سېلىنمىدى.
shop-error-sold-out = بۇ مال سېتىلىپ تۈگىدى، شۇڭا سېلىنمىدى.
shop-error-quantity = قانچە لازىملىقىنى يېزىڭ: بىردىن توقسان توققۇزغىچە.
shop-error-cart-full = مال سېۋىتىڭىز تولدى. ئاۋۋال ئىچىدىكىلەرنى تۆلەڭ ياكى بەزىلىرىنى ئېلىۋېتىڭ.

# تۆلەش نېمە ئۈچۈن توختىدى
shop-error-changed = سىز كۆرۈۋاتقاندا باھا ياكى مال سانى ئۆزگەردى. پۇل ئېلىنمىدى. مال سېۋىتىڭىزنى قايتا كۆرۈپ، توغرا بولسا تۆلەڭ.
shop-error-empty = مال سېۋىتىڭىز قۇرۇق. پۇل ئېلىنمىدى.
shop-error-below-minimum = بىر دۇكان پەقەت ئەڭ تۆۋەن سوممىدىن ئاشقان زاكازنىلا يەتكۈزىدۇ. ئۇنىڭدىن يەنە مال قوشۇڭ ياكى دۇكاندىن ئۆزىڭىز ئېلىشنى تاللاڭ.
shop-error-no-delivery = سېۋىتىڭىزدىكى بىر دۇكان يەتكۈزۈپ بەرمەيدۇ. دۇكاندىن ئۆزىڭىز ئېلىشنى تاللاڭ ياكى ئۇنىڭ ماللىرىنى ئېلىۋېتىڭ.
shop-error-no-pickup = سېۋىتىڭىزدىكى بىر دۇكاندىن ئۆزىڭىز ئالغىلى بولمايدۇ. يەتكۈزۈپ بېرىشنى تاللاڭ ياكى ئۇنىڭ ماللىرىنى ئېلىۋېتىڭ.
shop-error-choose-provider = تۆلەش ئۇسۇلىنى تاللاڭ.
shop-error-no-home = لىنلى تېخى ئۆيىڭىزنى بىلمەيدۇ، شۇڭا يەتكۈزۈپ بېرەلمەيدۇ ۋە تۆلەم ئالالمايدۇ. "مەن" بېتىدە ئۆيىڭىزگە قوشۇلۇشنى ئىلتىماس قىلىڭ.
shop-error-sold-out-now = ئەڭ ئاخىرقىلىرىنى ھازىرلا باشقا بىرى سېتىۋالدى. پۇل ئېلىنمىدى. سېۋىتىڭىزدە ھازىر قالغانلىرى كۆرسىتىلدى.
shop-error-too-many-shops = سېۋىتىڭىزدە بىر قېتىم تۆلىگىلى بولىدىغاندىن كۆپ دۇكاننىڭ مېلى بار. بىر دۇكاننىڭ ماللىرىنى ئېلىۋېتىپ، كېيىن سېتىۋېلىڭ.
shop-error-handoff-expired = بۇ ئىككى ئۆلچەملىك كودنىڭ ۋاقتى ئۆتۈپ كەتكەن ياكى تولۇق ئەمەس، شۇڭا ھېچنېمە قوشۇلمىدى. ئورتاق ئېكراندا مال سېۋىتىنى قايتا ئېچىپ، يېڭى ئىككى ئۆلچەملىك كود كۆرسىتىڭ.
shop-error-already-started = بۇ تۆلەم باشلىنىپ بولغان، ئىككىنچى قېتىم باشلانمىدى. ئۇنى "زاكازلىرىم" دا كۆرۈڭ.
shop-error-payment-refused = تۆلەمنى باشلىغىلى بولمىدى. پۇل ئېلىنمىدى. قايتا سىناڭ ياكى باشقا تۆلەش ئۇسۇلىنى تاللاڭ.

# زاكازلىرىم
shop-orders-title = زاكازلىرىم
shop-orders-sign-in = زاكازلىرىڭىزنى كۆرۈش ئۈچۈن كىرىڭ.
shop-orders-none = سىز تېخى ھېچنېمە زاكاز قىلمىدىڭىز.
shop-order-placed = { $placed } دا زاكاز قىلىنغان
shop-order-title = زاكازىڭىز
shop-order-not-found = بۇ زاكازنى تاپالمىدۇق. زاكاز قىلغان تېلېفون نومۇرى بىلەن كىرگەنلىكىڭىزنى تەكشۈرۈڭ.
shop-order-placed-at = زاكاز قىلىنغان ۋاقىت
shop-order-total = جەمئىي
shop-order-state = تۆلەم
shop-checkout-held = تۆلەم كۈتۈلۈۋاتىدۇ
shop-checkout-paid = تۆلەندى
shop-checkout-released = تۆلەنمىدى
shop-checkout-held-long = تۆلەم كۈتۈلۈۋاتىدۇ — جەزملىنىۋاتىدۇ — قايتا تۆلىمەڭ.
shop-checkout-paid-long = تۆلەندى. دۇكانلار زاكازىڭىزنى تاپشۇرۇۋالدى.
shop-checkout-released-long = تۆلەنمىدى — پۇل ئېلىنمىدى، ماللار تەكچىگە قايتۇرۇلدى.
shop-see-payment = بۇ تۆلەمنى كۆرۈش
shop-see-receipt = تۆلەم ئىسپاتىنى كۆرۈش

# دۇكاننىڭ زاكاز قىسمى
shop-state-awaiting-payment = تۆلەم كۈتۈلۈۋاتىدۇ
shop-state-placed = دۇكانغا ئەۋەتىلدى، جاۋابى كۈتۈلۈۋاتىدۇ
shop-state-accepted = دۇكان قوبۇل قىلدى
shop-state-partly-accepted = دۇكان بىر قىسمىنى قوبۇل قىلدى
shop-state-declined = دۇكان قوبۇل قىلمىدى
shop-state-preparing = دۇكان تەييارلاۋاتىدۇ
shop-state-out-for-delivery = سىزگە ئەكېلىنىۋاتىدۇ
shop-state-ready-for-pickup = تەييار: كېلىپ ئالسىڭىز بولىدۇ
shop-state-done = يەتكۈزۈلدى
shop-state-done-pickup = ئېلىپ كېتىلدى
shop-state-done-service = تاماملاندى
shop-state-cancelled = بىكار قىلىندى
shop-state-refunded = پۇل قايتۇرۇلدى
shop-state-other = بىر تەرەپ قىلىنىۋاتىدۇ
shop-fulfilment-delivery = ئۆيگە يەتكۈزۈپ بېرىش
shop-fulfilment-pickup = دۇكاندىن ئۆزى ئېلىش
shop-fulfilment-service = ئۆيگە كېلىپ مۇلازىمەت قىلىش
shop-handled-from = دۇكان ھازىر تاقاق. زاكازىڭىز ئۇ سائەت { $time } دە ئېچىلغاندىن كېيىن بىر تەرەپ قىلىنىدۇ.
shop-accept-by = دۇكان { $time } گىچە جاۋاب بېرىدۇ.
shop-order-slot = ئۆيگە كېلىش ۋاقتى: { $time }
shop-pickup-code-lead = مال ئېلىش نومۇرىڭىز. بۇ نومۇرنى پوكەيدە كۆرسىتىڭ:
shop-decline-reason = دۇكاننىڭ ئېيتقان سەۋەبى
shop-refunded = سىزگە { $amount } پۇل قايتۇرۇلدى.
shop-refunding = { $amount } پۇل سىزگە قايتۇرۇلۇۋاتىدۇ.
shop-timeline = نېمىلەر بولدى
shop-step-to-come = تېخى بۇ باسقۇچقا كەلمىدى
shop-order-lines = زاكاز قىلغانلىرىڭىز
shop-line-qty-price = { $qty } × { $price }
shop-line-declined = دۇكان بۇنى قوبۇل قىلمىدى — ئۇنىڭ پۇلى قايتۇرۇلىدۇ.
shop-line-unfilled = بۇ ئەمدى يوق — ئۇنىڭ پۇلى قايتۇرۇلىدۇ.
shop-line-returned = قايتۇرۇلدى — ئۇنىڭ پۇلى قايتۇرۇلىدۇ.

# مال قايتۇرۇش
shop-return-reason = نېمە ئۈچۈن قايتۇرماقچى؟ (يازمىسىڭىزمۇ بولىدۇ)
shop-return-button = بۇنى قايتۇرۇش
shop-return-state-asked = بۇنى قايتۇرۇشنى ئىلتىماس قىلدىڭىز. دۇكاننىڭ جاۋابى كۈتۈلۈۋاتىدۇ.
shop-return-state-approved = دۇكان قايتۇرۇۋالدى.
shop-return-state-refused = دۇكان قايتۇرۇۋالمىدى.
shop-return-asked = قايتۇرۇشنى ئىلتىماس قىلدىڭىز. دۇكان جاۋاب بېرىدۇ؛ مالنى تاپشۇرۇۋالغاندىن كېيىن پۇلىڭىز قايتۇرۇلىدۇ.
shop-code-locked = دۇكان مال ئېلىش نومۇرىڭىزنى تەكشۈرەلمىدى: خاتا نومۇر بەك كۆپ سىنالغاچقا، زاكازىڭىزنىڭ بىخەتەرلىكى ئۈچۈن ئۇ توختىتىلدى. يېڭى نومۇر ئېلىپ، پوكەيدە كۆرسىتىڭ.
shop-new-code-button = يېڭى مال ئېلىش نومۇرى ئېلىش
shop-new-code-done = بۇ سىزنىڭ يېڭى مال ئېلىش نومۇرىڭىز. كونا نومۇر ئەمدى ئىشلىمەيدۇ.
shop-return-not-returnable = بۇنى قايتۇرغىلى بولمايدۇ (يېڭى يېمەكلىك، دورا ياكى مۇلازىمەت).
shop-return-too-late = بۇنى قايتۇرۇشنىڭ يەتتە كۈنلۈك ۋاقتى ئۆتۈپ كەتتى.
shop-return-already-asked = بۇنى قايتۇرۇشنى ئاللىقاچان ئىلتىماس قىلغانسىز.
shop-return-not-done = مالنى تاپشۇرۇۋالغاندىن كېيىنلا قايتۇرۇشنى ئىلتىماس قىلالايسىز.
