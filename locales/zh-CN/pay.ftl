## 缴费：家庭账单、确认付款、订单状态和缴费凭证、缴费记录、
## 扫码缴费、沙箱测试支付，以及工作人员页面。

pay-title = 生活缴费
back-bills = 返回账单
anti-fraud-title = 请注意：
anti-fraud-body = 邻里绝不会打电话向您索要验证码。请不要把登录验证码或支付密码告诉任何人。

bill-kind-water = 水费
bill-kind-electricity = 电费
bill-kind-gas = 燃气费
bill-kind-heating = 供暖费
bill-kind-property = 物业费

bill-period = 所属月份
bill-due = 缴费截止日
bill-payee = 收款单位
bill-status = 状态
bill-status-unpaid = 未缴费
bill-status-overdue = 未缴费——已过截止日
bill-status-checking = 正在确认付款——请勿重复付款
bill-status-paid = 已缴费
bill-checking-hint = 这张账单有一笔付款正在向支付平台确认。请不要重复付款。

pay-signed-out = 登录后可以查看并缴纳您家的账单。
pay-no-home = 邻里还不知道您的住址。请申请加入您的住户：网格员或社区服务中心核实后，您的账单就会显示在这里。
pay-owed-title = 您家待缴的费用
pay-owed-total = { $count ->
   *[other] 共 { $count } 张账单待缴，合计 { $amount }
}
pay-nothing-owed = 没有待缴的费用，账单都已缴清。
pay-paid-title = 最近已缴
pay-this-bill = 缴纳{ $kind }：{ $amount }
pay-all = 全部缴纳（共 { $count } 张账单）：{ $amount }
pay-with-phone-one = 用手机缴纳{ $kind }
pay-with-phone-all = 用手机全部缴纳
pay-see-payment = 查看这笔付款
pay-see-receipt = 查看缴费凭证
pay-history-link = 缴费记录
pay-whose-title = 为谁缴费
pay-my-household = 我家
pay-family-no-consent = 正在等待对方同意授权。对方可以在“我的”页面里同意。
pay-family-refused = 您不能为这位家人缴费：对方没有同意授权，或者已经撤回同意。
pay-error-no-bills = 请至少选择一张未缴的账单。

confirm-title = 核对并付款
confirm-for = 缴费户
confirm-paid-by = 付款人
confirm-paid-by-you = 您（代为缴费）
confirm-what = 本次要缴的费用
confirm-col-bill = 账单
confirm-col-amount = 金额
confirm-total = 合计
confirm-change = 重新选择账单
confirm-how = 付款方式
confirm-nothing = 这里已经没有需要缴纳的费用了。
confirm-skipped-paid = { $period }的{ $kind }已经缴清，不计入本次付款。
confirm-skipped-checking = { $period }的{ $kind }有一笔付款正在确认，不计入本次付款。
pay-now = 付款 { $amount }
pay-no-provider = 这里暂时不能在线付款。您可以到社区服务中心缴费。
pay-error-already-paid = 这张账单已经缴清，没有再次扣款。
pay-error-being-paid = 这张账单有一笔付款正在确认。请勿重复付款，请等待确认完成。
pay-error-key-conflict = 这个付款页面已经用于另一笔付款。没有扣款。请返回账单，重新开始。
pay-error-choose-provider = 请选择付款方式

provider-wechat = 微信支付
provider-alipay = 支付宝
provider-unionpay = 银联
provider-sandbox = 沙箱测试支付（仅供测试，不用真钱）
provider-in-app = 在微信里直接付款
provider-web = 打开支付平台的付款页面

pay-state-checking = 正在确认
pay-state-paid = 已付款
pay-state-failed = 未完成
pay-state-expired = 超时未完成
pay-state-cancelled = 已取消
pay-state-refunding = 退款中
pay-state-refunded = 已退款

order-title = 付款详情
order-not-found = 找不到这笔付款。请核对订单号，或者用付款人的账号登录。
order-back-to-app = 返回{ $app }
order-checking-title = 正在确认您的付款
order-checking-do-not-pay = 正在确认——请勿重复付款。
order-checking-body = 我们正在等待支付平台确认。通常只需要几秒钟；确认后，这个页面会自动更新。
order-check-now = 立即查询
order-checked-still = 刚刚向支付平台查询过：还没有确认。
order-not-paid-yet = 还没有付款吗？
order-continue-paying = 继续前往付款页面
order-failed-title = 付款没有完成
order-failed-nothing-taken = 这次付款没有扣钱。
pay-fail-declined = 支付平台拒绝了这笔付款。
pay-fail-expired = 付款没有在规定时间内完成。
pay-fail-unavailable = 无法连接支付平台。
order-retry = 重新付款
order-retry-hint = 重新付款只会为这些账单付一次钱，绝不会重复扣款。
order-retry-failed = 这次没有成功。请稍后再试。
order-see-new-attempt = 查看最近一次付款
order-staff-title = 工作人员操作
order-refund-reason = 退款原因
order-refund = 全额退款
order-refund-done = 已经退款。这些账单恢复为未缴费。
order-refund-failed = 退款没有成功。
order-refund-processing = 已经申请退款，支付平台正在处理；处理完成后本页会显示结果。
order-refund-reason-missing = 请填写退款原因。
flag-amount-mismatch = 已标记：支付平台报告的金额不一致。
flag-paid-twice = 已标记：有一张账单被重复缴费，多缴的部分已经退回。
flag-paid-after-failure = 已标记：这笔付款失败或取消之后又收到了钱，请决定是否退款。

receipt-title = 已缴费——缴费凭证
receipt-paid-lead = 已收到付款。请保存好订单号。
receipt-refund-lead = 这笔付款已经退款。
receipt-items = 缴费明细
receipt-reference = 订单号
receipt-state = 状态
receipt-home = 住址
receipt-paid-by = 付款人
receipt-on-behalf = 代缴对象
receipt-visitor = 访客（在自助机上扫码）
receipt-channel = 缴费方式
receipt-channel-qr = 在自助机上扫码
receipt-started = 发起时间
receipt-paid-at = 付款时间
receipt-provider = 支付平台
receipt-provider-ref = 支付平台流水号
receipt-refunded = 已退款
receipt-line-refunded = 已由另一笔付款缴清：已退款
receipt-keep = 如有疑问，请到服务中心出示这张缴费凭证或订单号。
receipt-print = 打印缴费凭证

history-title = 缴费记录
history-month = 月份
history-kind = 费用类型
history-all-months = 全部月份
history-all-kinds = 全部类型
history-show = 查看
history-none = 没有找到缴费记录。
history-you-paid-for = 您代为缴费的人：
history-paid-for-you-by = 为您代缴的人：
history-paid-by-visitor = 由在自助机上扫码的访客代缴
history-open = 缴费凭证

handoff-title = 用手机扫码缴费
handoff-waiting = 请用手机相机或微信扫描这个二维码。
handoff-paying-title = 正在手机上付款
handoff-paying = 二维码已被扫描。正在等待付款确认。
handoff-paid-title = 已缴费
handoff-paid = 已缴费。谢谢您。
handoff-failed-title = 未缴费
handoff-failed = 手机上的付款没有完成，没有扣钱。
handoff-expired-title = 二维码已过期
handoff-expired = 这个二维码已经失效。请从账单页面重新生成。
handoff-amount = 金额：
handoff-qr-label = 用手机缴费的二维码
handoff-step-1 = 在手机上打开相机或微信。
handoff-step-2 = 对准二维码。
handoff-step-3 = 在手机上付款。付款后，这个屏幕会显示“已缴费”。
handoff-expires = 这个二维码只能用一次，{ $time } 前有效。
handoff-done = 返回账单

scan-title = 家庭账单缴费
scan-as-visitor = 您（访客）
scan-visitor-hint = 不登录也可以付款。登录后付款，这笔付款还会出现在您的缴费记录里。
scan-sign-in = 先登录
scan-used = 这个二维码已经付过款了。
scan-expired = 这个二维码已过期。请在自助机上重新获取。
scan-invalid = 这个二维码无效。

sandbox-title = 沙箱测试支付
sandbox-banner = 测试用的支付平台——不涉及真实资金。
sandbox-merchant = 商户
sandbox-pay = 付款 { $amount }
sandbox-other-title = 测试其他结果
sandbox-other-hint = 用来试一试付款出问题时会怎样。
sandbox-fail = 拒绝付款
sandbox-timeout = 一直不回应
sandbox-late = 付款，延迟确认
sandbox-twice = 付款，确认两次
sandbox-closed = 这笔付款已经关闭。
sandbox-back = 返回邻里

staff-pay-title = 账单和缴费（工作人员）
staff-only = 这个页面仅供社区工作人员使用。
staff-issue-title = 开具一张账单
staff-issued = 账单已开具。
staff-field-unit = 房屋
staff-field-kind = 费用类型
staff-field-period = 月份
staff-field-amount = 金额（元）
staff-field-due = 缴费截止日
staff-field-file = 文件
staff-period-hint = 例如 2026-12
staff-amount-hint = 例如 36.50
staff-due-hint = 例如 2027-01-20
staff-issue = 开具账单
staff-import-title = 从CSV文件导入账单
staff-import-label = 粘贴CSV文本
staff-import-hint = 每行一张账单，第一行必须是下面这行表头。楼栋可以填编号或名称。只要有一行不对，就一张也不导入。
staff-import = 检查并导入
staff-recent-title = 最近开具的账单
staff-recent-none = 工作人员还没有开具过账单。
import-done = { $count ->
   *[other] 已导入 { $count } 张账单。
}
import-problems = { $count ->
   *[other] 文件中有 { $count } 个问题
}
import-nothing-imported = 没有导入任何账单。请改正下面列出的行，再重新提交文件。
import-line = 第 { $line } 行，{ $field }：
import-unit-unknown = 本社区没有这个房屋。
import-kind-unknown = 请填写水费、电费、燃气费、供暖费或物业费（也可以写 water、electricity、gas、heating、property）。
import-period-invalid = 月份请按 2026-12 这样的格式填写。
import-amount-zero = 金额必须大于0。
import-amount-missing = 请填写金额。
import-amount-invalid = 金额请填写数字，例如 36.50。
import-amount-too-precise = 小数点后最多只能有两位。
import-amount-negative = 金额不能是负数。
import-amount-too-large = 金额太大。
import-due-invalid = 日期请按 2027-01-20 这样的格式填写。
import-bill-exists = 这个房屋本月已经有这种账单了。
import-bill-twice = 这张账单在文件中出现了两次。
import-file-empty = 文件中没有账单。
import-header-wrong = 第一行必须是：building,unit,kind,period,amount,due
import-file-too-long = 文件行数太多（最多5000行）。
import-row-columns = 这一行不是六列。
import-row-unreadable = 这一行无法读取。

recon-title = 每日对账
recon-intro = 每天夜里，系统会把支付平台前一天的记录和我们的记录进行核对。有差异的都会列在这里。
recon-run-today = 立即核对今天的记录
recon-done = 核对完成。
recon-checked = 共核对 { $count } 笔付款，发现 { $differences } 处差异。
recon-paid-only-at-provider = 支付平台显示已付款，这里未标记为已付款
recon-paid-only-here = 这里标记为已付款，支付平台显示未付款
recon-amount-differs = 金额不一致
recon-unknown-here = 支付平台有一笔我们没有记录的付款
recon-missing-at-provider = 支付平台没有这笔付款的记录
flag-title = 需要人工处理的付款
flag-none = 无。
pay-family-you-are = { $relation ->
    [daughter] 您是对方的女儿
    [son] 您是对方的儿子
    [spouse] 您是对方的配偶
    [grandchild] 您是对方的孙辈
   *[other] 您是对方的家人
}
handoff-or-type = 没有相机？请在手机上输入这个网址：
sandbox-stands-for = 在演示版中，用沙箱测试支付代替{ $provider }。
