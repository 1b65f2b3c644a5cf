## 政务服务：网格问题上报、12345 诉求、网格员工作台、各网格工作量、
## 服务事项查询与办事指南、网上申办。

gov-title = 政务服务
gov-intro = 把家门口的问题告诉网格员，或者给 12345 市民服务热线写信。
gov-report-link = 随手拍，报问题
gov-12345-link = 12345：投诉、建议或咨询
gov-mine-link = 我的上报和诉求
gov-mine-title = 我的上报和诉求
gov-mine-none = 您还没有上报过问题或提出过诉求。
gov-signed-out = 请先登录，再上报问题并查看进度。
back-gov = 返回政务服务
back-mine = 返回我的上报
title-separator = ：

report-title = 上报问题
report-what = 是什么问题？
report-cat-bin = 垃圾桶满了或有垃圾
report-cat-light = 路灯坏了
report-cat-parking = 车辆占道或挡路
report-cat-road = 道路或人行道损坏
report-cat-green = 树木或绿地
report-cat-noise = 噪音
report-cat-other = 其他问题
report-description = 详细说明（可不填）
report-description-hint = 例如：“东门边的路灯已经三个晚上不亮了。”
report-photo = 添加照片（可不填）
report-photo-hint = JPEG、PNG 或 WebP 图片，不超过 { $mb } MB。照片里的位置信息会被删除。
report-photo-kept = 您的照片已保存，不用再选一次。
report-where = 在哪里？
report-my-building = { $name }（您住的楼）
report-place-note = 具体位置（可不填）
report-place-note-hint = 例如：东门边，商店后面。
report-point = 在地图上标一个点（可不填）
report-point-hint = 不标也可以。纬度和经度以“度”为单位，例如 43.8256 和 87.6168。
report-lat = 纬度
report-lon = 经度
report-send = 提交上报
report-error-category = 请选择是什么问题
report-error-description-long = 最多写 1000 个字
report-error-building = 请从列表中选择一栋楼
report-error-photo-large = 照片太大了，请选择不超过 { $mb } MB 的照片
report-error-photo-type = 这个文件不是照片，请选择 JPEG、PNG 或 WebP 图片
report-error-photo-store = 照片没有保存成功，请再试一次

request-title = 给 12345 写信
request-intro = 12345 市民服务热线受理投诉、建议和咨询。在这里写和打电话一样，您会收到一个受理编号。
request-kind = 您要提什么诉求？
request-topic = 标题
request-text = 诉求内容
request-text-hint = 请说明发生了什么、在哪里、什么时候，以及您希望怎么处理。
request-send = 提交到 12345
request-error-kind = 请选择投诉、建议或咨询
request-error-topic = 请填写标题
request-error-topic-long = 标题最多 100 个字
request-error-text = 请填写诉求内容（至少 5 个字）
request-error-text-long = 最多写 2000 个字

case-kind-report = 上报
case-kind-complaint = 投诉
case-kind-suggestion = 建议
case-kind-consultation = 咨询
case-title = 上报或诉求
case-not-found = 找不到这条记录。请核对受理编号，或用提交人的账号登录。
case-filed-report = 问题已上报
case-filed-request = 诉求已提交
case-filed-next = 每一步进展都可以在这里和“我的上报和诉求”中查看。
case-tracking = 受理编号
case-what = 事项
case-state = 状态
case-description = 详细情况
case-place = 地点
case-point = 地图位置
case-point-given = 已标注
case-grid = 网格
case-handler = 处理人
case-handler-staff = 社区工作人员
case-handler-escalated = 社区工作人员（该网格暂无网格员）
case-filed-at = 提交时间
case-rating = 评价
case-rating-value = { $stars } 分（满分 5 分）
case-photo-alt = 随上报提交的照片
case-photo-open = 查看照片
case-timeline = 办理过程
case-overdue = 已逾期
case-status-submitted = 已提交，等待网格员处理
case-status-accepted = 已受理，网格员将处理
case-status-in-progress = 处理中
case-status-resolved = 已办结，请您确认
case-status-closed = 已关闭
case-status-rejected = 不予受理
case-status-reopened = 已重新打开，等待网格员处理
case-act-title = 您现在可以
case-accept = 受理
case-start = 开始处理
case-note = 备注（可不填）
case-resolve = 标记为已办结
case-resolve-note = 处理情况
case-photo = 添加照片（可不填）
case-reject = 不予受理
case-reject-reason = 理由（必填）
case-close = 确认已办好
case-rate = 办得怎么样？
case-rating-5 = 非常满意
case-rating-4 = 满意
case-rating-3 = 基本满意
case-rating-2 = 不满意
case-rating-1 = 非常不满意
case-rate-note = 意见（可不填）
case-reopen = 没有办好，重新打开
case-reopen-note = 还有什么问题
case-done-accept = 已受理。
case-done-start = 已开始处理。
case-done-resolve = 已标记为办结，等待居民确认。
case-done-reject = 已不予受理，居民能看到您写的理由。
case-done-close = 谢谢您的评价，事项已关闭。
case-done-reopen = 已重新打开，并通知了网格员。
case-error-reason = 请填写理由
case-error-note-long = 最多写 1000 个字
case-error-rating = 请选择一个评价
case-error-photo-large = 照片太大了
case-error-not-now = 现在不能这样操作，请看页面上的当前状态。

console-title = 网格员工作台
console-only = 本页面供网格员和社区工作人员使用。
console-staff-intro = 无网格员网格的上报，以及 12345 诉求。
console-open = { $count ->
   *[other] 待办 { $count } 件
}
console-none-open = 没有待办事项。
console-recent = 最近办结
console-age = { $hours ->
   *[other] { $hours } 小时前提交
}

workload-title = 各网格上报情况
workload-intro = 每个网格一个月收到多少上报、管多少户，以及现在有多少未办结、多少已逾期。
workload-grid = 网格和网格员
workload-households = 户数
workload-filed = 本月上报
workload-per-100 = 每百户
workload-open = 未办结
workload-overdue = 已逾期
workload-no-worker = 暂无网格员
workload-trend-title = 每百户上报数（按月）
workload-trend-intro = 每条线代表一个网格。阴影部分是冬季，外出务农的家庭在这几个月回家。
workload-trend-table = 同样的数字（表格）：每百户上报数
workload-trend-month = 月份
workload-trend-winter = 冬季（十一月至次年二月）

gov-services-link = 查找办事事项
back-services = 返回办事事项
back-guide = 返回办事指南
back-previous = 返回
services-title = 查找办事事项
services-search = 搜索办事事项
services-search-hint = 可用中文、维吾尔文或英文，例如“高龄津贴”。
services-search-button = 搜索
services-results = { $count ->
   *[other] 找到 { $count } 项与“{ $query }”有关的事项
}
services-none = 没有找到相关事项。请检查用字，或换个说法。
services-did-you-mean = 您是不是要找：
services-try-categories = 也可以在下面的分类里找。
services-categories = 分类
service-online = 可网上办理
service-visit = 需到服务中心办理
guide-title = 办事指南
guide-not-found = 找不到这个事项。
guide-online-yes = 这个事项可以全程网上办理。
guide-online-no = 这个事项需要到社区服务中心办理。
guide-apply = 网上申请
guide-continue = 继续填写申请
guide-who = 谁可以申请
guide-fee = 收费
guide-time = 办理时限
guide-where = 办理地点
guide-materials = 需要带或提交的材料
guide-steps = 办理步骤
guide-visit-note = 去办理时请带上以上材料的原件。服务中心周一至周五 9:00–12:00、14:30–17:30 开放，周六上午也开放。
apply-title = 网上申请
apply-signed-out = 请先登录再申请。每一步都会自动保存，您可以随时停下，以后再来继续。
apply-step = 第 { $step } 题，共 { $total } 题
apply-continue = 继续
apply-save-later = 保存，以后再填
apply-saved = 您填写的内容已保存，随时可以回来继续。
apply-error-missing = 请回答这个问题
apply-error-date = 请按 1950-03-07 的格式填写日期
apply-error-number = 请填写一个整数，例如 2
apply-error-choice = 请选择一个答案
apply-error-long = 这个回答太长了
check-title = 核对您的回答
check-not-answered = 未回答
check-change = 修改
check-declare-title = 现在提交申请
check-declare = 提交即表示您确认所填内容真实。
check-submit = 提交申请
check-incomplete = 还有问题没有回答，请点“修改”补充。
application-title = 申请
application-submitted = 申请已提交
application-next = 工作人员会在办理时限内审核。您可以在这里和“我的上报和诉求”中查看进度。
application-service = 事项
application-answers = 您的回答
application-status-submitted = 已提交，等待工作人员审核
application-status-accepted = 审核中
application-status-approved = 已通过
application-status-rejected = 未通过
gov-mine-applications = 申请
gov-mine-cases = 上报和诉求
gov-mine-draft = 尚未提交，继续填写

## 随申请提交的材料
docs-title = 提交材料
docs-heading = 材料
docs-intro = 请把每份材料拍一张清楚的照片，或者选择一个 PDF 文件。每个文件不超过 { $mb } MB。
docs-sent = 已提交
docs-not-sent = 还没有提交
docs-kind-image = 照片
docs-kind-pdf = PDF
docs-size = { $kb } KB
docs-replace-hint = 如需更换，请另选一个文件。
docs-remove = 删除
docs-removed = 材料已删除。
docs-kept = 您的材料已保存。
docs-error-large = 这个文件太大了。请选择不超过 { $mb } MB 的文件，或者把照片调小一点重新拍。
docs-error-type = 这个文件不是照片，也不是 PDF。请选择 JPEG、PNG 或 WebP 图片，或者 PDF 文件。
docs-error-missing = 请先提交这份材料，再继续。
docs-error-store = 文件没有保存成功，请再试一次。

## 工作人员审核申请
application-applicant = 申请人：
application-by-staff = 社区工作人员办理
application-decide = 审核这份申请
application-note = 给申请人的说明
application-note-hint = 请说明下一步怎么办。不予通过时必须写明理由。
application-accept = 受理，开始审核
application-approve = 通过
application-reject = 不予通过
application-error-reason = 请写明不予通过的理由，让申请人知道该怎么办。
application-error-not-now = 这份申请已经有审核结果了。
staff-apps-title = 待审核的申请
staff-apps-open = { $count ->
   *[other] 有 { $count } 份申请等待处理
}
staff-apps-none = 没有等待处理的申请。
staff-apps-decided = 最近审核过的
staff-apps-age = { $days ->
   *[other] { $days } 天前提交
}
back-me = 返回“我的”

## 预约到社区服务中心办理
guide-visit-title = 到社区服务中心办理
guide-book-visit = 预约办理时间
gov-mine-visits = 我的预约
visit-title = 预约办理
visit-signed-out = 请先登录再预约时间。登录后会回到这个页面。
visit-have-one = 这个事项您已经预约了时间。
visit-see-it = 查看我的预约
visit-which-day = 您想哪天来？
visit-day-hint = 今后两周内服务中心开放的日子：
visit-day-full = 已约满
visit-places = { $count ->
   *[other] 还剩 { $count } 个名额
}
visit-which-time = 选择时间：
visit-time-full = 已约满
visit-book = 预约这个时间
visit-other-day = 换一天
visit-booking-title = 您的预约
visit-booked = 预约成功
visit-reference = 预约编号
visit-when = 时间
visit-status-booked = 已预约
visit-status-cancelled = 已取消
visit-bring = 请带上
visit-bring-reference = 到窗口时请出示预约编号。
visit-cancel = 取消这个预约
visit-cancelled-notice = 您的预约已取消，这个时间别人可以预约了。
visit-book-again = 重新预约一个时间
visit-error-time = 请选择一个时间。
visit-error-full = 这个时间刚刚被别人约走了，请选择其他时间。
visit-error-already = 这个事项您已经预约了时间。如要换时间，请先取消原来的预约。
visit-error-same-time = 这个时间您已经有别的预约了，请选择其他时间。
visit-error-not-offered = 这一天或这个时间不能预约，请从列表中选择。
visit-error-cancel = 这个预约已经不能在网上取消了，请给服务中心打电话。
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## 服务中心当天的预约（工作人员）
centre-title = 服务中心预约
centre-day = 日期
centre-show = 查看
centre-count = { $count ->
   *[other] 已预约 { $count } 人次
}
centre-none = 这一天还没有人预约。
centre-time = 时间
centre-person = 预约人
application-visit-too = 这项服务还需要您到社区服务中心来一次。现在就可以预约时间。
application-error-note-long = 备注请不要超过 1000 个字。

## 上传：限制
report-error-photo-pixels = 这张图片太大，无法打开。请用手机相机重新拍一张，或选一张小一些的图片
report-error-busy = 现在上传照片的人很多，请稍等片刻再提交
report-error-photo-quota = 您今天上传的文件已达到一天的上限（{ $files } 个或 { $mb } MB）。可以先不带照片提交，明天再上传照片
docs-error-pixels = 这张图片太大，无法打开。请用手机相机重新拍一张，或选择 PDF 文件。
docs-error-busy = 现在上传文件的人很多，请稍等片刻再上传这份材料。
docs-error-quota = 您今天上传的文件已达到一天的上限（{ $files } 个或 { $mb } MB）。明天可以继续上传，已上传的材料都会保留。
