# Shared across every page.
app-name = Linli
meta-description = Linli: your neighbourhood's services in one place — bills, shops, clinic, government services, owners' votes, elderly care and news.
skip-to-content = Skip to main content
loading = Loading…
back-home = Back to home
list-separator = ,{" "}
header-sign-in = Sign in
header-signed-in-as = Signed in as
language-switch-label = Language
language-name-zh = 中文
language-name-ug = ئۇيغۇرچە
language-name-en = English
fallback-shown-in-zh = (shown in Chinese)
fallback-shown-in-ug = (shown in Uyghur)
fallback-shown-in-en = (shown in English)
footer-fraud-warning = Linli never asks for your code or bank details by phone. If someone does, hang up and call 110.
footer-kiosk-note = This is a shared screen. Your details are erased from it when nobody uses it.
fraud-never-ask-code = Linli never asks for your code by phone. Do not tell the code to anyone.
error-summary-title = There is a problem
error-prefix = Error:
load-error-title = This page could not be loaded
load-error-body = Please try again in a moment. If it keeps happening, call the community hotline.
error-cross-site = This request came from another website and was refused.
not-found-title = Page not found
not-found-body = There is no page at this address. Check the address, or go back to the home page.
not-found-home = Go to the home page
elder-mode-title = Elder mode
elder-mode-on = Elder mode is on: large text and large buttons.
elder-mode-off = Elder mode is off.
elder-mode-turn-on = Turn on elder mode
elder-mode-turn-off = Turn off elder mode
text-size-title = Text size
text-size-current = Text size: { $percent }%
text-size-smaller = Smaller text
text-size-larger = Larger text
kiosk-idle-title = Are you still there?
kiosk-idle-countdown = { $seconds ->
    [one] Your details will be erased from this screen in { $seconds } second.
   *[other] Your details will be erased from this screen in { $seconds } seconds.
}
kiosk-idle-continue = Yes, I am still here
kiosk-idle-finish = I have finished
keypad-label = Number pad
keypad-delete = Delete
demo-banner = Demo — codes are shown on screen; no real money
problem-title = Something went wrong on our side
problem-body = Nothing was lost: nothing you sent was half done, and no money moved. Go back and try again in a moment.
problem-reference = If it happens again, tell the community service centre this reference: { $reference }
problem-plain = Something went wrong on our side. Nothing was lost. Reference: { $reference }

# Months, and a month of a year ("November 2026"), for any page.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-year = { $month } { $year }
