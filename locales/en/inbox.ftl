## The person's Linli inbox (/inbox), the count on the home page and Me,
## and times written with their zone. Messages sent by a mini-app keep
## their text in that mini-app's catalogue.

inbox-title = Messages
inbox-intro = Reminders and alerts from your community's services and your family.
inbox-signed-out = Sign in to see your messages.
inbox-empty = You have no messages.
inbox-unread = { $count ->
    [one] { $count } unread message
   *[other] { $count } unread messages
}
inbox-none-unread = No unread messages
inbox-see-all = See my messages
inbox-from = From { $app }
inbox-from-linli = Linli
inbox-from-other = A community service
inbox-state-unread = Unread
inbox-state-read = Read
inbox-level-info = Information
inbox-level-reminder = Reminder
inbox-level-alert = Alert
inbox-level-urgent = Urgent
inbox-received = Came { $time }
inbox-open = Go to it
inbox-mark-read = Mark as read
inbox-mark-all-read = Mark all as read
inbox-acknowledge = I have seen it
inbox-awaiting-ack = Please say that you have seen this message.
inbox-acknowledged-at = You said you had seen it: { $time }
inbox-done-read = The message is marked as read.
inbox-done-all-read = All your messages are marked as read.
inbox-done-acknowledged = Thank you. We have noted that you have seen it.
inbox-error-not-found = That message is not in your inbox.
inbox-text-gone = This message can no longer be shown.
inbox-pages-label = Pages of messages
inbox-page-of = Page { $page } of { $pages }
inbox-newer = Newer messages
inbox-older = Older messages
home-urgent-title = Urgent
home-urgent-see = Open my messages to answer
me-inbox-title = Messages

# Demo messages (seeded for the demo community only).
inbox-demo-welcome = Welcome to your messages. Reminders for your bookings and alerts from your family and your community come here.
inbox-demo-bills = Reminder: look at this month's bills in Pay bills.
inbox-demo-urgent = This is how an urgent message looks. If your mother pressed her SOS button, it would show here and at the top of your home page until you say that you have seen it.

# A moment with its zone: Beijing time; in Uyghur Xinjiang time beside it.
time-zoned = { $beijing } (Beijing time)
time-zoned-both = { $beijing } Beijing time ({ $xinjiang } Xinjiang time)
