me-title = مەن
me-signed-out = ئۇچۇرلىرىڭىز، مەھەللىڭىز ۋە ئائىلە ئەزالىرىڭىزنى كۆرۈش ئۈچۈن كىرىڭ.
me-phone = يانفون نومۇرى
me-id-number = كىملىك نومۇرى
me-community = مەھەللە
me-home = ئۆي
me-roles = سالاھىيەت
me-settings-title = كۆرۈنۈش تەڭشىكى
me-language-title = تىل
me-language-hint = ھەر بىر بەتنىڭ ئۈستىدىكى كۇنۇپكىلار ئارقىلىق تىل تاللاڭ.
role-resident = ئاھالە
role-family-proxy = ۋاكالەتچى ئائىلە ئەزاسى
role-grid-worker = تور كاتەكچە خادىمى
role-merchant = سودىگەر
role-clinician = داۋالاش خادىمى
role-staff = مەھەللە خادىمى
role-notary = نوتارىئۇس
family-title = ئائىلەم
family-none = باغلانغان ئائىلە ئەزاسى يوق.
family-acts-for-me = { $relation ->
    [daughter] قىزىڭىز
    [son] ئوغلىڭىز
    [spouse] جۆرىڭىز
    [grandchild] نەۋرىڭىز
   *[other] ئائىلە ئەزايىڭىز
}؛ سىزنىڭ ئورنىڭىزدا ئىش بېجىرەلەيدۇ
family-i-act-for = { $relation ->
    [daughter] سىز ئۇنىڭ قىزى
    [son] سىز ئۇنىڭ ئوغلى
    [spouse] سىز ئۇنىڭ جۆرىسى
    [grandchild] سىز ئۇنىڭ نەۋرىسى
   *[other] سىز ئۇنىڭ ئائىلە ئەزاسى
}؛ ئۇنىڭ ئورنىدا ئىش بېجىرەلەيسىز
family-consent-given = رازىلىق بىلدۈرۈلگەن
family-consent-missing = تېخى رازىلىق بىلدۈرۈلمىگەن
family-consent-given-notice = رازىلىقىڭىز خاتىرىلەندى. خالىغان ۋاقىتتا بۇ يەردە قايتۇرۇۋالالايسىز.
family-consent-withdrawn-notice = رازىلىقىڭىز قايتۇرۇۋېلىندى. ئۇلار ئەمدى سىزنىڭ ئورنىڭىزدا ئىش بېجىرەلمەيدۇ.
me-work-title = خىزمىتىم
kiosks-title = ئۆزى مۇلازىمەت ئۈسكۈنىلىرى
kiosks-staff-only = ئۆزى مۇلازىمەت ئۈسكۈنىلىرىنى پەقەت مەھەللە خادىملىرى باشقۇرالايدۇ.
kiosks-sign-in = ئۆزى مۇلازىمەت ئۈسكۈنىلىرىنى باشقۇرۇش ئۈچۈن مەھەللە خادىمى سۈپىتىدە كىرىڭ.
kiosks-here-registered = بۇ ئېكران تىزىملانغان ئۆزى مۇلازىمەت ئۈسكۈنىسى.
kiosks-here-kiosk = بۇ ئېكران ئۆزى مۇلازىمەت ھالىتىدە، لېكىن تېخى تىزىملانمىغان.
kiosks-here-personal = بۇ ئېكران ئادەتتىكى شەخسىي توركۆرگۈچ.
kiosks-register-title = بۇ ئېكراننى ئۆزى مۇلازىمەت ئۈسكۈنىسى قىلىپ تىزىملاش
kiosks-name-hint = خادىملار تونۇيالايدىغان ئىسىم، مەسىلەن «مۇلازىمەت مەركىزى، زال». تىزىملانغان ئۈسكۈنە ھەمىشە ئۆزى مۇلازىمەت ھالىتىدە تۇرىدۇ، نۇرغۇن ئاھالە ئۇنىڭدا بىرىنىڭ كەينىدىن بىرى كىرەلەيدۇ.
kiosks-register = بۇ ئېكراننى تىزىملاش
kiosks-error-name-missing = بۇ ئۈسكۈنىنىڭ ئىسمىنى كىرگۈزۈڭ
kiosks-error-name-long = ئىسىم ئەڭ كۆپ بولغاندا { $max } ھەرپ بولسۇن
kiosks-leave-hint = بۇ ئېكراندا ئۆزى مۇلازىمەت ھالىتىنى تاقاش. ئاندىن ئۇ شەخسىي توركۆرگۈچتەك كىرىش ھالىتىنى ساقلايدۇ.
kiosks-leave = بۇ ئېكراندا ئۆزى مۇلازىمەت ھالىتىدىن چىقىش
kiosks-list-title = مەھەللىڭىزدىكى تىزىملانغان ئۆزى مۇلازىمەت ئۈسكۈنىلىرى
kiosks-none = تېخى ھېچقانداق ئۈسكۈنە تىزىملانمىدى.
kiosks-this-screen = (مۇشۇ ئېكران)
kiosks-registered-at = تىزىملانغان ۋاقتى: { $when } (بېيجىڭ ۋاقتى)
kiosks-retire = { $name } ئۈسكۈنىسىنى توختىتىش
kiosks-retire-short = توختىتىش
kiosks-registered-notice = بۇ ئېكران ئەمدى تىزىملانغان ئۆزى مۇلازىمەت ئۈسكۈنىسى.
kiosks-retired-notice = ئۈسكۈنە توختىتىلدى.
kiosks-left-notice = بۇ ئېكراندا ئۆزى مۇلازىمەت ھالىتى تاقالدى.
