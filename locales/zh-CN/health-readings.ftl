## 健康读数：记录、图表、与家人共享、查看记录、设备。

health-readings-title = 我的健康读数
health-readings-sign-in = 请登录后记录和查看您的读数。
health-readings-lead = 记下您的血压、心率或血糖。只有您本人和您允许的家人能看到。
health-readings-none = 您还没有记录读数。
health-readings-none-theirs = 还没有记录读数。

health-time-beijing = 北京时间 { $time }
health-time-both = 北京时间 { $beijing }（新疆时间 { $xinjiang }）

health-measure-blood-pressure = 血压
health-measure-heart-rate = 心率
health-measure-glucose = 血糖
health-unit-mmhg = 毫米汞柱
health-unit-per-min = 次/分
health-unit-mmol = 毫摩尔/升
health-unit-mgdl = 毫克/分升

health-trend-higher = 本周：比平时高。
health-trend-lower = 本周：比平时低。
health-trend-same = 本周：和平时差不多。
health-trend-too-few = 本周读数太少，无法和平时比较。

health-level-normal = 这次读数在通常范围内。
health-level-check-again = 这次读数偏高。请安静坐五分钟后再测一次。
health-level-see-clinician = 本周读数不止一次偏高。请尽快去看医生。
health-level-urgent = 这次读数已到紧急程度。请立即拨打120。
health-level-none = 读数已保存。
health-saved-title = 读数已保存
health-call-120 = 立即拨打120
health-book-visit = 预约卫生服务站

health-series-systolic = 高压（收缩压）
health-series-diastolic = 低压（舒张压）
health-chart-out-of-range = 超出通常范围
health-chart-when = 测量时间
health-chart-caption = 最近60天的{ $measure }（{ $unit }）
health-chart-table = { $measure }：每次读数

health-record-bp = 记录血压
health-record-hr = 记录心率
health-record-glucose = 记录血糖
health-field-systolic = 高压（收缩压）
health-field-systolic-hint = 单位毫米汞柱，例如 128
health-field-diastolic = 低压（舒张压）
health-field-diastolic-hint = 单位毫米汞柱，例如 82
health-field-arm = 哪只手臂（如果知道）
health-arm-left = 左臂
health-arm-right = 右臂
health-field-heart-rate = 心率
health-field-heart-rate-hint = 每分钟次数，例如 72
health-field-glucose = 血糖
health-field-glucose-hint = 例如 5.6
health-field-unit = 血糖仪上的单位
health-field-meal = 测量时间段
health-meal-fasting = 空腹（早饭前）
health-meal-after = 饭后两小时
health-meal-random = 其他时间
health-field-date = 测量日期
health-field-date-hint = 北京时间
health-field-time = 测量时间
health-save-bp = 保存血压
health-save-hr = 保存心率
health-save-glucose = 保存血糖

health-readings-error-missing = 请填写此项。
health-readings-error-not-a-number = 请输入数字，例如 128。
health-readings-error-out-of-range = 这个数字超出了仪器能显示的范围。请核对后重新输入。
health-readings-error-not-below-systolic = 低压必须小于高压。
health-readings-error-unknown-choice = 请选择一个答案。
health-readings-error-in-future = 这个时间还没到。请输入测量的时间。
health-readings-error-too-old = 这是一年以前的读数。请输入较近的读数。
health-readings-range-systolic = 请输入 { $low } 到 { $high } 之间的数字（毫米汞柱）。
health-readings-range-diastolic = 请输入 { $low } 到 { $high } 之间的数字（毫米汞柱）。
health-readings-range-heart-rate = 请输入 { $low } 到 { $high } 之间的数字（次/分）。
health-readings-range-glucose = 请输入 { $low } 到 { $high } 之间的数字（毫摩尔/升）。

health-your-data = 您的读数属于您
health-export-csv = 下载我的读数（CSV 文件）
health-sharing-link = 谁能看我的读数，谁看过
health-delete-link = 删除我的读数
health-delete-title = 删除我的全部读数
health-delete-body = 您和健康小屋记录的全部读数将被永久删除。家人和医生将不能再看到。您的预约保留。
health-delete-button = 删除我的全部读数
health-delete-cancel = 保留我的读数
health-readings-deleted = 您的读数已删除。
health-readings-nothing-deleted = 您没有可删除的读数。

health-family-title = 家人的读数
health-family-none = 还没有家人允许您查看他们的读数。
health-family-readings-title = 与您共享的读数
health-family-logged = 您查看这些读数会被记录，对方能看到您看过。
health-family-refused = 您不能查看这些读数。只有本人允许查看健康读数的家人才能看到。

health-clinic-readings-title = 就诊居民的读数
health-clinic-refused = 您不能查看这些读数：此人在您的卫生服务站没有预约。
health-targets-title = 此人的个人目标
health-targets-hint = 留空则使用指南标准。血糖单位为毫摩尔/升。
health-targets-fasting = 空腹血糖
health-targets-after-meal = 饭后两小时血糖
health-targets-save = 保存目标
health-targets-set = 目标已保存。
health-targets-error-systolic = 高压必须在 100 到 179 之间。
health-targets-error-diastolic = 低压必须在 60 到 109 之间，并且小于高压。
health-targets-error-fasting = 空腹血糖必须在 4.0 到 20.0 之间。
health-targets-error-after-meal = 饭后血糖必须在 4.0 到 20.0 之间。

health-alert-see-clinician = { $name }本周读数不止一次偏高，应尽快去看医生。
health-alert-urgent = { $name }有一次读数已到紧急程度。请立即联系；如需帮助，请拨打120。

health-sharing-title = 共享我的读数
health-sharing-lead = 只有您允许的家人能看到您的读数。家人或医生的每次查看都记录在下面。
health-sharing-who-may = 谁能看我的读数
health-sharing-nobody = 没有家人能看您的读数。
health-sharing-withdraw = 停止与{ $name }共享
health-sharing-withdrawn = 已完成：对方不能再看到您的读数。
health-sharing-manage = 管理家人关联
health-sharing-booking-free = 是否共享由您决定。不共享也不影响预约。
health-sharing-who-looked = 谁看过
health-sharing-no-looks = 还没有其他人看过您的读数。
health-sharing-looks-caption = 查看您读数的记录，最新的在前
health-sharing-col-when = 时间
health-sharing-col-who = 谁
health-sharing-col-as = 身份
health-sharing-col-what = 内容
health-viewer-family = 家人
health-viewer-clinician = 医生
health-viewer-staff = 工作人员
health-what-readings = 您的读数
health-what-export = 下载您的读数

health-devices-title = 健康小屋设备
health-devices-only = 只有医生和社区工作人员可以管理设备密钥。
health-devices-key-title = 新的设备密钥
health-devices-key-once = 请现在把这个密钥填入设备。它只显示这一次。
health-devices-new = 添加设备
health-devices-place = 地点
health-devices-name = 设备名称
health-devices-make = 生成密钥
health-devices-list = 设备
health-devices-none = 还没有设备。
health-devices-revoke = 停用{ $name }的密钥
health-devices-revoked = 密钥已停用。此设备不能再发送读数。
health-devices-revoked-at = 密钥停用于{ $time }
health-devices-error-name = 请输入设备名称（最多60个字）。
health-devices-error-place = 请选择地点。
