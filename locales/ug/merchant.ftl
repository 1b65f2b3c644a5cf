# سودىگەرنىڭ دۇكان باشقۇرۇش بېتى (/merchant): جاۋاب بېرىدىغان ۋە داۋاملىشىۋاتقان زاكازلار، مال ئېلىش نومۇرى، مال قايتۇرۇش، تاۋارلار، زاپاس ۋە دۇكان تەڭشەكلىرى.

merchant-title = دۇكان باشقۇرۇش
merchant-sign-in = دۇكىنىڭىزنىڭ زاكازلىرىنى كۆرۈش ئۈچۈن كىرىڭ.
merchant-only = بۇ بەت مەھەللىدىكى دۇكانلارنىڭ سودىگەرلىرى ئۈچۈن. بۇ يەردە دۇكان ئاچقان بولسىڭىز، مەھەللە مۇلازىمەت مەركىزىدىن سىزنى دۇكىنىڭىزغا قوشۇپ قويۇشنى سوراڭ.
merchant-no-shops = سىز تېخى ھېچقانداق دۇكانغا قوشۇلمىدىڭىز. مەھەللە مۇلازىمەت مەركىزىدىن سىزنى دۇكىنىڭىزغا قوشۇپ قويۇشنى سوراڭ.
merchant-back-console = دۇكان باشقۇرۇش بېتىگە قايتىش
merchant-back-goods = تاۋارلار ۋە تەڭشەكلەرگە قايتىش
merchant-open-now = ھازىر ئوچۇق
merchant-closed-now = ھازىر تاقاق

## بۈگۈنكى كىرىم
merchant-today = بۈگۈنكى كىرىم ({ $day })
merchant-today-orders = زاكاز سانى
merchant-today-paid = خېرىدارلار تۆلىگەن پۇل
merchant-today-refunded = قايتۇرۇلغان پۇل
merchant-today-net = پۇل قايتۇرۇشتىن كېيىنكى كىرىم

## تىزىملىكلەر
merchant-new-orders = { $count ->
    [one] جاۋاب بېرىدىغان يېڭى زاكاز ({ $count })
   *[other] جاۋاب بېرىدىغان يېڭى زاكازلار ({ $count })
}
merchant-new-none = يېڭى زاكاز يوق.
merchant-new-hint = يېڭى زاكازغا ئېچىلىش ۋاقتىدىكى { $minutes } مىنۇت ئىچىدە جاۋاب بېرىسىز («تاۋارلار، زاپاس ۋە تەڭشەكلەر» دە ئۆزگەرتەلەيسىز). ۋاقتىدا جاۋاب بەرمىسىڭىز، زاكاز بىكار قىلىنىدۇ ۋە پۇل خېرىدارغا قايتۇرۇلىدۇ.
merchant-open-orders = { $count ->
    [one] داۋاملىشىۋاتقان زاكاز ({ $count })
   *[other] داۋاملىشىۋاتقان زاكازلار ({ $count })
}
merchant-open-none = داۋاملىشىۋاتقان زاكاز يوق.
merchant-returns = { $count ->
    [one] جاۋابىڭىزنى ساقلاۋاتقان مال قايتۇرۇش ({ $count })
   *[other] جاۋابىڭىزنى ساقلاۋاتقان مال قايتۇرۇشلار ({ $count })
}
merchant-order-link = { $id } نومۇرلۇق زاكاز
merchant-placed-at = زاكاز قىلىنغان ۋاقىت: { $time }
merchant-customer-is = خېرىدار: { $name }
merchant-answer-by = { $time } دىن بۇرۇن جاۋاب بېرىڭ
merchant-service-at = ئۆيگە بېرىش ۋاقتى: { $time }
merchant-fulfilment-delivery = خېرىدارنىڭ ئۆيىگە يەتكۈزۈپ بېرىش
merchant-fulfilment-pickup = خېرىدار دۇكاندىن ئېلىپ كېتىدۇ
merchant-fulfilment-service = خېرىدارنىڭ ئۆيىگە بېرىپ مۇلازىمەت قىلىش
merchant-total = جەمئىي
merchant-return-qty = { $count ->
    [one] قايتۇرىدىغىنى: { $count } دانە
   *[other] قايتۇرىدىغىنى: { $count } دانە
}
merchant-return-amount = قايتۇرىدىغان پۇل
merchant-return-reason = خېرىدارنىڭ سەۋەبى: { $reason }
merchant-return-approve = قوشۇلۇش ۋە پۇل قايتۇرۇش
merchant-return-refuse = رەت قىلىش
merchant-goods-title = تاۋارلار ۋە تەڭشەكلەر
merchant-goods-link = تاۋارلار، زاپاس ۋە تەڭشەكلەر
merchant-low-stock = { $count ->
    [one] { $count } خىل تاۋارنىڭ زاپىسى ئاز قالدى.
   *[other] { $count } خىل تاۋارنىڭ زاپىسى ئاز قالدى.
}
merchant-low-stock-none = زاپىسى ئاز قالغان تاۋار يوق.

## بىر زاكاز
merchant-order-title = زاكاز
merchant-order-heading = { $id } نومۇرلۇق زاكاز
merchant-order-denied = بۇ زاكازنى كۆرەلمەيسىز. ئۇنى پەقەت شۇ دۇكاننىڭ سودىگەرلىرىلا كۆرەلەيدۇ.
merchant-order-not-found = بۇ زاكازنى تاپالمىدۇق.
merchant-shop = دۇكان
merchant-state = ئەھۋالى
merchant-placed = زاكاز قىلىنغان ۋاقىت
merchant-customer = خېرىدار
merchant-how = قانداق يەتكۈزۈلىدۇ
merchant-deliver-to = يەتكۈزىدىغان ئادرېس: { $address }
merchant-handled-from = دۇكان تاقاق ئىدى؛ بىر تەرەپ قىلىشنى باشلايدىغان ۋاقىت
merchant-goods-sum = تاۋار پۇلى
merchant-fee = يەتكۈزۈش ھەققى
merchant-refunded = قايتۇرۇلغان پۇل
merchant-refunding = قايتۇرۇلۇۋاتقان پۇل
merchant-reason = دۇكاننىڭ چۈشەندۈرۈشى
merchant-lines = زاكاز قىلىنغان تاۋارلار
merchant-line-good = تاۋار
merchant-line-price = باھاسى
merchant-line-qty = سانى
merchant-line-sum = پۇلى
merchant-line-declined = تەمىنلەنمىدى
merchant-line-unfilled = تۆلەشتىن بۇرۇن سېتىلىپ تۈگىگەن
merchant-line-returned = قايتۇرۇلدى
merchant-line-return-asked = خېرىدار قايتۇرۇشنى سورىدى
merchant-line-return-approved = قايتۇرۇشقا قوشۇلدىڭىز
merchant-line-return-refused = قايتۇرۇش رەت قىلىندى
merchant-line-times = سانى: { $count }
merchant-timeline = نېمىلەر بولدى
merchant-step-to-come = تېخى بولمىدى

## يېڭى زاكازغا جاۋاب بېرىش
merchant-answer-title = بۇ زاكازغا جاۋاب بېرىش
merchant-accept-all = پۈتۈن زاكازنى قوبۇل قىلىش
merchant-accept-some = ياكى بىر قىسمىنىلا قوبۇل قىلىش
merchant-accept-some-hint = تەمىنلىيەلمەيدىغان تاۋارلارنىڭ بەلگىسىنى ئېلىۋېتىڭ، ئۇلارنىڭ پۇلى خېرىدارغا قايتۇرۇلىدۇ. ھەممىسىنىڭ بەلگىسىنى ئالسىڭىز، پۈتۈن زاكاز رەت قىلىنىدۇ.
merchant-reason-some = قالغانلىرىنى نېمە ئۈچۈن تەمىنلىيەلمەيسىز؟ خېرىدار بۇنى كۆرىدۇ
merchant-send-answer = جاۋابنى يوللاش
merchant-reason-all = بۇ زاكازنى نېمە ئۈچۈن تەمىنلىيەلمەيسىز؟ خېرىدار بۇنى كۆرىدۇ
merchant-reason-hint = بارلىق پۇل خېرىدارغا قايتۇرۇلىدۇ.
merchant-decline-all = پۈتۈن زاكازنى رەت قىلىش

## كېيىنكى قەدەم
merchant-next-title = كېيىنكى قەدەم
merchant-move-preparing = تەييارلاشنى باشلاش
merchant-move-out-for-delivery = يەتكۈزۈشكە چىقتى
merchant-move-ready-for-pickup = ئېلىپ كېتىشكە تەييار
merchant-move-done = يەتكۈزۈپ بېرىلدى — تامام
merchant-move-done-service = ئۆيگە بېرىپ مۇلازىمەت قىلىندى — تامام
merchant-pickup-code = خېرىدار كۆرسەتكەن مال ئېلىش نومۇرى
merchant-pickup-hint = خېرىدار ئۇنى ئۆز زاكاز بېتىدە كۆرىدۇ. نومۇر توغرا بولغاندىلا تاۋارنى بېرىڭ.
merchant-pickup-check = تەكشۈرۈش ۋە تاپشۇرۇپ بېرىش

## ئەھۋاللار
merchant-state-awaiting-payment = تۆلەمنى ساقلاۋاتىدۇ
merchant-state-placed = يېڭى — جاۋابىڭىزنى ساقلاۋاتىدۇ
merchant-state-accepted = قوبۇل قىلىندى
merchant-state-partly-accepted = بىر قىسمى قوبۇل قىلىندى
merchant-state-declined = رەت قىلىندى
merchant-state-preparing = تەييارلىنىۋاتىدۇ
merchant-state-out-for-delivery = يەتكۈزۈلۈۋاتىدۇ
merchant-state-ready-for-pickup = ئېلىپ كېتىشكە تەييار
merchant-state-done = تامام
merchant-state-cancelled = بىكار قىلىندى
merchant-state-refunded = پۇل قايتۇرۇلدى
merchant-state-other = ئۆزگەردى

## تاۋارلار ۋە تەڭشەكلەر
merchant-goods-list = تاۋارلار
merchant-goods-count = { $count ->
    [one] { $count } خىل تاۋار
   *[other] { $count } خىل تاۋار
}
merchant-goods-none = بۇ دۇكاندا تېخى تاۋار يوق.
merchant-good-add = تاۋار قوشۇش
merchant-good-name = نامى
merchant-good-price = باھاسى
merchant-good-stock = زاپاس
merchant-good-on-sale = سېتىلامدۇ
merchant-good-halal = ھالال
merchant-good-change = ئۆزگەرتىش
merchant-per-unit = ھەر { $unit }
merchant-stock-service = ۋاقىت بويىچە ئالدىن بەلگىلىنىدۇ
merchant-sold-out = سېتىلىپ تۈگىدى
merchant-on-sale = سېتىلىۋاتىدۇ
merchant-off-sale = سېتىلمايدۇ
merchant-yes = ھەئە
merchant-no = ياق
merchant-shop-not-found = بۇ دۇكاننى دۇكانلىرىڭىز ئىچىدىن تاپالمىدۇق.
merchant-settings-title = دۇكان تەڭشەكلىرى
merchant-field-opens = ئېچىلىش ۋاقتى
merchant-field-closes = تاقىلىش ۋاقتى
merchant-time-hint = سائەت ۋە مىنۇت، مەسىلەن: { $example }
merchant-field-min-order = يەتكۈزۈپ بېرىشنىڭ ئەڭ تۆۋەن سوممىسى
merchant-field-delivery-fee = يەتكۈزۈش ھەققى
merchant-yuan-hint = يۈەن بىلەن يېزىڭ، مەسىلەن: ⁦20⁩ ياكى ⁦2.50⁩. بولمىسا ⁦0⁩ يېزىڭ.
merchant-field-accept-minutes = يېڭى زاكازغا جاۋاب بېرىش ۋاقتى (مىنۇت)
merchant-accept-minutes-hint = ئېچىلىش ۋاقتى ئىچىدە { $min } مىنۇتتىن { $max } مىنۇتقىچە.
merchant-field-ways = خېرىدارلار تاۋارنى قانداق ئالىدۇ
merchant-field-delivers = ئۆيگە يەتكۈزۈپ بېرىمىز
merchant-field-pickup = خېرىدارلار دۇكاندىن ئېلىپ كېتەلەيدۇ
merchant-save = ساقلاش

## بىر تاۋار
merchant-good-new-title = تاۋار قوشۇش
merchant-good-edit-title = تاۋارنى ئۆزگەرتىش
merchant-group-name = نامى
merchant-group-about = چۈشەندۈرۈشى
merchant-about-hint = بىر-ئىككى جۈملە: نېمە ئىكەنلىكى، قانچىلىك ئىكەنلىكى. يازمىسىڭىزمۇ بولىدۇ.
merchant-group-sale = رەپ، باھا ۋە زاپاس
merchant-field-name-zh = خەنزۇچە نامى
merchant-field-name-ug = ئۇيغۇرچە نامى
merchant-field-name-en = ئىنگلىزچە نامى
merchant-field-about-zh = خەنزۇچە چۈشەندۈرۈشى
merchant-field-about-ug = ئۇيغۇرچە چۈشەندۈرۈشى
merchant-field-about-en = ئىنگلىزچە چۈشەندۈرۈشى
merchant-field-section = رەپ
merchant-field-unit = باھا بىرلىكى
merchant-field-price = باھاسى (يۈەن)
merchant-price-hint = مەسىلەن: ⁦12.50⁩
merchant-field-stock = زاپاس
merchant-stock-hint = ھازىر ساتقىلى بولىدىغان سانى. مۇلازىمەت بولسا بوش قالدۇرۇڭ.
merchant-field-on-sale = سېتىلىدۇ
merchant-on-sale-hint = خېرىدارلار ئۇنى كۆرەلەيدۇ ۋە سېتىۋالالايدۇ.
merchant-field-halal = ھالال
merchant-field-photo = رەسىم (ئىختىيارىي)
merchant-photo-hint = تاۋارنىڭ JPEG، PNG ياكى WebP رەسىمى، ئەڭ چوڭ بولغاندا { $mb } MB. خېرىدارلار سىزما بەلگىنىڭ ئورنىدا مۇشۇ رەسىمنى كۆرىدۇ. ئۇنىڭدىكى ئورۇن ئۇچۇرى ئۆچۈرۈلىدۇ.
merchant-photo-now = خېرىدارلار ھازىر كۆرۈۋاتقان رەسىم.
merchant-photo-remove = بۇ رەسىمنى ئۆچۈرۈش (خېرىدارلار يەنە سىزما بەلگىنى كۆرىدۇ)
merchant-photo-kept = يېڭى رەسىمىڭىز ساقلاندى. ئۇنى قايتا تاللىشىڭىزنىڭ ھاجىتى يوق.
merchant-error-photo-large = رەسىم بەك چوڭ. ئەڭ چوڭ بولغاندا { $mb } MB بولغان رەسىمنى تاللاڭ.
merchant-error-photo-type = بۇ ھۆججەت رەسىم ئەمەس. JPEG، PNG ياكى WebP رەسىمنى تاللاڭ.
merchant-error-photo-pixels = بۇ رەسىم بەك چوڭ، ئاچقىلى بولمايدۇ. تېلېفونىڭىزنىڭ كامېراسى بىلەن قايتا تارتىڭ ياكى كىچىكرەك رەسىم تاللاڭ.
merchant-error-photo-busy = ھازىر رەسىم يوللاۋاتقانلار كۆپ. سەل ساقلاپ، قايتا ساقلاڭ.
merchant-error-photo-quota = بۈگۈن يوللىغان رەسىملىرىڭىز بىر كۈنلۈك چەككە يەتتى ({ $files } رەسىم ياكى { $mb } MB). تاۋارنى يېڭى رەسىمسىز ساقلاپ، رەسىمنى ئەتە قوشۇڭ.
merchant-error-photo-store = رەسىمنى ساقلىغىلى بولمىدى. قايتا سىناپ بېقىڭ.
merchant-choose = تاللاڭ
merchant-section-vegetables = كۆكتات
merchant-section-fruit = مېۋە
merchant-section-meat = گۆش
merchant-section-bread = نان
merchant-section-dairy = سۈت مەھسۇلاتلىرى
merchant-section-grocery = گۈرۈچ، ئۇن، ياغ ۋە تېتىتقۇلار
merchant-section-drinks = ئىچىملىكلەر
merchant-section-household = ئائىلە بۇيۇملىرى
merchant-section-medicine = دورا
merchant-section-health = ساغلاملىق بۇيۇملىرى
merchant-section-service = مۇلازىمەت
merchant-unit-piece = دانە
merchant-unit-jin = جىڭ (⁦500⁩ گىرام)
merchant-unit-kg = كىلوگىرام
merchant-unit-bag = خالتا
merchant-unit-box = قۇتا
merchant-unit-bottle = بوتۇلكا
merchant-unit-pack = ئورام
merchant-unit-hour = سائەت
merchant-unit-visit = قېتىم
merchant-ledger-title = زاپاسنىڭ ئۆزگىرىشى
merchant-ledger-caption = ئەڭ يېقىنقى ئۆزگىرىشلەر، ئەڭ يېڭىسى ئالدىدا
merchant-ledger-none = زاپاس تېخى ئۆزگەرمىدى.
merchant-ledger-when = ۋاقتى
merchant-ledger-change = ئۆزگىرىش
merchant-ledger-after = ئۆزگەرگەندىن كېيىنكى زاپاس
merchant-ledger-why = سەۋەبى
merchant-ledger-who = كىم
merchant-ledger-sale = خېرىدارنىڭ تۆلىمى ئۈچۈن ساقلاپ قويۇلدى
merchant-ledger-release = قايتتى: تۆلەم ئەمەلگە ئاشمىدى
merchant-ledger-retake = قايتا ساقلاپ قويۇلدى: كېچىككەن تۆلەم كەلدى
merchant-ledger-declined = قايتتى: دۇكان تەمىنلىمىدى
merchant-ledger-return = قايتتى: خېرىدار قايتۇردى
merchant-ledger-edit = دۇكان ئۆزگەرتتى
merchant-ledger-seed = دەسلەپكى زاپاس
merchant-ledger-other = باشقا ئۆزگىرىش
merchant-error-line = { $field }: { $problem }

## نەتىجىلەر
merchant-done-accepted = زاكازنى قوبۇل قىلدىڭىز. خېرىدارغا ئۇقتۇرۇلدى.
merchant-done-partly = زاكازنىڭ بىر قىسمىنى قوبۇل قىلدىڭىز. خېرىدارغا ئۇقتۇرۇلدى، قالغان پۇلى قايتۇرۇلىدۇ.
merchant-done-declined = زاكازنى رەت قىلدىڭىز. خېرىدارغا ئۇقتۇرۇلدى، بارلىق پۇلى قايتۇرۇلىدۇ.
merchant-done-moved = زاكاز كېيىنكى قەدەمگە ئۆتتى. خېرىدار ئۇنى كۆرىدۇ.
merchant-done-collected = نومۇر توغرا: تاۋارنى خېرىدارغا بېرىڭ. زاكاز تامام بولدى.
merchant-done-return = مال قايتۇرۇش توغرىسىدىكى جاۋابىڭىز ساقلاندى. خېرىدارغا ئۇقتۇرۇلدى.
merchant-done-saved = ساقلاندى.
merchant-error-moved = بۇ زاكاز بۇ ئارىلىقتا ئۆزگەردى (باشقا كۆزنەكتە بىر تەرەپ قىلىندى ياكى جاۋاب بېرىش ۋاقتى ئۆتۈپ كەتتى). ھازىرقى ئەھۋالى تۆۋەندە.
merchant-error-reason-missing = تەمىنلىيەلمەسلىكنىڭ سەۋەبىنى يېزىڭ. خېرىدار بۇنى ئوقۇيدۇ.
merchant-error-nothing-chosen = قوبۇل قىلىدىغان كەم دېگەندە بىر تاۋارنى بەلگىلەڭ، ياكى پۈتۈن زاكازنى رەت قىلىڭ.
merchant-error-wrong-code = بۇ نومۇر توغرا ئەمەس. خېرىداردىن زاكاز بېتىدىكى نومۇرنى قايتا كۆرسىتىشنى سوراڭ.
merchant-error-code-locked = بۇ زاكاز ئۈچۈن خاتا نومۇر بەك كۆپ سىنالدى، بىخەتەرلىك ئۈچۈن قۇلۇپلاندى. ھازىرچە تاپشۇرۇپ بەرمەڭ: خېرىداردىن تېلېفونىدا زاكازنى ئېچىپ يېڭى مال ئېلىش نومۇرى ئېلىشنى سوراڭ، ئاندىن يېڭى نومۇرنى تەكشۈرۈڭ.
merchant-error-not-allowed = بۇ سىزنىڭ دۇكىنىڭىزنىڭ زاكازى ياكى تاۋارى ئەمەس.
merchant-error-name-missing = نامىنى يېزىڭ.
merchant-error-too-long = بۇ بەك ئۇزۇن، قىسقارتىڭ.
merchant-error-bad-price = باھانى يۈەن بىلەن يېزىڭ، مەسىلەن: ⁦12.50⁩.
merchant-error-bad-stock = سانىنى پۈتۈن سان بىلەن يېزىڭ: ⁦0⁩ ياكى ئۇنىڭدىن كۆپ.
merchant-error-stock-moved = سىز ئۆزگەرتىۋاتقاندا بەزىلىرى سېتىلدى. ھازىرقى زاپاس كۆرسىتىلدى؛ تەكشۈرۈپ قايتا ساقلاڭ.
merchant-error-bad-choice = تاللانمىلاردىن بىرىنى تاللاڭ.
merchant-error-section-not-here = ئۆي ئىشى ۋە رېمونت دۇكانلىرى پەقەت مۇلازىمەت، باشقا دۇكانلار پەقەت مال ساتىدۇ. بۇ دۇكان ساتىدىغان بىر تۈرنى تاللاڭ.
merchant-error-bad-hours = ۋاقىتنى سائەت ۋە مىنۇت بىلەن يېزىڭ، مەسىلەن: ⁦08:30⁩.
merchant-error-bad-minutes = ⁦5⁩ تىن ⁦240⁩ غىچە پۈتۈن سان مىنۇت يېزىڭ، مەسىلەن: ⁦30⁩.
merchant-error-no-way = خېرىدارلار مالنى ئالالىشى ئۈچۈن، ئۆيگە يەتكۈزۈش، دۇكاندىن ئېلىش ياكى ھەر ئىككىسىنى تاللاڭ.
