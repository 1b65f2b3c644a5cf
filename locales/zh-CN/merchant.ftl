# 商家后台（/merchant）：待接订单与进行中的订单、柜台核对自提码、退货、商品、库存与店铺设置。

merchant-title = 商家后台
merchant-sign-in = 请先登录，查看您店铺的订单。
merchant-only = 本页面供社区店铺的商家使用。如果您在这里开店，请到社区服务中心把您加入店铺。
merchant-no-shops = 您还没有加入任何店铺。请到社区服务中心把您加入您的店铺。
merchant-back-console = 返回商家后台
merchant-back-goods = 返回商品与设置
merchant-open-now = 正在营业
merchant-closed-now = 现在休息

## 今日收入
merchant-today = 今日收入（{ $day }）
merchant-today-orders = 订单数
merchant-today-paid = 顾客已付
merchant-today-refunded = 已退款
merchant-today-net = 扣除退款后的收入

## 列表
merchant-new-orders = { $count ->
   *[other] 待接的新订单（{ $count }）
}
merchant-new-none = 没有新订单。
merchant-new-hint = 新订单要在营业时间内 { $minutes } 分钟内答复（可在“商品、库存与设置”里修改）。超时未答复，订单将取消，钱退还给顾客。
merchant-open-orders = { $count ->
   *[other] 进行中的订单（{ $count }）
}
merchant-open-none = 没有进行中的订单。
merchant-returns = { $count ->
   *[other] 等您答复的退货（{ $count }）
}
merchant-order-link = 订单 { $id }
merchant-placed-at = 下单时间 { $time }
merchant-customer-is = 顾客：{ $name }
merchant-answer-by = 请在 { $time } 前答复
merchant-service-at = 上门时间 { $time }
merchant-fulfilment-delivery = 送货上门
merchant-fulfilment-pickup = 顾客到店自提
merchant-fulfilment-service = 上门服务
merchant-total = 合计
merchant-return-qty = { $count ->
   *[other] 退 { $count } 件
}
merchant-return-amount = 应退金额
merchant-return-reason = 顾客的理由：{ $reason }
merchant-return-approve = 同意并退款
merchant-return-refuse = 不同意
merchant-goods-title = 商品与设置
merchant-goods-link = 商品、库存与设置
merchant-low-stock = { $count ->
   *[other] 有 { $count } 种商品库存不多了。
}
merchant-low-stock-none = 没有库存不足的商品。

## 一个订单
merchant-order-title = 订单
merchant-order-heading = 订单 { $id }
merchant-order-denied = 您不能查看这个订单。只有该店铺的商家可以查看。
merchant-order-not-found = 找不到这个订单。
merchant-shop = 店铺
merchant-state = 状态
merchant-placed = 下单时间
merchant-customer = 顾客
merchant-how = 交付方式
merchant-deliver-to = 送到 { $address }
merchant-handled-from = 店铺当时休息，请从此时起处理
merchant-goods-sum = 商品金额
merchant-fee = 配送费
merchant-refunded = 已退款
merchant-refunding = 正在退款
merchant-reason = 店铺说明
merchant-lines = 订购的商品
merchant-line-good = 商品
merchant-line-price = 单价
merchant-line-qty = 数量
merchant-line-sum = 小计
merchant-line-declined = 未供货
merchant-line-unfilled = 付款前已售完
merchant-line-returned = 已退货
merchant-line-return-asked = 顾客申请退货
merchant-line-return-approved = 已同意退货
merchant-line-return-refused = 已拒绝退货
merchant-line-times = 数量：{ $count }
merchant-timeline = 订单经过
merchant-step-to-come = 尚未进行

## 答复新订单
merchant-answer-title = 答复这个订单
merchant-accept-all = 接受整个订单
merchant-accept-some = 或者只接受一部分
merchant-accept-some-hint = 取消勾选您无法供应的商品，这部分钱会退还给顾客。如果全部取消勾选，就是拒绝整个订单。
merchant-reason-some = 其余商品为什么不能供应？顾客会看到这段话
merchant-send-answer = 发送答复
merchant-reason-all = 为什么不能供应这个订单？顾客会看到这段话
merchant-reason-hint = 全部货款会退还给顾客。
merchant-decline-all = 拒绝整个订单

## 下一步
merchant-next-title = 下一步
merchant-move-preparing = 开始备货
merchant-move-out-for-delivery = 已出发配送
merchant-move-ready-for-pickup = 可以自提了
merchant-move-done = 已送达，完成
merchant-move-done-service = 已上门服务，完成
merchant-pickup-code = 顾客出示的自提码
merchant-pickup-hint = 顾客在自己的订单页面上能看到自提码。自提码正确后再把商品交给顾客。
merchant-pickup-check = 核对并交货

## 状态
merchant-state-awaiting-payment = 等待付款
merchant-state-placed = 新订单，等您答复
merchant-state-accepted = 已接单
merchant-state-partly-accepted = 部分接单
merchant-state-declined = 已拒单
merchant-state-preparing = 正在备货
merchant-state-out-for-delivery = 正在配送
merchant-state-ready-for-pickup = 待自提
merchant-state-done = 已完成
merchant-state-cancelled = 已取消
merchant-state-refunded = 已退款
merchant-state-other = 有变动

## 商品与设置
merchant-goods-list = 商品
merchant-goods-count = { $count ->
   *[other] 共 { $count } 种商品
}
merchant-goods-none = 这家店还没有商品。
merchant-good-add = 添加商品
merchant-good-name = 名称
merchant-good-price = 价格
merchant-good-stock = 库存
merchant-good-on-sale = 是否在售
merchant-good-halal = 清真
merchant-good-change = 修改
merchant-per-unit = 每{ $unit }
merchant-stock-service = 按时间预约
merchant-sold-out = 已售完
merchant-on-sale = 在售
merchant-off-sale = 已下架
merchant-yes = 是
merchant-no = 否
merchant-shop-not-found = 在您的店铺中找不到这家店。
merchant-settings-title = 店铺设置
merchant-field-opens = 开门时间
merchant-field-closes = 关门时间
merchant-time-hint = 时和分，例如 { $example }
merchant-field-min-order = 送货起送金额
merchant-field-delivery-fee = 配送费
merchant-yuan-hint = 单位为元，例如 20 或 2.50。没有就写 0。
merchant-field-accept-minutes = 答复新订单的时间（分钟）
merchant-accept-minutes-hint = 营业时间内 { $min } 到 { $max } 分钟。
merchant-field-ways = 顾客怎样拿到商品
merchant-field-delivers = 我们送货上门
merchant-field-pickup = 顾客可以到店自提
merchant-save = 保存

## 一种商品
merchant-good-new-title = 添加商品
merchant-good-edit-title = 修改商品
merchant-group-name = 名称
merchant-group-about = 介绍
merchant-about-hint = 一两句话：是什么，有多少。可以不填。
merchant-group-sale = 货架、价格与库存
merchant-field-name-zh = 中文名称
merchant-field-name-ug = 维吾尔文名称
merchant-field-name-en = 英文名称
merchant-field-about-zh = 中文介绍
merchant-field-about-ug = 维吾尔文介绍
merchant-field-about-en = 英文介绍
merchant-field-section = 货架
merchant-field-unit = 计价单位
merchant-field-price = 价格（元）
merchant-price-hint = 例如 12.50
merchant-field-stock = 库存
merchant-stock-hint = 现在可以卖的数量。服务类不用填。
merchant-field-on-sale = 在售
merchant-on-sale-hint = 顾客能看到并购买。
merchant-field-halal = 清真
merchant-field-photo = 照片（可不填）
merchant-photo-hint = 商品的 JPEG、PNG 或 WebP 图片，不超过 { $mb } MB。顾客会看到照片，而不是图标。照片里的位置信息会被删除。
merchant-photo-now = 顾客现在看到的照片。
merchant-photo-remove = 删除这张照片（顾客会重新看到图标）
merchant-photo-kept = 您的新照片已保存，不用再选一次。
merchant-error-photo-large = 照片太大了，请选择不超过 { $mb } MB 的照片。
merchant-error-photo-type = 这个文件不是照片，请选择 JPEG、PNG 或 WebP 图片。
merchant-error-photo-pixels = 这张图片太大，无法打开。请用手机相机重新拍一张，或选一张小一些的图片。
merchant-error-photo-busy = 现在上传照片的人很多，请稍等片刻再保存。
merchant-error-photo-quota = 您今天上传的照片已达到一天的上限（{ $files } 张或 { $mb } MB）。可以先不换照片保存商品，明天再上传照片。
merchant-error-photo-store = 照片没有保存成功，请再试一次。
merchant-choose = 请选择
merchant-section-vegetables = 蔬菜
merchant-section-fruit = 水果
merchant-section-meat = 肉类
merchant-section-bread = 面包和馕
merchant-section-dairy = 奶制品
merchant-section-grocery = 米面粮油调料
merchant-section-drinks = 饮品
merchant-section-household = 日用品
merchant-section-medicine = 药品
merchant-section-health = 保健用品
merchant-section-service = 服务
merchant-unit-piece = 个
merchant-unit-jin = 斤
merchant-unit-kg = 公斤
merchant-unit-bag = 袋
merchant-unit-box = 盒
merchant-unit-bottle = 瓶
merchant-unit-pack = 包
merchant-unit-hour = 小时
merchant-unit-visit = 次
merchant-ledger-title = 库存变动
merchant-ledger-caption = 最近的变动，最新的在前
merchant-ledger-none = 库存还没有变动。
merchant-ledger-when = 时间
merchant-ledger-change = 变动
merchant-ledger-after = 变动后库存
merchant-ledger-why = 原因
merchant-ledger-who = 操作人
merchant-ledger-sale = 为顾客付款预留
merchant-ledger-release = 退回：付款没有成功
merchant-ledger-retake = 再次预留：迟到的付款到账了
merchant-ledger-declined = 退回：店铺未供货
merchant-ledger-return = 退回：顾客退货
merchant-ledger-edit = 店铺修改
merchant-ledger-seed = 初始库存
merchant-ledger-other = 其他变动
merchant-error-line = { $field }：{ $problem }

## 结果
merchant-done-accepted = 您已接单，已通知顾客。
merchant-done-partly = 您接受了订单的一部分。已通知顾客，其余的钱会退给顾客。
merchant-done-declined = 您已拒绝订单。已通知顾客，全部货款会退给顾客。
merchant-done-moved = 订单已进入下一步，顾客能看到。
merchant-done-collected = 自提码正确，请把商品交给顾客。订单已完成。
merchant-done-return = 您对退货的答复已保存，已通知顾客。
merchant-done-saved = 已保存。
merchant-error-moved = 这个订单在此期间已有变化（在另一个柜台处理了，或答复时间已过）。下面是它现在的情况。
merchant-error-reason-missing = 请写明不能供应的原因，顾客会看到。
merchant-error-nothing-chosen = 请至少勾选一件接受的商品，或者拒绝整个订单。
merchant-error-wrong-code = 自提码不对。请顾客再出示一次订单页面上的自提码。
merchant-error-code-locked = 这张订单输错取货码的次数太多，为了安全已锁定。先不要交货：请顾客在手机上打开订单，换一个新的取货码，再核对新码。
merchant-error-not-allowed = 这不是您店铺的订单或商品。
merchant-error-name-missing = 请填写名称。
merchant-error-too-long = 内容太长，请缩短。
merchant-error-bad-price = 请用元填写价格，例如 12.50。
merchant-error-bad-stock = 请用整数填写数量，0 或以上。
merchant-error-stock-moved = 您修改期间有商品卖出，现在显示的是最新库存。请核对后再保存。
merchant-error-bad-choice = 请从选项中选择一个。
merchant-error-section-not-here = 家政和维修店只卖上门服务，其他店只卖商品。请选本店卖的分类。
merchant-error-bad-hours = 请按时和分填写时间，例如 08:30。
merchant-error-bad-minutes = 请填写 5 到 240 之间的整数分钟，例如 30。
merchant-error-no-way = 请选择送货上门、到店自取，或两者都选，顾客才能拿到商品。
