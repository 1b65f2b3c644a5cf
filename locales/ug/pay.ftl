## ھەق تاپشۇرۇش: ئائىلە ھەق تالونلىرى، جەزملەش، تۆلەم ھالىتى ۋە تۆلەم ئىسپاتى، تۆلەم تارىخى،
## سىكانىرلاپ تۆلەش، سىناق تۆلەم سۇپىسى ۋە خادىملار بېتى.

pay-title = ھەق تاپشۇرۇش
back-bills = ھەق تالونلىرىغا قايتىش
anti-fraud-title = دىققەت قىلىڭ:
anti-fraud-body = لىنلى ھەرگىز تېلېفوندا سىزدىن دەلىللەش كودىنى سورىمايدۇ. دەلىللەش كودىڭىز ياكى تۆلەم پارولىڭىزنى ھېچكىمگە ئېيتماڭ.

bill-kind-water = سۇ ھەققى
bill-kind-electricity = توك ھەققى
bill-kind-gas = گاز ھەققى
bill-kind-heating = ئىسسىتىش ھەققى
bill-kind-property = مۈلۈك باشقۇرۇش ھەققى

bill-period = ئاي
bill-due = ئاخىرقى تۆلەش ۋاقتى
bill-payee = تاپشۇرۇۋالغۇچى ئورۇن
bill-status = ھالىتى
bill-status-unpaid = تۆلەنمىگەن
bill-status-overdue = تۆلەنمىگەن — تۆلەش مۇددىتى ئۆتتى
bill-status-checking = تۆلەم جەزملىنىۋاتىدۇ — قايتا تۆلىمەڭ
bill-status-paid = تۆلەنگەن
bill-checking-hint = بۇ ھەق تالونىنىڭ تۆلىمى تۆلەم سۇپىسى بىلەن جەزملىنىۋاتىدۇ. ئۇنى قايتا تۆلىمەڭ.

pay-signed-out = ئائىلىڭىزنىڭ ھەق تالونلىرىنى كۆرۈش ۋە تۆلەش ئۈچۈن كىرىڭ.
pay-no-home = لىنلى تېخى ئۆيىڭىزنى بىلمەيدۇ. ئۆيىڭىزگە قوشۇلۇشنى ئىلتىماس قىلىڭ: تور كاتەكچە خادىمى ياكى مەھەللە مۇلازىمەت مەركىزى تەكشۈرگەندىن كېيىن، ھەق تالونلىرىڭىز بۇ يەردە كۆرۈنىدۇ.
pay-owed-title = ئائىلىڭىز تۆلەيدىغان ھەقلەر
pay-owed-total = { $count ->
    [one] تۆلەيدىغان بىر ھەق تالونى بار: { $amount }
   *[other] تۆلەيدىغان { $count } ھەق تالونى بار، جەمئىي: { $amount }
}
pay-nothing-owed = تۆلەيدىغان ھەق يوق. ھەممە ھەق تالونى تۆلەنگەن.
pay-paid-title = يېقىندا تۆلەنگەنلەر
pay-this-bill = { $kind } تۆلەش: { $amount }
pay-all = { $count } ھەق تالونىنىڭ ھەممىسىنى تۆلەش: { $amount }
pay-with-phone-one = يانفوندا تۆلەش: { $kind }
pay-with-phone-all = ھەممىنى يانفوندا تۆلەش
pay-see-payment = بۇ تۆلەمنى كۆرۈش
pay-see-receipt = تۆلەم ئىسپاتىنى كۆرۈش
pay-history-link = تۆلەم تارىخى
pay-whose-title = كىمنىڭ ھەق تالونلىرى
pay-my-household = ئۆز ئائىلەم
pay-family-no-consent = ئۇلارنىڭ رازىلىقى كۈتۈلۈۋاتىدۇ. ئۇلار "مەن" بېتىدە رازىلىق بىلدۈرەلەيدۇ.
pay-family-refused = بۇ كىشىنىڭ ئورنىدا تۆلىيەلمەيسىز: ئۇ رازىلىق بىلدۈرمىگەن ياكى رازىلىقىنى قايتۇرۇۋالغان.
pay-error-no-bills = تۆلەنمىگەن ھەق تالونلىرىدىن ئاز دېگەندە بىرنى تاللاڭ.

confirm-title = تەكشۈرۈپ تۆلەش
confirm-for = ھەق تالونى ئىگىسى
confirm-paid-by = تۆلىگۈچى
confirm-paid-by-you = سىز، ئۇنىڭ ئورنىدا
confirm-what = تۆلەيدىغان ھەقلىرىڭىز
confirm-col-bill = ھەق تالونى
confirm-col-amount = سومما
confirm-total = جەمئىي
confirm-change = ھەق تالونلىرىنى قايتا تاللاش
confirm-how = تۆلەش ئۇسۇلى
confirm-nothing = بۇ يەردە تۆلەيدىغان ھېچنېمە قالمىدى.
confirm-skipped-paid = { $kind } ({ $period }) تۆلىنىپ بولغان، شۇڭا بۇنىڭغا كىرگۈزۈلمىدى.
confirm-skipped-checking = { $kind } ({ $period }) ئۈچۈن بىر تۆلەم جەزملىنىۋاتىدۇ، شۇڭا بۇنىڭغا كىرگۈزۈلمىدى.
pay-now = { $amount } تۆلەش
pay-no-provider = بۇ يەردە تېخى تور ئارقىلىق تۆلىگىلى بولمايدۇ. مەھەللە مۇلازىمەت مەركىزىگە بېرىپ تۆلىسىڭىز بولىدۇ.
pay-error-already-paid = بۇ ھەق تالونى تۆلىنىپ بولغان. ئارتۇق پۇل ئېلىنمىدى.
pay-error-being-paid = بۇ ھەق تالونىنىڭ بىر تۆلىمى جەزملىنىۋاتىدۇ. قايتا تۆلىمەڭ؛ تاماملىنىشىنى ساقلاڭ.
pay-error-key-conflict = بۇ تۆلەش بېتى باشقا بىر تۆلەم ئۈچۈن ئىشلىتىلگەن. پۇل ئېلىنمىدى. ھەق تالونلىرىڭىزغا قايتىپ، قايتا باشلاڭ.
pay-error-choose-provider = تۆلەش ئۇسۇلىنى تاللاڭ

provider-wechat = ئۈندىدار تۆلىمى
provider-alipay = جىفۇباۋ
provider-unionpay = يىنلىيەن
provider-sandbox = سىناق تۆلەم (سىناق، ھەقىقىي پۇل ئەمەس)
provider-in-app = ئۈندىدارنىڭ ئىچىدە تۆلىنىدۇ
provider-web = تۆلەم سۇپىسىنىڭ تۆلەش بېتى ئېچىلىدۇ

pay-state-checking = جەزملىنىۋاتىدۇ
pay-state-paid = تۆلەندى
pay-state-failed = تاماملانمىدى
pay-state-expired = ۋاقتىدا تاماملانمىدى
pay-state-cancelled = بىكار قىلىندى
pay-state-refunding = پۇل قايتۇرۇلۇۋاتىدۇ
pay-state-refunded = پۇل قايتۇرۇلدى

order-title = تۆلەم
order-not-found = بۇ تۆلەمنى تاپالمىدۇق. تۆلەم نومۇرىنى تەكشۈرۈڭ ياكى تۆلىگەن كىشىنىڭ ھېساباتى بىلەن كىرىڭ.
order-back-to-app = { $app } بېتىگە قايتىش
order-checking-title = تۆلىمىڭىز جەزملىنىۋاتىدۇ
order-checking-do-not-pay = جەزملىنىۋاتىدۇ — قايتا تۆلىمەڭ.
order-checking-body = تۆلەم سۇپىسىنىڭ جەزملىشىنى كۈتۈۋاتىمىز. بۇ ئادەتتە بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ؛ جەزملەنگەندە بۇ بەت ئۆزلۈكىدىن ئۆزگىرىدۇ.
order-check-now = ھازىر تەكشۈرۈش
order-checked-still = تۆلەم سۇپىسىدىن ھازىرلا سورىدۇق: تېخى جەزملەنمىدى.
order-not-paid-yet = تېخى تۆلىمىدىڭىزمۇ؟
order-continue-paying = تۆلەش بېتىگە داۋاملىق بېرىش
order-failed-title = تۆلەم تاماملانمىدى
order-failed-nothing-taken = بۇ قېتىم ھېچقانداق پۇل ئېلىنمىدى.
pay-fail-declined = تۆلەم سۇپىسى بۇ تۆلەمنى رەت قىلدى.
pay-fail-expired = تۆلەم ۋاقتىدا تاماملانمىدى.
pay-fail-unavailable = تۆلەم سۇپىسى بىلەن ئالاقىلىشالمىدۇق.
order-retry = قايتا سىناش
order-retry-hint = قايتا سىنىسىڭىز، بۇ ھەق تالونلىرى پەقەت بىر قېتىم تۆلىنىدۇ؛ ھەرگىز ئىككى قېتىم تۆلەنمەيدۇ.
order-retry-failed = بۇ قېتىم ئوڭۇشلۇق بولمىدى. سەل تۇرۇپ قايتا سىناپ بېقىڭ.
order-see-new-attempt = كېيىنكى تۆلەمنى كۆرۈش
order-staff-title = خادىملار ئۈچۈن
order-refund-reason = پۇل قايتۇرۇش سەۋەبى
order-refund = ھەممە پۇلنى قايتۇرۇش
order-refund-done = پۇل قايتۇرۇلدى. ھەق تالونلىرى قايتىدىن تۆلەنمىگەن ھالەتكە كەلدى.
order-refund-failed = پۇلنى قايتۇرغىلى بولمىدى.
order-refund-processing = پۇل قايتۇرۇش ئىلتىماس قىلىندى. تۆلەم سۇپىسى تېخى بىر تەرەپ قىلىۋاتىدۇ؛ تۈگىگەندە بۇ بەتتە كۆرۈنىدۇ.
order-refund-reason-missing = پۇل قايتۇرۇش سەۋەبىنى يېزىڭ.
flag-amount-mismatch = بەلگە قويۇلدى: تۆلەم سۇپىسى باشقا سوممىنى مەلۇم قىلدى.
flag-paid-twice = بەلگە قويۇلدى: بىر ھەق تالونى ئىككى قېتىم تۆلەنگەن؛ ئارتۇق قىسمى قايتۇرۇلدى.
flag-paid-after-failure = بەلگە قويۇلدى: بۇ تۆلەم مەغلۇپ بولغاندىن ياكى بىكار قىلىنغاندىن كېيىن پۇل كەلدى. پۇلنى قايتۇرۇش-قايتۇرماسلىقنى قارار قىلىڭ.

receipt-title = تۆلەندى — تۆلەم ئىسپاتى
receipt-paid-lead = تۆلەم تاپشۇرۇۋېلىندى. تۆلەم نومۇرىنى ساقلاپ قويۇڭ.
receipt-refund-lead = بۇ تۆلەمنىڭ پۇلى قايتۇرۇلدى.
receipt-items = تۆلەنگەن ھەقلەر
receipt-reference = تۆلەم نومۇرى
receipt-state = ھالىتى
receipt-home = ئۆي
receipt-paid-by = تۆلىگۈچى
receipt-on-behalf = كىمنىڭ ئورنىدا تۆلەنگەن
receipt-visitor = زىيارەتچى (ئۆزى مۇلازىمەت ئۈسكۈنىسىدىكى ئىككى ئۆلچەملىك كودنى سىكانىرلىغان)
receipt-channel = ئۇسۇلى
receipt-channel-qr = ئۆزى مۇلازىمەت ئۈسكۈنىسىدە سىكانىرلانغان
receipt-started = باشلانغان ۋاقىت
receipt-paid-at = تۆلەنگەن ۋاقىت
receipt-provider = تۆلەم سۇپىسى
receipt-provider-ref = تۆلەم سۇپىسىدىكى نومۇر
receipt-refunded = قايتۇرۇلغان پۇل
receipt-line-refunded = باشقا بىر تۆلەم بىلەن تۆلىنىپ بولغان: پۇلى قايتۇرۇلدى
receipt-keep = سوئالىڭىز بولسا، بۇ تۆلەم ئىسپاتىنى ياكى تۆلەم نومۇرىنى مۇلازىمەت مەركىزىدە كۆرسىتىڭ.
receipt-print = تۆلەم ئىسپاتىنى بېسىپ چىقىرىش

history-title = تۆلەم تارىخى
history-month = ئاي
history-kind = ھەق تۈرى
history-all-months = ھەممە ئايلار
history-all-kinds = ھەممە تۈرلەر
history-show = كۆرسىتىش
history-none = تۆلەم تېپىلمىدى.
history-you-paid-for = سىز تۆلەپ بەرگەن كىشى:
history-paid-for-you-by = سىزنىڭ ئورنىڭىزدا تۆلىگەن كىشى:
history-paid-by-visitor = ئۆزى مۇلازىمەت ئۈسكۈنىسىدىكى ئىككى ئۆلچەملىك كودنى سىكانىرلىغان زىيارەتچى تۆلىگەن
history-open = تۆلەم ئىسپاتى

handoff-title = يانفون بىلەن سىكانىرلاپ تۆلەش
handoff-waiting = بۇ ئىككى ئۆلچەملىك كودنى يانفوننىڭ كامېراسى ياكى ئۈندىدار بىلەن سىكانىرلاڭ.
handoff-paying-title = يانفوندا تۆلەۋاتىدۇ
handoff-paying = ئىككى ئۆلچەملىك كود سىكانىرلاندى. تۆلەمنىڭ جەزملىنىشىنى كۈتۈۋاتىدۇ.
handoff-paid-title = تۆلەندى
handoff-paid = تۆلەندى. رەھمەت.
handoff-failed-title = تۆلەنمىدى
handoff-failed = يانفوندىكى تۆلەم تاماملانمىدى. ھېچقانداق پۇل ئېلىنمىدى.
handoff-expired-title = ئىككى ئۆلچەملىك كودنىڭ ۋاقتى ئۆتۈپ كەتتى
handoff-expired = بۇ ئىككى ئۆلچەملىك كود ئەمدى ئىناۋەتسىز. ھەق تالونلىرىڭىز بېتىدىن يېڭى ئىككى ئۆلچەملىك كود ھاسىل قىلىڭ.
handoff-amount = سومما:
handoff-qr-label = يانفون بىلەن تۆلەيدىغان ئىككى ئۆلچەملىك كود
handoff-step-1 = يانفوندا كامېرا ياكى ئۈندىدارنى ئېچىڭ.
handoff-step-2 = ئۇنى ئىككى ئۆلچەملىك كودقا توغرىلاڭ.
handoff-step-3 = يانفوندا تۆلەڭ. بۇ ئېكراندا "تۆلەندى" دېگەن خەت چىقىدۇ.
handoff-expires = بۇ ئىككى ئۆلچەملىك كود پەقەت بىر قېتىم ئىشلەيدۇ، ئاخىرقى ۋاقتى: { $time }.
handoff-done = ھەق تالونلىرىغا قايتىش

scan-title = ئائىلە ھەقلىرىنى تاپشۇرۇش
scan-as-visitor = سىز، زىيارەتچى سۈپىتىدە
scan-visitor-hint = تۆلەش ئۈچۈن كىرىشىڭىز شەرت ئەمەس. كىرگەن بولسىڭىز، بۇ تۆلەم تۆلەم تارىخىڭىزدىمۇ كۆرۈنىدۇ.
scan-sign-in = ئاۋۋال كىرىڭ
scan-used = بۇ ئىككى ئۆلچەملىك كود بىلەن ئاللىقاچان تۆلەنگەن.
scan-expired = بۇ ئىككى ئۆلچەملىك كودنىڭ ۋاقتى ئۆتۈپ كەتتى. ئۆزى مۇلازىمەت ئۈسكۈنىسىدىن يېڭى ئىككى ئۆلچەملىك كود ئېلىڭ.
scan-invalid = بۇ ئىككى ئۆلچەملىك كود ئىناۋەتسىز.

sandbox-title = سىناق تۆلەم
sandbox-banner = سىناق تۆلەم سۇپىسى — ھەقىقىي پۇل يۆتكەلمەيدۇ.
sandbox-merchant = سودىگەر
sandbox-pay = { $amount } تۆلەش
sandbox-other-title = باشقا نەتىجىنى سىناش
sandbox-other-hint = تۆلەمدە مەسىلە چىققاندا نېمە بولىدىغانلىقىنى سىناپ بېقىش ئۈچۈن.
sandbox-fail = تۆلەمنى رەت قىلىش
sandbox-timeout = ھەرگىز جاۋاب بەرمەسلىك
sandbox-late = تۆلەش، كېچىكىپ جەزملەش
sandbox-twice = تۆلەش، ئىككى قېتىم جەزملەش
sandbox-closed = بۇ تۆلەم ئەمدى ئوچۇق ئەمەس.
sandbox-back = لىنلىغا قايتىش

staff-pay-title = ھەق تالونلىرى ۋە تۆلەملەر (خادىملار)
staff-only = بۇ بەت مەھەللە خادىملىرى ئۈچۈن.
staff-issue-title = بىر ھەق تالونى چىقىرىش
staff-issued = ھەق تالونى چىقىرىلدى.
staff-field-unit = ئۆي
staff-field-kind = ھەق تۈرى
staff-field-period = ئاي
staff-field-amount = سومما (يۈەن)
staff-field-due = ئاخىرقى تۆلەش ۋاقتى
staff-field-file = ھۆججەت
staff-period-hint = مەسىلەن: ⁦2026-12⁩
staff-amount-hint = مەسىلەن: ⁦36.50⁩
staff-due-hint = مەسىلەن: ⁦2027-01-20⁩
staff-issue = ھەق تالونىنى چىقىرىش
staff-import-title = CSV ھۆججىتىدىن ھەق تالونلىرىنى كىرگۈزۈش
staff-import-label = CSV تېكىستىنى چاپلاڭ
staff-import-hint = ھەر قۇرغا بىر ھەق تالونى يېزىلىدۇ، بىرىنچى قۇر مۇشۇ بولسۇن. بىنانى نومۇرى ياكى ئىسمى بىلەن يېزىڭ. ھەممە قۇر توغرا بولمىسا، ھېچنېمە كىرگۈزۈلمەيدۇ.
staff-import = تەكشۈرۈپ كىرگۈزۈش
staff-recent-title = يېقىندا چىقىرىلغانلار
staff-recent-none = خادىملار تېخى ھېچقانداق ھەق تالونى چىقارمىدى.
import-done = { $count ->
    [one] بىر ھەق تالونى كىرگۈزۈلدى.
   *[other] { $count } ھەق تالونى كىرگۈزۈلدى.
}
import-problems = { $count ->
    [one] ھۆججەتتە بىر مەسىلە بار
   *[other] ھۆججەتتە { $count } مەسىلە بار
}
import-nothing-imported = ھېچنېمە كىرگۈزۈلمىدى. تۆۋەندىكى قۇرلارنى تۈزىتىپ، ھۆججەتنى قايتا يوللاڭ.
import-line = { $line }-قۇر، { $field }:
import-unit-unknown = بۇ مەھەللىدە بۇنداق ئۆي يوق.
import-kind-unknown = water، electricity، gas، heating ياكى property دەپ يېزىڭ.
import-period-invalid = ئاينى ⁦2026-12⁩ دېگەندەك يېزىڭ.
import-amount-zero = سومما نۆلدىن چوڭ بولۇشى كېرەك.
import-amount-missing = سوممىنى يېزىڭ.
import-amount-invalid = سوممىنى سان بىلەن يېزىڭ، مەسىلەن: ⁦36.50⁩.
import-amount-too-precise = نۇقتىدىن كېيىن ئەڭ كۆپ ئىككى خانە رەقەم يېزىڭ.
import-amount-negative = سومما مەنپىي بولسا بولمايدۇ.
import-amount-too-large = سومما بەك چوڭ.
import-due-invalid = چېسلانى ⁦2027-01-20⁩ دېگەندەك يېزىڭ.
import-bill-exists = بۇ ئۆينىڭ بۇ ئايلىق بۇ خىل ھەق تالونى ئاللىقاچان بار.
import-bill-twice = بۇ ھەق تالونى ھۆججەتتە ئىككى قېتىم بار.
import-file-empty = ھۆججەتتە ھەق تالونى يوق.
import-header-wrong = بىرىنچى قۇر مۇنداق بولۇشى كېرەك: building,unit,kind,period,amount,due
import-file-too-long = ھۆججەتنىڭ قۇرلىرى بەك كۆپ (ئەڭ كۆپ ⁦5000⁩).
import-row-columns = بۇ قۇردا ئالتە ئىستون يوق.
import-row-unreadable = بۇ قۇرنى ئوقۇغىلى بولمىدى.

recon-title = كۈندىلىك ھېسابات سېلىشتۇرۇش
recon-intro = ھەر كېچىسى تۆلەم سۇپىسىنىڭ ئالدىنقى كۈنلۈك خاتىرىلىرى بىزنىڭ خاتىرىلىرىمىز بىلەن سېلىشتۇرۇلىدۇ. ھەرقانداق پەرق بۇ يەردە كۆرسىتىلىدۇ.
recon-run-today = بۈگۈنكىنى ھازىر سېلىشتۇرۇش
recon-done = سېلىشتۇرۇش تاماملاندى.
recon-checked = { $count } تۆلەم سېلىشتۇرۇلدى، { $differences } پەرق بار.
recon-paid-only-at-provider = تۆلەم سۇپىسىدا تۆلەنگەن، بۇ يەردە تۆلەندى دەپ بەلگە قويۇلمىغان
recon-paid-only-here = بۇ يەردە تۆلەندى دەپ بەلگە قويۇلغان، تۆلەم سۇپىسىدا تۆلەنمىگەن
recon-amount-differs = سوممىلار ئوخشىمايدۇ
recon-unknown-here = تۆلەم سۇپىسىدا بىز بىلمەيدىغان بىر تۆلەم بار
recon-missing-at-provider = تۆلەم سۇپىسىدا بۇ تۆلەمنىڭ خاتىرىسى يوق
flag-title = ئادەم بىر تەرەپ قىلىشى كېرەك بولغان تۆلەملەر
flag-none = يوق.
pay-family-you-are = { $relation ->
    [daughter] سىز ئۇنىڭ قىزى
    [son] سىز ئۇنىڭ ئوغلى
    [spouse] سىز ئۇنىڭ جۆرىسى
    [grandchild] سىز ئۇنىڭ نەۋرىسى
   *[other] سىز ئۇنىڭ ئائىلە ئەزاسى
}
handoff-or-type = كامېرا يوقمۇ؟ بۇ ئادرېسنى يانفونغا كىرگۈزۈڭ:
sandbox-stands-for = بۇ سىناق نۇسخىسىدا، سىناق تۆلەم سۇپىسى مۇنۇ سۇپىنىڭ ئورنىدا ئىشلىتىلىدۇ: { $provider }.
