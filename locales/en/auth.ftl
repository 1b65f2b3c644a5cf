login-title = Sign in with your mobile phone number
login-phone-hint = We will send a 6-digit code to this number by text message.
login-send-code = Send me a code
login-error-phone-missing = Enter your mobile phone number
login-error-phone-invalid = Enter a mobile number with 11 digits, like 138 0013 8000
login-error-wait = { $minutes ->
    [one] A code was sent to this number a moment ago. If you asked for it, type the code from that message. A new code can be sent in { $minutes } minute. If you did not ask for a code, ignore the message: nobody can sign in without it.
   *[other] A code was sent to this number a moment ago. If you asked for it, type the code from that message. A new code can be sent in { $minutes } minutes. If you did not ask for a code, ignore the message: nobody can sign in without it.
}
login-error-busy = { $minutes ->
    [one] Many people are signing in from this place just now. Please try again in { $minutes } minute.
   *[other] Many people are signing in from this place just now. Please try again in { $minutes } minutes.
}
login-restart = Your sign-in was not finished in time. Enter your number again.
code-title = Enter the code from the text message
code-sent-to = If { $phone } is registered with your community, a code has been sent to it.
code-expires = { $minutes ->
    [one] The code works until { $time } (in { $minutes } minute).
   *[other] The code works until { $time } (in { $minutes } minutes).
}
code-expired-hint = This code no longer works. Ask for a new code.
code-sign-in = Sign in
code-resend = Send a new code
code-resent = A new code is on its way.
code-change-number = Use a different number
code-demo-link = Demo: see the text messages that were sent
code-no-pending = There is no sign-in waiting for a code. Start again with your phone number.
code-error-missing = Enter the 6-digit code from the text message
code-error-wrong = { $left ->
    [one] That code is not right. You can try { $left } more time.
   *[other] That code is not right. You can try { $left } more times.
}
code-error-expired = This code has expired. Ask for a new code.
code-error-dead = This code can no longer be used. Ask for a new code.
sign-out = Sign out
sms-code = 【邻里】Your Linli sign-in code is { $code }. It works for { $minutes } minutes. Never tell it to anyone, not even someone who says they are from Linli.
demo-sms-title = Demo text messages
demo-sms-intro = This page exists only in the demo. It shows the text messages the demo sent instead of a real phone.
demo-sms-empty = No messages have been sent yet.
demo-sms-back = Back to entering the code
