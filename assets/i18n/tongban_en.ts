<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <source>事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>大厅</source>
        <translation>Halls</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>宣传媒体</source>
        <translation>Promotional media</translation>
    </message>
    <message>
        <source>搜索别名</source>
        <translation>Search aliases</translation>
    </message>
    <message>
        <source>信息来源</source>
        <translation>Information sources</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>管理 · %1</source>
        <translation>Admin · %1</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>导入内容</source>
        <translation>Import content</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>使用统计</source>
        <translation>Usage figures</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>返回自助服务</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>退出自助机模式</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>确定退出自助机模式吗？自助机将停止服务，直到重新启动。</source>
        <translation>Leave kiosk mode? The kiosk will stop serving until it is restarted.</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>圈内通办</source>
        <translation>Cross-city services</translation>
    </message>
    <message>
        <source>长春 · 吉林 · 四平 · 辽源
%1 项事项可在本机查询办事指南</source>
        <translation>Changchun · Jilin · Siping · Liaoyuan
Guides for %1 services on this kiosk</translation>
    </message>
    <message>
        <source>轻触屏幕开始</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>近 7 天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出到U盘（CSV）</source>
        <translation>Export to USB stick (CSV)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>By service item</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>搜到结果的搜索</source>
        <translation>Searches that found results</translation>
    </message>
    <message>
        <source>没有结果的搜索（同一天至少 3 次才记录）</source>
        <translation>Searches that found nothing (counted only at 3 or more a day)</translation>
    </message>
    <message>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
</context>
<context>
    <name>GroupGrid</name>
    <message>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
</context>
<context>
    <name>HallsPage</name>
    <message>
        <source>大厅指引</source>
        <translation>Hall guide</translation>
    </message>
    <message>
        <source>四市政务大厅设有通办窗口</source>
        <translation>Every city&apos;s hall has a cross-city service window</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>办公时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>HideNoticesPage</name>
    <message>
        <source>隐藏的公告只在本机不显示，直到新的内容包修改了它。</source>
        <translation>A hidden notice is hidden on this kiosk only, until a new content package changes it.</translation>
    </message>
    <message>
        <source>截止 %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>本机已隐藏</source>
        <translation>Hidden on this kiosk</translation>
    </message>
    <message>
        <source>恢复显示</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>隐藏</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>HomeCityChooser</name>
    <message>
        <source>我是外市居民（选择您的户籍或参保城市）：</source>
        <translation>I am from another city of the circle (choose your home city):</translation>
    </message>
    <message>
        <source>本市居民</source>
        <translation>I live here</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>长春现代化都市圈 · 圈内通办 · 本机所在城市：%1</source>
        <translation>Changchun metropolitan circle · This kiosk is in %1</translation>
    </message>
    <message>
        <source>按主题查找</source>
        <translation>Browse by topic</translation>
    </message>
    <message>
        <source>搜索事项</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>部门公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>大厅指引</source>
        <translation>Hall guide</translation>
    </message>
    <message>
        <source>圈内通办事项 · 按部门</source>
        <translation>Cross-city services by department</translation>
    </message>
    <message>
        <source>信息更新于 %1</source>
        <translation>Information updated %1</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>还需要更多时间吗？</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>%1 秒后返回首页，本次查询的内容将被清除</source>
        <translation>Returning to the start in %1 s; this visit will be cleared</translation>
    </message>
    <message>
        <source>需要</source>
        <translation>Yes, I need more time</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>正在查找U盘上的内容包…</source>
        <translation>Looking for content packages on the USB stick…</translation>
    </message>
    <message>
        <source>U盘上的内容包（只读打开）：</source>
        <translation>Content packages on the USB stick (opened read-only):</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>正在检查「%1」…</source>
        <translation>Checking “%1”…</translation>
    </message>
    <message>
        <source>「%1」：内容版本 %2 → %3（制作于 %4），共 %5 处变化</source>
        <translation>“%1”: content version %2 → %3 (made %4), %5 changes</translation>
    </message>
    <message>
        <source>这个内容包不能导入：</source>
        <translation>This content package cannot be imported:</translation>
    </message>
    <message>
        <source>新增：%1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>修改：%1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>删除：%1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在恢复上一版内容…</source>
        <translation>Restoring the previous content…</translation>
    </message>
    <message>
        <source>正在导入：第 %1 步，共 %2 步</source>
        <translation>Importing: step %1 of %2</translation>
    </message>
    <message>
        <source>完成。现在使用的内容版本：%1</source>
        <translation>Done. Content version now in use: %1</translation>
    </message>
    <message>
        <source>原有内容仍在使用，未受影响。</source>
        <translation>The content in use is unchanged.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>恢复上一版内容</source>
        <translation>Restore the previous content</translation>
    </message>
    <message>
        <source>确定恢复到上一版内容吗？现在的内容会被替换。</source>
        <translation>Restore the previous content? The current content will be replaced.</translation>
    </message>
</context>
<context>
    <name>ItemGuidePage</name>
    <message>
        <source>您是%1居民：</source>
        <translation>You live in %1: </translation>
    </message>
    <message>
        <source>哪里可以办</source>
        <translation>Where to do it</translation>
    </message>
    <message>
        <source>通办城市：</source>
        <translation>Cities: </translation>
    </message>
    <message>
        <source>网上：</source>
        <translation>Online: </translation>
    </message>
    <message>
        <source>窗口：</source>
        <translation>Window: </translation>
    </message>
    <message>
        <source>通办方式</source>
        <translation>How cross-city cases are handled</translation>
    </message>
    <message>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>承诺：</source>
        <translation>Promised: </translation>
    </message>
    <message>
        <source>法定：</source>
        <translation>Statutory: </translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>到现场次数</source>
        <translation>Visits needed</translation>
    </message>
    <message>
        <source>通办状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source: </translation>
    </message>
    <message>
        <source>咨询电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>信息更新于 %1</source>
        <translation>Information updated %1</translation>
    </message>
</context>
<context>
    <name>ItemListPage</name>
    <message>
        <source>共 %1 项，轻触事项查看办事指南</source>
        <translation>%1 items. Touch one for its guide</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>通办城市：%1</source>
        <translation>Cities: %1</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>MaterialsList</name>
    <message>
        <source>需要带的材料</source>
        <translation>What to bring</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>找工作人员</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <source>大字</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>读屏</source>
        <translation>Read screen</translation>
    </message>
</context>
<context>
    <name>NoPinNote</name>
    <message>
        <source>尚未设置管理密码</source>
        <translation>No admin PIN has been set</translation>
    </message>
    <message>
        <source>管理界面需要先设置管理密码。请安装人员在本机的终端运行：</source>
        <translation>The admin screens need an admin PIN first. The installer should run this in a terminal on this kiosk:</translation>
    </message>
    <message>
        <source>按提示输入两次密码（4 到 12 位数字）。密码只以加密形式保存在本机设置中，没有默认密码。</source>
        <translation>Enter the PIN twice when asked (4 to 12 digits). The PIN is kept only in encrypted form in this kiosk&apos;s settings; there is no default PIN.</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>发布日期：%1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>有效期至：%1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>【置顶】</source>
        <translation>[Pinned] </translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>部门公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>共 %1 条，轻触查看全文</source>
        <translation>%1 notices. Touch one to read it</translation>
    </message>
    <message>
        <source>暂无公告</source>
        <translation>No notices</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>请输入管理密码</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <source>密码键盘已锁定，请 %1 分 %2 秒后再试</source>
        <translation>The keypad is locked. Try again in %1 min %2 s</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>打印办事指南</source>
        <translation>Print the guide</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>打印机：%1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>本机设置中没有打印机（kiosk.ini 的 [printer] name）。</source>
        <translation>No printer is set in this kiosk&apos;s settings ([printer] name in kiosk.ini).</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>打印测试单</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>最近的打印失败</source>
        <translation>Recent print failures</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>网址：%1</source>
        <translation>Site: %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>无法显示二维码：</source>
        <translation>Cannot show the QR code: </translation>
    </message>
</context>
<context>
    <name>RatingStrip</name>
    <message>
        <source>非常满意</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>您对本次服务满意吗？轻触评价（可不评）</source>
        <translation>How was our service? Tap to rate (optional)</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>本机没有声音设备</source>
        <translation>No sound device on this kiosk</translation>
    </message>
    <message>
        <source>停止朗读</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>读给我听</source>
        <translation>Read it to me</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>搜索事项</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>用拼音或首字母输入，例如 shenfenzheng 或 sfz</source>
        <translation>Type pinyin or initials, e.g. shenfenzheng or sfz</translation>
    </message>
    <message>
        <source>请在下方键盘输入</source>
        <translation>Type on the keypad below</translation>
    </message>
    <message>
        <source>没有找到“%1”。可以换个说法，按主题查找，或到帮办代办窗口请工作人员帮忙。</source>
        <translation>Nothing found for “%1”. Try other words, browse by topic, or ask the staff at the assistance window.</translation>
    </message>
    <message>
        <source>按主题查找</source>
        <translation>Browse by topic</translation>
    </message>
    <message>
        <source>找工作人员</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <source>您是不是要找：</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>正在准备搜索，请稍候……</source>
        <translation>Preparing search, one moment…</translation>
    </message>
    <message>
        <source>没有完全符合“%1”的事项。上面是相近的结果；也可以按主题查找，或到帮办代办窗口请工作人员帮忙。</source>
        <translation>Nothing matches “%1” exactly. Above are close matches; you can also browse by topic, or ask staff at the assisted-service window.</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <source>匹配：</source>
        <translation>Matched: </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>已保存。大厅和城市在自助机重新启动后生效。</source>
        <translation>Saved. The hall and city take effect after the kiosk restarts.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>确定把本机改为「%1」（%2）吗？首页、大厅指引和二维码都会随之改变。</source>
        <translation>Change this kiosk to “%1” (%2)? The start screen, hall guide and QR codes will change with it.</translation>
    </message>
    <message>
        <source>音量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>无人操作多久后返回首页</source>
        <translation>Idle time before returning to the start screen</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>静音时段：开（此时不放按键音）</source>
        <translation>Quiet hours: on (no key sounds then)</translation>
    </message>
    <message>
        <source>静音时段：关</source>
        <translation>Quiet hours: off</translation>
    </message>
    <message>
        <source>静音开始</source>
        <translation>Quiet from</translation>
    </message>
    <message>
        <source>静音结束</source>
        <translation>Quiet until</translation>
    </message>
    <message>
        <source>本机所在城市和大厅</source>
        <translation>City and hall of this kiosk</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>需要帮助？请找工作人员</source>
        <translation>Need help? Ask the staff</translation>
    </message>
    <message>
        <source>请到「%1」%2</source>
        <translation>Please go to “%1” %2</translation>
    </message>
    <message>
        <source>位置：%1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>时间：%1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>请向大厅工作人员或导办人员求助，他们会带您到帮办代办窗口。</source>
        <translation>Please ask the hall staff or a guide; they will take you to the assistance window.</translation>
    </message>
    <message>
        <source>帮办代办窗口为老年人、残疾人等提供帮办代办服务。</source>
        <translation>The assistance window helps the elderly and people with disabilities.</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>可办理</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>已停办</source>
        <translation>Discontinued</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>内容版本：%1</source>
        <translation>Content version: %1</translation>
    </message>
    <message>
        <source>制作时间：%1
导入时间：%2
磁盘剩余：%3</source>
        <translation>Made: %1
Imported: %2
Free disk space: %3</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>网址未核实或核实已过期的事项（%1）</source>
        <translation>Items with an unchecked or expired link check (%1)</translation>
    </message>
    <message>
        <source>7 天内到期的公告（%1）</source>
        <translation>Notices expiring within 7 days (%1)</translation>
    </message>
    <message>
        <source>本机隐藏的公告（%1）</source>
        <translation>Notices hidden on this kiosk (%1)</translation>
    </message>
    <message>
        <source>播放失败的媒体</source>
        <translation>Media that failed to play</translation>
    </message>
    <message>
        <source>最近的打印失败</source>
        <translation>Recent print failures</translation>
    </message>
    <message>
        <source>最近的事件</source>
        <translation>Recent events</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>按主题查找</source>
        <translation>Browse by topic</translation>
    </message>
    <message>
        <source>选择与您要办的事相关的主题</source>
        <translation>Choose the topic of what you need</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>内容工具意外中止（%1）；原有内容未受影响</source>
        <translation>The content tool stopped unexpectedly (%1); the content in use is unchanged</translation>
    </message>
    <message>
        <source>内容工具退出（代码 %1）：%2；原有内容未受影响</source>
        <translation>The content tool exited (code %1): %2; the content in use is unchanged</translation>
    </message>
    <message>
        <source>无法读取设置文件 %1</source>
        <translation>Cannot read the settings file %1</translation>
    </message>
    <message>
        <source>无法写入设置文件 %1：%2</source>
        <translation>Cannot write the settings file %1: %2</translation>
    </message>
    <message>
        <source>管理密码须为 4 到 12 位数字</source>
        <translation>The admin PIN must be 4 to 12 digits</translation>
    </message>
    <message>
        <source>管理密码只能是数字（在触摸屏的数字键盘上输入）</source>
        <translation>The admin PIN can only be digits (it is typed on the touchscreen&apos;s keypad)</translation>
    </message>
    <message>
        <source>管理密码不能全是同一个数字</source>
        <translation>The admin PIN cannot be one digit repeated</translation>
    </message>
    <message>
        <source>管理密码不能是连续的数字（如 1234）</source>
        <translation>The admin PIN cannot be a run of digits (such as 1234)</translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <source>压缩包还不完整（仍在接收？）</source>
        <translation>the zip is not complete yet (still arriving?)</translation>
    </message>
    <message>
        <source>还没有 manifest.json</source>
        <translation>no manifest.json yet</translation>
    </message>
    <message>
        <source>manifest.json 无法读取：%1</source>
        <translation>manifest.json cannot be read: %1</translation>
    </message>
    <message>
        <source>还没有签名文件 manifest.sig（收件箱只接受签名的内容包）</source>
        <translation>no signature file manifest.sig yet (the inbox takes signed packages only)</translation>
    </message>
    <message>
        <source>仍在接收 %1</source>
        <translation>still receiving %1</translation>
    </message>
    <message>
        <source>manifest.json 没有文件清单（收件箱只接受签名的内容包）</source>
        <translation>manifest.json has no file list (the inbox takes signed packages only)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>没有 status.json</source>
        <translation>no status.json</translation>
    </message>
    <message>
        <source>status.json 无法读取：%1</source>
        <translation>status.json cannot be read: %1</translation>
    </message>
    <message>
        <source>收件箱模式需要在设置中填写 [content] public_key；收件箱中的内容包不会导入</source>
        <translation>the inbox needs [content] public_key in the settings; packages in the inbox are not imported</translation>
    </message>
    <message>
        <source>收件箱中的内容包被拒绝（签名无效或被改动），未导入，仍使用原有内容</source>
        <translation>a package in the inbox was refused (bad signature or changed after signing); not imported, the current content stays</translation>
    </message>
    <message>
        <source>收件箱中的内容包 %1 长时间没有变化，但仍不完整</source>
        <translation>the package %1 in the inbox has not changed for a long time but is still incomplete</translation>
    </message>
    <message>
        <source>收件箱中的内容包 %1 不比本机装过的最新内容新，已忽略</source>
        <translation>the package %1 in the inbox is not newer than the newest content this kiosk has installed; ignored</translation>
    </message>
    <message>
        <source>导入收件箱中的内容包时程序意外退出</source>
        <translation>the import of a package from the inbox stopped unexpectedly</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>请用 --from 和 --to 给出起止日期（例如 --from 2026-11-01 --to 2026-11-30），起始不晚于截止</source>
        <translation>Give the first and last day with --from and --to (for example --from 2026-11-01 --to 2026-11-30), the first not after the last</translation>
    </message>
    <message>
        <source>使用统计：%1，%2 至 %3</source>
        <translation>Usage figures: %1, %2 to %3</translation>
    </message>
    <message>
        <source>这段时间没有记录</source>
        <translation>Nothing was counted in this period</translation>
    </message>
    <message>
        <source>合计：</source>
        <translation>Totals:</translation>
    </message>
    <message>
        <source>按日：</source>
        <translation>By day:</translation>
    </message>
    <message>
        <source>按事项（打开 / 二维码查看 / 打印 / 打印失败 / 好差评）：</source>
        <translation>By item (opened / QR viewed / printed / print failed / ratings):</translation>
    </message>
    <message>
        <source>好差评：</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>公告：</source>
        <translation>Notices:</translation>
    </message>
    <message>
        <source>搜索（有结果）：</source>
        <translation>Searches (found):</translation>
    </message>
    <message>
        <source>无结果搜索词（当天3次以上）：</source>
        <translation>Searches that found nothing (3 or more times a day):</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>没有找到U盘：请插入U盘，稍候再点「刷新」</source>
        <translation>No USB stick found: insert one, wait a moment, then touch “Refresh”</translation>
    </message>
    <message>
        <source>U盘上没有内容包（.zip 压缩包，或含 manifest.json 的文件夹）</source>
        <translation>No content package on the USB stick (a .zip file, or a folder with manifest.json)</translation>
    </message>
</context>
<context>
    <name>tongban</name>
    <message>
        <source>U盘「%1」已被拔出或无法读取，请重新插入后再点「刷新」</source>
        <translation>The USB stick “%1” was removed or cannot be read; insert it again, then touch “Refresh”</translation>
    </message>
    <message>
        <source>没有打开U盘「%1」的权限：请管理员按部署说明安装 polkit 规则</source>
        <translation>No permission to open the USB stick “%1”: the administrator should install the polkit rule as the deployment guide describes</translation>
    </message>
    <message>
        <source>U盘「%1」长时间没有响应，请拔下后重新插入</source>
        <translation>The USB stick “%1” has not responded for a long time; unplug it and insert it again</translation>
    </message>
    <message>
        <source>无法打开U盘「%1」，请拔下后重新插入再试</source>
        <translation>Cannot open the USB stick “%1”; unplug it, insert it again and retry</translation>
    </message>
    <message>
        <source>不是有效的 zip 压缩包</source>
        <translation>Not a valid zip file</translation>
    </message>
    <message>
        <source>压缩包中没有 manifest.json，可能不是内容包</source>
        <translation>The zip has no manifest.json; it may not be a content package</translation>
    </message>
    <message>
        <source>压缩包已损坏，无法读取其中的 manifest.json</source>
        <translation>The zip is damaged; its manifest.json cannot be read</translation>
    </message>
    <message>
        <source>压缩包中的 manifest.json 有误，导入时会列出详情</source>
        <translation>The manifest.json in the zip has errors; the import will list them</translation>
    </message>
</context>
<context>
    <name>tongban::Admin</name>
    <message>
        <source>警告：</source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>密码连续输错 %1 次，密码键盘已锁定 %2 分钟</source>
        <translation>Wrong PIN %1 times in a row; the keypad is locked for %2 minutes</translation>
    </message>
    <message>
        <source>密码不正确，还可以再试 %1 次</source>
        <translation>Wrong PIN. %1 tries left</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1（%2 截止）</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>%1（%2 起隐藏）</source>
        <translation>%1 (hidden since %2)</translation>
    </message>
    <message>
        <source>本机时钟（%1）早于内容的制作时间，时钟可能不准</source>
        <translation>This kiosk&apos;s clock (%1) is earlier than the time the content was made; the clock may be wrong</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>已导出「%1」到U盘，现在可以拔下U盘。</source>
        <translation>Exported “%1” to the USB stick. You can unplug it now.</translation>
    </message>
    <message>
        <source>已导出「%1」，但U盘未能卸载（%2）：请稍候再拔下。</source>
        <translation>Exported “%1”, but the USB stick could not be unmounted (%2): wait a moment before unplugging it.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>没有找到U盘：请插入U盘后再导出。</source>
        <translation>No USB stick found: insert one, then export.</translation>
    </message>
    <message>
        <source>U盘不能写入（%1），没有导出。</source>
        <translation>Cannot write to the USB stick (%1); nothing was exported.</translation>
    </message>
    <message>
        <source>没有导出：%1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>已导出「%1」到U盘。</source>
        <translation>Exported “%1” to the USB stick.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1：%2 次</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：打开 %2，看二维码 %3，打印 %4</source>
        <translation>%1: opened %2, QR code viewed %3, printed %4</translation>
    </message>
    <message>
        <source>，打印失败 %1</source>
        <translation>, print failed %1</translation>
    </message>
    <message>
        <source>，评价 %1 次（满意及以上 %2）</source>
        <translation>, rated %1 times (%2 satisfied or better)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>未配置打印机</source>
        <translation>No printer configured</translation>
    </message>
    <message>
        <source>正在打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>上次打印失败</source>
        <translation>Last print failed</translation>
    </message>
    <message>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>管理界面未打开</source>
        <translation>The admin screens are not open</translation>
    </message>
    <message>
        <source>音量须在 0 到 100 之间</source>
        <translation>The volume must be between 0 and 100</translation>
    </message>
    <message>
        <source>静音时段须写成 22:00-07:00 的样子，或留空</source>
        <translation>Quiet hours must be written like 22:00-07:00, or left empty</translation>
    </message>
    <message>
        <source>无操作返回时间须在 15 到 3600 秒之间</source>
        <translation>The idle return time must be between 15 and 3600 seconds</translation>
    </message>
    <message>
        <source>大厅名称须为 1 到 40 个字</source>
        <translation>The hall name must be 1 to 40 characters</translation>
    </message>
    <message>
        <source>城市须为长春、吉林、四平或辽源</source>
        <translation>The city must be Changchun, Jilin, Siping or Liaoyuan</translation>
    </message>
    <message>
        <source>设置未能保存：%1</source>
        <translation>Settings not saved: %1</translation>
    </message>
    <message>
        <source>系统没有允许停止自助机服务（%1）。请联系运维人员。</source>
        <translation>The system did not allow the kiosk service to stop (%1). Please contact technical support.</translation>
    </message>
</context>
<context>
    <name>tongban::Dates</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%2/%3/%1</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
</context>
<context>
    <name>tongban::ItemDetail</name>
    <message>
        <source>手机扫码，在吉事办办理</source>
        <translation>Scan with your phone to apply on Jishiban</translation>
    </message>
    <message>
        <source>扫码打开吉事办，搜索「%1」</source>
        <translation>Scan to open Jishiban, then search for “%1”</translation>
    </message>
    <message>
        <source>即办件</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>%1 个%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <source>收费：%1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>零跑动</source>
        <translation>No visit needed</translation>
    </message>
    <message>
        <source>最多跑一次</source>
        <translation>At most one visit</translation>
    </message>
    <message>
        <source>到现场 %1 次</source>
        <translation>%1 visits in person</translation>
    </message>
    <message>
        <source>已开通圈内通办</source>
        <translation>Available across the circle</translation>
    </message>
    <message>
        <source>，自 %1 起</source>
        <translation>, since %1</translation>
    </message>
    <message>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>据 %1 消息：%2</source>
        <translation>As announced on %1: %2</translation>
    </message>
    <message>
        <source>%1 份</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>required</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>以吉事办页面或窗口告知为准</source>
        <translation>See the Jishiban page or ask at the window</translation>
    </message>
    <message>
        <source>通办方式</source>
        <translation>How cross-city cases are handled</translation>
    </message>
    <message>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>需要带的材料</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>到现场次数</source>
        <translation>Visits needed</translation>
    </message>
    <message>
        <source>咨询电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>以下信息请以吉事办页面或窗口告知为准：%1</source>
        <translation>Not stated here — see the Jishiban page or ask at the window: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>收费</source>
        <comment>the guide&apos;s field name</comment>
        <translation>Fee</translation>
    </message>
</context>
<context>
    <name>tongban::ItemGuide</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>本事项的通办范围未列明%1，能否在本大厅办理，%2。</source>
        <translation>The service area of this item does not list %1; whether this hall can take the case: %2.</translation>
    </message>
    <message>
        <source>%1居民可在吉事办全程网上办理，无需到窗口；需要帮助可到本大厅通办窗口。</source>
        <translation>Residents of %1 can do this fully online on Jishiban, no window needed; for help, go to this hall&apos;s cross-city window.</translation>
    </message>
    <message>
        <source>本大厅（%1）通办窗口可以受理，由%2的主管部门审批（异地受理、属地审批）。</source>
        <translation>This hall (%1) accepts the case at its cross-city window; the competent department of %2 approves it.</translation>
    </message>
    <message>
        <source>本大厅可代收材料，转交%1办理（代收代办）。</source>
        <translation>This hall can take your documents and pass them on to %1.</translation>
    </message>
    <message>
        <source>由%1与%2的部门联合办理（多地联办），可在本大厅通办窗口提出申请。</source>
        <translation>Handled jointly by the departments of %1 and %2; you can apply at this hall&apos;s cross-city window.</translation>
    </message>
    <message>
        <source>本事项的通办范围包括%1；受理和审批方式%2。</source>
        <translation>The service area of this item includes %1; how it is accepted and approved: %2.</translation>
    </message>
    <message>
        <source>审批单位：%1。</source>
        <translation>Approved by: %1.</translation>
    </message>
</context>
<context>
    <name>tongban::ItemLink</name>
    <message>
        <source>模板中的「}」没有对应的「{」</source>
        <translation>a “}” in the template has no “{”</translation>
    </message>
    <message>
        <source>模板中的「{」没有对应的「}」</source>
        <translation>a “{” in the template has no “}”</translation>
    </message>
    <message>
        <source>模板中的占位符「{%1}」未知（可用 {task_code}、{handle_code}、{area}、{name}）</source>
        <translation>unknown placeholder “{%1}” in the template (known: {task_code}, {handle_code}, {area}, {name})</translation>
    </message>
    <message>
        <source>模板用到 {%1}，但本事项没有填写</source>
        <translation>the template uses {%1}, but this item leaves it empty</translation>
    </message>
</context>
<context>
    <name>tongban::Kiosk</name>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>办公时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>tongban::MinimalScreen</name>
    <message>
        <source>暂停服务，请到窗口办理</source>
        <translation>Service paused: please go to a counter</translation>
    </message>
</context>
<context>
    <name>tongban::PrintOutcome</name>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>本机未连接打印机</source>
        <translation>No printer is connected to this kiosk</translation>
    </message>
    <message>
        <source>找不到这个事项</source>
        <translation>This item was not found</translation>
    </message>
    <message>
        <source>打印机不支持这种纸张</source>
        <translation>The printer does not take this paper</translation>
    </message>
    <message>
        <source>找不到设置的打印机</source>
        <translation>The configured printer was not found</translation>
    </message>
    <message>
        <source>打印服务没有运行</source>
        <translation>The print service is not running</translation>
    </message>
    <message>
        <source>打印机未开机或未连接</source>
        <translation>The printer is off or not connected</translation>
    </message>
    <message>
        <source>打印机缺纸</source>
        <translation>The printer is out of paper</translation>
    </message>
    <message>
        <source>打印机的盖子没有合好</source>
        <translation>The printer cover is open</translation>
    </message>
    <message>
        <source>打印机卡纸</source>
        <translation>The printer has a paper jam</translation>
    </message>
    <message>
        <source>打印机缺墨或缺碳粉</source>
        <translation>The printer is out of ink or toner</translation>
    </message>
    <message>
        <source>打印机已暂停使用</source>
        <translation>The printer is paused</translation>
    </message>
    <message>
        <source>打印没有完成</source>
        <translation>Printing did not finish</translation>
    </message>
    <message>
        <source>打印机没有响应</source>
        <translation>The printer does not answer</translation>
    </message>
    <message>
        <source>无法写入打印输出</source>
        <translation>Cannot write the print output</translation>
    </message>
    <message>
        <source>已打印，请取走办事指南。</source>
        <translation>Printed. Please take your guide.</translation>
    </message>
    <message>
        <source>找不到这个事项的办事指南。请到帮办代办窗口请工作人员帮忙。</source>
        <translation>The guide for this item was not found. Please ask the staff at the assistance window.</translation>
    </message>
    <message>
        <source>打印机暂时无法使用</source>
        <translation>The printer cannot be used right now</translation>
    </message>
    <message>
        <source>%1。请用手机扫描屏幕上的二维码，或到帮办代办窗口请工作人员帮忙。</source>
        <translation>%1. Please scan the QR code on the screen with your phone, or ask the staff at the assistance window.</translation>
    </message>
    <message>
        <source>打印失败：%1</source>
        <translation>Printing failed: %1</translation>
    </message>
</context>
<context>
    <name>tongban::Printer</name>
    <message>
        <source>正在打印，请稍候…</source>
        <translation>Printing, please wait…</translation>
    </message>
</context>
<context>
    <name>tongban::Qr</name>
    <message>
        <source>无法生成二维码</source>
        <translation>Cannot make the QR code</translation>
    </message>
</context>
<context>
    <name>tongban::RemovableMedia</name>
    <message>
        <source>U盘「%1」正被使用，请稍候再试</source>
        <translation>The USB stick “%1” is in use; try again shortly</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <source>manifest.json 有误，导入时会列出详情</source>
        <translation>manifest.json has errors; the import will list them</translation>
    </message>
</context>
<context>
    <name>tongban::Terms</name>
    <message>
        <source>全程网办</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>异地受理、属地审批</source>
        <translation>Accepted here, approved in the home city</translation>
    </message>
    <message>
        <source>代收代办</source>
        <translation>Documents passed on</translation>
    </message>
    <message>
        <source>多地联办</source>
        <translation>Handled jointly</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>已停办</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>即办</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>政策解读</source>
        <translation>Policy explained</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>便民提示</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>通办窗口</source>
        <translation>Cross-city window</translation>
    </message>
    <message>
        <source>帮办代办</source>
        <translation>Assistance window</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Cross-province window</translation>
    </message>
    <message>
        <source>24小时自助区</source>
        <translation>24-hour self-service area</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>长春</source>
        <translation>Changchun</translation>
    </message>
    <message>
        <source>吉林</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>四平</source>
        <translation>Siping</translation>
    </message>
    <message>
        <source>辽源</source>
        <translation>Liaoyuan</translation>
    </message>
</context>
<context>
    <name>tongban::UrlPolicy</name>
    <message>
        <source>没有网址</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>网址超过 %1 字节</source>
        <translation>The address is longer than %1 bytes</translation>
    </message>
    <message>
        <source>网址格式不正确</source>
        <translation>The address is not valid</translation>
    </message>
    <message>
        <source>只允许 https 网址</source>
        <translation>Only https addresses are allowed</translation>
    </message>
    <message>
        <source>网址不得包含用户名或密码</source>
        <translation>The address must not contain a user name or password</translation>
    </message>
    <message>
        <source>网址不得指定其他端口</source>
        <translation>The address must not name another port</translation>
    </message>
    <message>
        <source>网址所在网站「%1」不在本机允许的政府网站名单内</source>
        <translation>The site “%1” is not on this kiosk&apos;s list of government sites</translation>
    </message>
</context>
<context>
    <name>usage</name>
    <message>
        <source>事项指南打开</source>
        <translation>Item guide opened</translation>
    </message>
    <message>
        <source>二维码查看（3秒以上）</source>
        <translation>QR code viewed (3 s or more)</translation>
    </message>
    <message>
        <source>打印成功</source>
        <translation>Slip printed</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>公告打开</source>
        <translation>Notice opened</translation>
    </message>
    <message>
        <source>大厅指引打开</source>
        <translation>Hall guide opened</translation>
    </message>
    <message>
        <source>使用大字</source>
        <translation>Large text used</translation>
    </message>
    <message>
        <source>使用英文</source>
        <translation>English used</translation>
    </message>
    <message>
        <source>找工作人员</source>
        <translation>Staff help</translation>
    </message>
    <message>
        <source>搜索（有结果）</source>
        <translation>Search (found)</translation>
    </message>
    <message>
        <source>搜索（无结果）</source>
        <translation>Search (nothing found)</translation>
    </message>
    <message>
        <source>无结果搜索词（当天3次以上）</source>
        <translation>Query that found nothing (3 or more times a day)</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>统计项</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>使用统计_%1_%2_%3.csv</source>
        <translation>usage_%1_%2_%3.csv</translation>
    </message>
</context>
</TS>
