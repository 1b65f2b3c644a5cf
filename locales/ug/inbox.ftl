## ئادەمنىڭ لىنلى ئۇچۇرلىرى (/inbox)، باش بەت ۋە «مەن» بېتىدىكى ئوقۇلمىغان ئۇچۇر سانى، ۋە ۋاقىت رايونى بىلەن يېزىلغان ۋاقىت.

inbox-title = ئۇچۇرلار
inbox-intro = مەھەللىڭىزدىكى مۇلازىمەتلەر ۋە ئائىلىڭىزدىن كەلگەن ئەسكەرتىش ۋە ئاگاھلاندۇرۇشلار.
inbox-signed-out = ئۇچۇرلىرىڭىزنى كۆرۈش ئۈچۈن كىرىڭ.
inbox-empty = سىزدە ئۇچۇر يوق.
inbox-unread = { $count ->
    [one] { $count } ئوقۇلمىغان ئۇچۇر
   *[other] { $count } ئوقۇلمىغان ئۇچۇر
}
inbox-none-unread = ئوقۇلمىغان ئۇچۇر يوق
inbox-see-all = ئۇچۇرلىرىمنى كۆرۈش
inbox-from = ئەۋەتكۈچى: { $app }
inbox-from-linli = لىنلى
inbox-from-other = مەھەللە مۇلازىمىتى
inbox-state-unread = ئوقۇلمىدى
inbox-state-read = ئوقۇلدى
inbox-level-info = ئۇقتۇرۇش
inbox-level-reminder = ئەسكەرتىش
inbox-level-alert = ئاگاھلاندۇرۇش
inbox-level-urgent = جىددىي
inbox-received = كەلگەن ۋاقتى: { $time }
inbox-open = كىرىپ كۆرۈش
inbox-mark-read = ئوقۇلدى دەپ بەلگىلەش
inbox-mark-all-read = ھەممىنى ئوقۇلدى دەپ بەلگىلەش
inbox-acknowledge = كۆردۈم
inbox-awaiting-ack = بۇ ئۇچۇرنى كۆرگەنلىكىڭىزنى بىلدۈرۈڭ.
inbox-acknowledged-at = كۆرگەنلىكىڭىزنى بىلدۈردىڭىز: { $time }
inbox-done-read = بۇ ئۇچۇر ئوقۇلدى دەپ بەلگىلەندى.
inbox-done-all-read = ھەممە ئۇچۇرىڭىز ئوقۇلدى دەپ بەلگىلەندى.
inbox-done-acknowledged = رەھمەت. كۆرگەنلىكىڭىز خاتىرىلەندى.
inbox-error-not-found = بۇ ئۇچۇر ئۇچۇرلىرىڭىز ئىچىدە يوق.
inbox-text-gone = بۇ ئۇچۇرنى ئەمدى كۆرسەتكىلى بولمايدۇ.
inbox-pages-label = ئۇچۇر بەتلىرى
inbox-page-of = { $page }-بەت (جەمئىي { $pages } بەت)
inbox-newer = يېڭىراق ئۇچۇرلار
inbox-older = كونىراق ئۇچۇرلار
home-urgent-title = جىددىي ئۇچۇر
home-urgent-see = جاۋاب بېرىش ئۈچۈن ئۇچۇرلىرىمنى ئېچىش
me-inbox-title = ئۇچۇرلار

# كۆرسەتمە ئۇچۇرلار (پەقەت كۆرسەتمە مەھەللە ئۈچۈن).
inbox-demo-welcome = ئۇچۇرلىرىڭىزغا خۇش كەپسىز. ۋاقىت ئالدىن بەلگىلەش ئەسكەرتىشلىرى ۋە ئائىلىڭىز بىلەن مەھەللىڭىزدىن كەلگەن ئاگاھلاندۇرۇشلار مۇشۇ يەرگە كېلىدۇ.
inbox-demo-bills = ئەسكەرتىش: بۇ ئايلىق ھەق تالونلىرىڭىزنى «ھەق تاپشۇرۇش» تا كۆرۈڭ.
inbox-demo-urgent = جىددىي ئۇچۇر مۇشۇنداق كۆرۈنىدۇ. ئەگەر ئاپىڭىز جىددىي ياردەم كۇنۇپكىسىنى باسسا، سىز كۆرگەنلىكىڭىزنى بىلدۈرگۈچە ئۇچۇر مۇشۇ يەردە ۋە باش بېتىڭىزنىڭ ئەڭ ئۈستىدە كۆرۈنىدۇ.

# ۋاقىت رايونى بىلەن ۋاقىت: بېيجىڭ ۋاقتى؛ ئۇيغۇرچىدا يېنىدا شىنجاڭ ۋاقتىمۇ بار.
time-zoned = { $beijing } (بېيجىڭ ۋاقتى)
time-zoned-both = بېيجىڭ ۋاقتى { $beijing } (شىنجاڭ ۋاقتى { $xinjiang })
