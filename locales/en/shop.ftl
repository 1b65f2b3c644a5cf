## Shop (resident pages): the shops near home, one shop, one good, search,
## the cart and checking out, my orders and returns.

shop-title = Shops near home
back-shop = Back to the shops
back-shop-orders = Back to my orders
shop-see-shops = See the shops near home
shop-nearby = Shops near you, nearest first
shop-none-nearby = No shops have joined Linli in your community yet.
shop-buy-again = Buy again
shop-visitor-title = Buying from these shops
shop-visitor-body = You can look at every shop and good without signing in. Sign in to pay, to have things delivered to your home and to follow your orders.

# A shop's kind
shop-category-supermarket = Supermarket
shop-category-pharmacy = Pharmacy
shop-category-bakery = Bakery
shop-category-butcher = Butcher
shop-category-fruit = Fruit and vegetables
shop-category-housekeeping = Home help service
shop-category-repairs = Home repairs
shop-category-other = Shop

# The shelves
shop-section-vegetables = Vegetables
shop-section-fruit = Fruit
shop-section-meat = Meat
shop-section-bread = Bread and naan
shop-section-dairy = Milk, yoghurt and eggs
shop-section-grocery = Rice, flour, oil and dry food
shop-section-drinks = Drinks and tea
shop-section-household = For the home
shop-section-medicine = Medicine
shop-section-health = Health care
shop-section-service = Services
shop-section-other = Other goods

# What a price is for
shop-unit-piece = piece
shop-unit-jin = jin (500 g)
shop-unit-kg = kg
shop-unit-bag = bag
shop-unit-box = box
shop-unit-bottle = bottle
shop-unit-pack = pack
shop-unit-hour = hour
shop-unit-visit = visit
shop-price-per = { $price } / { $unit }

# A shop's facts
shop-walk = { $minutes ->
    [one] One minute's walk
   *[other] { $minutes } minutes' walk
}
shop-walk-from = { $minutes ->
    [one] One minute's walk from { $from }
   *[other] { $minutes } minutes' walk from { $from }
}
shop-open-now = Open now, until { $closes }
shop-open-all-day = Open now, day and night
shop-closed-opens = Closed now, opens at { $opens }
shop-mode-delivery = Delivers to your home
shop-mode-pickup = Pick up at the shop
shop-mode-services = Comes to your home at a time you choose
shop-min-order = Delivery for orders of { $amount } or more
shop-no-minimum = Delivery for any order, however small
shop-delivery-fee = Delivery fee: { $amount }
shop-delivery-free = Free delivery

# Goods
shop-halal = Halal
shop-left = { $count ->
    [one] Only one left
   *[other] { $count } left
}
shop-sold-out = Sold out
shop-off-sale = No longer on sale
shop-sold-out-long = This is sold out now. Look again later, or choose something else from the shop.
shop-off-sale-long = The shop does not sell this any more.
shop-add = Add to cart
shop-see-cart = Go to the cart
shop-cart-nav = Cart and orders
shop-cart-link = { $count ->
    [0] Cart: empty
    [one] Cart: one item
   *[other] Cart: { $count } items
}
shop-orders-link = My orders
shop-shop-title = Shop
shop-shop-not-found = We could not find this shop. It may have closed on Linli.
shop-nothing-on-sale = This shop has nothing on sale right now.

# One good
shop-good-title = Goods
shop-good-not-found = We could not find this. The shop may have taken it off.
shop-good-shop = Sold by
shop-good-section = Kind
shop-good-halal = Halal
shop-good-stock = In the shop
shop-good-returns = Returns
shop-returnable = Can be returned within 7 days, without giving a reason.
shop-not-returnable = Cannot be returned (fresh food, medicine or a service).
shop-qty-label = How many
shop-qty-hint = From 1 to 99.
shop-in-cart = { $count ->
    [one] In your cart: one
   *[other] In your cart: { $count }
}

# Search
shop-search-title = Search the shops
shop-search-label = Search goods in Chinese, Uyghur or English
shop-search-hint = For example: naan, 牛奶, سۈت
shop-search-button = Search
shop-filter-category = Kind of shop
shop-filter-all-categories = All kinds of shops
shop-filter-shop = Shop
shop-filter-all-shops = All shops
shop-results = { $count ->
    [one] One good found
   *[other] { $count } goods found
}
shop-results-for = { $count ->
    [one] One good found for «{ $query }»
   *[other] { $count } goods found for «{ $query }»
}
shop-search-none = Nothing matched.
shop-did-you-mean = Did you mean
shop-search-try = Try fewer words, another language, or look through the shops:
shop-pages-label = Pages of results
shop-page-previous = Previous page
shop-page-next = Next page
shop-page-of = Page { $page } of { $pages }

# The cart
shop-cart-title = Your cart
shop-cart-empty = Your cart is empty.
shop-cart-added = Added to your cart.
shop-cart-changed = The number was changed.
shop-cart-removed = Taken out of your cart.
shop-cart-taken = The cart from the shared screen is now on this phone.
shop-update = Change the number
shop-remove = Take it out
shop-line-total = Together
shop-goods-total = Goods
shop-fee = Delivery fee
shop-part-total = From this shop
shop-grand-total = Total to pay
shop-short = Add { $amount } more to have this shop deliver (it delivers orders of { $minimum } or more), or choose pick-up.
shop-changes-title = Since you put these in your cart
shop-change-price = The price of { $name } changed from { $was } to { $now }.
shop-change-sold-out = { $name } is sold out now.
shop-change-only-left = { $left ->
    [one] Only one { $name } is left, so your cart now has one.
   *[other] Only { $left } of { $name } are left, so your cart now has { $left }.
}
shop-change-off-sale = { $name } is no longer on sale.
shop-change-gone = Something you chose is no longer sold, so it was taken out of your cart.
shop-change-total = The total changed from { $was } to { $now }: a shop changed its delivery fee. Nothing was paid; check the total below and confirm again.
shop-changes-check = Look at your cart below. The total already counts these changes.
shop-closed-handled-later = { $shop } is closed now. Your order will be handled after it opens at { $opens }.
shop-fulfilment-title = How do you want your goods?
shop-fulfilment-delivery-choice = Bring them to my home
shop-fulfilment-pickup-choice = I will pick them up at the shop
shop-fulfilment-show = Show the cart this way
shop-deliver-to = Delivered to: { $home }
shop-pay-title = Pay
shop-cart-sign-in = Sign in to pay. Your cart is kept.
shop-cannot-pay-yet = This cart cannot be paid yet:
shop-how-to-pay = How to pay
shop-slot-label = When should they come?
shop-slot-none = There is no free time in the next days. Ask the service centre for help.
shop-pay-button = Pay { $amount }
shop-handoff-title = Pay on your phone
shop-handoff-body = Scan this QR code with your phone's camera or WeChat to take this cart to your phone and pay there.
shop-handoff-qr-label = QR code that takes this cart to a phone
shop-handoff-or-type = No camera? Type this address on the phone:

# Why a good could not go into the cart
shop-error-not-on-sale = This is not on sale any more, so it was not added.
shop-error-sold-out = This is sold out, so it was not added.
shop-error-quantity = Enter how many you want, from 1 to 99.
shop-error-cart-full = Your cart is full. Pay for what is in it, or take something out first.

# Why checking out stopped
shop-error-changed = Prices or stock changed while you were looking. Nothing was charged. Look at your cart again and pay if it is right.
shop-error-empty = Your cart is empty. Nothing was charged.
shop-error-below-minimum = One of the shops delivers only from its minimum order. Add more from it, or choose pick-up.
shop-error-no-delivery = One of the shops in your cart does not deliver. Choose pick-up, or take its goods out.
shop-error-no-pickup = One of the shops in your cart does not do pick-up. Choose delivery, or take its goods out.
shop-error-choose-provider = Choose how to pay.
shop-error-no-home = Linli does not know your home yet, so it cannot deliver or take payment for it. Ask to join your home in "Me".
shop-error-sold-out-now = The last ones were just bought by someone else. Nothing was charged. Your cart now shows what is left.
shop-error-too-many-shops = Your cart has goods from too many shops for one payment. Take out the goods of one shop and pay for it later.
shop-error-handoff-expired = This QR code has expired or is not complete, so nothing was added. On the shared screen, open the cart again to show a new QR code.
shop-error-already-started = This payment was already started. It was not started twice. See it in "My orders".
shop-error-payment-refused = The payment could not be started. Nothing was charged. Try again, or choose another way to pay.

# My orders
shop-orders-title = My orders
shop-orders-sign-in = Sign in to see your orders.
shop-orders-none = You have not ordered anything yet.
shop-order-placed = Ordered on { $placed }
shop-order-title = Your order
shop-order-not-found = We could not find this order. Check that you signed in with the phone number that ordered it.
shop-order-placed-at = Ordered on
shop-order-total = Total
shop-order-state = Payment
shop-checkout-held = Waiting for the payment
shop-checkout-paid = Paid
shop-checkout-released = Not paid
shop-checkout-held-long = Waiting for the payment — checking, do not pay again.
shop-checkout-paid-long = Paid. The shops have your order.
shop-checkout-released-long = Not paid — nothing was charged, and the goods went back on the shelf.
shop-see-payment = See the payment
shop-see-receipt = See the receipt

# A shop's part of an order
shop-state-awaiting-payment = Waiting for the payment
shop-state-placed = Sent to the shop, waiting for its answer
shop-state-accepted = The shop accepted it
shop-state-partly-accepted = The shop accepted part of it
shop-state-declined = The shop declined it
shop-state-preparing = The shop is getting it ready
shop-state-out-for-delivery = On its way to you
shop-state-ready-for-pickup = Ready: you can pick it up
shop-state-done = Delivered
shop-state-done-pickup = Picked up
shop-state-done-service = Done
shop-state-cancelled = Cancelled
shop-state-refunded = Money given back
shop-state-other = Being handled
shop-fulfilment-delivery = Delivery to your home
shop-fulfilment-pickup = Pick-up at the shop
shop-fulfilment-service = A visit to your home
shop-handled-from = The shop is closed now. It will handle your order after it opens at { $time }.
shop-accept-by = The shop answers by { $time }.
shop-order-slot = Visit booked for { $time }
shop-pickup-code-lead = Your pick-up code. Show this code at the counter:
shop-decline-reason = The shop's reason
shop-refunded = { $amount } refunded to you.
shop-refunding = { $amount } is on its way back to you.
shop-timeline = What has happened
shop-step-to-come = Still to come
shop-order-lines = What you ordered
shop-line-qty-price = { $qty } × { $price }
shop-line-declined = Declined by the shop — the money for it is given back.
shop-line-unfilled = Not available any more — the money for it is given back.
shop-line-returned = Returned — the money for it is given back.

# Returns
shop-return-reason = Why do you want to return it? (You do not have to say.)
shop-return-button = Return this
shop-return-state-asked = You asked to return this. Waiting for the shop.
shop-return-state-approved = The shop took it back.
shop-return-state-refused = The shop did not take it back.
shop-return-asked = You asked to return it. The shop will answer; the money comes back once it has it.
shop-code-locked = The shop could not check your pick-up code: too many wrong codes were tried, so it stopped working to keep your order safe. Get a new code and show it at the counter.
shop-new-code-button = Get a new pick-up code
shop-new-code-done = Here is your new pick-up code. The old one no longer works.
shop-return-not-returnable = This cannot be returned (fresh food, medicine or a service).
shop-return-too-late = The 7 days for returning this have passed.
shop-return-already-asked = You already asked to return this.
shop-return-not-done = This can be returned only after you have received it.
