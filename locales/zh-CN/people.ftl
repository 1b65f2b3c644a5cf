# 加入邻里：申请绑定房屋、网格员核实、家人关联（逐项同意授权）、
# 角色管理，以及住户登记册。

## 在这户的身份
claim-owner = 业主
claim-tenant = 租户
claim-family = 同住家属
check-visit = 我已上门核实
check-document = 我在服务中心查验了证件（身份证、房产证或租赁合同）

## 申请绑定房屋（/me/join）
join-title = 绑定房屋
join-sign-in = 请先用手机号码登录。如果邻里还没有登记您的号码，登录后也可以申请绑定房屋。
join-which-building = 您住在哪栋楼？
join-intro = 请选择您住的楼。下一步选择您的房屋，并说明您在这户的身份。
join-latest = 您上一次的申请 { $reference }：
join-you-live-at = 邻里已登记您的住址：{ $home }。
join-moved-hint = 如果您已经搬家，社区服务中心可以为您更改住址。
join-back-buildings = 返回楼栋列表
join-building-unknown = 邻里中没有这栋楼。请返回，从列表中选择您住的楼。
join-already-waiting = 您已经提交过绑定申请，正在等待核实。
join-see-request = 查看我的申请
join-which-home = 您住哪一户？
join-unit = 您的房屋（房号）
join-unit-choose = 请选择您的房屋
join-claim-question = 您在这户是什么身份？
join-name = 您的姓名
join-name-hint = 请与身份证上的姓名一致，最多 { $max } 个字。
join-check-hint = 网格员或社区服务中心核实后，您才能查看您家的账单。他们可能会上门，或请您到服务中心出示身份证。
join-send = 提交申请
join-waiting-title = 您的申请正在等待核实
join-reference = 申请编号
join-home = 房屋
join-claim = 身份
join-asked = 申请时间
join-state = 办理进度
join-next-title = 接下来怎么办
join-next-body = 网格员或社区服务中心会核实您是否住在这里：他们可能会上门，或请您到社区服务中心出示身份证。
join-meanwhile = 在此之前，您可以查看办事指南和通知。您家的账单和信息暂不显示。
join-withdraw = 撤回申请
join-state-waiting = 等待网格员或社区服务中心核实
join-state-confirmed = 已核实：绑定成功
join-state-refused = 未通过核实：请到社区服务中心咨询
join-state-withdrawn = 您已撤回
join-sent-notice = 申请已提交。请记下申请编号。
join-withdrawn-notice = 您的申请已撤回。
join-error-unit = 请选择您的房屋
join-error-claim = 请选择您在这户的身份
join-error-name = 请填写您的姓名
join-error-name-long = 姓名太长了
join-error-too-many = 您今天申请的次数太多了。请明天再试，或到社区服务中心咨询。

## 我的
me-join-title = 您还没有绑定房屋
me-join-body = 绑定房屋后，就可以缴纳您家的费用，使用居民服务。
me-join-start = 绑定房屋
me-join-waiting = 您的申请 { $reference } 正在等待核实。
me-family-requests = 有 { $count } 条家人关联申请等待您答复。
me-family-manage = 家人关联

## 网格员工作台（/grid/joins）
joins-title = 房屋绑定申请
joins-only = 本页面供网格员和社区工作人员使用。
joins-intro = 这些居民申请绑定您网格内的房屋。确认前，请先核实他们确实住在那里。
joins-waiting = 待核实（{ $count }）
joins-none = 没有待核实的申请。
joins-decided = 最近处理的申请
joins-registered = 住户登记册中这户的人员
joins-nobody-registered = 暂无
joins-check-question = 您是怎样核实的？
joins-note-label = 备注
joins-note-hint = 不予确认时必填：请写明原因，方便社区服务中心帮助对方。
joins-confirm = 确认 { $name }
joins-refuse = 不予确认
joins-check = 核实方式
joins-note = 备注
joins-decided-by = 处理人
joins-confirmed-notice = 已确认。对方已绑定房屋。
joins-refused-notice = 已不予确认。系统会提示对方到社区服务中心咨询。
joins-settled-notice = 这条申请已经由其他人处理了。
joins-error-check = 请选择核实方式
joins-error-note-long = 备注太长了
joins-error-reason = 请写明不予确认的原因

## 家人关联（/me/family）
family-sign-in = 登录后可以查看和更改家人关联。
family-intro = 家人只能为您代办您允许的事项，每一项都要您单独同意。您可以随时更改。
back-family = 返回家人关联
relation-daughter = 女儿
relation-son = 儿子
relation-spouse = 配偶
relation-grandchild = 孙辈
relation-other = 其他家人
purpose-pay = 缴费
purpose-pay-hint = 为您缴纳水费、电费、燃气费、供暖费和物业费
purpose-health = 健康
purpose-health-hint = 为您预约看病，查看您的看病记录和健康测量记录
purpose-alerts = 求助提醒
purpose-alerts-hint = 接收您的紧急求助；您当天没有报平安时，也会收到消息
purpose-given = 已同意
purpose-not-given = 未同意
purpose-give = 同意：{ $purpose }
purpose-withdraw = 撤回同意：{ $purpose }
link-links-title = 已关联的家人
link-agreed-app = { $when } 在邻里中同意
link-agreed-kiosk = { $when } 在自助服务终端上同意
link-agreed-code = { $when } 用短信中的关联码同意
link-agreed-staff = { $when } 在社区服务中心当面同意
link-agreed-seed = { $when } 同意
link-end = 解除与 { $name } 的关联
link-incoming = 家人关联申请（{ $count } 条）
link-asks = { $relation ->
    [daughter] 称是您的女儿
    [son] 称是您的儿子
    [spouse] 称是您的配偶
    [grandchild] 称是您的孙辈
   *[other] 称是您的家人
}，申请为您代办事项。
link-kiosk-hint = 工作人员可以在这里帮助您。同不同意，由您本人决定。
link-choose-purposes = 允许对方为您办哪些事？
link-choose-purposes-hint = 请勾选您允许的每一项。以后可以更改。
link-confirm = 同意关联
link-refuse = 不同意
link-block = 不同意，并且不再接收这个号码的申请
link-outgoing = 我发出的申请
link-you-asked = { $relation ->
    [daughter] 您以对方女儿的身份申请
    [son] 您以对方儿子的身份申请
    [spouse] 您以对方配偶的身份申请
    [grandchild] 您以对方孙辈的身份申请
   *[other] 您以对方家人的身份申请
}
link-state-waiting = 等待对方答复
link-state-confirmed = 已关联
link-state-withdrawn = 您已撤回
link-state-expired = 未确认
link-waiting-hint = 对方可以在邻里中或到社区服务中心答复。如果对方把我们发给他的关联码告诉了您，请在这里输入。
link-code-label = 对方短信中的关联码
link-code-hint = 6位数字
link-code-send = 用关联码确认
link-withdraw = 撤回申请
link-new = 关联父母
link-new-title = 关联父母
link-new-intro = 由您的父母决定。如果对方的手机号码在邻里中，我们会给对方发短信；对方可以在邻里中、到社区服务中心答复，也可以把短信里的关联码告诉您。
link-phone = 父母的手机号码
link-phone-hint = 11位数字。无论这个号码是否在邻里中，我们给您的提示都一样。
link-relation-question = 您是对方的什么人？
link-purposes-question = 您申请为对方办哪些事？
link-purposes-hint = 父母可以逐项决定是否同意。
link-ask = 发送申请
link-asked-notice = 申请已发送。如果这个号码在邻里中，您的父母就可以答复。
link-confirmed-notice = 关联成功。
link-refused-notice = 您已拒绝。没有共享任何信息。
link-blocked-notice = 您已拒绝。这个号码不能再向您发出申请。
link-withdrawn-notice = 申请已撤回。
link-recorded-notice = 已登记这项关联，标注为当面同意。
link-ended-notice = 关联已解除。不再共享任何信息。
link-error-phone-missing = 请输入父母的手机号码
link-error-phone-invalid = 请输入11位手机号码，例如 139 0000 0001
link-error-own-phone = 这是您自己的号码
link-error-relation = 请选择您是对方的什么人
link-error-purpose = 请至少勾选一项
link-error-too-many = 您今天申请的次数太多了。请明天再试，或到社区服务中心咨询。
link-error-code-wrong = 关联码不对。请核对短信后再试。
link-error-code-dead = 这条申请已不能用关联码确认。请重新申请，或一起到社区服务中心办理。
link-error-phone-unknown = 邻里中没有这个号码
link-error-community = 此人住在其他社区
sms-link = 【邻里】{ $name }申请在邻里中作为您的{ $relation ->
    [daughter] 女儿
    [son] 儿子
    [spouse] 配偶
    [grandchild] 孙辈
   *[other] 家人
}与您关联，为您办理：{ $purposes }。如果您同意，请把关联码告诉对方：{ $code }。如果不同意，请不要理会这条短信。邻里工作人员绝不会打电话向您索要这个关联码。

## 工作人员：登记当面同意的关联（/staff/family）
staff-family-title = 登记家人关联
staff-family-intro = 老人和家人一起来到社区服务中心，老人当面同意后，请在这里登记关联。关联会标注为当面同意，并记录您的姓名。
staff-family-elder = 老人的手机号码
staff-family-proxy = 家人的手机号码
staff-family-relation = 家人是老人的什么人？
staff-family-purposes = 老人同意了哪些事项？
staff-family-purposes-hint = 请逐项询问老人。
staff-family-record = 登记关联

## 工作人员：角色（/staff/roles）
roles-title = 角色
roles-holders = 谁担任什么角色
roles-own = 这是您自己的角色：需要由其他工作人员修改。
roles-remove-reason = 为什么撤销？
roles-remove = 撤销这个角色
roles-grant-title = 授予角色
roles-phone = 对方的手机号码
roles-phone-hint = 对方必须至少登录过一次邻里。
roles-which = 授予哪个角色？
roles-grid = 网格
roles-grid-hint = 网格员须选择负责的网格。
roles-grid-none = 不选网格
roles-reason = 原因
roles-reason-hint = 例如：12月1日由街道办事处任命。
roles-grant = 授予角色
roles-log = 角色变更记录
roles-log-none = 还没有变更记录。
roles-log-when = 时间
roles-log-who = 人员
roles-log-what = 变更内容
roles-log-by = 操作人
roles-log-why = 原因
roles-log-granted = 授予：
roles-log-removed = 撤销：
roles-log-by-register = 建立社区时设置
roles-granted-notice = 角色已授予。
roles-removed-notice = 角色已撤销。
roles-error-phone = 邻里中没有这个号码
roles-error-role = 请选择角色
roles-error-scope = 请选择对方负责的网格
roles-error-reason = 请填写原因
roles-error-own = 您不能修改自己的角色
roles-error-above = 您不能授予比自己更高的角色
roles-error-community = 此人属于其他社区
roles-error-held = 对方已经有这个角色

## 工作人员：住户登记册（/staff/register）
register-title = 住户登记册
register-import-title = 导入住户登记册
register-import-label = 住户登记册（CSV 格式）
register-import-hint = 请从电子表格中粘贴各行，第一行用下面这行表头。每人每户一行；没有人住的房屋只填前四列。业主要填写所占份额（百分比）。同一个文件再导入一次，不会有任何变化。
register-import = 检查并导入
register-unchanged = 已导入：没有需要更改的内容。
register-done = 已导入：新增房屋 { $units } 户，更正房屋 { $unitsChanged } 户，新增人员 { $people } 人，更正人员 { $peopleChanged } 人，居住关系变更 { $ties } 处。
register-not-in-file = 邻里中本社区有 { $count } 人不在这个文件里。如果他们已经搬走，请在“按户查看”中标记。
register-problems = 发现 { $count } 个问题
register-nothing-stored = 没有保存任何内容。请改正下面列出的行，再提交完整的文件。
register-line = 行号
register-field = 列
register-problem = 问题
register-home-title = 按户查看
register-home-choose = 房屋
register-home-show = 查看住户
register-home-empty = 根据邻里的记录，这户没有人住。
register-moved-out = 标记 { $name } 已搬走
register-source-register = 来自住户登记册，自 { $when } 起
register-source-staff = 工作人员于 { $when } 添加
register-source-join = { $when } 经核实后绑定
register-add-title = 为这户添加人员
register-add-phone = 对方的手机号码
register-add-name = 对方的姓名
register-add-name-hint = 只有邻里中还没有此人时才需要填写。
register-add-kind = 此人在这户是什么身份？
register-add = 添加
register-added-notice = 已添加。此人现在可以查看账单、使用各项服务。
register-ended-notice = 已标记为搬走。此人的记录会保留，账单仍归这户房屋。
register-building-unknown = 您的社区没有这个名称的楼
register-unit-missing = 缺少房号
register-unit-invalid = 房号太长，或含有不允许使用的字符
register-floor-invalid = 楼层必须是整数
register-area-invalid = 面积请以平方米为单位填写，例如 78.20
register-unit-differs = 前面某一行中，这户房屋的楼层或面积与此不同
register-kind-unknown = 请填写 owner（业主）、tenant（租户）或 family（同住家属）
register-share-missing = 业主必须填写所占份额（百分比）
register-share-invalid = 份额必须是大于 0、不超过 100 的百分比
register-share-not-owner = 只有业主才有份额
register-shares-not-whole = 这户房屋各业主的份额加起来不是 100
register-phone-missing = 缺少手机号码
register-phone-invalid = 请输入11位手机号码
register-name-missing = 请至少填写一个姓名
register-name-long = 姓名太长
register-birth-year-invalid = 出生年份不是有效的年份
register-lang-unknown = 语言必须是 zh-CN、ug 或 en
register-lives-here-invalid = 请填写 yes 或 no（也可以填“是”或“否”）
register-person-invalid = 人员编号只能包含字母、数字和连字符
register-person-twice = 这个人员编号在另一行中对应另一个手机号码
register-person-differs = 此人在前面某一行中的信息与此不同
register-person-twice-in-unit = 此人在这户房屋中出现了两次
register-two-homes = 前面某一行中，此人住在另一户
register-file-empty = 文件是空的
register-header-wrong = 第一行必须是列名，与示例相同
register-file-too-long = 文件行数太多：请分成几部分提交
register-row-columns = 这一行的列数不对
register-row-unreadable = 这一行无法读取

## 我的账号：手机号码、我的数据、注销账号（/me/phone、/me/data）
me-account-title = 我的账号
phone-title = 更换手机号码
phone-now = 您现在的号码：{ $phone }
phone-new = 您的新手机号码
phone-new-hint = 我们会向您的旧号码和新号码各发送一个验证码。如果您已经没有原来的手机，请带上身份证到社区服务中心办理。
phone-send-codes = 发送两个验证码
phone-codes-hint = 请输入发到您旧号码的验证码，以及发到 { $phone } 的验证码。
phone-old-code = 旧号码收到的验证码
phone-new-code = 新号码收到的验证码
phone-confirm = 确认更换号码
phone-lost-hint = 手机丢了？请到社区服务中心，工作人员查验您的身份证后，可以为您更换号码。
phone-codes-sent = 两个验证码已经发送，10分钟内有效。
phone-changed = 您的手机号码已经更换。以后请用新号码登录。
phone-error-same = 这已经是您的号码了
phone-error-taken = 邻里中已经有人使用这个号码。请到社区服务中心咨询。
phone-error-code = 验证码不对
phone-error-dead = 这两个验证码已经失效。请重新发送。
sms-phone-old = 【邻里】您更换邻里账号手机号码的验证码是 { $code }，{ $minutes } 分钟内有效。如果不是您本人申请的，请勿把验证码告诉任何人。
sms-phone-new = 【邻里】您把这个号码用于邻里账号的验证码是 { $code }，{ $minutes } 分钟内有效。请勿告诉任何人。
data-title = 我的数据
data-export-title = 下载我的数据
data-export-body = 一个文件，包含邻里保存的关于您的全部信息：个人信息、房屋、家人关联和同意记录、角色、缴费记录和上报记录。
data-export = 下载我的数据
delete-title = 注销我的账号
delete-body = 您的姓名、手机号码、身份证号会被删除，房屋绑定和家人关联都会解除，所有设备上都会退出登录。按照法律规定，以下记录会保留，但其中不再有能认出您的信息：
delete-kept-receipts = 您的缴费凭证（账单仍归这户房屋）
delete-kept-votes = 您在业主投票中的选票，以便投票结果仍然可以核查
delete-kept-cases = 您提交的上报和诉求，以便保留办理记录
delete-kept-health = 您以往在卫生服务站的就诊记录和问诊记录，服务站须依法保存（您的健康测量记录会被删除，未到的预约会被取消）
delete-sure = 我已了解：我的账号将被注销，而且无法恢复
delete-account = 注销我的账号
delete-error-confirm = 请勾选方框，表示您已了解
deleted-notice = 您的账号已注销。
register-change-phone = 新手机号码
register-change-phone-hint = 须先在服务中心查验本人身份证。
register-change-phone-button = 更换此人的号码

## Added after review
register-elsewhere = 此人住在或任职于其他社区：请由该社区工作人员办理迁入
phone-error-wait = 验证码刚刚发出。请稍等一分钟再试。
phone-error-work-role = 此人在社区任职或住在其他社区：请本人用两个验证码自行更换号码
roles-log-reason-deleted = 本人已注销账号
roles-log-reason-demo = 演示数据
