<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="17"/>
        <source>About GridDesk</source>
        <translation>关于 GridDesk</translation>
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
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="19"/>
        <source>Add sub-unit</source>
        <translation>新增下级单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="22"/>
        <source>e.g. %1001</source>
        <translation>如 %1001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="26"/>
        <source>Under:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="27"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="28"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_unit.py" line="30"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="21"/>
        <source>Welcome to GridDesk</source>
        <translation>欢迎使用网格治理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="22"/>
        <source>There is no database yet. Create this site, or try the program with demo data.</source>
        <translation>还没有数据库。请创建本站点，或先用演示数据试用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="23"/>
        <source>Create this site (a new, empty database)</source>
        <translation>创建本站点（新建一个空数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="24"/>
        <source>Open the demo data (a sample district to try things out)</source>
        <translation>打开演示数据（一个示例城区，供试用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="33"/>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="102"/>
        <source>Open the demo data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="103"/>
        <source>A made-up district with the figures of the Shangzhou article. Names, phone and ID numbers are invented.</source>
        <translation>一个虚构的城区，数据规模与商州区的介绍文章一致。姓名、电话和身份证号均为虚构。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="106"/>
        <source>Small (a few communities, ready in seconds)</source>
        <translation>小型（几个社区，数秒即可生成）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="107"/>
        <source>Shangzhou (4 subdistricts, 26 communities, 529 grids)</source>
        <translation>商州区规模（4个街道、26个社区、529个网格）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="111"/>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="113"/>
        <source>Do not enter real residents into a demo database.</source>
        <translation>请勿在演示数据库中录入真实居民信息。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="125"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="126"/>
        <source>Generating the demo data…</source>
        <translation>正在生成演示数据……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="137"/>
        <source>Cancelled. No demo database was kept.</source>
        <translation>已取消，未保留演示数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="139"/>
        <source>The demo data generator is not part of this installation.</source>
        <translation>本安装包不含演示数据生成器。</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>GridDesk – first start</source>
        <translation>网格治理工作台 – 首次启动</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <location filename="../../ui/tabs/grid_tab.py" line="38"/>
        <source>Filter by name or code</source>
        <translation>按名称或编码筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid_tab.py" line="41"/>
        <source>Add sub-unit…</source>
        <translation>新增下级单位…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid_tab.py" line="125"/>
        <source>The organisation tree is empty.
This site&apos;s units arrive with the site setup or with a reference-data bundle from above.</source>
        <translation>组织架构为空。
本站点的组织单位在创建站点时生成，或由上级下发的基础数据包导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/grid_tab.py" line="128"/>
        <source>No unit matches “%1”.</source>
        <translation>没有名称或编码包含“%1”的单位。</translation>
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
        <location filename="../../ui/models/leader_model.py" line="36"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../ui/models/leader_model.py" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/leader_model.py" line="36"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="15"/>
        <source>Sign in – GridDesk</source>
        <translation>登录 – 网格治理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="23"/>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="24"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="27"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="29"/>
        <source>GridDesk – %1</source>
        <translation>网格治理工作台 – %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Grid management</source>
        <translation>网格管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>&amp;Preferences…</source>
        <translation>选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>&amp;About GridDesk</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Backup written: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>OrgDetailsPanel</name>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="24"/>
        <source>Select a unit in the tree on the left to see its details.</source>
        <translation>请在左侧组织架构中选择一个单位，查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="31"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="32"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="33"/>
        <source>Belongs to:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="34"/>
        <source>Units below</source>
        <translation>下辖单位</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="69"/>
        <source>(top of the tree)</source>
        <translation>（最高一级）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="71"/>
        <source>Grid leaders (%1)</source>
        <translation>网格长（%1 名）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="76"/>
        <source>No grid leader is assigned here yet.</source>
        <translation>这里还没有指定网格长。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="78"/>
        <source>Showing the first %1; select a lower unit to see the rest.</source>
        <translation>仅显示前 %1 名；选择下一级单位可查看其余人员。</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="86"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="87"/>
        <source>Buildings:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/org_details.py" line="89"/>
        <source>Nothing below yet. Use “Add sub-unit…” to add one.</source>
        <translation>还没有下级单位。可点击“新增下级单位…”添加。</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../ui/models/org_tree_model.py" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_tree_model.py" line="102"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_tree_model.py" line="102"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_tree_model.py" line="102"/>
        <source>Sub-units</source>
        <translation>下级数</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/dialogs/progress.py" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/progress.py" line="41"/>
        <source>Cancelling, please wait…</source>
        <translation>正在取消，请稍候……</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="21"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="27"/>
        <source>Remember window size and column widths</source>
        <translation>记住窗口大小和列宽</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="29"/>
        <source>Back up the database on the first start of each day</source>
        <translation>每天首次启动时自动备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="32"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="33"/>
        <source>A new language takes effect the next time GridDesk starts.</source>
        <translation>更改语言后，下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="39"/>
        <source>Create this site</source>
        <translation>创建本站点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="40"/>
        <source>The office this PC works for, and its first administrator.</source>
        <translation>这台电脑所服务的单位，以及第一个管理员账号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="42"/>
        <source>e.g. Chengguan Subdistrict Office</source>
        <translation>如 城关街道办事处</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="47"/>
        <source>optional, e.g. 611002001</source>
        <translation>可不填，如 611002001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="56"/>
        <source>Site name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="56"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="57"/>
        <source>Organisation code:</source>
        <translation>组织编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="58"/>
        <source>Administrator login:</source>
        <translation>管理员登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="59"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="59"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="89"/>
        <source>Please enter a login name for the administrator.</source>
        <translation>请填写管理员登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="92"/>
        <source>The two passwords differ. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
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
        <location filename="../../ui/dialogs/first_run_pages.py" line="149"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="156"/>
        <source>The demo data is ready. Sign in as &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;%2&lt;/b&gt; (it is filled in for you on the next screen).</source>
        <translation>演示数据已生成。请用登录名 &lt;b&gt;%1&lt;/b&gt;、密码 &lt;b&gt;%2&lt;/b&gt; 登录（下一步会自动填好）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="160"/>
        <source>This site has been created and &lt;b&gt;%1&lt;/b&gt; is signed in. Click Finish to open the workbench.</source>
        <translation>站点已创建，&lt;b&gt;%1&lt;/b&gt; 已登录。点击“完成”进入工作台。</translation>
    </message>
</context>
</TS>
