# ھەممە بەتتە ئورتاق ئىشلىتىلىدۇ.
app-name = لىنلى
meta-description = لىنلى: مەھەللىڭىزنىڭ مۇلازىمەتلىرى بىر جايدا — ھەق تاپشۇرۇش، دۇكانلار، داۋالاش پونكىتى، ھۆكۈمەت مۇلازىمىتى، ئۆي ئىگىلىرىنىڭ ئاۋاز بېرىشى، ياشانغانلار پەرۋىشى ۋە خەۋەرلەر.
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
footer-fraud-warning = لىنلى ھەرگىز تېلېفوندا سىزدىن دەلىللەش كودى ياكى بانكا ئۇچۇرىنى سورىمايدۇ. بىرەرسى سورىسا، تېلېفوننى قويۇۋېتىپ ⁦110⁩ غا تېلېفون قىلىڭ.
footer-kiosk-note = بۇ ئورتاق ئىشلىتىلىدىغان ئېكران. ھېچكىم ئىشلەتمىسە، ئۇچۇرلىرىڭىز ئۆزلۈكىدىن ئۆچۈرۈلىدۇ.
fraud-never-ask-code = لىنلى ھەرگىز تېلېفوندا سىزدىن دەلىللەش كودىنى سورىمايدۇ. كودنى ھېچكىمگە ئېيتماڭ.
error-summary-title = مەسىلە كۆرۈلدى
error-prefix = خاتالىق:
load-error-title = بۇ بەتنى ئاچقىلى بولمىدى
load-error-body = سەل تۇرۇپ قايتا سىناپ بېقىڭ. داۋاملىق شۇنداق بولسا، مەھەللە قىزىق لىنىيىسىگە تېلېفون قىلىڭ.
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
kiosk-idle-title = بۇ ئۈسكۈنىنى يەنىلا ئىشلىتىۋاتامسىز؟
kiosk-idle-countdown = { $seconds ->
    [one] { $seconds } سېكۇنتتىن كېيىن ئۇچۇرلىرىڭىز بۇ ئېكراندىن ئۆچۈرۈلىدۇ.
   *[other] { $seconds } سېكۇنتتىن كېيىن ئۇچۇرلىرىڭىز بۇ ئېكراندىن ئۆچۈرۈلىدۇ.
}
kiosk-idle-continue = ھەئە، يەنىلا ئىشلىتىۋاتىمەن
kiosk-idle-finish = مەن ئىشلىتىپ بولدۇم
keypad-label = رەقەم كۇنۇپكا تاختىسى
keypad-delete = ئۆچۈرۈش
demo-banner = سىناق نۇسخىسى — دەلىللەش كودى ئېكراندا كۆرسىتىلىدۇ؛ ھەقىقىي پۇل ئىشلىتىلمەيدۇ
problem-title = بىز تەرەپتە مەسىلە كۆرۈلدى
problem-body = ھېچنېمە يوقالمىدى: يوللىغانلىرىڭىز يېرىم قالمىدى، پۇل يۆتكەلمىدى. بىر ئازدىن كېيىن قايتىپ قايتا سىناپ بېقىڭ.
problem-reference = يەنە يۈز بەرسە، مەھەللە مۇلازىمەت مەركىزىگە بۇ نومۇرنى ئېيتىڭ: { $reference }
problem-plain = بىز تەرەپتە مەسىلە كۆرۈلدى. ھېچنېمە يوقالمىدى. نومۇر: { $reference }

# Months, and a month of a year ("November 2026"), for any page.
month-1 = يانۋار
month-2 = فېۋرال
month-3 = مارت
month-4 = ئاپرېل
month-5 = ماي
month-6 = ئىيۇن
month-7 = ئىيۇل
month-8 = ئاۋغۇست
month-9 = سېنتەبىر
month-10 = ئۆكتەبىر
month-11 = نويابىر
month-12 = دېكابىر
month-of-year = { $year }-يىلى { $month }
