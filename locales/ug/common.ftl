# ھەممە بەتتە ئورتاق ئىشلىتىلىدۇ.
app-name = لىنلى
meta-description = لىنلى: مەھەللىڭىزنىڭ مۇلازىمەتلىرى بىر جايدا — ھەق تاپشۇرۇش، دۇكانلار، داۋالاش پونكىتى، ھۆكۈمەت مۇلازىمىتى، ئۆي ئىگىلىرىنىڭ ئاۋاز بېرىشى، ياشانغانلارنى كۈتۈش ۋە خەۋەرلەر.
skip-to-content = ئاساسلىق مەزمۇنغا ئۆتۈش
loading = يۈكلىنىۋاتىدۇ…
back-home = باش بەتكە قايتىش
list-separator = ،{" "}
header-sign-in = كىرىش
header-signed-in-as = كىرگەن ئىشلەتكۈچى:
language-switch-label = تىل
language-name-zh = 中文
language-name-ug = ئۇيغۇرچە
language-name-en = English
fallback-shown-in-zh = (خەنزۇچە كۆرسىتىلدى)
fallback-shown-in-ug = (ئۇيغۇرچە كۆرسىتىلدى)
fallback-shown-in-en = (ئىنگلىزچە كۆرسىتىلدى)
footer-fraud-warning = لىنلى ھەرگىز تېلېفوندا سىزدىن دەلىللەش كودى ياكى بانكا ئۇچۇرىنى سورىمايدۇ. بىرەرسى سورىسا، تېلېفوننى قويۇۋېتىپ 110 غا تېلېفون قىلىڭ.
footer-kiosk-note = بۇ ئورتاق ئىشلىتىلىدىغان ئېكران. ھېچكىم ئىشلەتمىسە، ئۆزلۈكىدىن تازىلىنىدۇ.
fraud-never-ask-code = لىنلى ھەرگىز تېلېفوندا سىزدىن دەلىللەش كودىنى سورىمايدۇ. كودنى ھېچكىمگە ئېيتماڭ.
error-summary-title = مەسىلە كۆرۈلدى
error-prefix = خاتالىق:
load-error-title = بۇ بەتنى ئاچقىلى بولمىدى
load-error-body = سەل تۇرۇپ قايتا سىناپ بېقىڭ. داۋاملىق شۇنداق بولسا، مەھەللە قىزىق لىنىيەسىگە تېلېفون قىلىڭ.
error-cross-site = بۇ تەلەپ باشقا تور بېكەتتىن كەلگەچكە، رەت قىلىندى.
not-found-title = بەت تېپىلمىدى
not-found-body = بۇ ئادرېستا بەت يوق. ئادرېسنى تەكشۈرۈڭ ياكى باش بەتكە قايتىڭ.
not-found-home = باش بەتكە بېرىش
elder-mode-title = ياشانغانلار ھالىتى
elder-mode-on = ياشانغانلار ھالىتى ئوچۇق: چوڭ خەت ۋە چوڭ كۇنۇپكا.
elder-mode-off = ياشانغانلار ھالىتى تاقاق.
elder-mode-turn-on = ياشانغانلار ھالىتىنى ئېچىش
elder-mode-turn-off = ياشانغانلار ھالىتىنى تاقاش
text-size-title = خەت چوڭلۇقى
text-size-current = خەت چوڭلۇقى: { $percent }%
text-size-smaller = خەتنى كىچىكلىتىش
text-size-larger = خەتنى چوڭايتىش
kiosk-idle-title = سىز يەنىلا بۇ يەردىمۇ؟
kiosk-idle-countdown = { $seconds ->
    [one] بۇ ئېكران { $seconds } سېكۇنتتىن كېيىن تازىلىنىدۇ.
   *[other] بۇ ئېكران { $seconds } سېكۇنتتىن كېيىن تازىلىنىدۇ.
}
kiosk-idle-continue = ھەئە، مەن يەنىلا بۇ يەردە
kiosk-idle-finish = مەن ئىشلىتىپ بولدۇم
keypad-label = رەقەم كۇنۇپكا تاختىسى
keypad-delete = ئۆچۈرۈش
