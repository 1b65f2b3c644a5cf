## 社区商城（居民页面）：家附近的商店、一家店、一件商品、搜索、购物车与结算、我的订单与退货。

shop-title = 家附近的商店
back-shop = 返回商店
back-shop-orders = 返回我的订单
shop-see-shops = 看看家附近的商店
shop-nearby = 附近的商店（由近到远）
shop-none-nearby = 您的社区还没有商店加入邻里。
shop-buy-again = 再买一次
shop-visitor-title = 在这些商店买东西
shop-visitor-body = 不登录也可以看所有商店和商品。登录后才能付款、送货上门和查看订单。

# 商店类型
shop-category-supermarket = 超市
shop-category-pharmacy = 药店
shop-category-bakery = 馕店和面包店
shop-category-butcher = 肉店
shop-category-fruit = 果蔬店
shop-category-housekeeping = 家政服务
shop-category-repairs = 上门维修
shop-category-other = 商店

# 货架
shop-section-vegetables = 蔬菜
shop-section-fruit = 水果
shop-section-meat = 肉类
shop-section-bread = 馕和面包
shop-section-dairy = 奶、酸奶和鸡蛋
shop-section-grocery = 米面粮油和干货
shop-section-drinks = 饮料和茶
shop-section-household = 日用品
shop-section-medicine = 药品
shop-section-health = 保健用品
shop-section-service = 服务
shop-section-other = 其他商品

# 计价单位
shop-unit-piece = 件
shop-unit-jin = 斤
shop-unit-kg = 公斤
shop-unit-bag = 袋
shop-unit-box = 盒
shop-unit-bottle = 瓶
shop-unit-pack = 包
shop-unit-hour = 小时
shop-unit-visit = 次
shop-price-per = { $price } / { $unit }

# 商店信息
shop-walk = { $minutes ->
   *[other] 步行 { $minutes } 分钟
}
shop-walk-from = { $minutes ->
   *[other] 从{ $from }步行 { $minutes } 分钟
}
shop-open-now = 正在营业，到 { $closes }
shop-open-all-day = 正在营业，全天不打烊
shop-closed-opens = 现在已关门，{ $opens } 开门
shop-mode-delivery = 送货上门
shop-mode-pickup = 到店自取
shop-mode-services = 按您选的时间上门服务
shop-min-order = 满 { $amount } 送货
shop-no-minimum = 不论多少都送货
shop-delivery-fee = 配送费：{ $amount }
shop-delivery-free = 免配送费

# 商品
shop-halal = 清真
shop-left = { $count ->
   *[other] 还剩 { $count }
}
shop-sold-out = 已售完
shop-off-sale = 已下架
shop-sold-out-long = 这件商品现在已售完。请稍后再看，或在店里选别的。
shop-off-sale-long = 这家店不再卖这件商品了。
shop-add = 加入购物车
shop-see-cart = 去购物车
shop-cart-nav = 购物车和订单
shop-cart-link = { $count ->
    [0] 购物车：空的
   *[other] 购物车：{ $count } 件
}
shop-orders-link = 我的订单
shop-shop-title = 商店
shop-shop-not-found = 找不到这家商店，它可能已不在邻里上经营。
shop-nothing-on-sale = 这家店现在没有在卖的商品。

# 一件商品
shop-good-title = 商品
shop-good-not-found = 找不到这件商品，商店可能已把它下架。
shop-good-shop = 商店
shop-good-section = 类别
shop-good-halal = 清真
shop-good-stock = 库存
shop-good-returns = 退货
shop-returnable = 支持 7 天无理由退货。
shop-not-returnable = 不支持退货（生鲜食品、药品或服务）。
shop-qty-label = 数量
shop-qty-hint = 1 到 99。
shop-in-cart = { $count ->
   *[other] 购物车里已有：{ $count }
}

# 搜索
shop-search-title = 搜索商品
shop-search-label = 用中文、维吾尔文或英文搜索商品
shop-search-hint = 例如：馕、牛奶、سۈت
shop-search-button = 搜索
shop-filter-category = 商店类型
shop-filter-all-categories = 所有类型
shop-filter-shop = 商店
shop-filter-all-shops = 所有商店
shop-results = { $count ->
   *[other] 找到 { $count } 件商品
}
shop-results-for = { $count ->
   *[other] “{ $query }”：找到 { $count } 件商品
}
shop-search-none = 没有找到。
shop-did-you-mean = 您要找的是不是
shop-search-try = 试试少写几个字、换一种语言，或者直接逛逛商店：
shop-pages-label = 搜索结果分页
shop-page-previous = 上一页
shop-page-next = 下一页
shop-page-of = 第 { $page } 页，共 { $pages } 页

# 购物车
shop-cart-title = 购物车
shop-cart-empty = 购物车是空的。
shop-cart-added = 已加入购物车。
shop-cart-changed = 数量已修改。
shop-cart-removed = 已从购物车拿掉。
shop-cart-taken = 公用屏幕上的购物车已转到这部手机上。
shop-update = 修改数量
shop-remove = 拿掉
shop-line-total = 小计
shop-goods-total = 商品
shop-fee = 配送费
shop-part-total = 这家店合计
shop-grand-total = 一共要付
shop-short = 再买 { $amount } 这家店就能送货（满 { $minimum } 送货），或者改为到店自取。
shop-changes-title = 您放进购物车以后，有这些变化
shop-change-price = { $name } 的价格从 { $was } 变成了 { $now }。
shop-change-sold-out = { $name } 现在已售完。
shop-change-only-left = { $left ->
   *[other] { $name } 只剩 { $left }，购物车里已改为 { $left }。
}
shop-change-off-sale = { $name } 已下架。
shop-change-gone = 您选的一件商品已不再出售，已从购物车拿掉。
shop-change-total = 合计从 { $was } 变成了 { $now }：有店铺改了配送费。还没有付款；请看下面的合计，再确认一次。
shop-changes-check = 请看下面的购物车，合计已按这些变化重新计算。
shop-closed-handled-later = { $shop } 现在已关门，您的订单会在它 { $opens } 开门后处理。
shop-fulfilment-title = 您想怎么拿到商品？
shop-fulfilment-delivery-choice = 送到我家
shop-fulfilment-pickup-choice = 我到店里自己取
shop-fulfilment-show = 按这个方式显示
shop-deliver-to = 送到：{ $home }
shop-pay-title = 付款
shop-cart-sign-in = 登录后才能付款。购物车会为您保留。
shop-cannot-pay-yet = 这个购物车现在还不能付款：
shop-how-to-pay = 付款方式
shop-slot-label = 希望什么时间上门？
shop-slot-none = 接下来几天没有空闲时间。可以请社区服务中心帮忙。
shop-pay-button = 付款 { $amount }
shop-handoff-title = 用手机付款
shop-handoff-body = 用手机相机或微信扫这个二维码，把购物车带到手机上付款。
shop-handoff-qr-label = 把购物车带到手机上的二维码
shop-handoff-or-type = 没有相机？在手机上输入这个网址：

# 商品为什么没能加入购物车
shop-error-not-on-sale = 这件商品已下架，没有加入。
shop-error-sold-out = 这件商品已售完，没有加入。
shop-error-quantity = 请填写数量，1 到 99。
shop-error-cart-full = 购物车已满。请先把里面的付了，或拿掉一些。

# 为什么没能结算
shop-error-changed = 您看的时候，价格或库存有了变化。没有扣款。请再看一下购物车，没问题再付款。
shop-error-empty = 购物车是空的，没有扣款。
shop-error-below-minimum = 有一家店要满起送金额才送货。请再买一些，或改为到店自取。
shop-error-no-delivery = 购物车里有一家店不送货。请改为到店自取，或拿掉它的商品。
shop-error-no-pickup = 购物车里有一家店不能自取。请改为送货，或拿掉它的商品。
shop-error-choose-provider = 请选择付款方式。
shop-error-no-home = 邻里还不知道您的住址，所以不能送货或付款。请在“我的”里申请加入您的家。
shop-error-sold-out-now = 最后几件刚被别人买走了。没有扣款。购物车里显示的是现在还剩的。
shop-error-too-many-shops = 购物车里的商店太多，不能一次付款。请先拿掉一家店的商品，以后再买。
shop-error-handoff-expired = 这个二维码已过期或不完整，没有加入任何东西。请在公用屏幕上重新打开购物车，显示新的二维码。
shop-error-already-started = 这笔付款已经开始了，没有重复付款。请在“我的订单”里查看。
shop-error-payment-refused = 付款没能开始，没有扣款。请再试一次，或换一种付款方式。

# 我的订单
shop-orders-title = 我的订单
shop-orders-sign-in = 登录后查看您的订单。
shop-orders-none = 您还没有下过订单。
shop-order-placed = { $placed } 下单
shop-order-title = 订单
shop-order-not-found = 找不到这个订单。请确认您用下单的手机号登录。
shop-order-placed-at = 下单时间
shop-order-total = 合计
shop-order-state = 付款
shop-checkout-held = 等待付款
shop-checkout-paid = 已付款
shop-checkout-released = 未付款
shop-checkout-held-long = 等待付款结果——正在确认，请勿重复付款。
shop-checkout-paid-long = 已付款，商店已收到您的订单。
shop-checkout-released-long = 未付款——没有扣款，商品已放回货架。
shop-see-payment = 查看这笔付款
shop-see-receipt = 查看付款凭证

# 一家店的订单
shop-state-awaiting-payment = 等待付款
shop-state-placed = 已发给商店，等商店答复
shop-state-accepted = 商店已接单
shop-state-partly-accepted = 商店接了一部分
shop-state-declined = 商店没有接单
shop-state-preparing = 商店正在准备
shop-state-out-for-delivery = 正在送来
shop-state-ready-for-pickup = 已备好，可以来取
shop-state-done = 已送到
shop-state-done-pickup = 已取走
shop-state-done-service = 已完成
shop-state-cancelled = 已取消
shop-state-refunded = 钱已退回
shop-state-other = 正在处理
shop-fulfilment-delivery = 送货上门
shop-fulfilment-pickup = 到店自取
shop-fulfilment-service = 上门服务
shop-handled-from = 这家店现在已关门，会在 { $time } 开门后处理您的订单。
shop-accept-by = 商店会在 { $time } 前答复。
shop-order-slot = 预约上门时间：{ $time }
shop-pickup-code-lead = 您的取货码。到柜台出示这个取货码：
shop-decline-reason = 商店说明的原因
shop-refunded = 已退给您 { $amount }。
shop-refunding = { $amount } 正在退回给您。
shop-timeline = 进展
shop-step-to-come = 还没到这一步
shop-order-lines = 您买的东西
shop-line-qty-price = { $qty } × { $price }
shop-line-declined = 商店没有接这件——这件的钱会退给您。
shop-line-unfilled = 这件已经没有了——这件的钱会退给您。
shop-line-returned = 已退货——这件的钱会退给您。

# 退货
shop-return-reason = 为什么要退？（可以不写）
shop-return-button = 退这件
shop-return-state-asked = 您已申请退这件，等商店答复。
shop-return-state-approved = 商店已收回。
shop-return-state-refused = 商店没有收回。
shop-return-asked = 已申请退货。商店会答复；收到货后把钱退给您。
shop-code-locked = 店铺核对不了您的取货码：输错的次数太多，为了您订单的安全，这个码已经停用。请换一个新码，到柜台出示。
shop-new-code-button = 换一个新的取货码
shop-new-code-done = 这是您的新取货码。旧码已经不能用了。
shop-return-not-returnable = 这件不能退（生鲜食品、药品或服务）。
shop-return-too-late = 这件已经超过 7 天，不能退了。
shop-return-already-asked = 您已经申请过退这件了。
shop-return-not-done = 收到货以后才能申请退货。
