<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="17"/>
        <source>About GridDesk</source>
        <translation>关于网格治理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="18"/>
        <source>&lt;h2&gt;GridDesk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;网格治理工作台 GridDesk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="19"/>
        <source>Grid governance workbench for subdistrict offices and communities.</source>
        <translation>面向街道办事处和社区的网格治理工作台。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="21"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="21"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="22"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="23"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="23"/>
        <source>Backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="24"/>
        <source>Log files</source>
        <translation>日志文件夹</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="74"/>
        <source>Role and scope of %1</source>
        <translation>%1 的角色和负责范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="76"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="77"/>
        <source>Responsible for:</source>
        <translation>负责范围：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="78"/>
        <source>May change only:</source>
        <translation>只能修改：</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="207"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="207"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="208"/>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="208"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="209"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="209"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="210"/>
        <source>Audience</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="211"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="213"/>
        <source>New activity…</source>
        <translation>新增德治活动…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="216"/>
        <source>Virtue activities</source>
        <translation>德治活动</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="224"/>
        <source>%1 activities</source>
        <translation>共 %1 次活动</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="214"/>
        <source>New kind…</source>
        <translation>新增类别…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="196"/>
        <source>New virtue activity</source>
        <translation>新增德治活动</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="197"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="198"/>
        <source>Grid or community:</source>
        <translation>网格或社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="199"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="200"/>
        <source>Title:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="201"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="202"/>
        <source>Organiser:</source>
        <translation>组织者：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="204"/>
        <source>Audience:</source>
        <translation>参加人数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="212"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="216"/>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="221"/>
        <source>Photos or documents</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="222"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>ActivityKindDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="46"/>
        <source>New kind of activity</source>
        <translation>新增活动类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="47"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="48"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>AddGroupDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="13"/>
        <source>Add a resident group</source>
        <translation>新增居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="15"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="16"/>
        <source>e.g. 第一居民小组</source>
        <translation>如 第一居民小组</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="18"/>
        <source>Add sub-unit</source>
        <translation>新增下级单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="21"/>
        <source>e.g. %1001</source>
        <translation>如 %1001</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="25"/>
        <source>Under:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="26"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="27"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/add_unit.py" line="29"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="60"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="61"/>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="62"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="63"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="64"/>
        <source>Responsible for:</source>
        <translation>负责范围：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="65"/>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="95"/>
        <source>Record the agreement</source>
        <translation>达成调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="100"/>
        <source>Parties:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="101"/>
        <source>Form:</source>
        <translation>协议形式：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="102"/>
        <source>Facts and dispute:</source>
        <translation>纠纷事实和争议事项：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="104"/>
        <source>Terms agreed:</source>
        <translation>协议内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="105"/>
        <source>How carried out:</source>
        <translation>履行方式：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="110"/>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="116"/>
        <source>Carried out when:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="117"/>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="92"/>
        <source>Assign a role</source>
        <translation>任命职务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="94"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="95"/>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="98"/>
        <source>Name or phone of someone already on record</source>
        <translation>已登记人员的姓名或电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="99"/>
        <source>Find person:</source>
        <translation>查找人员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="100"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="101"/>
        <source>(someone new: type the name and phone below)</source>
        <translation>（新人员：在下方填写姓名和电话）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="103"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="104"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="105"/>
        <source>From:</source>
        <translation>任职日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="119"/>
        <source>Nobody found; type the name and phone of the new person.</source>
        <translation>没有找到，请在下方填写新人员的姓名和电话。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="121"/>
        <source>%1 people found: choose one in the list.</source>
        <translation>找到 %1 人，请在列表中选择一位。</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/kit/attachment_list.py" line="21"/>
        <source>Add photos or documents…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/attachment_list.py" line="23"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/kit/attachment_list.py" line="41"/>
        <source>Photos or documents</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <location filename="../../ui/kit/attachment_list.py" line="42"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.txt *.wps)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.gif *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.txt *.wps)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="46"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="46"/>
        <source>Changes to this record</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="61"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="62"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="63"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="63"/>
        <source>Changed fields</source>
        <translation>修改的字段（原值 → 新值）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="68"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="72"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="77"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="77"/>
        <source>Last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="77"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="78"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="78"/>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="80"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="80"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="81"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="81"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="91"/>
        <source>Export to Excel…</source>
        <translation>导出到Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="120"/>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="120"/>
        <source>audit log.xlsx</source>
        <translation>操作日志.xlsx</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="25"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="25"/>
        <source>Dispatched</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="26"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="26"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="27"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="27"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="28"/>
        <source>Supervised</source>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="36"/>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="36"/>
        <source>Return…</source>
        <translation>退单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="36"/>
        <source>Contacted…</source>
        <translation>已联系居民…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="37"/>
        <source>Complete…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="37"/>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="37"/>
        <source>Restart</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="38"/>
        <source>Supervise…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="38"/>
        <source>Cancel order…</source>
        <translation>撤销工单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="69"/>
        <source>No order selected.</source>
        <translation>未选择工单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="80"/>
        <source>Need: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="81"/>
        <source>Requester: %1</source>
        <translation>诉求人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="82"/>
        <source>Respond by %1, complete by %2</source>
        <translation>响应时限 %1，办结时限 %2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="84"/>
        <source>Contact</source>
        <translation>联系情况</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="84"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="85"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="85"/>
        <source>Return reason</source>
        <translation>退单原因</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="86"/>
        <source>Matched because</source>
        <translation>派单理由</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/board.py" line="90"/>
        <source>Redone %1 times</source>
        <translation>已重办 %1 次</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="14"/>
        <source>Add building</source>
        <translation>新增楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="14"/>
        <source>Edit building</source>
        <translation>修改楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="16"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="17"/>
        <source>e.g. No. 3</source>
        <translation>如 3号楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="18"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="19"/>
        <source>Floors:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="20"/>
        <source>Households:</source>
        <translation>户数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="22"/>
        <source>Civilised building (文明楼)</source>
        <translation>文明楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="23"/>
        <source>Model building (示范楼)</source>
        <translation>示范楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="24"/>
        <source>Building leader:</source>
        <translation>楼栋长：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/building_dialog.py" line="25"/>
        <source>Leader&apos;s phone:</source>
        <translation>楼栋长电话：</translation>
    </message>
</context>
<context>
    <name>CaseBoard</name>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="33"/>
        <source>Register a case…</source>
        <translation>登记案件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="37"/>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="41"/>
        <source>Export to Excel…</source>
        <translation>导出到Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="49"/>
        <source>Overdue: open 30 days</source>
        <translation>逾期：登记已满30天仍未办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="56"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="56"/>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="56"/>
        <source>Add mediator…</source>
        <translation>增加调解员…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="56"/>
        <source>Record session…</source>
        <translation>记录调解…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="57"/>
        <source>Record agreement…</source>
        <translation>达成协议…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="57"/>
        <source>Failed…</source>
        <translation>调解不成…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="57"/>
        <source>End…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="57"/>
        <source>Follow-up visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="58"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="61"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="63"/>
        <source>Decide on the escalation…</source>
        <translation>处理上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="74"/>
        <location filename="../../ui/tabs/mediation/board.py" line="124"/>
        <location filename="../../ui/tabs/mediation/board.py" line="152"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="75"/>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="76"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="77"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="78"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="79"/>
        <location filename="../../ui/tabs/mediation/board.py" line="124"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="97"/>
        <source>%1 overdue</source>
        <translation>逾期 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="116"/>
        <source>No case selected.</source>
        <translation>未选择案件。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="124"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="125"/>
        <source>Session</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="125"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="125"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="130"/>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="133"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="136"/>
        <source>none yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="142"/>
        <source>, by %1</source>
        <translation>，%1 前履行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="145"/>
        <source>kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="145"/>
        <source>not kept</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="151"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="153"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/board.py" line="156"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="94"/>
        <source>Register a mediation case</source>
        <translation>登记调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="97"/>
        <source>Source:</source>
        <translation>案件来源：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="101"/>
        <source>Dispute type:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="104"/>
        <source>Community or grid:</source>
        <translation>社区或网格：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="105"/>
        <source>Type part of the name, e.g. 东关</source>
        <translation>输入名称中的几个字，如 东关</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="112"/>
        <source>Facts:</source>
        <translation>纠纷事实：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="115"/>
        <source>From the deliberation matter “%1”: </source>
        <translation>由议事议题“%1”转来：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="116"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="126"/>
        <source>Parties:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="127"/>
        <source>Add a party</source>
        <translation>增加当事人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="132"/>
        <source>Mediators:</source>
        <translation>调解员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="177"/>
        <source>Nobody holds the mediator or legal adviser role here yet.</source>
        <translation>本社区尚无人担任人民调解员或法律顾问，请先在人员管理中登记角色。</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="12"/>
        <source>New request category</source>
        <translation>新增诉求类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="13"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="14"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>CentralHouseholdDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="46"/>
        <source>New central household</source>
        <translation>新建中心户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="48"/>
        <source>Leader (中心户长):</source>
        <translation>中心户长：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="51"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="52"/>
        <source>(leader&apos;s name + 中心户)</source>
        <translation>（默认为 户长姓名+中心户）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="53"/>
        <source>Neighbours:</source>
        <translation>联系邻居：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="60"/>
        <source>(none yet; add them later)</source>
        <translation>（暂无，可以以后再加）</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="26"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="28"/>
        <source>This password was set by an administrator. Choose your own before you continue.</source>
        <translation>这是管理员设置的密码。请先设置您自己的密码，再继续使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="30"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="31"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="32"/>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="33"/>
        <source>At least %1 characters, not built from your login name.</source>
        <translation>至少 %1 位，不能用登录名拼成。</translation>
    </message>
</context>
<context>
    <name>CheckLine</name>
    <message>
        <location filename="../../ui/integrity.py" line="129"/>
        <source>Checking the database&apos;s integrity… (changes can be saved when it is done)</source>
        <translation>正在检查数据库完整性…（检查完成后才能保存修改）</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="23"/>
        <source>Welcome to GridDesk</source>
        <translation>欢迎使用网格治理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="24"/>
        <source>There is no database yet. Create this site, or try the program with demo data.</source>
        <translation>还没有数据库。请创建本站点，或先用演示数据试用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="25"/>
        <source>Create this site (a new, empty database)</source>
        <translation>创建本站点（新建一个空数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="26"/>
        <source>Open the demo data (a sample district to try things out)</source>
        <translation>打开演示数据（一个示例城区，供试用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="27"/>
        <source>Join the district&apos;s data exchange (with an enrolment file)</source>
        <translation>加入区里的数据交换（用登记文件）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="35"/>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
</context>
<context>
    <name>ChooseGroupDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="26"/>
        <source>Put in a resident group</source>
        <translation>编入居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="27"/>
        <source>Residents:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="28"/>
        <source>Group:</source>
        <translation>居民小组：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="31"/>
        <source>(no group)</source>
        <translation>（不编入小组）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/group_dialogs.py" line="38"/>
        <source>Please choose a group.</source>
        <translation>请选择居民小组。</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="189"/>
        <source>Classify request</source>
        <translation>诉求分类</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="194"/>
        <source>Request:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="195"/>
        <source>Kind:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="196"/>
        <source>Answer:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="197"/>
        <source>Department:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="198"/>
        <source>Need:</source>
        <translation>需求内容：</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="63"/>
        <source>Close the matter</source>
        <translation>办结上报事项</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="66"/>
        <source>Answer from above:</source>
        <translation>上级答复：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="68"/>
        <source>Call-back:</source>
        <translation>回访结果：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="69"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="145"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="146"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="147"/>
        <source>Changed here</source>
        <translation>本站修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="148"/>
        <source>Changed there</source>
        <translation>对方修改时间</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="34"/>
        <source>Keep theirs</source>
        <translation>保留对方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="35"/>
        <source>The newer incoming version stays.</source>
        <translation>保留对方（较新的）版本。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="36"/>
        <source>Keep this site&apos;s</source>
        <translation>保留本站</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="37"/>
        <source>Write the values kept here again; they win everywhere with the next bundle.</source>
        <translation>重新写入本站保留的内容；随下一个数据包在各站生效。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="48"/>
        <source>The values this site had (now replaced by the incoming version):</source>
        <translation>本站原来的内容（现已被对方版本替换）：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="58"/>
        <source>%1 open conflicts</source>
        <translation>待处理冲突 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="71"/>
        <source>%1, changed here %2, there %3</source>
        <translation>%1，本站修改于 %2，对方修改于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="84"/>
        <source>Kept this site&apos;s values.</source>
        <translation>已保留本站的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="84"/>
        <source>Kept the incoming version.</source>
        <translation>已保留对方的版本。</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <location filename="../../ui/kit/count_line.py" line="13"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/count_line.py" line="19"/>
        <source> (%1 loaded; scroll for more)</source>
        <translation>（已加载 %1，向下滚动加载更多）</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="273"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="274"/>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="275"/>
        <source>With a building leader</source>
        <translation>有楼栋长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="276"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="277"/>
        <source>Civilized buildings</source>
        <translation>文明楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="278"/>
        <source>Model buildings</source>
        <translation>示范楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="280"/>
        <source>Below 90%</source>
        <translation>低于90%</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="281"/>
        <source>Building leaders</source>
        <translation>楼长制</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="291"/>
        <source>Building-leader coverage %1</source>
        <translation>楼长制覆盖率 %1</translation>
    </message>
</context>
<context>
    <name>DamagedLogOffer</name>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="42"/>
        <source>The database&apos;s log is damaged</source>
        <translation>数据库的日志已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="44"/>
        <source>Or open the database without the damaged log: a copy of the database and its log is saved in the backups folder first; the changes held only in the log are lost.</source>
        <translation>也可以不带损坏的日志打开数据库：会先把数据库和日志另存一份到备份文件夹；只保存在日志中的修改会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="46"/>
        <source>Save a copy and open without the log</source>
        <translation>另存副本后不带日志打开</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="39"/>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="54"/>
        <source>%1: %2 of %3 orders completed</source>
        <translation>%1：%3 件工单已办结 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="99"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="100"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="113"/>
        <source>Budget (allocated)</source>
        <translation>预算（拨付）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="114"/>
        <source>Used (spent)</source>
        <translation>已使用（支出）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/breakdowns.py" line="147"/>
        <source>Share of the matters</source>
        <translation>所占比例</translation>
    </message>
</context>
<context>
    <name>DashboardFilter</name>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="32"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="32"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="32"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="40"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="46"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/choice.py" line="46"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="47"/>
        <source>No records in this period yet. The figures appear here as requests, cases and meetings are recorded.</source>
        <translation>本期还没有记录。登记诉求、调解案件和议事会议后，各项数字会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="56"/>
        <source>Requests by month and category</source>
        <translation>各月诉求（按类别）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="57"/>
        <source>Response, resolution and satisfaction rates</source>
        <translation>响应率、解决率、满意率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="58"/>
        <location filename="../../ui/tabs/dashboard/tab.py" line="188"/>
        <source>Service completion rate by community</source>
        <translation>各社区服务清单办结率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="59"/>
        <source>Mediation outcomes of the cases accepted</source>
        <translation>受理调解案件的结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="60"/>
        <source>Where matters were settled</source>
        <translation>事项在哪一级办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="61"/>
        <location filename="../../ui/tabs/dashboard/tab.py" line="182"/>
        <source>Fund use against budget</source>
        <translation>经费预算与使用</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="142"/>
        <location filename="../../ui/tabs/dashboard/tab.py" line="143"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="157"/>
        <source>%1 against %2 · computed in %3 s</source>
        <translation>%1，与%2比较 · 计算用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="167"/>
        <source>Requests by month and category, %1</source>
        <translation>各月诉求（按类别），%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="169"/>
        <source>Response, resolution and satisfaction rates, %1</source>
        <translation>响应率、解决率、满意率，%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="171"/>
        <source>No requests in these twelve months.</source>
        <translation>这十二个月没有诉求。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="173"/>
        <source>No service orders or call-backs in these twelve months.</source>
        <translation>这十二个月没有服务工单和回访。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="175"/>
        <source>No service orders dispatched in this period.</source>
        <translation>本期没有派出服务工单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="176"/>
        <source>No mediation case accepted in this period.</source>
        <translation>本期没有受理调解案件。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="178"/>
        <source>No requests, cases or deliberation matters in this period.</source>
        <translation>本期没有诉求、调解案件或议事议题。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="181"/>
        <source>Fund use against budget, %1 (%2)</source>
        <translation>%1年经费预算与使用（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="179"/>
        <source>No fund ledgers for this year.</source>
        <translation>本年度还没有经费台账。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="186"/>
        <source>Service completion rate by subdistrict</source>
        <translation>各街道服务清单办结率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/tab.py" line="189"/>
        <source> (the lowest %1)</source>
        <translation>（最低的 %1 个）</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="28"/>
        <source>Deadline rule</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="29"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="30"/>
        <source>(every category)</source>
        <translation>（所有类别）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="33"/>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="34"/>
        <source>(every urgency)</source>
        <translation>（所有紧急程度）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="37"/>
        <source>Respond within (hours):</source>
        <translation>响应时限（小时）：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/catalogue_dialogs.py" line="38"/>
        <source>Complete within (hours):</source>
        <translation>办结时限（小时）：</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="38"/>
        <source>Decide on an escalated matter</source>
        <translation>处理上报事项</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="41"/>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="42"/>
        <source>Photos and documents:</source>
        <translation>照片和文件：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="43"/>
        <source>Decision:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="45"/>
        <source>Member organisation:</source>
        <translation>承办成员单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="46"/>
        <source>Or a lower site:</source>
        <translation>或交办下级站点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="48"/>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="49"/>
        <source>Answer or instruction:</source>
        <translation>答复或处理意见：</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="100"/>
        <source>Open the demo data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="101"/>
        <source>A made-up district with the figures of the Shangzhou article. Names, phone and ID numbers are invented.</source>
        <translation>一个虚构的城区，数据规模与商州区的介绍文章一致。姓名、电话和身份证号均为虚构。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="104"/>
        <source>Small (a few communities, ready in seconds)</source>
        <translation>小型（几个社区，数秒即可生成）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="105"/>
        <source>Shangzhou (4 subdistricts, 26 communities, 529 grids)</source>
        <translation>商州区规模（4个街道、26个社区、529个网格）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="109"/>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="111"/>
        <source>Do not enter real residents into a demo database.</source>
        <translation>请勿在演示数据库中录入真实居民信息。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="123"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="124"/>
        <source>Generating the demo data…</source>
        <translation>正在生成演示数据……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="135"/>
        <source>Cancelled. No demo database was kept.</source>
        <translation>已取消，未保留演示数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="137"/>
        <source>The demo data generator is not part of this installation.</source>
        <translation>本安装包不含演示数据生成器。</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="27"/>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="33"/>
        <source>Need:</source>
        <translation>需求内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="36"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="36"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="36"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="51"/>
        <source>Proposals:</source>
        <translation>推荐供给：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="53"/>
        <source>No valid offer of this category yet: add one to the supply list first.</source>
        <translation>暂无该类别的有效供给，请先在供给清单中登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="55"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="71"/>
        <source>Please choose who will serve.</source>
        <translation>请选择由谁提供服务。</translation>
    </message>
</context>
<context>
    <name>EndRoleDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="147"/>
        <source>End a role</source>
        <translation>卸任</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="149"/>
        <source>Holder:</source>
        <translation>任职人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="150"/>
        <source>Last day:</source>
        <translation>卸任日期：</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="19"/>
        <source>Enrol a new site</source>
        <translation>登记新站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="27"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="34"/>
        <source>Organisation unit:</source>
        <translation>组织单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="35"/>
        <source>Site name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="36"/>
        <source>Save the enrolment file to:</source>
        <translation>登记文件保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="47"/>
        <source>Save the enrolment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="54"/>
        <source>Every unit below already has a site.</source>
        <translation>下级单位都已登记了站点。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/enrol.py" line="56"/>
        <source>Please choose where to save the enrolment file.</source>
        <translation>请选择登记文件的保存位置。</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="23"/>
        <source>Escalate to the next level</source>
        <translation>上报上一级</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="27"/>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="28"/>
        <source>Why this level cannot settle it:</source>
        <translation>本级无法解决的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="29"/>
        <source>Photos and documents:</source>
        <translation>照片和文件：</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="58"/>
        <source>Add unit or shop</source>
        <translation>新增驻社单位或商业网点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="58"/>
        <source>Edit unit or shop</source>
        <translation>修改驻社单位或商业网点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="60"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="63"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="64"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="65"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="66"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="67"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="69"/>
        <source>Has a party organisation</source>
        <translation>有党组织</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="237"/>
        <source>Record an event</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="238"/>
        <source>Community or subdistrict:</source>
        <translation>社区或街道：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="240"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="241"/>
        <source>Occurred on:</source>
        <translation>发生日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="242"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../ui/excepthook.py" line="85"/>
        <source>GridDesk</source>
        <translation>网格治理工作台</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../ui/excepthook.py" line="40"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/excepthook.py" line="43"/>
        <source>GridDesk ran into an unexpected problem. The data already saved is safe.
Please copy the details below and send them to your administrator.</source>
        <translation>程序遇到了意外问题，已保存的数据不受影响。
请复制下面的详细信息，发给本站管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/excepthook.py" line="49"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="14"/>
        <source>Organisation units</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="15"/>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="16"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="17"/>
        <source>Role assignments</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="18"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="19"/>
        <source>Stationed units</source>
        <translation>驻区单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="20"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="21"/>
        <source>Resident groups</source>
        <translation>居民分组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="22"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="23"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="24"/>
        <source>Resident tags</source>
        <translation>居民标签</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="25"/>
        <source>Central households</source>
        <translation>重点户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="26"/>
        <source>Central household links</source>
        <translation>重点户关联</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="27"/>
        <source>Shops and establishments</source>
        <translation>商户场所</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="28"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="29"/>
        <source>Deadline rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="30"/>
        <source>Requests</source>
        <translation>点单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="31"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="32"/>
        <source>Offers</source>
        <translation>供给</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="33"/>
        <source>Service orders</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="34"/>
        <source>Order events</source>
        <translation>工单记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="35"/>
        <source>Call-backs</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="36"/>
        <source>Review sessions</source>
        <translation>评议会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="37"/>
        <source>Review scores</source>
        <translation>评议打分</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="38"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="41"/>
        <source>Report up</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="42"/>
        <source>Send down</source>
        <translation>下发</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="43"/>
        <source>Recovery</source>
        <translation>恢复包</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="45"/>
        <location filename="../../ui/tabs/exchange/models.py" line="48"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="45"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="47"/>
        <source>Written and checked</source>
        <translation>已写入并校验</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="49"/>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="50"/>
        <source>Nothing new</source>
        <translation>无新内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="53"/>
        <source>No keys yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="54"/>
        <source>Not compared</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="55"/>
        <source>Compared</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="56"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="57"/>
        <source>Compared by the site it reports through</source>
        <translation>由其上级站点核对</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="60"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="61"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="62"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="63"/>
        <source>Older (ignored)</source>
        <translation>较旧忽略</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="64"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="44"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="45"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="46"/>
        <location filename="../../ui/tabs/exchange/tab.py" line="181"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="43"/>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="43"/>
        <source>Peers</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="62"/>
        <source>This site: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>本站：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="65"/>
        <source>Read this to another office when you compare keys.</source>
        <translation>与其他站点核对密钥时，把这串指纹读给对方。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="69"/>
        <source>Key fingerprint:</source>
        <translation>本站密钥指纹：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="77"/>
        <source>Recovery bundle (everything, for a rebuilt PC)</source>
        <translation>恢复包（全部数据，用于重装的电脑）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="79"/>
        <source>Export a bundle…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="81"/>
        <source>Import a bundle…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="87"/>
        <source>A read-only account cannot export or import.</source>
        <translation>只读账号不能导出或导入数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="91"/>
        <source>Send to:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="121"/>
        <source>No site to send to yet.</source>
        <translation>还没有可以发送的站点。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/tab.py" line="143"/>
        <source>Enrolled %1. Give the site the file %2 and read this site&apos;s fingerprint to its operator: %3</source>
        <translation>已登记 %1。请把登记文件 %2 交给该站点，并把本站指纹读给对方核对：%3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="101"/>
        <source>Export a bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="103"/>
        <source>Recovery bundle for %1</source>
        <translation>给 %1 的恢复包</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="103"/>
        <source>Bundle for %1</source>
        <translation>给 %1 的数据包</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="108"/>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="110"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="123"/>
        <location filename="../../ui/tabs/exchange/export.py" line="183"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="128"/>
        <source>Insert the USB stick and choose it below. Removable drives are listed first; any other folder works too.</source>
        <translation>请插入U盘并在下面选择。可移动磁盘排在最前面；也可以选择任意文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="140"/>
        <source>Removable</source>
        <translation>可移动磁盘</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="140"/>
        <source>This PC</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="141"/>
        <source>%1 (%2) – %3 free of %4 – %5</source>
        <translation>%1（%2）– 可用 %3 / 共 %4 – %5</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="155"/>
        <source>Choose the folder for the bundle</source>
        <translation>选择保存数据包的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="161"/>
        <source>%1 – %2 free – chosen folder</source>
        <translation>%1 – 可用 %2 – 所选文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="172"/>
        <source>Please choose a USB stick or a folder first.</source>
        <translation>请先选择U盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="174"/>
        <source>Writing the bundle… %1 records</source>
        <translation>正在写入数据包…… 已写 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="183"/>
        <source>Writing the bundle…</source>
        <translation>正在写入数据包……</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="187"/>
        <source>Cancelled. No bundle was left on the stick.</source>
        <translation>已取消，U盘上没有留下数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/export.py" line="195"/>
        <source>&lt;b&gt;Written and checked: you can safely remove the USB stick.&lt;/b&gt;&lt;br&gt;File: %1&lt;br&gt;Size: %2&lt;br&gt;SHA-256: %3…</source>
        <translation>&lt;b&gt;已写入并校验，可以安全拔出U盘。&lt;/b&gt;&lt;br&gt;文件：%1&lt;br&gt;大小：%2&lt;br&gt;SHA-256：%3…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="218"/>
        <source>Department feedback</source>
        <translation>部门反馈</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="220"/>
        <source>Department:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="221"/>
        <source>Feedback:</source>
        <translation>反馈内容：</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../../ui/ask.py" line="9"/>
        <source>GridDesk enrolment (*.json)</source>
        <translation>站点登记文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/ask.py" line="10"/>
        <source>GridDesk (*.gdb)</source>
        <translation>数据包 (*.gdb)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="39"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="39"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="39"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="40"/>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="40"/>
        <source>Date range</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="48"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="52"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/kit/filter_bar.py" line="52"/>
        <source>Period:</source>
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>FindRow</name>
    <message>
        <location filename="../../ui/kit/find_row.py" line="29"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="50"/>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="129"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="131"/>
        <source>Visited on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="132"/>
        <source>Kept:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="132"/>
        <source>The agreement is being kept</source>
        <translation>协议已履行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="134"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/kit/form_dialog.py" line="53"/>
        <source>Changes…</source>
        <translation>修改记录…</translation>
    </message>
</context>
<context>
    <name>FundAllocationDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="26"/>
        <source>Allocate funds</source>
        <translation>拨付经费</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="28"/>
        <source>Subdistrict:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="31"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="35"/>
        <source>Date:</source>
        <translation>拨付日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="37"/>
        <source>Document no.:</source>
        <translation>拨款文号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="38"/>
        <source>e.g. 商街财〔2026〕12号</source>
        <translation>例如 商街财〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="42"/>
        <source>Will receive:</source>
        <translation>拨付明细：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="52"/>
        <source>No fund standards for %1 yet: the district sets them under Settings → Fund standards.</source>
        <translation>%1年的经费标准还没有下发：请由区级站点在“设置 → 经费标准”中设定。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="60"/>
        <source>%1 communities × %2 yuan; %3 compound party branches × %4 yuan</source>
        <translation>%1 个社区 × %2 元；%3 个小区党支部 × %4 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="64"/>
        <source>Total %1 yuan (funds already allocated this year are skipped)</source>
        <translation>合计 %1 元（本年度已拨付过的账户会跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/allocation.py" line="68"/>
        <source>No standard yet for: %1</source>
        <translation>尚未设定标准：%1</translation>
    </message>
</context>
<context>
    <name>FundAmountField</name>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="30"/>
        <source>e.g. 1,234.56</source>
        <translation>例如 1,234.56</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="54"/>
        <source>In capitals: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="55"/>
        <source>In capitals: —</source>
        <translation>大写：—</translation>
    </message>
</context>
<context>
    <name>FundApprovalDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="28"/>
        <source>Overdraft approval</source>
        <translation>透支审批</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="30"/>
        <source>Leader&apos;s login:</source>
        <translation>领导登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="31"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="33"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
</context>
<context>
    <name>FundBranchDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="52"/>
        <source>New compound party branch</source>
        <translation>新增小区党支部</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="53"/>
        <source>Community:</source>
        <translation>所属社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="58"/>
        <source>Branch name:</source>
        <translation>党支部名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="59"/>
        <source>e.g. 阳光小区党支部</source>
        <translation>例如 阳光小区党支部</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="60"/>
        <source>Residential compound:</source>
        <translation>所在小区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="64"/>
        <source>Founded on</source>
        <translation>成立于</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="70"/>
        <source>Founded:</source>
        <translation>成立日期：</translation>
    </message>
</context>
<context>
    <name>FundBudgetPage</name>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="24"/>
        <source>Subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="24"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="25"/>
        <source>Fund type</source>
        <translation>经费类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="25"/>
        <source>Funds</source>
        <translation>账户数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="26"/>
        <source>Allocated</source>
        <translation>拨付</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="27"/>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="28"/>
        <source>Transferred (net)</source>
        <translation>调剂（净调入）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="29"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="30"/>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="36"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="39"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="43"/>
        <source>Nothing allocated for this year</source>
        <translation>本年度尚未拨付</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="52"/>
        <source>No communities under this unit.</source>
        <translation>这个单位下没有社区。请在上方选择街道或全区。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="54"/>
        <source>%1: allocated %2, spent %3, execution %4</source>
        <translation>%1年：拨付 %2 元，支出 %3 元，执行率 %4</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="60"/>
        <source>%1 budget execution %2</source>
        <translation>%1 %2年预算执行</translation>
    </message>
</context>
<context>
    <name>FundCloseDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="22"/>
        <location filename="../../ui/tabs/funds/close.py" line="48"/>
        <source>Close a period</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="24"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="26"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="29"/>
        <source>Period:</source>
        <translation>结账期间：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="30"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="32"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="34"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="35"/>
        <source>Every fund of this unit and of the units below it is closed for the period: nothing dated inside it can be posted afterwards.</source>
        <translation>本单位及下级单位的所有经费账户都将结账：结账后不能再记入该期间内日期的分录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="41"/>
        <source>%1 %2, whole year</source>
        <translation>%1 %2年全年</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="41"/>
        <source>%1 %2-%3</source>
        <translation>%1 %2年%3月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/close.py" line="46"/>
        <source>Close %1? This cannot be undone: nothing dated inside the period can be posted afterwards, corrections are made as red reversals in an open period.</source>
        <translation>确定结账：%1？结账后不能撤销，也不能再记入该期间内日期的分录；如需更正，请在未结账期间用红字冲销。</translation>
    </message>
</context>
<context>
    <name>FundExpenseDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="41"/>
        <source>Record an expense</source>
        <translation>记支出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="45"/>
        <source>Fund:</source>
        <translation>经费账户：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="46"/>
        <source>Balance:</source>
        <translation>当前余额：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="46"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="47"/>
        <source>Date:</source>
        <translation>记账日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="48"/>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="49"/>
        <source>Voucher no.:</source>
        <translation>凭证号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="51"/>
        <source>Leave blank for the next number of this fund.</source>
        <translation>留空则自动使用本账户的下一个凭证号。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="52"/>
        <source>Payee:</source>
        <translation>收款单位或个人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="53"/>
        <source>Purpose:</source>
        <translation>支出用途：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="54"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="57"/>
        <source>Description:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="58"/>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/expense.py" line="60"/>
        <source>Invoices and receipts:</source>
        <translation>发票和收据：</translation>
    </message>
</context>
<context>
    <name>FundLedgerPage</name>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="108"/>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="109"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="109"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="110"/>
        <source>Payee / source</source>
        <translation>收款方/来源</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="110"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="111"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="111"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="112"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="113"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="112"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="115"/>
        <source>Record expense…</source>
        <translation>记支出…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="117"/>
        <source>Transfer…</source>
        <translation>调剂…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="118"/>
        <source>Red reversal…</source>
        <translation>红字冲销…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="126"/>
        <source>Red reversal of %1: %2</source>
        <translation>红字冲销 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="129"/>
        <source>Reversed by %1</source>
        <translation>已被 %1 红字冲销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="135"/>
        <source>Choose a fund on the left to see its ledger.</source>
        <translation>请在左侧选择经费账户，查看它的台账。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="144"/>
        <source>No entries in this fund yet. Record an expense with “Record expense…” (Ctrl+E).</source>
        <translation>这个账户还没有分录。用“记支出…”（Ctrl+E）记一笔支出。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="145"/>
        <source>Income %1 · Expense %2 · Balance %3 yuan · %4 entries</source>
        <translation>收入 %1 · 支出 %2 · 余额 %3 元 · 共 %4 笔</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="157"/>
        <location filename="../../ui/tabs/funds/pages.py" line="178"/>
        <source>Choose a fund on the left first.</source>
        <translation>请先在左侧选择经费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="165"/>
        <source>Select an entry that has not been reversed.</source>
        <translation>请选中一笔尚未冲销的分录（红字分录不能再冲销）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="181"/>
        <source>%1 ledger</source>
        <translation>%1 明细账</translation>
    </message>
</context>
<context>
    <name>FundList</name>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="69"/>
        <source>Fund type</source>
        <translation>经费类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="69"/>
        <source>Holder</source>
        <translation>社区/党支部</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="70"/>
        <source>Allocated</source>
        <translation>拨付</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="71"/>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="72"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>FundReversalDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="16"/>
        <source>Red reversal</source>
        <translation>红字冲销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="21"/>
        <source>Fund:</source>
        <translation>经费账户：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="24"/>
        <source>Entry:</source>
        <translation>冲销的分录：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="26"/>
        <source>Both sides of the transfer are reversed together.</source>
        <translation>调剂的调出和调入两笔会一起冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="27"/>
        <source>A reversal is an entry of the opposite amount; the original stays in the ledger, marked as reversed. It cannot be undone.</source>
        <translation>红字冲销是一笔金额相反的分录；原分录保留在台账中并标记为“已冲销”。冲销后不能撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="29"/>
        <source>Reason:</source>
        <translation>冲销原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="32"/>
        <source>Date:</source>
        <translation>冲销日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="35"/>
        <source>Voucher no.:</source>
        <translation>凭证号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reversal.py" line="37"/>
        <source>Leave blank for the next number of this fund.</source>
        <translation>留空则自动使用本账户的下一个凭证号。</translation>
    </message>
</context>
<context>
    <name>FundScanList</name>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="84"/>
        <location filename="../../ui/tabs/funds/fields.py" line="109"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="86"/>
        <source>Add scans…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="88"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="99"/>
        <source>Invoice or receipt scans</source>
        <translation>发票或收据扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/fields.py" line="100"/>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>FundStandardsDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="18"/>
        <source>Fund standards</source>
        <translation>经费标准</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="20"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="25"/>
        <source>%1 (yuan per year):</source>
        <translation>%1（元/年）：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="32"/>
        <source>Standards in force for this year.</source>
        <translation>本年度已下发的标准。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reference.py" line="33"/>
        <source>No standards for this year yet: the district&apos;s usual amounts are filled in.</source>
        <translation>本年度还没有设定标准：已填入区里的常规标准，核对后点“确定”下发。</translation>
    </message>
</context>
<context>
    <name>FundSummaryPage</name>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="189"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="190"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="192"/>
        <location filename="../../ui/tabs/funds/pages.py" line="222"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="195"/>
        <source>Selected fund</source>
        <translation>选中的账户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="196"/>
        <source>Every fund of the unit</source>
        <translation>本单位全部经费</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="198"/>
        <source>Every %1 of the unit</source>
        <translation>本单位全部%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="200"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="216"/>
        <source>Choose a fund on the left, or “Every fund of the unit” above.</source>
        <translation>请在左侧选择经费账户，或在上方选择“本单位全部经费”。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="229"/>
        <source>Choose a fund on the left first.</source>
        <translation>请先在左侧选择经费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="233"/>
        <source>%1 expenses by purpose</source>
        <translation>%1 支出分类汇总</translation>
    </message>
</context>
<context>
    <name>FundTrailPage</name>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="69"/>
        <source>Posted at</source>
        <translation>记账时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="69"/>
        <source>By</source>
        <translation>记账人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="70"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="70"/>
        <source>Fund</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="71"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="71"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="72"/>
        <source>Voucher</source>
        <translation>凭证号/文号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="73"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="74"/>
        <source>Cancels</source>
        <translation>冲销的凭证</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="74"/>
        <source>Reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="75"/>
        <source>Overdraft approved by</source>
        <translation>透支审批</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="77"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="78"/>
        <source>Period</source>
        <translation>结账期间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="79"/>
        <source>Closed by</source>
        <translation>结账人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="80"/>
        <source>Closed at</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="81"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="91"/>
        <source>Closed periods</source>
        <translation>已结账期间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="103"/>
        <source>Red reversal</source>
        <translation>红字冲销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="114"/>
        <source>Nothing posted in %1 under this unit yet.</source>
        <translation>这个单位 %1年还没有记账。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="117"/>
        <source>Closed periods (%1)</source>
        <translation>已结账期间（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="118"/>
        <source>%1 postings and reversals</source>
        <translation>共 %1 笔记账和冲销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="120"/>
        <source>The newest %1 postings and reversals (“Export to Excel…” writes them all)</source>
        <translation>最新的 %1 笔记账和冲销（“导出到Excel…”可导出全部）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/reports.py" line="126"/>
        <source>%1 ledger audit trail %2</source>
        <translation>%1 %2年记账记录</translation>
    </message>
</context>
<context>
    <name>FundTransferDialog</name>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="17"/>
        <source>Transfer between funds</source>
        <translation>经费调剂</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="21"/>
        <source>From:</source>
        <translation>调出账户：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="22"/>
        <source>Balance:</source>
        <translation>当前余额：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="22"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="23"/>
        <source>To:</source>
        <translation>调入账户：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="27"/>
        <source>Date:</source>
        <translation>调剂日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="28"/>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="29"/>
        <source>Voucher no.:</source>
        <translation>凭证号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="31"/>
        <source>Leave blank for the next number of this fund.</source>
        <translation>留空则自动使用本账户的下一个凭证号。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/transfer.py" line="32"/>
        <source>Reason:</source>
        <translation>调剂原因：</translation>
    </message>
</context>
<context>
    <name>FundsActions</name>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="27"/>
        <source>Choose a fund on the left first.</source>
        <translation>请先在左侧选择经费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="39"/>
        <source>Expense recorded.</source>
        <translation>支出已记账。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="51"/>
        <source>No other fund of this year to transfer to.</source>
        <translation>本年度没有可以调入的其他账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="54"/>
        <source>Transfer recorded on both funds.</source>
        <translation>调剂已记账（调出、调入各一笔）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="66"/>
        <source>Select the entry to reverse first.</source>
        <translation>请先在台账中选中要冲销的分录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="68"/>
        <source>Entry reversed.</source>
        <translation>已红字冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="81"/>
        <source>Closed: %1. Nothing dated inside it can be posted any more.</source>
        <translation>已结账：%1。该期间内日期的分录不能再记入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="93"/>
        <source>There is no subdistrict under this unit.</source>
        <translation>这个单位下没有街道，请在上方选择街道或全区。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="98"/>
        <source>Allocated: %1 entries, %2 yuan; %3 funds already had their allocation and were skipped.</source>
        <translation>已拨付：%1 笔，共 %2 元；%3 个账户本年度已拨付过，已跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="108"/>
        <source>Fund standards saved.</source>
        <translation>经费标准已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="117"/>
        <source>Choose a subdistrict or community that has communities.</source>
        <translation>请在上方选择一个有社区的街道或社区。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="121"/>
        <source>Compound party branch added. Its funds are opened by the next allocation.</source>
        <translation>小区党支部已添加，下次拨付时为它开设经费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="125"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="128"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="133"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="133"/>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/actions.py" line="138"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="57"/>
        <location filename="../../ui/tabs/funds/pages.py" line="59"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/pages.py" line="80"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="99"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="100"/>
        <source>By purpose</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="101"/>
        <source>Budget execution</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="102"/>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="124"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="129"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="129"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="136"/>
        <source>Allocate…</source>
        <translation>拨付…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="137"/>
        <source>Close a period…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="138"/>
        <source>New compound party branch…</source>
        <translation>新增小区党支部…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="139"/>
        <source>Fund standards…</source>
        <translation>经费标准…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="207"/>
        <source>No funds for %1 in %2 yet.</source>
        <translation>%1 %2年还没有经费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="209"/>
        <source>Allocate the year&apos;s funds to a subdistrict with “Allocate…” above.</source>
        <translation>请用上方的“拨付…”按本年度标准为街道拨付经费。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/funds/tab.py" line="223"/>
        <source>Funds of %1, %2</source>
        <translation>%1 %2年经费账户</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="43"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="56"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="62"/>
        <source>Please select a grid in the tree on the left first.</source>
        <translation>请先在左侧选择一个网格。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="72"/>
        <source>Resident added.</source>
        <translation>已新增居民。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="76"/>
        <source>Resident saved.</source>
        <translation>居民信息已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="86"/>
        <source>%1 moved to another grid.</source>
        <translation>已将 %1 迁到其他网格。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="92"/>
        <source>Remove %1 from the roster? (It can be undone.)</source>
        <translation>把 %1 从名单中删除吗？（可以撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="93"/>
        <location filename="../../ui/tabs/grid/actions.py" line="142"/>
        <source>%1 removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="102"/>
        <source>Building added.</source>
        <translation>已新增楼栋。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="107"/>
        <source>Building saved.</source>
        <translation>楼栋已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="115"/>
        <source>%1 and its residents moved to another grid.</source>
        <translation>已将 %1 及其居民迁到其他网格。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="121"/>
        <source>Retire the building %1? (It can be undone.)</source>
        <translation>撤销楼栋 %1 吗？（可以恢复）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="122"/>
        <location filename="../../ui/tabs/grid/actions.py" line="193"/>
        <source>%1 retired.</source>
        <translation>已撤销 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="131"/>
        <source>Added.</source>
        <translation>已新增。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="135"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="141"/>
        <source>Remove %1 from this grid?</source>
        <translation>把 %1 从本网格删除吗？</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="149"/>
        <source>Role assigned.</source>
        <translation>已任命。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="155"/>
        <source>This role has already ended.</source>
        <translation>该职务已经卸任。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="158"/>
        <source>Role ended; it stays in the history.</source>
        <translation>已卸任，记录保留在任职历史中。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="167"/>
        <source>Renamed.</source>
        <translation>已改名。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="176"/>
        <source>The top unit cannot be moved.</source>
        <translation>最上级单位不能移动。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="182"/>
        <source>%1 moved.</source>
        <translation>已移动 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/actions.py" line="191"/>
        <source>Retire %1? (It can be undone.)</source>
        <translation>撤销 %1 吗？（可以恢复）</translation>
    </message>
</context>
<context>
    <name>GridExcel</name>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="50"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="58"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="64"/>
        <source>Save the blank roster</source>
        <translation>保存空白名单模板</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="72"/>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="80"/>
        <source>Please select a community, zone or grid first.</source>
        <translation>请先在左侧选择一个社区、片区或网格。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="82"/>
        <source>Import a roster into %1</source>
        <translation>导入名单到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="87"/>
        <source>Checking the roster…</source>
        <translation>正在检查名单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="92"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="96"/>
        <source>Save the rows to fix</source>
        <translation>保存待修改的行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="98"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="103"/>
        <source>%1 rows imported.</source>
        <translation>已导入 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="105"/>
        <source>Rows to fix: %1</source>
        <translation>待修改的行已保存到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="116"/>
        <source>Export to Excel</source>
        <translation>导出到Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="125"/>
        <source>Writing the workbook…</source>
        <translation>正在写入Excel文件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/excel.py" line="128"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="188"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="98"/>
        <source>Find a resident: name, phone, ID number or address</source>
        <translation>查找居民：姓名、电话、身份证号或地址</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="100"/>
        <source>Only in the selected unit</source>
        <translation>仅在所选单位内</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="109"/>
        <source>Filter the tree by name or code</source>
        <translation>按名称或编码筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="112"/>
        <source>Add sub-unit…</source>
        <translation>新增下级单位…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="115"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="118"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="119"/>
        <source>Move to another parent…</source>
        <translation>移到其他上级…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="120"/>
        <source>Retire…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="164"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="164"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="165"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="165"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="166"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="167"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="168"/>
        <source>Export to Excel…</source>
        <translation>导出到Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="153"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="154"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="154"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="155"/>
        <source>Units and shops</source>
        <translation>驻社单位/商业网点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="156"/>
        <source>People in roles</source>
        <translation>人员职务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="157"/>
        <source>Groups and central households</source>
        <translation>居民小组和中心户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="158"/>
        <source>Building leaders</source>
        <translation>楼栋长覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="159"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="269"/>
        <source>Unit added.</source>
        <translation>已新增单位。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="306"/>
        <source>%1 found</source>
        <translation>找到 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="308"/>
        <source>The first %1 found; type more to narrow down</source>
        <translation>只显示前 %1 人，请输入更多字缩小范围</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="332"/>
        <source>The organisation tree is empty.
This site&apos;s units arrive with the site setup or with a reference-data bundle from above.</source>
        <translation>组织架构为空。
本站点的组织单位在创建站点时生成，或由上级下发的基础数据包导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/tab.py" line="335"/>
        <source>No unit matches “%1”.</source>
        <translation>没有名称或编码包含“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="32"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="33"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="33"/>
        <source>Group</source>
        <translation>居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="34"/>
        <location filename="../../ui/tabs/grid/groups.py" line="49"/>
        <source>Central household</source>
        <translation>中心户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="36"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="37"/>
        <source>Put in group…</source>
        <translation>编入小组…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="38"/>
        <source>Put the selected residents in a resident group</source>
        <translation>把选中的居民编入一个居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="39"/>
        <source>New central household…</source>
        <translation>新建中心户…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="40"/>
        <source>The selected residents: one leads, the others are looked after</source>
        <translation>选中的居民：一人任中心户长，其余为其联系的邻居</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="43"/>
        <source>Resident group</source>
        <translation>居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="44"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="45"/>
        <source>Resident groups</source>
        <translation>居民小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="46"/>
        <source>Add group…</source>
        <translation>新增小组…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="49"/>
        <source>Leader</source>
        <translation>中心户长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="50"/>
        <source>Neighbours</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="51"/>
        <source>Looked after</source>
        <translation>联系的邻居</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="52"/>
        <source>Central households</source>
        <translation>中心户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="54"/>
        <source>Select residents on the left (Ctrl or Shift for several), then put them in a group or make them a central household.</source>
        <translation>在左侧选中居民（按住 Ctrl 或 Shift 可多选），再编入居民小组或新建中心户。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="79"/>
        <source>%1 residents, %2 in a group</source>
        <translation>居民 %1 人，已编组 %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="82"/>
        <source>%1 groups</source>
        <translation>%1 个小组</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="84"/>
        <source>%1 central households</source>
        <translation>%1 个中心户</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="93"/>
        <source>Please select residents in the list first.</source>
        <translation>请先在列表中选中居民。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="101"/>
        <source>Resident group added.</source>
        <translation>已新增居民小组。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="111"/>
        <source>%1 residents put in the group.</source>
        <translation>已将 %1 位居民编入小组。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="111"/>
        <source>%1 residents taken out of their group.</source>
        <translation>已将 %1 位居民移出小组。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/groups.py" line="120"/>
        <source>Central household created.</source>
        <translation>已新建中心户。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="104"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="105"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="106"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="107"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="108"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="109"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="26"/>
        <source>%1 bundles</source>
        <translation>共 %1 个数据包</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="65"/>
        <location filename="../../ui/tabs/exchange/incoming.py" line="172"/>
        <source>No bundle chosen.</source>
        <translation>尚未选择数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="81"/>
        <source>Insert the USB stick and click “Import a bundle…”. The bundle is checked first and nothing changes until you confirm the import.</source>
        <translation>插入U盘后点击“导入数据包…”。系统先检查数据包，确认导入之前本站数据不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="97"/>
        <source>Sender:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="99"/>
        <source>Its fingerprint:</source>
        <translation>对方指纹：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="101"/>
        <source>This site:</source>
        <translation>本站：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="103"/>
        <source>This site&apos;s fingerprint:</source>
        <translation>本站指纹：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="106"/>
        <source>The fingerprints match: trust this site</source>
        <translation>指纹一致，信任该站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="108"/>
        <location filename="../../ui/tabs/exchange/incoming.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="110"/>
        <source>Only an administrator can trust a site&apos;s keys.</source>
        <translation>只有管理员可以信任站点密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="118"/>
        <source>Phone the other office. Ask them to read out their fingerprint (数据交换 → 站点) group by group and compare it with the line above; read yours to them. Trust the site only if every group matches.</source>
        <translation>请打电话给对方站点，请对方在“数据交换 → 站点”中逐组读出其指纹，与上面一行核对；也把本站指纹读给对方。每一组都一致才能信任。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="134"/>
        <source>Confirm the import</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="166"/>
        <source>Choose the bundle to import</source>
        <translation>选择要导入的数据包</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="179"/>
        <source>Bundle: %1</source>
        <translation>数据包：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="182"/>
        <location filename="../../ui/tabs/exchange/incoming.py" line="262"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="182"/>
        <source>Checking the bundle…</source>
        <translation>正在检查数据包……</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="207"/>
        <source>This bundle comes from a site whose keys have not been compared yet.</source>
        <translation>这个数据包来自尚未核对密钥的站点。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="209"/>
        <source>(a site this PC does not know)</source>
        <translation>（本机不认识的站点）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="231"/>
        <source>Bundle No. %1 from &lt;b&gt;%2&lt;/b&gt; (%3). Check what the import will do:</source>
        <translation>来自 &lt;b&gt;%2&lt;/b&gt; 的第 %1 号数据包（%3）。导入将做如下改动，请核对：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="237"/>
        <source>Already imported: %1</source>
        <translation>已导入过：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="239"/>
        <source>An earlier bundle: what it holds came with a later bundle already. Nothing to import.</source>
        <translation>这是较早的数据包：其内容已随后来的数据包导入，无需导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="242"/>
        <source>Nothing new in this bundle.</source>
        <translation>这个数据包没有新内容。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="244"/>
        <source>Bundles No. %1 never arrived. Bundles are cumulative: this one holds what they held.</source>
        <translation>缺少第 %1 号数据包。数据包是累积的，本次已包含其内容。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="247"/>
        <source>Some changes of the sender never arrived here (bundles No. %1). Ask the sender for a recovery bundle.</source>
        <translation>对方的部分改动本站从未收到（第 %1 号数据包）。请让对方导出恢复包后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="253"/>
        <source>A read-only account cannot import.</source>
        <translation>只读账号不能导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="262"/>
        <source>Backing up, then importing…</source>
        <translation>正在备份，然后导入……</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="270"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; bundle No. %1 from %2: %3. A backup was made first.</source>
        <translation>&lt;b&gt;已导入&lt;/b&gt;来自 %2 的第 %1 号数据包：%3。导入前已自动备份。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/incoming.py" line="272"/>
        <source>no changes</source>
        <translation>没有改动</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="31"/>
        <source>Roster check – %1</source>
        <translation>名单检查 – %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="36"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="37"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="38"/>
        <source>Problem and how to fix it</source>
        <translation>问题与修改方法</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="51"/>
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="52"/>
        <source>Import only the correct rows (%1)</source>
        <translation>只导入正确的行（%1 行）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/roster_report.py" line="58"/>
        <source>The rows with problems can be saved to a workbook, fixed there and imported again.</source>
        <translation>有问题的行可以另存为Excel，改好后再导入。</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="41"/>
        <source>Join the district&apos;s data exchange</source>
        <translation>加入区里的数据交换</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="42"/>
        <source>Open the enrolment file the district gave you, compare the district&apos;s fingerprint by phone, then choose this site&apos;s administrator.</source>
        <translation>打开区里给的登记文件，电话核对区级指纹，再设置本站管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="46"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="57"/>
        <source>I compared every group with the district by phone: they match.</source>
        <translation>我已与区级电话逐组核对指纹：完全一致。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="65"/>
        <source>Enrolment file:</source>
        <translation>登记文件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="67"/>
        <source>This site:</source>
        <translation>本站：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="68"/>
        <source>District:</source>
        <translation>区级站点：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="69"/>
        <source>District fingerprint:</source>
        <translation>区级指纹：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="70"/>
        <source>Phone the district and have them read their fingerprint: every group must match.</source>
        <translation>请打电话给区里，请对方读出指纹：每一组都必须一致。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="74"/>
        <source>Administrator login:</source>
        <translation>管理员登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="76"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="77"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="82"/>
        <source>Open the enrolment file</source>
        <translation>打开登记文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="116"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="116"/>
        <source>Creating this site from the enrolment file…</source>
        <translation>正在根据登记文件创建本站……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="126"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="130"/>
        <source>This site could not be created from the enrolment file, and nothing was kept. Please ask the district for a new enrolment file (and report the problem to them).</source>
        <translation>无法用这个登记文件创建本站，没有保留任何数据。请向区级管理员重新索取登记文件（并告知他们这个问题）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="135"/>
        <source>Please open the enrolment file from the district.</source>
        <translation>请打开区里给的登记文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="137"/>
        <source>Please phone the district, compare its fingerprint group by group and tick the box.</source>
        <translation>请打电话给区级管理员，逐组核对区级指纹，然后勾选确认。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="140"/>
        <source>Please enter a login name for the administrator.</source>
        <translation>请填写管理员的登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_join.py" line="143"/>
        <source>The two passwords differ. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../ui/tabs/dashboard/cards.py" line="51"/>
        <source>now</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/cards.py" line="54"/>
        <source>%1 %2 · %3: %4</source>
        <translation>%1%2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/cards.py" line="60"/>
        <source>%1 — click to open the list</source>
        <translation>%1 — 点击打开清单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/cards.py" line="64"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/dashboard/cards.py" line="66"/>
        <source>%1 pt</source>
        <translation>%1个百分点</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="6"/>
        <location filename="../../ui/labels.py" line="13"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="7"/>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="8"/>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Read-only</source>
        <translation>只读用户</translation>
    </message>
</context>
<context>
    <name>LeaderModel</name>
    <message>
        <location filename="../../ui/tabs/grid/leader_model.py" line="10"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/leader_model.py" line="11"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/leader_model.py" line="12"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>LinkageActions</name>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="14"/>
        <source>Export to Excel</source>
        <translation>导出到Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="23"/>
        <source>Select a matter first.</source>
        <translation>请先选择一件事项。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="30"/>
        <source>Escalated; it travels with the next bundle.</source>
        <translation>已上报，将随下一个数据包送达上级。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="34"/>
        <location filename="../../ui/tabs/linkage/actions.py" line="47"/>
        <source>Decision recorded.</source>
        <translation>处理意见已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="38"/>
        <source>Matter closed.</source>
        <translation>事项已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="42"/>
        <source>Session recorded.</source>
        <translation>会议已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="53"/>
        <source>Decision done.</source>
        <translation>决定事项已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/actions.py" line="58"/>
        <source>Member added.</source>
        <translation>成员单位已添加。</translation>
    </message>
</context>
<context>
    <name>LinkageDecisionDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="60"/>
        <source>Record a decision</source>
        <translation>记录会议决定</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="62"/>
        <source>Session:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="63"/>
        <source>(none: a matter of the session itself)</source>
        <translation>（无：会议自身议定的事项）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="65"/>
        <source>Escalated matter:</source>
        <translation>上报事项：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="66"/>
        <source>Decision:</source>
        <translation>决定事项：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="68"/>
        <source>Responsible member:</source>
        <translation>责任成员单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="69"/>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
</context>
<context>
    <name>LinkageDecisionsPage</name>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="15"/>
        <source>Session</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="15"/>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="16"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="17"/>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="17"/>
        <source>Done</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="18"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="20"/>
        <source>Past its deadline</source>
        <translation>已超过办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="22"/>
        <source>New session…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="23"/>
        <source>New decision…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="24"/>
        <source>Done…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="25"/>
        <source>Decisions</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/sessions.py" line="33"/>
        <source>%1 decisions</source>
        <translation>共 %1 项决定</translation>
    </message>
</context>
<context>
    <name>LinkageDoneDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="78"/>
        <source>Decision done</source>
        <translation>决定事项办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="80"/>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
</context>
<context>
    <name>LinkageMattersPage</name>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="30"/>
        <source>Escalated</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="30"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="31"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="31"/>
        <source>Filed under</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="32"/>
        <source>Held by</source>
        <translation>当前办理层级</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="33"/>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="34"/>
        <source>Assigned to</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="34"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="36"/>
        <source>Overdue: chase it (督办)</source>
        <translation>已超期，请督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="45"/>
        <source>%1 matters</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>LinkageMemberDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="77"/>
        <source>Add a member organisation</source>
        <translation>添加成员单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="80"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="81"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="82"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/dialogs.py" line="83"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
</context>
<context>
    <name>LinkageMembersPage</name>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="52"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="54"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="55"/>
        <source>Grids looked after</source>
        <translation>包抓网格</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="57"/>
        <source>Add a member…</source>
        <translation>添加成员单位…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="58"/>
        <source>Members</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="65"/>
        <source>%1 members</source>
        <translation>共 %1 个成员单位</translation>
    </message>
</context>
<context>
    <name>LinkageSessionDialog</name>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="18"/>
        <source>Record a session</source>
        <translation>记录联席会议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="19"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="20"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="21"/>
        <source>Members present:</source>
        <translation>出席的成员单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="29"/>
        <source>Others present:</source>
        <translation>其他参会人员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="30"/>
        <source>e.g. 街道党工委书记王明、街道办主任李强</source>
        <translation>如 街道党工委书记王明、街道办主任李强</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="31"/>
        <source>Attendance:</source>
        <translation>参会人数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="33"/>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/session_dialogs.py" line="34"/>
        <source>Drawn from the escalations this level holds and the hot issues of the quarter before the session; edit it as needed.</source>
        <translation>根据本级待处理的上报事项和会议日期上一季度的诉求热点生成，可以修改。</translation>
    </message>
</context>
<context>
    <name>LinkageStanding</name>
    <message>
        <location filename="../../ui/tabs/linkage/standing.py" line="17"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/standing.py" line="18"/>
        <source>held by %1: %2</source>
        <translation>%1办理中：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/standing.py" line="22"/>
        <source>, due %1</source>
        <translation>，期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/standing.py" line="24"/>
        <source>assigned to %1</source>
        <translation>已交办给%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/standing.py" line="27"/>
        <source>answer: %1</source>
        <translation>答复：%1</translation>
    </message>
</context>
<context>
    <name>LinkageTab</name>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="82"/>
        <source>Inbox</source>
        <translation>收件箱（下级上报/上级交办）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="83"/>
        <source>Decide…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="84"/>
        <source>Sent</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="80"/>
        <source>Escalate a request…</source>
        <translation>上报诉求…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="80"/>
        <source>Close with call-back…</source>
        <translation>回访办结…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="85"/>
        <source>Overdue (督办)</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="85"/>
        <source>Overdue</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="86"/>
        <source>Sessions and decisions</source>
        <translation>会议与决定</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/linkage/tab.py" line="87"/>
        <source>Members</source>
        <translation>联席会议/共建联合会成员</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="70"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/lock.py" line="31"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="37"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="38"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="43"/>
        <source>Locked after a time without use. Enter the password of %1 to go on.</source>
        <translation>较长时间未操作，已锁屏。请输入 %1 的密码继续使用。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="14"/>
        <source>Sign in – GridDesk</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="22"/>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="23"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="26"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Grid management</source>
        <translation>网格管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Four orders</source>
        <translation>四单管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Mediation and deliberation</source>
        <translation>调解与议事</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Linkage</source>
        <translation>四级联动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Back up to a &amp;USB stick…</source>
        <translation>备份到U盘(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Preferences…</source>
        <translation>选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Lock now</source>
        <translation>立即锁屏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;About GridDesk</source>
        <translation>关于网格治理工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Backup written: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>; %1 older backup(s) removed by the retention rules</source>
        <translation>；按保留规则删除了 %1 个旧备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>New request &amp;category…</source>
        <translation>新增诉求类别(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Deadline rules…</source>
        <translation>办理时限规则(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Fund ledgers</source>
        <translation>经费台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;Fund standards…</source>
        <translation>经费标准(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Four supports</source>
        <translation>四重支持</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Notices and reports</source>
        <translation>公示与报表</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../ui/dialogs/manual.py" line="21"/>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/manual.py" line="35"/>
        <source>The user manual was not found at %1. Please reinstall the program or ask your administrator for the manual.</source>
        <translation>在 %1 没有找到使用手册。请重新安装程序，或向管理员索取使用手册。</translation>
    </message>
</context>
<context>
    <name>MediationActions</name>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="43"/>
        <source>Case registered.</source>
        <translation>案件已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="53"/>
        <source>Case %1 is “%2”: this action is not possible now.</source>
        <translation>案件 %1 当前为“%2”：现在不能进行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="57"/>
        <source>Case updated.</source>
        <translation>案件已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="59"/>
        <source>Case accepted.</source>
        <translation>案件已受理。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="61"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="61"/>
        <source>Archive this case? It cannot be changed afterwards.</source>
        <translation>归档此案件？归档后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="64"/>
        <source>Case archived.</source>
        <translation>案件已归档。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="80"/>
        <source>Meeting recorded.</source>
        <translation>议事会已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="84"/>
        <location filename="../../ui/tabs/mediation/actions.py" line="91"/>
        <location filename="../../ui/tabs/mediation/actions.py" line="98"/>
        <source>Select a matter first.</source>
        <translation>请先选择一个议题。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="105"/>
        <source>Select a case first.</source>
        <translation>请先选中一个案件。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="116"/>
        <source>Escalated to the level above.</source>
        <translation>已上报上一级。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="122"/>
        <source>Activity recorded.</source>
        <translation>活动已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="138"/>
        <source>Event recorded.</source>
        <translation>事件已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="142"/>
        <source>Export to Excel</source>
        <translation>导出到Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="146"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="128"/>
        <source>Visit recorded.</source>
        <translation>已登记走访或宣讲。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/actions.py" line="132"/>
        <source>Kind added.</source>
        <translation>已新增活动类别。</translation>
    </message>
</context>
<context>
    <name>MediationTab</name>
    <message>
        <location filename="../../ui/tabs/mediation/tab.py" line="39"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/tab.py" line="40"/>
        <source>Deliberation</source>
        <translation>议事会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/tab.py" line="41"/>
        <source>Virtue activities</source>
        <translation>德治活动</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/tab.py" line="42"/>
        <source>Three zeros</source>
        <translation>三零</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/tab.py" line="43"/>
        <source>Building leaders</source>
        <translation>楼长制覆盖</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="64"/>
        <source>Add a mediator</source>
        <translation>增加调解员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="67"/>
        <source>Mediator:</source>
        <translation>调解员：</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="147"/>
        <source>New deliberation meeting</source>
        <translation>新增议事会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="149"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="150"/>
        <source>Grid or community:</source>
        <translation>网格或社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="151"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="152"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="153"/>
        <source>Host:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="155"/>
        <source>Attendance:</source>
        <translation>参会人数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="158"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="158"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="158"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="159"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="163"/>
        <source>Matters:</source>
        <translation>议题：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="164"/>
        <source>Add a matter</source>
        <translation>增加议题</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="135"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="135"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="136"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="136"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="137"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="138"/>
        <source>Attendance</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="139"/>
        <source>Matters</source>
        <translation>议题数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="141"/>
        <source>New meeting…</source>
        <translation>新增议事会…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="142"/>
        <source>Make a mediation case…</source>
        <translation>转为调解案件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="144"/>
        <source>Escalate the matter…</source>
        <translation>上报议题…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="145"/>
        <source>Decide on the escalation…</source>
        <translation>处理上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="147"/>
        <source>Deliberation meetings</source>
        <translation>议事会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="148"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="149"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="150"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="151"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="152"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="153"/>
        <source>Escalation</source>
        <translation>上报情况</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="154"/>
        <source>Not settled yet</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="164"/>
        <source>Matters of the selected meeting</source>
        <translation>所选议事会的议题</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="185"/>
        <source>%1 meetings</source>
        <translation>共 %1 次议事会</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="51"/>
        <source>Register a party member</source>
        <translation>登记在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="51"/>
        <source>Edit party member</source>
        <translation>编辑在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="56"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="58"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="59"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="60"/>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="64"/>
        <source>Unit:</source>
        <translation>所在单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="67"/>
        <source>(registered directly with the community)</source>
        <translation>（直接到社区报到）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="71"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="73"/>
        <source>Registered on:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="82"/>
        <source>Please choose the unit from the list (or the first line if none).</source>
        <translation>请从列表中选择所在单位（没有单位的选第一行）。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="186"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="187"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="187"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="188"/>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="188"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="189"/>
        <source>Registered on</source>
        <translation>报到日期</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="20"/>
        <source>Register a member…</source>
        <translation>登记在职党员…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="21"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="22"/>
        <source>Retire</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="60"/>
        <source>No party member matches “%1”.</source>
        <translation>没有姓名含“%1”的在职党员。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="61"/>
        <source>No in-service party members have registered here yet.</source>
        <translation>这里还没有在职党员报到。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="62"/>
        <source>Click “Register a member…” to add the first one.</source>
        <translation>点击“登记在职党员…”登记第一位。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/members.py" line="69"/>
        <source>%1 party members</source>
        <translation>%1 名党员</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="143"/>
        <source>Similar open requests</source>
        <translation>相似的未办结诉求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="147"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="147"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="147"/>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="148"/>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="159"/>
        <source>Merge into the selected one</source>
        <translation>合并到所选诉求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="160"/>
        <source>Save as a new request</source>
        <translation>作为新诉求登记</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="166"/>
        <source>These open requests of the same grid and category look alike. Merge the new one into one of them, or save it as a new request.</source>
        <translation>同一网格、同一类别中有内容相近的未办结诉求。可将新诉求合并到其中一条，或作为新诉求登记。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="22"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="26"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="36"/>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="37"/>
        <source>Move:</source>
        <translation>迁移：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="38"/>
        <source>To %1:</source>
        <translation>迁到%1：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="52"/>
        <source>Please choose where to move it.</source>
        <translation>请选择要迁到哪里。</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="144"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="145"/>
        <source>Request</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="146"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="147"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="148"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="149"/>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="150"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="152"/>
        <source>Dispatched or done</source>
        <translation>已派单或已办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="153"/>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="154"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="155"/>
        <source>Decide on the escalation…</source>
        <translation>处理上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="157"/>
        <source>Search the need, or a request number</source>
        <translation>搜索需求内容或诉求编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="170"/>
        <source>%1 needs</source>
        <translation>共 %1 条需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="176"/>
        <source>Select a need to see it in full.</source>
        <translation>选中一条需求可查看详情。</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="55"/>
        <source>Choose a kind of notice first.</source>
        <translation>请先选择公示种类。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="60"/>
        <source>Choose the record the notice is made from (search the list on the left).</source>
        <translation>请在左侧列表中选择要出具的记录（可先搜索）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="104"/>
        <source>Save the notice as PDF</source>
        <translation>将公示保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="108"/>
        <source>Saved %1 to %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="118"/>
        <source>Issued %1 (%2 pages) and saved it to %3.</source>
        <translation>已出具 %1（共 %2 页），保存到 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="147"/>
        <source>The printer could not be started. Check that it is switched on and chosen correctly, then try again.</source>
        <translation>无法启动打印机。请检查打印机已开机并选择正确，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="152"/>
        <source>Printed %1 (%2 pages).</source>
        <translation>已打印 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="159"/>
        <source>Choose a notice in the register first.</source>
        <translation>请先在登记簿中选择一份公示。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="163"/>
        <source>The file of %1 is not on this computer (it was issued at another site, or the file was moved).</source>
        <translation>本机没有 %1 的文件（它在其他站点出具，或文件已被移走）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="168"/>
        <source>The stored file of %1 has been changed since it was issued: it is not shown.</source>
        <translation>%1 的存档文件在出具后被改动过，不予显示。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="172"/>
        <source>Issued notice (reopened from the register)</source>
        <translation>已出具的公示（从登记簿重新打开）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="174"/>
        <source>Reopened %1: Save as PDF and Print use this file as it was issued.</source>
        <translation>已重新打开 %1：“保存PDF”和“打印”使用出具时的原文件。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="180"/>
        <source>Check a file against the register</source>
        <translation>核对文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="190"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="246"/>
        <source>Issued notice (registered)</source>
        <translation>已出具（已登记）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="246"/>
        <source>Preview (not registered yet)</source>
        <translation>预览（尚未登记）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="251"/>
        <source>Number: %1&#x3000;Font: %2</source>
        <translation>文号：%1&#x3000;字体：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/actions.py" line="261"/>
        <source>Parameters changed: press Preview to render them</source>
        <translation>参数已更改：请按“预览”重新生成</translation>
    </message>
</context>
<context>
    <name>NoticeComposePage</name>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="47"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="48"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="49"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="53"/>
        <source>Kind of notice</source>
        <translation>公示种类</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="62"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="63"/>
        <source>Render the pages; no number is taken and nothing is registered.</source>
        <translation>生成页面预览：不占用文号，也不登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="64"/>
        <source>Save as PDF…</source>
        <translation>保存PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="65"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="117"/>
        <source>Issue the notice (it takes its number and is registered) and save it as a PDF file.</source>
        <translation>出具公示（编定文号并登记），保存为 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="119"/>
        <source>Issue the notice (it takes its number and is registered) and print it.</source>
        <translation>出具公示（编定文号并登记）并打印。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/compose.py" line="122"/>
        <source>Read-only users may preview only: issuing a notice registers it, which needs the right to enter data.</source>
        <translation>只读用户只能预览：出具公示要登记，需要录入权限。</translation>
    </message>
</context>
<context>
    <name>NoticePeriodPicker</name>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="49"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="49"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="49"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="54"/>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="74"/>
        <source>%1 (month)</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="77"/>
        <source>First quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="77"/>
        <source>Second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="77"/>
        <source>Third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="78"/>
        <source>Fourth quarter</source>
        <translation>第四季度</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../../ui/pdf_view.py" line="55"/>
        <source>Choose a kind of notice and its parameters, then press Preview.</source>
        <translation>请选择公示种类和参数，然后按“预览”。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="68"/>
        <source>This file cannot be shown: it is not a readable PDF.</source>
        <translation>无法显示这个文件：它不是可读的 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="73"/>
        <source>%1 pages in all</source>
        <translation>共 %1 页</translation>
    </message>
</context>
<context>
    <name>NoticeRecordPicker</name>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="111"/>
        <source>Search by number, name or text…</source>
        <translation>按编号、名称或内容搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="121"/>
        <source>Number or UUID of the record</source>
        <translation>记录的编号或 UUID</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="154"/>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/params.py" line="155"/>
        <source>The first %1 records; search to narrow them</source>
        <translation>仅列出前 %1 条，请搜索缩小范围</translation>
    </message>
</context>
<context>
    <name>NoticeRegisterModel</name>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="18"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="18"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="19"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="19"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="20"/>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="20"/>
        <source>By</source>
        <translation>出具人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="21"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="21"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/models.py" line="22"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>NoticeRegisterPage</name>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="25"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="26"/>
        <source>Show the file as it was issued in the preview, to print or save it again.</source>
        <translation>在预览中显示出具时的原文件，可再次打印或保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="28"/>
        <source>Check a file…</source>
        <translation>核对文件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="29"/>
        <source>Choose a PDF: is it a notice this system issued, unchanged?</source>
        <translation>选择一个 PDF 文件，核对它是否为本系统出具且未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="41"/>
        <source>%1 notices issued</source>
        <translation>已出具 %1 份</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/register.py" line="58"/>
        <source>%1 matches the register: %2 “%3”, issued on %4 by %5 (%6 pages).</source>
        <translation>%1 与登记簿相符：%2“%3”，%4 由 %5 出具（共 %6 页）。</translation>
    </message>
</context>
<context>
    <name>NoticeReportsPage</name>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="33"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="33"/>
        <source>Quarterly report</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="34"/>
        <source>Yearly report</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="39"/>
        <source>Make PDF…</source>
        <translation>生成PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="40"/>
        <source>Export to Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="43"/>
        <source>The work report as a PDF: it is issued as a notice (numbered and registered).</source>
        <translation>将工作统计报表生成 PDF：作为公示出具（编定文号并登记）。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="45"/>
        <source>The same figures as a formatted Excel workbook.</source>
        <translation>同样的数据导出为带格式的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="48"/>
        <source>Read-only users may export to Excel or preview the work report on the Notices page: issuing a PDF registers it, which needs the right to enter data.</source>
        <translation>只读用户可以导出 Excel，或在“出具公示”页预览工作统计报表：生成 PDF 要登记，需要录入权限。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="54"/>
        <location filename="../../ui/tabs/notices/reports.py" line="100"/>
        <source>The report builder is not part of this version yet.</source>
        <translation>本版本尚未包含报表生成功能。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="57"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="58"/>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="59"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="67"/>
        <source>The work report of the unit and everything under it: the figures of the period with their charts. The PDF and the workbook hold the same figures as the statistics.</source>
        <translation>所选单位及其下属单位的工作统计报表：本期各项数据及统计图。PDF 和 Excel 中的数据与统计结果一致。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="110"/>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="114"/>
        <source>Computing the figures…</source>
        <translation>正在统计数据…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="114"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="125"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="128"/>
        <source>Issued %1 and saved it to %2.</source>
        <translation>已出具 %1，保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="131"/>
        <source>Report saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="140"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/reports.py" line="140"/>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <location filename="../../ui/tabs/notices/tab.py" line="53"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/tab.py" line="42"/>
        <source>Notices</source>
        <translation>出具公示</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/tab.py" line="43"/>
        <source>Register of notices</source>
        <translation>出具登记</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/notices/tab.py" line="44"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="19"/>
        <source>Add offer</source>
        <translation>登记供给</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="20"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="24"/>
        <source>Offered by:</source>
        <translation>提供方类型：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="25"/>
        <source>Registered unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="26"/>
        <source>In-service party member</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="27"/>
        <source>Provider:</source>
        <translation>提供方：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="28"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="29"/>
        <source>What is offered:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="30"/>
        <source>Orders at a time:</source>
        <translation>同时可接单数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="32"/>
        <source>Available:</source>
        <translation>可服务时间：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="33"/>
        <source>e.g. weekends, weekday evenings</source>
        <translation>如：周末、工作日晚上</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="34"/>
        <source>Willingness:</source>
        <translation>服务意愿：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="36"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="37"/>
        <source>No end date</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/offer_dialog.py" line="39"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="215"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="215"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="216"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="217"/>
        <source>Load</source>
        <translation>在办/可接</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="218"/>
        <source>Available</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="218"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="219"/>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="219"/>
        <source>Offer</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="221"/>
        <source>At capacity</source>
        <translation>已满负荷</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="222"/>
        <source>Add offer…</source>
        <translation>登记供给…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="223"/>
        <source>Retire…</source>
        <translation>下架…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="229"/>
        <source>%1 offers</source>
        <translation>共 %1 条供给</translation>
    </message>
</context>
<context>
    <name>OrderActionDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="79"/>
        <source>Return the order</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="79"/>
        <source>Resident contacted</source>
        <translation>联系居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="80"/>
        <source>Complete the order</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="80"/>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="81"/>
        <source>Cancel the order</source>
        <translation>撤销工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="81"/>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="84"/>
        <source>Order:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="86"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="88"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="90"/>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="91"/>
        <source>Feedback to the resident:</source>
        <translation>给居民的反馈：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="93"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="94"/>
        <source>The problem is solved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/dialogs.py" line="96"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
</context>
<context>
    <name>OrdersActions</name>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="36"/>
        <source>Merged into the similar open request.</source>
        <translation>已合并到相似的未办结诉求。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="37"/>
        <source>Request logged.</source>
        <translation>诉求已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="43"/>
        <source>Request %1 has already been classified.</source>
        <translation>诉求 %1 已经分类。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="46"/>
        <source>Request classified.</source>
        <translation>诉求已分类。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="52"/>
        <source>Only a request transferred to a department takes its feedback.</source>
        <translation>只有转交办理中的诉求才能登记部门反馈。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="55"/>
        <source>Feedback recorded; closed.</source>
        <translation>部门反馈已登记，诉求已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="62"/>
        <source>Select a row first.</source>
        <translation>请先选中一行。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="67"/>
        <source>Escalated to the level above.</source>
        <translation>已上报上一级。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="74"/>
        <source>This need has already been dispatched.</source>
        <translation>这条需求已经派单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="76"/>
        <source>Dispatched.</source>
        <translation>已派单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="81"/>
        <source>Offer added.</source>
        <translation>供给已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="86"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="87"/>
        <source>Take “%1” of %2 off the supply list?</source>
        <translation>将%2的“%1”从供给清单中下架？</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="89"/>
        <source>Offer retired.</source>
        <translation>供给已下架。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="96"/>
        <source>Order accepted.</source>
        <translation>已接单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="98"/>
        <source>Order restarted.</source>
        <translation>已重新办理。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="102"/>
        <source>Order %1 is “%2”: this action is not possible now.</source>
        <translation>工单 %1 当前为“%2”，现在不能进行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="106"/>
        <source>Order updated.</source>
        <translation>工单已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="116"/>
        <source>Review session recorded.</source>
        <translation>评议会已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/actions.py" line="121"/>
        <source>Scores saved.</source>
        <translation>评分已保存。</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="57"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="58"/>
        <source>Requests</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="59"/>
        <source>Need list</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="60"/>
        <source>Supply list</source>
        <translation>供给清单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="61"/>
        <source>Service orders</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="62"/>
        <source>Reviews</source>
        <translation>群众评议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="80"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/tab.py" line="83"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
</context>
<context>
    <name>OrgDetailsPanel</name>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="73"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="29"/>
        <location filename="../../ui/tabs/grid/details.py" line="70"/>
        <source>Select a unit in the tree on the left to see its details.</source>
        <translation>请在左侧组织架构中选择一个单位，查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="36"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="37"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="38"/>
        <source>Belongs to:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="39"/>
        <source>Units below</source>
        <translation>下辖单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="89"/>
        <source>(top of the tree)</source>
        <translation>（最高一级）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="91"/>
        <source>Grid leaders (%1)</source>
        <translation>网格长（%1 名）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="96"/>
        <source>No grid leader is assigned here yet.</source>
        <translation>这里还没有指定网格长。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="98"/>
        <source>Showing the first %1; select a lower unit to see the rest.</source>
        <translation>仅显示前 %1 名；选择下一级单位可查看其余人员。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="106"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="107"/>
        <source>Buildings:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/details.py" line="109"/>
        <source>Nothing below yet. Use “Add sub-unit…” to add one.</source>
        <translation>还没有下级单位。可点击“新增下级单位…”添加。</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="122"/>
        <source>No grid leader</source>
        <translation>无网格长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="141"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="141"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="141"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="141"/>
        <source>Sub-units</source>
        <translation>下级数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="141"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/org_tree_model.py" line="142"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="58"/>
        <source>Late</source>
        <translation>超时类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="58"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="59"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="59"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="60"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="60"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="61"/>
        <source>Supervised</source>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="61"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="62"/>
        <source>Not yet supervised</source>
        <translation>尚未督办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="64"/>
        <source>Supervise…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="65"/>
        <source>Show on the board</source>
        <translation>在工单中查看</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="68"/>
        <source>Overdue orders (督办)</source>
        <translation>超时工单（督办）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="77"/>
        <source>Looking for overdue orders…</source>
        <translation>正在查找超期工单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/overview.py" line="83"/>
        <source>%1 overdue</source>
        <translation>共 %1 张超时</translation>
    </message>
</context>
<context>
    <name>PagedRowsPage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="107"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="42"/>
        <source>Add resident…</source>
        <translation>新增居民…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="43"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="44"/>
        <location filename="../../ui/tabs/grid/pages.py" line="100"/>
        <source>Move to grid…</source>
        <translation>迁到网格…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="45"/>
        <location filename="../../ui/tabs/grid/pages.py" line="117"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="68"/>
        <source>Download template</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="69"/>
        <source>A blank roster workbook to fill in</source>
        <translation>下载空白名单表格，填好后导入</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="48"/>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="48"/>
        <source>Import residents or buildings from Excel</source>
        <translation>从Excel导入居民或楼栋名单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="49"/>
        <location filename="../../ui/tabs/grid/pages.py" line="61"/>
        <location filename="../../ui/tabs/grid/pages.py" line="102"/>
        <location filename="../../ui/tabs/grid/pages.py" line="118"/>
        <location filename="../../ui/tabs/grid/pages.py" line="133"/>
        <source>Export to Excel…</source>
        <translation>导出到Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="56"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="57"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="58"/>
        <source>With leader</source>
        <translation>有楼栋长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="59"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="60"/>
        <source>Below 90%</source>
        <translation>低于90%</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="73"/>
        <source>Residents roster template</source>
        <translation>居民名单模板</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="75"/>
        <source>Buildings roster template</source>
        <translation>楼栋名单模板</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="81"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="90"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="90"/>
        <location filename="../../ui/tabs/grid/pages.py" line="110"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="91"/>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="91"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="92"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="93"/>
        <source>Building leader</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="93"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="94"/>
        <source>Civilised</source>
        <translation>文明楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="94"/>
        <source>Model</source>
        <translation>示范楼</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="95"/>
        <location filename="../../ui/tabs/grid/pages.py" line="112"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="96"/>
        <source>No building leader</source>
        <translation>无楼栋长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="98"/>
        <source>Add building…</source>
        <translation>新增楼栋…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="99"/>
        <location filename="../../ui/tabs/grid/pages.py" line="116"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="101"/>
        <source>Retire…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="109"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="110"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="111"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="111"/>
        <location filename="../../ui/tabs/grid/pages.py" line="126"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="112"/>
        <source>Party org.</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="115"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="125"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="125"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="126"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="127"/>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="127"/>
        <source>Until</source>
        <translation>卸任日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="127"/>
        <source>in office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="128"/>
        <source>Ended; kept in the history</source>
        <translation>已卸任（保留在历史中）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="131"/>
        <source>Assign a role…</source>
        <translation>任命职务…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="132"/>
        <source>End role…</source>
        <translation>卸任…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="134"/>
        <source>Show ended roles</source>
        <translation>显示已卸任</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="154"/>
        <source>%1 buildings, %2 without leader</source>
        <translation>楼栋 %1 栋，无楼栋长 %2 栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/pages.py" line="159"/>
        <location filename="../../ui/tabs/grid/pages.py" line="164"/>
        <source>%1 rows</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="74"/>
        <source>Party %1</source>
        <translation>当事人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="50"/>
        <source>Side:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="44"/>
        <source>Remove this party</source>
        <translation>删除此当事人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="51"/>
        <source>Name, phone or ID in the roster</source>
        <translation>在居民名单中按姓名、电话或身份证号查找</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="55"/>
        <source>Find resident:</source>
        <translation>查找居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="52"/>
        <source>(not in the roster: type below)</source>
        <translation>（不在居民名单中：在下面填写）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="58"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="63"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="63"/>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/case_dialogs.py" line="64"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="159"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="161"/>
        <source>Conflicts go to the conflict list.</source>
        <translation>冲突会列入“冲突”页，由领导处理。</translation>
    </message>
</context>
<context>
    <name>PostsDialog</name>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="16"/>
        <source>Subdistrict posts</source>
        <translation>街道编制</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="17"/>
        <source>Subdistrict:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="19"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="22"/>
        <source>Internal bodies:</source>
        <translation>内设机构数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="23"/>
        <source>Administrative posts:</source>
        <translation>行政编制数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/post_dialogs.py" line="24"/>
        <source>Fully funded institution posts:</source>
        <translation>全额事业编制数：</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="241"/>
        <source>Subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="242"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="243"/>
        <source>Internal bodies</source>
        <translation>内设机构</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="244"/>
        <source>Administrative posts</source>
        <translation>行政编制</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="245"/>
        <source>Institution posts</source>
        <translation>全额事业编制</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="39"/>
        <source>Set the figures…</source>
        <translation>设置编制数…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="44"/>
        <source>These figures are reference data set by the district and sent down with the data exchange; they can be changed only at a district site.</source>
        <translation>街道机构和编制数是区里统一设置、通过数据交换下发的基础数据，只能在区级站点修改。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="46"/>
        <source>Only an administrator can change these figures.</source>
        <translation>只有管理员可以修改编制数。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="61"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="79"/>
        <source>Click “Set the figures…” to enter them for each subdistrict office.</source>
        <translation>点击“设置编制数…”，逐个街道填写。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="80"/>
        <source>They arrive with the district&apos;s data.</source>
        <translation>区里下发数据后即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="81"/>
        <source>No subdistrict figures yet.</source>
        <translation>还没有街道编制数据。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="83"/>
        <source>%1: %2 internal bodies, %3 administrative posts, %4 institution posts</source>
        <translation>%1年：内设机构 %2 个，行政编制 %3 名，全额事业编制 %4 名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/posts.py" line="88"/>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/kit/progress.py" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/kit/progress.py" line="41"/>
        <source>Cancelling, please wait…</source>
        <translation>正在取消，请稍候……</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="18"/>
        <source>New co-building project</source>
        <translation>新建共建项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="18"/>
        <source>Edit project</source>
        <translation>编辑共建项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="23"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="25"/>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="26"/>
        <source>Parties:</source>
        <translation>共建各方：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="27"/>
        <source>e.g. 东关社区、区住建局、区供电公司</source>
        <translation>例如：东关社区、区住建局、区供电公司</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="28"/>
        <source>Goal:</source>
        <translation>项目目标：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="31"/>
        <source>Lead unit:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="32"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="37"/>
        <source>Already under way</source>
        <translation>已在实施中</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="39"/>
        <source>Started on:</source>
        <translation>开始日期：</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="214"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="214"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="215"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="215"/>
        <source>Parties</source>
        <translation>共建各方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="216"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="216"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="217"/>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="217"/>
        <source>Outcome</source>
        <translation>成效/终止原因</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="218"/>
        <source>Dropped</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="15"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="20"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="21"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="22"/>
        <source>Start</source>
        <translation>开始实施</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="23"/>
        <source>Finish…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="25"/>
        <source>Drop…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="42"/>
        <source>No project is “%1”.</source>
        <translation>没有“%1”的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="44"/>
        <source>No co-building projects here yet.</source>
        <translation>这里还没有共建项目。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="45"/>
        <source>Click “New project…” to enter one with its parties and goal.</source>
        <translation>点击“新建项目…”，填写共建各方和项目目标。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="59"/>
        <source>Goal: %1</source>
        <translation>项目目标：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="61"/>
        <source>Outcome: %1</source>
        <translation>项目成效：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="61"/>
        <source>Why it stopped: %1</source>
        <translation>终止原因：%1</translation>
    </message>
</context>
<context>
    <name>ProxyLogPage</name>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="46"/>
        <source>Name (residents of the centre&apos;s community are suggested)</source>
        <translation>姓名（自动提示本社区在册居民）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="50"/>
        <source>Record (Enter)</source>
        <translation>登记（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="53"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="53"/>
        <source>&amp;Centre:</source>
        <translation>服务中心(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="54"/>
        <source>For &amp;whom:</source>
        <translation>服务对象(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="54"/>
        <source>&amp;Service:</source>
        <translation>服务事项(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="55"/>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="55"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="66"/>
        <source>Enter records · Tab next field · digits pick the service and mode · Esc clears · Alt+E goes to the list, where Del voids the selected entry</source>
        <translation>回车登记 · Tab 下一项 · 数字键选择服务事项和方式 · Esc 清空 · Alt+E 转到下方记录，按 Del 作废所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="69"/>
        <source>Your account can only view the log; recording needs a staff account.</source>
        <translation>当前账号只能查看帮办代办记录；登记需要工作人员账号。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="76"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="78"/>
        <source>Newest &amp;entries of this centre:</source>
        <translation>本中心最近记录(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="123"/>
        <source>Choose a community above: proxy services are logged per service centre.</source>
        <translation>请在上方选择社区：帮办代办按社区党群服务中心登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="125"/>
        <source>Nothing logged at this centre yet.</source>
        <translation>本中心还没有帮办代办记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="126"/>
        <source>Type in the row above and press Enter.</source>
        <translation>在上方一行填写后按回车即可登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="145"/>
        <source>Today: %1 recorded</source>
        <translation>今日已登记 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/proxy_log.py" line="145"/>
        <source>%2: %1 recorded</source>
        <translation>%2 已登记 %1 件</translation>
    </message>
</context>
<context>
    <name>ProxyModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="233"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="233"/>
        <source>For whom</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="234"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="234"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="235"/>
        <source>In the roster</source>
        <translation>在册居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="235"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="50"/>
        <source>Decline the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="50"/>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="51"/>
        <source>End the mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="54"/>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="55"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="146"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="155"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="156"/>
        <source>Offers on the supply list:</source>
        <translation>供给清单：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="157"/>
        <source>Orders dispatched:</source>
        <translation>派单数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="157"/>
        <source>Orders completed:</source>
        <translation>办结数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="158"/>
        <source>Orders returned:</source>
        <translation>退单数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="158"/>
        <source>Completion rate:</source>
        <translation>办结率：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="159"/>
        <source>Average review score:</source>
        <translation>评议平均分：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="164"/>
        <source>Select a row to see its service record.</source>
        <translation>选中一行即可查看其服务记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="174"/>
        <source>not reviewed yet</source>
        <translation>尚未评议</translation>
    </message>
</context>
<context>
    <name>RegisteredPage</name>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="186"/>
        <source>Search by name</source>
        <translation>按名称查找</translation>
    </message>
</context>
<context>
    <name>RegisteredUnitDialog</name>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="19"/>
        <source>Register a unit</source>
        <translation>登记报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="19"/>
        <source>Edit registered unit</source>
        <translation>编辑报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="24"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="26"/>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="27"/>
        <source>Kind:</source>
        <translation>单位类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="28"/>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="32"/>
        <source>Has its own party organisation</source>
        <translation>单位有党组织</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="34"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="35"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/unit_dialogs.py" line="38"/>
        <source>Registered on:</source>
        <translation>报到日期：</translation>
    </message>
</context>
<context>
    <name>RenameUnitDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="21"/>
        <source>Rename unit</source>
        <translation>单位改名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="23"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/unit_dialogs.py" line="24"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="36"/>
        <source>New request</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="39"/>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="44"/>
        <source>Name, phone or address in the roster</source>
        <translation>按姓名、电话或地址在居民名单中查找</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="48"/>
        <source>Find resident:</source>
        <translation>查找居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="49"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="45"/>
        <source>(not in the roster: type name and phone below)</source>
        <translation>（不在名单中：在下方填写姓名和电话）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="52"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="53"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="54"/>
        <source>Channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="55"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="56"/>
        <source>(choose a category)</source>
        <translation>（请选择类别）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="58"/>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="59"/>
        <source>Content:</source>
        <translation>诉求内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="61"/>
        <source>What, where, and what the resident hopes for</source>
        <translation>什么事、在哪里、希望怎样解决</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="91"/>
        <source>%1 residents found: choose one in the list.</source>
        <translation>找到 %1 位居民，请在列表中选择一位。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="94"/>
        <source>Nobody found; type the name and phone instead.</source>
        <translation>名单中没有找到，请直接填写姓名和电话。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="133"/>
        <source>Please choose the grid the request comes from.</source>
        <translation>请选择诉求所在的网格。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="67"/>
        <source>No photos or documents</source>
        <translation>没有照片或文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="68"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="73"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="78"/>
        <source>Photos or documents</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/request_dialogs.py" line="79"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="78"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="79"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="80"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="81"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="82"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="83"/>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="84"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="85"/>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="87"/>
        <source>Past its deadline</source>
        <translation>已超过办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="89"/>
        <source>New request…</source>
        <translation>登记诉求…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="90"/>
        <source>Classify…</source>
        <translation>分类…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="91"/>
        <source>Department feedback…</source>
        <translation>部门反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="92"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="93"/>
        <source>Decide on the escalation…</source>
        <translation>处理上报…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="96"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="97"/>
        <source>All but merged duplicates</source>
        <translation>全部（不含已合并的重复诉求）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="102"/>
        <source>Search the content, e.g. 停车</source>
        <translation>搜索诉求内容，如：停车</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="123"/>
        <source>%1 requests found</source>
        <translation>找到 %1 条诉求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="125"/>
        <source>%1 requests</source>
        <translation>共 %1 条诉求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="131"/>
        <source>Select a request to see it in full.</source>
        <translation>选择一条诉求查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/pages.py" line="134"/>
        <source>due %1</source>
        <translation>办结时限 %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="47"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="49"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="50"/>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="51"/>
        <source>The user must change it at the next sign-in.</source>
        <translation>该用户下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="16"/>
        <source>Add resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="16"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="19"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="20"/>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="21"/>
        <source>18 characters; birth date and gender are taken from it</source>
        <translation>18位；出生日期和性别以证件为准</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="22"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="23"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="24"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="26"/>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="30"/>
        <source>Room:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="31"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="32"/>
        <source>Household no.:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="33"/>
        <source>Relation to head:</source>
        <translation>与户主关系：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="34"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_dialog.py" line="42"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="24"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="24"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="24"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="24"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="25"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="25"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="25"/>
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="25"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid/resident_model.py" line="25"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../ui/tabs/grid/residents_page.py" line="28"/>
        <source>%1 residents</source>
        <translation>共 %1 人</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="13"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="16"/>
        <source>No intact backup was found beside the database. Please ask your administrator for help; the file has not been changed.</source>
        <translation>数据库旁没有找到完好的备份。请联系管理员协助处理；数据库文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="22"/>
        <source>Restore the newest intact backup (%1, %2)? The damaged file is kept as a copy in the backups folder.</source>
        <translation>是否用最近一份完好的备份（%1，%2）恢复？损坏的文件会另存一份在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="24"/>
        <source>Restore the backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="23"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="23"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="24"/>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="25"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="24"/>
        <source>Reviewers</source>
        <translation>评议人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="25"/>
        <source>Orders scored</source>
        <translation>已评工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="27"/>
        <source>New session…</source>
        <translation>登记评议会…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="28"/>
        <source>Score orders…</source>
        <translation>评议打分…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="35"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="35"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="36"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="36"/>
        <source>Party member</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="36"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="37"/>
        <source>Accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="38"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="39"/>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="40"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="42"/>
        <source>Monthly record for</source>
        <translation>月度实绩：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="47"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="71"/>
        <source>%1 sessions</source>
        <translation>共 %1 次评议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/reviews.py" line="86"/>
        <source>%1 providers</source>
        <translation>共 %1 个单位和党员</translation>
    </message>
</context>
<context>
    <name>RowsPage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="52"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="43"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="70"/>
        <source>Export to Excel…</source>
        <translation>导出到Excel…</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="62"/>
        <source>Score the month&apos;s orders</source>
        <translation>评议本月工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="67"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="67"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="67"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="68"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="68"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="89"/>
        <source>Orders:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="91"/>
        <source>No order of this community was completed in this month.</source>
        <translation>本社区本月没有办结的工单。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="102"/>
        <source>Give at least one order a score from 1 to 5.</source>
        <translation>请至少给一张工单打1到5分。</translation>
    </message>
</context>
<context>
    <name>SecondWindow</name>
    <message>
        <location filename="../../ui/window_lock.py" line="39"/>
        <source>Already open</source>
        <translation>已在另一个窗口中打开</translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="40"/>
        <source>The database %1 is already open in another GridDesk window.</source>
        <translation>数据库 %1 已在另一个 GridDesk 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="42"/>
        <source>Both windows can work, but neither shows the other&apos;s changes until it is refreshed, and saving may wait for the other window. Switch to the other window, or open this one anyway?</source>
        <translation>两个窗口都能使用，但一个窗口要刷新后才能看到另一个窗口的修改，保存时也可能要等另一个窗口完成。请切换到已打开的窗口，或者仍然打开这个窗口？</translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="44"/>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="223"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="223"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="224"/>
        <source>Service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="224"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="225"/>
        <source>Project</source>
        <translation>共建项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="226"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="227"/>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="228"/>
        <source>What was done</source>
        <translation>服务情况</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="69"/>
        <source>Record a service…</source>
        <translation>登记志愿服务…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="70"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="71"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="81"/>
        <source>No volunteer services in this period.</source>
        <translation>这个时段没有志愿服务记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="82"/>
        <source>Click “Record a service…” after each outing, with the problems it solved.</source>
        <translation>每次服务后点击“登记志愿服务…”，记下解决的实际问题。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="83"/>
        <source>%1 services, %2 volunteers, %3 problems solved</source>
        <translation>%1 次服务，%2 人次志愿者，解决实际问题 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/projects.py" line="87"/>
        <source> (the newest 500; choose a shorter period)</source>
        <translation>（仅显示最近 500 条，请缩短时段）</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="31"/>
        <source>New review session</source>
        <translation>登记评议会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="33"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="37"/>
        <source>Month reviewed:</source>
        <translation>评议月份：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="38"/>
        <source>Held on:</source>
        <translation>召开日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="76"/>
        <source>Record a mediation session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="79"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="80"/>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="39"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="81"/>
        <source>Attendees:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/dialogs.py" line="82"/>
        <source>What was said:</source>
        <translation>调解情况：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="41"/>
        <source>Requesting residents:</source>
        <translation>点单群众：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="42"/>
        <source>Deputies and CPPCC members:</source>
        <translation>两代表一委员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="43"/>
        <source>Resident representatives:</source>
        <translation>群众代表：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="45"/>
        <source>Names separated by 、</source>
        <translation>多人用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/orders/review_dialogs.py" line="46"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="42"/>
        <source>Remember window size and column widths</source>
        <translation>记住窗口大小和列宽</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="44"/>
        <source>Back up the database on the first start of each day</source>
        <translation>每天首次启动时自动备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="47"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="48"/>
        <source>A new language takes effect the next time GridDesk starts.</source>
        <translation>更改语言后，下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65"/>
        <source>Backups kept: the last %1 daily and %2 weekly ones, the last %3 before an import and %4 before an upgrade. They are compressed and take at most %5 times the database&apos;s size; beyond that the oldest of the kind with the most copies is deleted first, the newest of each kind never.</source>
        <translation>备份保留：最近 %1 份每日备份和 %2 份每周备份，导入前最近 %3 份，升级前最近 %4 份。备份经过压缩，总共最多占数据库大小的 %5 倍；超出时先删份数最多的那类中最旧的一份，每类最新的一份永远保留。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>None chosen (the usual Chinese fonts are used)</source>
        <translation>未选择（使用常用中文字体）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="89"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="91"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="99"/>
        <source>Notice font:</source>
        <translation>公示字体：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>Choose a font for notices</source>
        <translation>选择公示所用字体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>Notices are set in: %1</source>
        <translation>公示当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="132"/>
        <source> (a usual Chinese font is installed, so the chosen file is used only without one)</source>
        <translation>（本机已装有常用中文字体，所选字体只在没有常用字体时使用）</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="37"/>
        <source>Create this site</source>
        <translation>创建本站点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="38"/>
        <source>The office this PC works for, and its first administrator.</source>
        <translation>这台电脑所服务的单位，以及第一个管理员账号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="40"/>
        <source>e.g. Chengguan Subdistrict Office</source>
        <translation>如 城关街道办事处</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="45"/>
        <source>optional, e.g. 611002001</source>
        <translation>可不填，如 611002001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="54"/>
        <source>Site name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="54"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="55"/>
        <source>Organisation code:</source>
        <translation>组织编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="56"/>
        <source>Administrator login:</source>
        <translation>管理员登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="57"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="57"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="87"/>
        <source>Please enter a login name for the administrator.</source>
        <translation>请填写管理员登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="90"/>
        <source>The two passwords differ. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="121"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="122"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="123"/>
        <source>Last bundle received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="123"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="124"/>
        <source>Through</source>
        <translation>经由</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="125"/>
        <source>No. received</source>
        <translation>已收序号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="126"/>
        <source>No. sent</source>
        <translation>已发序号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="127"/>
        <source>Missing numbers</source>
        <translation>缺号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="128"/>
        <source>Days since</source>
        <translation>未报天数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="129"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="130"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="135"/>
        <source>The keys of this site are revoked.</source>
        <translation>该站点的密钥已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="137"/>
        <source>This site has never sent a bundle.</source>
        <translation>该站点从未报送数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/models.py" line="138"/>
        <source>No bundle for %1 days.</source>
        <translation>已 %1 天未报送数据包。</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="95"/>
        <source>Enrol a new site…</source>
        <translation>登记新站点…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="98"/>
        <source>Reissue the enrolment file…</source>
        <translation>重新生成登记文件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="99"/>
        <source>For a site whose PC must be rebuilt: a new enrolment file; its old keys are revoked.</source>
        <translation>用于电脑须重建的站点：生成新的登记文件，同时撤销它的旧密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="103"/>
        <location filename="../../ui/tabs/exchange/pages.py" line="147"/>
        <source>Revoke keys</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="104"/>
        <source>Refuse every bundle signed with this site&apos;s keys.</source>
        <translation>拒收用该站点密钥签名的所有数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="106"/>
        <source>Mark red after</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="110"/>
        <source> days</source>
        <translation> 天未报送标红</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="121"/>
        <source>%1 sites, %2 late</source>
        <translation>共 %1 个站点，%2 个逾期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="127"/>
        <source>Please choose a site first.</source>
        <translation>请先选择一个站点。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="129"/>
        <source>Reissue the enrolment file of %1? Its current keys are revoked: bundles from its old PC are refused from now on.</source>
        <translation>为%1重新生成登记文件吗？它现在的密钥将被撤销：从此拒绝来自旧电脑的数据包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="131"/>
        <source>Reissue the enrolment file</source>
        <translation>重新生成登记文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="133"/>
        <source>Save the enrolment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="137"/>
        <source>New enrolment file for %1: %2. When the rebuilt PC has joined with it, trust its first bundle, then send it a recovery bundle.</source>
        <translation>已为%1生成新的登记文件：%2。重建的电脑用它加入后，请核对并信任它的第一个数据包，再给它发送恢复包。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="145"/>
        <source>Revoke the keys of %1? Its bundles will be refused until it is enrolled again.</source>
        <translation>撤销 %1 的密钥？在重新登记之前，它的数据包都将被拒收。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/exchange/pages.py" line="149"/>
        <source>The keys of %1 are revoked.</source>
        <translation>已撤销 %1 的密钥。</translation>
    </message>
</context>
<context>
    <name>Splash</name>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Opening the workbench…</source>
        <translation>正在打开工作台…</translation>
    </message>
</context>
<context>
    <name>StateBoard</name>
    <message>
        <location filename="../../ui/kit/state_board.py" line="79"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/kit/state_board.py" line="79"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/kit/state_board.py" line="79"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/kit/state_board.py" line="79"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/kit/state_board.py" line="95"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="21"/>
        <source>Site: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="24"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="27"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="33"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="147"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="158"/>
        <source>The demo data is ready. Sign in as &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;%2&lt;/b&gt; (it is filled in for you on the next screen).</source>
        <translation>演示数据已生成。请用登录名 &lt;b&gt;%1&lt;/b&gt;、密码 &lt;b&gt;%2&lt;/b&gt; 登录（下一步会自动填好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="162"/>
        <source>This site has been created and &lt;b&gt;%1&lt;/b&gt; is signed in. Click Finish to open the workbench.</source>
        <translation>站点已创建，&lt;b&gt;%1&lt;/b&gt; 已登录。点击“完成”进入工作台。</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="26"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="31"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="38"/>
        <source>Select a row first.</source>
        <translation>请先选中一行。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="60"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="66"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="73"/>
        <source>Unit registered.</source>
        <translation>报到单位已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="81"/>
        <source>Unit saved.</source>
        <translation>报到单位已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="86"/>
        <source>Retire the registered unit “%1”? Its members and records stay.</source>
        <translation>注销报到单位“%1”？其党员和服务记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="89"/>
        <source>Unit retired.</source>
        <translation>报到单位已注销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="96"/>
        <source>Party member registered.</source>
        <translation>在职党员已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="104"/>
        <source>Party member saved.</source>
        <translation>在职党员已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="109"/>
        <source>Retire the party member “%1”?</source>
        <translation>注销在职党员“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="111"/>
        <source>Party member retired.</source>
        <translation>在职党员已注销。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="119"/>
        <source>Team set up.</source>
        <translation>队伍已组建。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="126"/>
        <source>Team saved.</source>
        <translation>队伍已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="135"/>
        <source>Disband “%1”? The team and its members stay on record.</source>
        <translation>解散“%1”？队伍和队员记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="136"/>
        <source>Disband the team</source>
        <translation>解散队伍</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="136"/>
        <source>Disbanded on:</source>
        <translation>解散日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="137"/>
        <source>Team disbanded.</source>
        <translation>队伍已解散。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="143"/>
        <source>Member added.</source>
        <translation>队员已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="151"/>
        <source>Leave the team</source>
        <translation>退队</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="151"/>
        <source>Left on:</source>
        <translation>退队日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="152"/>
        <source>Member left.</source>
        <translation>队员已退队。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="159"/>
        <source>Project entered.</source>
        <translation>共建项目已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="166"/>
        <source>Project saved.</source>
        <translation>共建项目已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="172"/>
        <source>Project started.</source>
        <translation>项目已开始实施。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="180"/>
        <source>Finish the project</source>
        <translation>完成项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="180"/>
        <source>Outcome:</source>
        <translation>项目成效：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="181"/>
        <source>Project finished.</source>
        <translation>项目已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="188"/>
        <source>Drop the project</source>
        <translation>终止项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="188"/>
        <source>Why it stops:</source>
        <translation>终止原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="189"/>
        <source>Project dropped.</source>
        <translation>项目已终止。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="195"/>
        <source>Service recorded.</source>
        <translation>志愿服务已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="203"/>
        <source>Service saved.</source>
        <translation>志愿服务已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="208"/>
        <source>Delete the service “%1”?</source>
        <translation>删除志愿服务“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="210"/>
        <source>Service deleted.</source>
        <translation>志愿服务已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="217"/>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="224"/>
        <source>Undone right after recording</source>
        <translation>登记后立即撤销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="232"/>
        <source>Void the entry</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="232"/>
        <source>Reason:</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="233"/>
        <source>Entry voided.</source>
        <translation>记录已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/actions.py" line="240"/>
        <source>Figures saved.</source>
        <translation>编制数已保存。</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="65"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="74"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="100"/>
        <source>Your account can only view.</source>
        <translation>当前账号只能查看。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="128"/>
        <location filename="../../ui/tabs/support/pages.py" line="130"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="44"/>
        <source>Registered units</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="45"/>
        <source>In-service members</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="46"/>
        <source>Party task forces</source>
        <translation>党员突击队</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="47"/>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="48"/>
        <source>Co-building projects</source>
        <translation>共建项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="49"/>
        <source>Volunteer services</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="50"/>
        <source>Proxy services</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/tab.py" line="51"/>
        <source>Subdistrict posts</source>
        <translation>街道编制</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="58"/>
        <source>Export to Excel</source>
        <translation>导出到Excel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="65"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="71"/>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="78"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="89"/>
        <source>This record has no escalation waiting for a decision.</source>
        <translation>这条记录没有等待处理的上报事项。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/tab_actions.py" line="93"/>
        <source>Decision recorded.</source>
        <translation>已记录处理决定。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/kit/page.py" line="93"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="22"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="22"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="26"/>
        <source>Community or subdistrict:</source>
        <translation>所属社区或街道：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="28"/>
        <source>Team name:</source>
        <translation>队伍名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="35"/>
        <source>Team leader:</source>
        <translation>队长：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="36"/>
        <source>What it does:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="38"/>
        <source>Founded on:</source>
        <translation>成立日期：</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="57"/>
        <source>Add a member to %1</source>
        <translation>为“%1”添加队员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="60"/>
        <source>Who:</source>
        <translation>队员身份：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="61"/>
        <source>In-service party member</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="61"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="62"/>
        <source>Someone not in the roster</source>
        <translation>未在册人员（只填姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="64"/>
        <source>Party member:</source>
        <translation>在职党员：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="67"/>
        <source>Name, phone or ID in the roster</source>
        <translation>在册居民的姓名、电话或身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="69"/>
        <source>Find resident:</source>
        <translation>查找居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="70"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="71"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="72"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="74"/>
        <source>Joined on:</source>
        <translation>入队日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="88"/>
        <source>No party members are registered here yet: register them on the “In-service members” page first.</source>
        <translation>这里还没有在职党员报到：请先在“在职党员”页登记。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/team_dialogs.py" line="91"/>
        <source>The name and phone of a party member or resident come from their record; type them only for someone else.</source>
        <translation>在职党员和居民的姓名、电话取自其记录；只有未在册人员才需要填写。</translation>
    </message>
</context>
<context>
    <name>TeamMembersModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="205"/>
        <source>Party member</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="205"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="206"/>
        <source>Who</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="207"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="207"/>
        <source>Joined</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="208"/>
        <source>Left</source>
        <translation>退队日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="209"/>
        <source>Left the team</source>
        <translation>已退队</translation>
    </message>
</context>
<context>
    <name>TeamMembersPanel</name>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="21"/>
        <source>Add a member…</source>
        <translation>添加队员…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="22"/>
        <source>Leave the team…</source>
        <translation>退队…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="23"/>
        <source>Show members who left</source>
        <translation>显示已退队队员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="32"/>
        <source>Select a team above to see its members.</source>
        <translation>在上方选中一支队伍，即可查看其队员。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="42"/>
        <source>Members of %1</source>
        <translation>%1 的队员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="44"/>
        <source>This team was disbanded on %1.</source>
        <translation>这支队伍已于 %1 解散。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="46"/>
        <source>This team has no members yet.</source>
        <translation>这支队伍还没有队员。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="47"/>
        <source>Click “Add a member…”: a party member, a resident or just a name.</source>
        <translation>点击“添加队员…”：可选在职党员、居民，或只填姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="50"/>
        <source>%1 members</source>
        <translation>%1 名队员</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="195"/>
        <source>Community or subdistrict</source>
        <translation>所属社区或街道</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="196"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="196"/>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="197"/>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="197"/>
        <source>Does</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="198"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="199"/>
        <location filename="../../ui/tabs/support/models.py" line="200"/>
        <source>Disbanded</source>
        <translation>解散日期</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="58"/>
        <source>New %1…</source>
        <translation>新建%1…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="59"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="60"/>
        <source>Disband…</source>
        <translation>解散…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="62"/>
        <source>Show disbanded teams</source>
        <translation>显示已解散的队伍</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="80"/>
        <source>No %1 here yet.</source>
        <translation>这里还没有%1。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="81"/>
        <source>Click “New %1…” to set one up.</source>
        <translation>点击“新建%1…”组建一支。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/teams.py" line="84"/>
        <source>%1 teams, %2 members</source>
        <translation>%1 支队伍，%2 名队员</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="176"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="176"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="177"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="177"/>
        <source>Party organisation</source>
        <translation>有党组织</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="178"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="178"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/models.py" line="179"/>
        <source>Registered on</source>
        <translation>报到日期</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="228"/>
        <source>Register a unit…</source>
        <translation>登记报到单位…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="229"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="230"/>
        <source>Retire</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="240"/>
        <source>No registered unit matches “%1”.</source>
        <translation>没有名称含“%1”的报到单位。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="242"/>
        <source>No units have registered with a community here yet.</source>
        <translation>这里还没有单位到社区报到。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="243"/>
        <source>Click “Register a unit…” to add the first one.</source>
        <translation>点击“登记报到单位…”登记第一个。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/pages.py" line="245"/>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="12"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="12"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="13"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="13"/>
        <source>Read only</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="14"/>
        <source>Grid management</source>
        <translation>网格管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="14"/>
        <source>Four orders</source>
        <translation>四单管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="15"/>
        <source>Mediation and deliberation</source>
        <translation>调解与议事</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="16"/>
        <source>Fund ledgers</source>
        <translation>经费台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="16"/>
        <source>Four supports</source>
        <translation>四重支持</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="17"/>
        <source>Notices and reports</source>
        <translation>公示与报表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="35"/>
        <source>Everything this site holds</source>
        <translation>本站全部</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="28"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="48"/>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="48"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="49"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="49"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="50"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="51"/>
        <source>Responsible for</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="53"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="55"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="59"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="61"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="62"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="62"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="65"/>
        <source>Disabled: cannot sign in</source>
        <translation>已停用：不能登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="66"/>
        <source>Locked after wrong passwords</source>
        <translation>密码连续输错，已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="70"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="71"/>
        <source>Role and scope…</source>
        <translation>角色和范围…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="72"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="73"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="74"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="75"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="89"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="92"/>
        <source>Lock the window after this long without use:</source>
        <translation>无操作多长时间后锁屏：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="143"/>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="144"/>
        <source>%1 will no longer be able to sign in. The audit log keeps their actions.</source>
        <translation>%1 将不能再登录。操作日志中该用户的记录会保留。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="16"/>
        <source>Visit or talk</source>
        <translation>走访或宣讲</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="17"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="20"/>
        <source>Adviser or police officer:</source>
        <translation>法律顾问或社区民警：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="21"/>
        <source>Kind:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="22"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="23"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="24"/>
        <source>Audience:</source>
        <translation>受众人数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/law_dialogs.py" line="26"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>VolunteerServiceDialog</name>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="56"/>
        <source>Record a volunteer service</source>
        <translation>登记志愿服务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="56"/>
        <source>Edit volunteer service</source>
        <translation>编辑志愿服务</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="60"/>
        <source>Where:</source>
        <translation>服务地点：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="62"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="63"/>
        <source>Service:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="64"/>
        <source>e.g. 义务理发进小区</source>
        <translation>例如：义务理发进小区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="65"/>
        <source>Team:</source>
        <translation>服务队伍：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="66"/>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="70"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="69"/>
        <source>Co-building project:</source>
        <translation>共建项目：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="74"/>
        <source>Volunteers:</source>
        <translation>志愿者人数：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="75"/>
        <source>Problems solved:</source>
        <translation>解决实际问题：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/support/project_dialogs.py" line="78"/>
        <source>What was done:</source>
        <translation>服务情况：</translation>
    </message>
</context>
<context>
    <name>ZerosPage</name>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="233"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="234"/>
        <source>Zero petitions</source>
        <translation>零信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="235"/>
        <source>Petitions</source>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="236"/>
        <source>Zero accidents</source>
        <translation>零事故</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="237"/>
        <source>Accidents</source>
        <translation>安全事故</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="238"/>
        <source>Zero crimes</source>
        <translation>零发案</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="239"/>
        <source>Crimes</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="241"/>
        <source>Not all three zeros</source>
        <translation>未实现“三零”</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="245"/>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="248"/>
        <source>Record an event…</source>
        <translation>登记事件…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="250"/>
        <source>Three zeros</source>
        <translation>三零</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="259"/>
        <source>%1 of %2 communities with all three zeros</source>
        <translation>%2 个社区中 %1 个实现“三零”</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation/pages.py" line="249"/>
        <source>Log a visit or talk…</source>
        <translation>登记走访或宣讲…</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <location filename="../../ui/integrity.py" line="104"/>
        <source>Database check passed.</source>
        <translation>数据库完整性检查通过。</translation>
    </message>
    <message>
        <location filename="../../ui/integrity.py" line="117"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
</context>
<context>
    <name>offsite_backup</name>
    <message>
        <location filename="../../ui/offsite_backup.py" line="16"/>
        <source>Back up to a USB stick: choose a folder on the stick</source>
        <translation>备份到U盘：选择U盘上的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/offsite_backup.py" line="21"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <location filename="../../ui/offsite_backup.py" line="25"/>
        <source>Encrypted backup written: %1 (only this site&apos;s and the district&apos;s keys open it)</source>
        <translation>已加密备份到：%1（只有本站和区级的密钥能打开）</translation>
    </message>
    <message>
        <location filename="../../ui/offsite_backup.py" line="34"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
</TS>
