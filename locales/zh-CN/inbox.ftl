## 个人的邻里消息（/inbox）、首页和“我的”页面上的未读数，以及带时区的时间。
## 各小程序发出的消息文字放在该小程序自己的词条文件里。

inbox-title = 消息
inbox-intro = 来自社区各项服务和家人的提醒与警报。
inbox-signed-out = 登录后可以查看您的消息。
inbox-empty = 您没有消息。
inbox-unread = { $count } 条未读消息
inbox-none-unread = 没有未读消息
inbox-see-all = 查看我的消息
inbox-from = 来自：{ $app }
inbox-from-linli = 邻里
inbox-from-other = 社区服务
inbox-state-unread = 未读
inbox-state-read = 已读
inbox-level-info = 通知
inbox-level-reminder = 提醒
inbox-level-alert = 警报
inbox-level-urgent = 紧急
inbox-received = 收到时间：{ $time }
inbox-open = 前往查看
inbox-mark-read = 标为已读
inbox-mark-all-read = 全部标为已读
inbox-acknowledge = 我已看到
inbox-awaiting-ack = 请告诉我们您已看到这条消息。
inbox-acknowledged-at = 您已确认看到：{ $time }
inbox-done-read = 这条消息已标为已读。
inbox-done-all-read = 您的消息已全部标为已读。
inbox-done-acknowledged = 谢谢。已记录您看到了这条消息。
inbox-error-not-found = 您的消息中没有这一条。
inbox-text-gone = 这条消息已无法显示。
inbox-pages-label = 消息分页
inbox-page-of = 第 { $page } 页，共 { $pages } 页
inbox-newer = 较新的消息
inbox-older = 较早的消息
home-urgent-title = 紧急消息
home-urgent-see = 打开我的消息进行回复
me-inbox-title = 消息

# 演示消息（只用于演示社区）。
inbox-demo-welcome = 欢迎使用消息功能。预约提醒以及来自家人和社区的警报都会出现在这里。
inbox-demo-bills = 提醒：请在“生活缴费”里查看本月的账单。
inbox-demo-urgent = 紧急消息就是这样显示的。如果您母亲按下了一键呼救，消息会显示在这里和首页最上方，直到您确认已看到。

# 带时区的时间：北京时间；维吾尔文同时写出新疆时间。
time-zoned = { $beijing }（北京时间）
time-zoned-both = 北京时间 { $beijing }（新疆时间 { $xinjiang }）
