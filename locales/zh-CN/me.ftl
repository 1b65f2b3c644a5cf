me-title = 我的
me-signed-out = 登录后可以查看您的个人信息、所在社区和家人。
me-phone = 手机号码
me-id-number = 身份证号
me-community = 所在社区
me-home = 住址
me-roles = 身份
me-settings-title = 显示设置
me-language-title = 语言
me-language-hint = 请用每个页面顶部的按钮选择语言。
role-resident = 居民
role-family-proxy = 家属代办
role-grid-worker = 网格员
role-merchant = 商户
role-clinician = 医护人员
role-staff = 社区工作人员
role-notary = 公证员
family-title = 我的家人
family-none = 还没有关联的家人。
family-acts-for-me = { $relation ->
    [daughter] 您的女儿
    [son] 您的儿子
    [spouse] 您的配偶
    [grandchild] 您的孙辈
   *[other] 您的家人
}，可以为您代办
family-i-act-for = { $relation ->
    [daughter] 您是对方的女儿
    [son] 您是对方的儿子
    [spouse] 您是对方的配偶
    [grandchild] 您是对方的孙辈
   *[other] 您是对方的家人
}，可以为对方代办
family-consent-given = 已同意授权
family-consent-missing = 尚未同意授权
family-consent-given-notice = 您的同意已记录。您可以随时在这里撤回。
family-consent-withdrawn-notice = 您已撤回同意。对方不能再为您代办。
me-work-title = 我的工作
kiosks-title = 自助服务机
kiosks-staff-only = 只有社区工作人员可以管理自助服务机。
kiosks-sign-in = 请以社区工作人员身份登录后管理自助服务机。
kiosks-here-registered = 这台屏幕是已登记的自助服务机。
kiosks-here-kiosk = 这台屏幕处于自助服务机模式，但还没有登记。
kiosks-here-personal = 这台屏幕是普通的个人浏览器。
kiosks-register-title = 把这台屏幕登记为自助服务机
kiosks-name-hint = 工作人员能认出的名称，例如“服务中心大厅”。登记后的自助服务机始终保持自助服务模式，许多居民可以先后在这里登录。
kiosks-register = 登记这台屏幕
kiosks-error-name-missing = 请输入这台自助服务机的名称
kiosks-error-name-long = 名称最多 { $max } 个字
kiosks-leave-hint = 在这台屏幕上关闭自助服务机模式。之后它会像个人浏览器一样保持登录。
kiosks-leave = 在这台屏幕上退出自助服务机模式
kiosks-list-title = 本社区已登记的自助服务机
kiosks-none = 还没有登记任何自助服务机。
kiosks-this-screen = （就是这台屏幕）
kiosks-registered-at = 登记时间：{ $when }（北京时间）
kiosks-retire = 停用自助服务机 { $name }
kiosks-retire-short = 停用
kiosks-registered-notice = 这台屏幕已登记为自助服务机。
kiosks-retired-notice = 该自助服务机已停用。
kiosks-left-notice = 这台屏幕已退出自助服务机模式。
