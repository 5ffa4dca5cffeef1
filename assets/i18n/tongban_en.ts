<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/attract/AttractScreen.qml" line="15"/>
        <source>圈内通办</source>
        <translation>Cross-city services</translation>
    </message>
    <message>
        <location filename="../../qml/attract/AttractScreen.qml" line="15"/>
        <source>长春 · 吉林 · 四平 · 辽源
%1 项事项可在本机查询办事指南</source>
        <translation>Changchun · Jilin · Siping · Liaoyuan
Guides for %1 services on this kiosk</translation>
    </message>
    <message>
        <location filename="../../qml/attract/AttractScreen.qml" line="102"/>
        <source>轻触屏幕开始</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>Fact</name>
    <message>
        <location filename="../../qml/components/Fact.qml" line="26"/>
        <source>以吉事办页面或窗口告知为准</source>
        <translation>Please check the 吉事办 page or ask at the window</translation>
    </message>
</context>
<context>
    <name>HallsPage</name>
    <message>
        <location filename="../../qml/halls/HallsPage.qml" line="11"/>
        <source>大厅指引</source>
        <translation>Hall guide</translation>
    </message>
    <message>
        <location filename="../../qml/halls/HallsPage.qml" line="12"/>
        <source>四市政务大厅设有通办窗口</source>
        <translation>Every city's hall has a cross-city service window</translation>
    </message>
    <message>
        <location filename="../../qml/halls/HallsPage.qml" line="50"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../qml/halls/HallsPage.qml" line="51"/>
        <source>办公时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../qml/halls/HallsPage.qml" line="52"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>HomeCityChooser</name>
    <message>
        <location filename="../../qml/home/HomeCityChooser.qml" line="11"/>
        <source>我是外市居民（选择您的户籍或参保城市）：</source>
        <translation>I am from another city of the circle (choose your home city):</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomeCityChooser.qml" line="24"/>
        <source>本市居民</source>
        <translation>I live here</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="11"/>
        <source>长春现代化都市圈 · 圈内通办 · 本机所在城市：%1</source>
        <translation>Changchun metropolitan circle · This kiosk is in %1</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="30"/>
        <source>按主题查找</source>
        <translation>Browse by topic</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="38"/>
        <source>搜索事项</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="46"/>
        <source>部门公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="53"/>
        <source>大厅指引</source>
        <translation>Hall guide</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="61"/>
        <source>圈内通办事项 · 按部门</source>
        <translation>Cross-city services by department</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="97"/>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="97"/>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../qml/home/HomePage.qml" line="105"/>
        <source>信息更新于 %1</source>
        <translation>Information updated %1</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../qml/components/IdlePrompt.qml" line="31"/>
        <source>还需要更多时间吗？</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../../qml/components/IdlePrompt.qml" line="42"/>
        <source>%1 秒后返回首页，本次查询的内容将被清除</source>
        <translation>Returning to the start in %1 s; this visit will be cleared</translation>
    </message>
    <message>
        <location filename="../../qml/components/IdlePrompt.qml" line="52"/>
        <source>需要</source>
        <translation>Yes, I need more time</translation>
    </message>
</context>
<context>
    <name>ItemGuidePage</name>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="66"/>
        <source>您是%1居民：</source>
        <translation>You live in %1: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="74"/>
        <source>哪里可以办</source>
        <translation>Where to do it</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="75"/>
        <source>通办城市：</source>
        <translation>Cities: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="76"/>
        <source>网上：</source>
        <translation>Online: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="77"/>
        <source>窗口：</source>
        <translation>Window: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="80"/>
        <source>通办方式</source>
        <translation>How cross-city cases are handled</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="84"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="91"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="92"/>
        <source>承诺：</source>
        <translation>Promised: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="93"/>
        <source>法定：</source>
        <translation>Statutory: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="96"/>
        <source>收费</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="100"/>
        <source>到现场次数</source>
        <translation>Visits needed</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="105"/>
        <source>通办状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="106"/>
        <source>来源：</source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="109"/>
        <source>咨询电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qml/items/ItemGuidePage.qml" line="114"/>
        <source>信息更新于 %1</source>
        <translation>Information updated %1</translation>
    </message>
</context>
<context>
    <name>ItemListPage</name>
    <message>
        <location filename="../../qml/items/ItemListPage.qml" line="15"/>
        <source>共 %1 项，轻触事项查看办事指南</source>
        <translation>%1 items. Touch one for its guide</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../qml/items/ItemRow.qml" line="46"/>
        <source>通办城市：%1</source>
        <translation>Cities: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="105"/>
        <source>全部事项（按拼音 A–Z）</source>
        <translation>All items (A–Z by pinyin)</translation>
    </message>
</context>
<context>
    <name>MaterialsList</name>
    <message>
        <location filename="../../qml/items/MaterialsList.qml" line="16"/>
        <source>需要带的材料</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../qml/items/MaterialsList.qml" line="25"/>
        <source>以吉事办页面或窗口告知为准</source>
        <translation>Please check the 吉事办 page or ask at the window</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../qml/components/NavBar.qml" line="26"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/components/NavBar.qml" line="35"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../qml/components/NavBar.qml" line="43"/>
        <source>找工作人员</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <location filename="../../qml/components/NavBar.qml" line="52"/>
        <source>大字</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../qml/notices/NoticePage.qml" line="45"/>
        <source>发布日期：%1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <location filename="../../qml/notices/NoticePage.qml" line="46"/>
        <source>有效期至：%1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <location filename="../../qml/notices/NoticePage.qml" line="47"/>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <location filename="../../qml/notices/NoticeRow.qml" line="36"/>
        <source>【置顶】</source>
        <translation>[Pinned] </translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../qml/notices/NoticesPage.qml" line="11"/>
        <source>部门公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../qml/notices/NoticesPage.qml" line="12"/>
        <source>共 %1 条，轻触查看全文</source>
        <translation>%1 notices. Touch one to read it</translation>
    </message>
    <message>
        <location filename="../../qml/notices/NoticesPage.qml" line="43"/>
        <source>暂无公告</source>
        <translation>No notices</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../qml/items/QrCard.qml" line="54"/>
        <source>网址：%1</source>
        <translation>Site: %1</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="35"/>
        <source>需要帮助？请找工作人员</source>
        <translation>Need help? Ask the staff</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="46"/>
        <source>请到「%1」%2</source>
        <translation>Please go to “%1” %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="47"/>
        <source>位置：%1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="48"/>
        <source>时间：%1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="49"/>
        <source>请向大厅工作人员或导办人员求助，他们会带您到帮办代办窗口。</source>
        <translation>Please ask the hall staff or a guide; they will take you to the assistance window.</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="57"/>
        <source>帮办代办窗口为老年人、残疾人等提供帮办代办服务。</source>
        <translation>The assistance window helps the elderly and people with disabilities.</translation>
    </message>
    <message>
        <location filename="../../qml/components/StaffPanel.qml" line="66"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../qml/components/StatusBadge.qml" line="18"/>
        <source>可办理</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../qml/components/StatusBadge.qml" line="18"/>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../qml/components/StatusBadge.qml" line="18"/>
        <source>已停办</source>
        <translation>Discontinued</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../qml/themes/ThemesPage.qml" line="10"/>
        <source>按主题查找</source>
        <translation>Browse by topic</translation>
    </message>
    <message>
        <location filename="../../qml/themes/ThemesPage.qml" line="11"/>
        <source>选择与您要办的事相关的主题</source>
        <translation>Choose the topic of what you need</translation>
    </message>
    <message>
        <location filename="../../qml/themes/ThemesPage.qml" line="38"/>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
</context>
</TS>
