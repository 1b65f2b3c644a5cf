# The merchant's console (/merchant): orders to answer and move on, pick-up
# codes at the counter, returns, goods, stock and the shop's own settings.

merchant-title = Shop console
merchant-sign-in = Sign in to see your shop’s orders.
merchant-only = This page is for the merchants of the community’s shops. If you run a shop here, ask the community service centre to add you to it.
merchant-no-shops = You are not added to any shop yet. Ask the community service centre to add you to your shop.
merchant-back-console = Back to the shop console
merchant-back-goods = Back to goods and settings
merchant-open-now = Open now
merchant-closed-now = Closed now

## Today's takings
merchant-today = Today’s takings ({ $day })
merchant-today-orders = Orders
merchant-today-paid = Paid by customers
merchant-today-refunded = Given back
merchant-today-net = Takings after refunds

## Lists
merchant-new-orders = { $count ->
    [one] New order to answer ({ $count })
   *[other] New orders to answer ({ $count })
}
merchant-new-none = No new orders.
merchant-new-hint = You answer a new order within { $minutes } minutes of opening time (change this under "Goods, stock and settings"). If you do not, the order is cancelled and the customer gets the money back.
merchant-open-orders = { $count ->
    [one] Open order ({ $count })
   *[other] Open orders ({ $count })
}
merchant-open-none = No open orders.
merchant-returns = { $count ->
    [one] Return waiting for your answer ({ $count })
   *[other] Returns waiting for your answer ({ $count })
}
merchant-order-link = Order { $id }
merchant-placed-at = Ordered at { $time }
merchant-customer-is = Customer: { $name }
merchant-answer-by = Please answer by { $time }
merchant-service-at = Visit at { $time }
merchant-fulfilment-delivery = Delivery to the customer’s home
merchant-fulfilment-pickup = The customer picks it up at the shop
merchant-fulfilment-service = A visit to the customer’s home
merchant-total = Total
merchant-return-qty = { $count ->
    [one] { $count } item to return
   *[other] { $count } items to return
}
merchant-return-amount = Money to give back
merchant-return-reason = The customer’s reason: { $reason }
merchant-return-approve = Approve and refund
merchant-return-refuse = Refuse
merchant-goods-title = Goods and settings
merchant-goods-link = Goods, stock and settings
merchant-low-stock = { $count ->
    [one] { $count } good is running low.
   *[other] { $count } goods are running low.
}
merchant-low-stock-none = No goods are running low.

## One order
merchant-order-title = Order
merchant-order-heading = Order { $id }
merchant-order-denied = You cannot see this order. Only the merchants of its shop can.
merchant-order-not-found = We cannot find this order.
merchant-shop = Shop
merchant-state = State
merchant-placed = Ordered at
merchant-customer = Customer
merchant-how = How it goes out
merchant-deliver-to = Deliver to { $address }
merchant-handled-from = The shop was closed; handle it from
merchant-goods-sum = Goods
merchant-fee = Delivery fee
merchant-refunded = Given back
merchant-refunding = Being given back
merchant-reason = Shop’s reason
merchant-lines = What was ordered
merchant-line-good = Good
merchant-line-price = Price
merchant-line-qty = Quantity
merchant-line-sum = Sum
merchant-line-declined = Not supplied
merchant-line-unfilled = Sold out before it was paid
merchant-line-returned = Returned
merchant-line-return-asked = The customer asks to return it
merchant-line-return-approved = Return approved
merchant-line-return-refused = Return refused
merchant-line-times = Quantity: { $count }
merchant-timeline = What has happened
merchant-step-to-come = still to come

## Answering a new order
merchant-answer-title = Answer this order
merchant-accept-all = Accept the whole order
merchant-accept-some = Or accept only some of it
merchant-accept-some-hint = Untick what you cannot supply. The customer gets that money back. If you untick everything, the whole order is declined.
merchant-reason-some = Why can’t you supply the rest? The customer sees this
merchant-send-answer = Send answer
merchant-reason-all = Why can’t you supply this order? The customer sees this
merchant-reason-hint = The customer gets all the money back.
merchant-decline-all = Decline the whole order

## Moving it on
merchant-next-title = Next step
merchant-move-preparing = Start preparing
merchant-move-out-for-delivery = Out for delivery
merchant-move-ready-for-pickup = Ready for pick-up
merchant-move-done = Delivered — done
merchant-move-done-service = Visit made — done
merchant-pickup-code = Pick-up code the customer shows
merchant-pickup-hint = The customer finds it on their order page. Hand the order over only when the code is right.
merchant-pickup-check = Check and hand over

## States in words
merchant-state-awaiting-payment = Waiting for the payment
merchant-state-placed = New — waiting for your answer
merchant-state-accepted = Accepted
merchant-state-partly-accepted = Partly accepted
merchant-state-declined = Declined
merchant-state-preparing = Being prepared
merchant-state-out-for-delivery = Out for delivery
merchant-state-ready-for-pickup = Ready for pick-up
merchant-state-done = Done
merchant-state-cancelled = Cancelled
merchant-state-refunded = Money given back
merchant-state-other = Changed

## Goods and settings
merchant-goods-list = Goods
merchant-goods-count = { $count ->
    [one] { $count } good
   *[other] { $count } goods
}
merchant-goods-none = This shop has no goods yet.
merchant-good-add = Add a good
merchant-good-name = Name
merchant-good-price = Price
merchant-good-stock = In stock
merchant-good-on-sale = On sale
merchant-good-halal = Halal
merchant-good-change = Change
merchant-per-unit = per { $unit }
merchant-stock-service = Booked by time
merchant-sold-out = Sold out
merchant-on-sale = On sale
merchant-off-sale = Not on sale
merchant-yes = Yes
merchant-no = No
merchant-shop-not-found = We cannot find this shop among yours.
merchant-settings-title = Shop settings
merchant-field-opens = Opens at
merchant-field-closes = Closes at
merchant-time-hint = Hours and minutes, for example { $example }
merchant-field-min-order = Smallest order for delivery
merchant-field-delivery-fee = Delivery fee
merchant-yuan-hint = In yuan, for example 20 or 2.50. Write 0 for none.
merchant-field-accept-minutes = Minutes to answer a new order
merchant-accept-minutes-hint = From { $min } to { $max } minutes of opening time.
merchant-field-ways = How customers get their goods
merchant-field-delivers = We deliver to the home
merchant-field-pickup = Customers can pick up at the shop
merchant-save = Save

## One good
merchant-good-new-title = Add a good
merchant-good-edit-title = Change a good
merchant-group-name = Name
merchant-group-about = Description
merchant-about-hint = A sentence or two: what it is, how much is in it. You may leave these empty.
merchant-group-sale = Shelf, price and stock
merchant-field-name-zh = Name in Chinese
merchant-field-name-ug = Name in Uyghur
merchant-field-name-en = Name in English
merchant-field-about-zh = Description in Chinese
merchant-field-about-ug = Description in Uyghur
merchant-field-about-en = Description in English
merchant-field-section = Shelf
merchant-field-unit = Sold by the
merchant-field-price = Price in yuan
merchant-price-hint = For example 12.50
merchant-field-stock = In stock
merchant-stock-hint = How many you have to sell now. Leave empty for a service.
merchant-field-on-sale = On sale
merchant-on-sale-hint = Customers can see and buy it.
merchant-field-halal = Halal
merchant-field-photo = Photo (optional)
merchant-photo-hint = A JPEG, PNG or WebP picture of the good, up to { $mb } MB. Customers see it instead of the drawing. Its location data is removed.
merchant-photo-now = The photo customers see now.
merchant-photo-remove = Remove this photo (customers see the drawing again)
merchant-photo-kept = Your new photo is kept. You do not need to choose it again.
merchant-error-photo-large = The photo is too large. Choose one of at most { $mb } MB.
merchant-error-photo-type = The file is not a photo. Choose a JPEG, PNG or WebP picture.
merchant-error-photo-pixels = This picture is too large to open. Take the photo again with your phone's camera, or choose a smaller picture.
merchant-error-photo-busy = Many photos are being sent right now. Please wait a moment and save again.
merchant-error-photo-quota = Today you have sent the most photos allowed in one day ({ $files } photos or { $mb } MB). Save the good without a new photo, and add it tomorrow.
merchant-error-photo-store = The photo could not be saved. Please try again.
merchant-choose = Choose
merchant-section-vegetables = Vegetables
merchant-section-fruit = Fruit
merchant-section-meat = Meat
merchant-section-bread = Bread and naan
merchant-section-dairy = Milk and dairy
merchant-section-grocery = Rice, flour, oil and spices
merchant-section-drinks = Drinks
merchant-section-household = Household
merchant-section-medicine = Medicine
merchant-section-health = Health care goods
merchant-section-service = Services
merchant-unit-piece = piece
merchant-unit-jin = jin (500 g)
merchant-unit-kg = kilogram
merchant-unit-bag = bag
merchant-unit-box = box
merchant-unit-bottle = bottle
merchant-unit-pack = pack
merchant-unit-hour = hour
merchant-unit-visit = visit
merchant-ledger-title = Changes of its stock
merchant-ledger-caption = The latest changes, newest first
merchant-ledger-none = Its stock has not changed yet.
merchant-ledger-when = When
merchant-ledger-change = Change
merchant-ledger-after = Then in stock
merchant-ledger-why = Why
merchant-ledger-who = Who
merchant-ledger-sale = Held for a customer’s payment
merchant-ledger-release = Back: the payment did not go through
merchant-ledger-retake = Held again: a late payment arrived
merchant-ledger-declined = Back: the shop did not supply it
merchant-ledger-return = Back: returned by the customer
merchant-ledger-edit = Changed by the shop
merchant-ledger-seed = First stock
merchant-ledger-other = Other change
merchant-error-line = { $field }: { $problem }

## Outcomes
merchant-done-accepted = You accepted the order. The customer has been told.
merchant-done-partly = You accepted part of the order. The customer has been told and gets the rest of the money back.
merchant-done-declined = You declined the order. The customer has been told and gets all the money back.
merchant-done-moved = The order has moved on. The customer sees the new step.
merchant-done-collected = The code is right: hand the order over. It is done.
merchant-done-return = Your answer on the return was saved. The customer has been told.
merchant-done-saved = Saved.
merchant-error-moved = This order has changed meanwhile (at another counter, or its time to answer ran out). Here is how it stands now.
merchant-error-reason-missing = Write why you cannot supply it. The customer reads this.
merchant-error-nothing-chosen = Tick at least one line to accept, or decline the whole order.
merchant-error-wrong-code = That code is not right. Ask the customer to show the code on their order page again.
merchant-error-code-locked = Too many wrong codes were tried for this order, so it is locked to keep it safe. Do not hand it over yet: ask the customer to open the order on their phone and get a new pick-up code, then check the new code.
merchant-error-not-allowed = This is not one of your shop’s orders or goods.
merchant-error-name-missing = Write the name.
merchant-error-too-long = This is too long. Please shorten it.
merchant-error-bad-price = Write a price in yuan, for example 12.50.
merchant-error-bad-stock = Write how many you have as a whole number, 0 or more.
merchant-error-stock-moved = Some were sold while you were changing the form. The number in stock now is shown; check it and save again.
merchant-error-bad-choice = Choose one of the options.
merchant-error-section-not-here = Visits are sold by housekeeping and repairs shops, and goods by the other shops. Choose a section this shop sells.
merchant-error-bad-hours = Write the time as hours and minutes, for example 08:30.
merchant-error-bad-minutes = Write a whole number of minutes from 5 to 240, for example 30.
merchant-error-no-way = Choose delivery, pick-up or both, so that customers can get their goods.
