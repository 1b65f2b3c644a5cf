## Pay: household bills, confirm, order status and receipts, history,
## scan-to-pay, the sandbox provider, and the staff page.

pay-title = Pay bills
back-bills = Back to bills
anti-fraud-title = Be careful:
anti-fraud-body = Linli never asks for your code by phone. Never tell anyone your sign-in or payment code.

bill-kind-water = Water
bill-kind-electricity = Electricity
bill-kind-gas = Gas
bill-kind-heating = Heating
bill-kind-property = Property fee

bill-period = For
bill-due = Pay by
bill-payee = Paid to
bill-status = State
bill-status-unpaid = Not paid
bill-status-overdue = Not paid — past the date
bill-status-checking = Checking a payment — do not pay again
bill-status-paid = Paid
bill-checking-hint = A payment for this bill is being checked with the payment provider. Do not pay it again.

pay-signed-out = Sign in to see and pay your household's bills.
pay-no-home = Linli does not know your home yet. Ask to join it: your grid worker or the service centre checks, then your bills appear here.
pay-owed-title = What your household owes
pay-owed-total = { $count ->
    [one] One bill to pay: { $amount }
   *[other] { $count } bills to pay: { $amount } in all
}
pay-nothing-owed = Nothing to pay. All bills are paid.
pay-paid-title = Paid recently
pay-this-bill = Pay { $kind }: { $amount }
pay-all = Pay all { $count } bills: { $amount }
pay-with-phone-one = Pay { $kind } with a phone
pay-with-phone-all = Pay all with a phone
pay-see-payment = See this payment
pay-see-receipt = See the receipt
pay-history-link = Payment history
pay-whose-title = Whose bills
pay-my-household = My household
pay-family-no-consent = Waiting for their consent. They can give it in "Me".
pay-family-refused = You cannot pay for this person: they have not given their consent, or they withdrew it.
pay-error-no-bills = Choose at least one bill that is not paid yet.

confirm-title = Check and pay
confirm-for = Bills of
confirm-paid-by = Paid by
confirm-paid-by-you = You, on their behalf
confirm-what = What you will pay
confirm-col-bill = Bill
confirm-col-amount = Amount
confirm-total = Total
confirm-change = Change which bills
confirm-how = How to pay
confirm-nothing = There is nothing left to pay here.
confirm-skipped-paid = { $kind } for { $period } is already paid, so it is not included.
confirm-skipped-checking = A payment for { $kind } for { $period } is being checked, so it is not included.
pay-now = Pay { $amount }
pay-no-provider = Online payment is not available here yet. You can pay at the community service centre.
pay-error-already-paid = This bill is already paid. Nothing more was charged.
pay-error-being-paid = A payment for this bill is already being checked. Do not pay again; wait for it to finish.
pay-error-key-conflict = This payment page was used for a different payment. Nothing was charged. Go back to your bills and start again.
pay-error-choose-provider = Choose how to pay

provider-wechat = WeChat Pay
provider-alipay = Alipay
provider-unionpay = UnionPay
provider-sandbox = Sandbox payment (test, no real money)
provider-in-app = Pays inside WeChat
provider-web = Opens the provider's payment page

pay-state-checking = Checking
pay-state-paid = Paid
pay-state-failed = Not completed
pay-state-expired = Not completed in time
pay-state-cancelled = Cancelled
pay-state-refunding = Refund in progress
pay-state-refunded = Refunded

order-title = Payment
order-not-found = We cannot find this payment. Check the reference number, or sign in as the person who paid.
order-back-to-app = Back to { $app }
order-checking-title = Checking your payment
order-checking-do-not-pay = Checking — do not pay again.
order-checking-body = We are waiting for the payment provider to confirm. This usually takes a few seconds; this page will change by itself when it is confirmed.
order-check-now = Check now
order-checked-still = We just asked the payment provider: not confirmed yet.
order-not-paid-yet = Have you not paid yet?
order-continue-paying = Continue to the payment page
order-failed-title = The payment was not completed
order-failed-nothing-taken = No money was taken for this attempt.
pay-fail-declined = The payment provider declined the payment.
pay-fail-expired = The payment was not finished in time.
pay-fail-unavailable = The payment provider could not be reached.
order-retry = Try again
order-retry-hint = Trying again pays the same bills once; it can never pay them twice.
order-retry-failed = It did not work this time. Please try again in a moment.
order-see-new-attempt = See the newer attempt
order-staff-title = For staff
order-refund-reason = Reason for the refund
order-refund = Refund in full
order-refund-done = The refund was made. The bills are unpaid again.
order-refund-failed = The refund could not be made.
order-refund-processing = The refund was asked for. The payment provider is still making it; this page shows when it is done.
order-refund-reason-missing = Write the reason for the refund.
flag-amount-mismatch = Flagged: the provider reported a different amount.
flag-paid-twice = Flagged: a bill was paid twice; that share was refunded.
flag-paid-after-failure = Flagged: money arrived after this payment had failed or was cancelled. Decide whether to refund it.

receipt-title = Paid — receipt
receipt-paid-lead = Payment received. Keep the reference number.
receipt-refund-lead = This payment was refunded.
receipt-items = What was paid
receipt-reference = Reference number
receipt-state = State
receipt-home = Home
receipt-paid-by = Paid by
receipt-on-behalf = Paid on behalf of
receipt-visitor = A visitor (scanned the kiosk code)
receipt-channel = How
receipt-channel-qr = Scanned at a kiosk
receipt-started = Started
receipt-paid-at = Paid at
receipt-provider = Payment provider
receipt-provider-ref = Provider's reference
receipt-refunded = Refunded
receipt-line-refunded = Already paid by another payment: refunded
receipt-keep = Show this receipt or its reference number at the service centre if there is any question.
receipt-print = Print the receipt

history-title = Payment history
history-month = Month
history-kind = Kind of bill
history-all-months = All months
history-all-kinds = All kinds
history-show = Show
history-none = No payments found.
history-you-paid-for = You paid for
history-paid-for-you-by = Paid for you by
history-paid-by-visitor = Paid by a visitor who scanned the kiosk code
history-open = Receipt

handoff-title = Scan to pay with a phone
handoff-waiting = Scan this code with a phone camera or WeChat.
handoff-paying-title = Paying on the phone
handoff-paying = The code was scanned. Waiting for the payment to be confirmed.
handoff-paid-title = Paid
handoff-paid = Paid. Thank you.
handoff-failed-title = Not paid
handoff-failed = The payment on the phone was not completed. Nothing was taken.
handoff-expired-title = The code has expired
handoff-expired = This code is no longer valid. Make a new one from your bills.
handoff-amount = Amount:
handoff-qr-label = QR code to pay with a phone
handoff-step-1 = Open the camera or WeChat on the phone.
handoff-step-2 = Point it at the code.
handoff-step-3 = Pay on the phone. This screen will say "Paid".
handoff-expires = The code works once, until { $time }.
handoff-done = Back to bills

scan-title = Pay household bills
scan-as-visitor = You, as a visitor
scan-visitor-hint = You do not need to sign in to pay. Signed in, the payment also appears in your history.
scan-sign-in = Sign in first
scan-used = This code was already used to pay.
scan-expired = This code has expired. Ask for a new one at the kiosk.
scan-invalid = This code is not valid.

sandbox-title = Sandbox payment
sandbox-banner = Test provider — no real money moves.
sandbox-merchant = Merchant
sandbox-pay = Pay { $amount }
sandbox-other-title = Test another outcome
sandbox-other-hint = For trying out what happens when a payment goes wrong.
sandbox-fail = Decline the payment
sandbox-timeout = Never answer
sandbox-late = Pay, confirm late
sandbox-twice = Pay, confirm twice
sandbox-closed = This payment is no longer open.
sandbox-back = Back to Linli

staff-pay-title = Bills and payments (staff)
staff-only = This page is for community staff.
staff-issue-title = Issue one bill
staff-issued = The bill was issued.
staff-field-unit = Home
staff-field-kind = Kind of bill
staff-field-period = Month
staff-field-amount = Amount in yuan
staff-field-due = Pay by
staff-field-file = File
staff-period-hint = For example 2026-12
staff-amount-hint = For example 36.50
staff-due-hint = For example 2027-01-20
staff-issue = Issue the bill
staff-import-title = Import bills from a CSV file
staff-import-label = Paste the CSV text
staff-import-hint = One bill per line, with this first line. Building by its id or name. Nothing is imported unless every line is right.
staff-import = Check and import
staff-recent-title = Recently issued
staff-recent-none = No bills issued by staff yet.
import-done = { $count ->
    [one] One bill was imported.
   *[other] { $count } bills were imported.
}
import-problems = { $count ->
    [one] There is a problem in the file
   *[other] There are { $count } problems in the file
}
import-nothing-imported = Nothing was imported. Correct the lines below and send the file again.
import-line = Line { $line }, { $field }:
import-unit-unknown = there is no such home in this community.
import-kind-unknown = write water, electricity, gas, heating or property.
import-period-invalid = write the month like 2026-12.
import-amount-zero = the amount must be more than 0.
import-amount-missing = write the amount.
import-amount-invalid = write the amount as a number, like 36.50.
import-amount-too-precise = use at most two digits after the point.
import-amount-negative = the amount cannot be negative.
import-amount-too-large = the amount is too large.
import-due-invalid = write the date like 2027-01-20.
import-bill-exists = this home already has this bill for this month.
import-bill-twice = this bill is in the file twice.
import-file-empty = the file has no bills.
import-header-wrong = the first line must be: building,unit,kind,period,amount,due
import-file-too-long = the file has too many lines (at most 5000).
import-row-columns = this line does not have six columns.
import-row-unreadable = this line cannot be read.

recon-title = Daily reconciliation
recon-intro = Each night the payment provider's records for the day before are compared with ours. Any difference is listed here.
recon-run-today = Compare today now
recon-done = The comparison is done.
recon-checked = { $count } payments compared, { $differences } differences.
recon-paid-only-at-provider = paid at the provider, not marked paid here
recon-paid-only-here = marked paid here, not paid at the provider
recon-amount-differs = the amounts differ
recon-unknown-here = the provider has a payment we do not know
recon-missing-at-provider = the provider has no record of this payment
flag-title = Payments that need a person
flag-none = None.
pay-family-you-are = { $relation ->
    [daughter] you are their daughter
    [son] you are their son
    [spouse] you are their spouse
    [grandchild] you are their grandchild
   *[other] you are family
}
handoff-or-type = No camera? Type this address on the phone:
sandbox-stands-for = In this demonstration the sandbox stands in for { $provider }.
