<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address &apos;%1&apos; is not a valid URL.</source>
        <translation>服务器地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer (localhost). Use https://, or mark the profile as insecure on purpose.</source>
        <translation>未加密的 http:// 只用于本机（localhost）。请使用 https://，或有意将此配置标记为不安全。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>无法连接服务器。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or the network is slow.</source>
        <translation>服务器未能及时响应，可能负载过高或网络较慢。</translation>
    </message>
    <message>
        <source>The server did not accept your login. Please log in again.</source>
        <translation>服务器不接受你的登录，请重新登录。</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>你的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>服务器上没有此条目。</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>请求过大，服务器无法处理。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>服务器认为请求无效并予以拒绝。</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>其他人已先修改了此内容。</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; trying again in %n second(s).</source>
        <translation>
            <numerusform>服务器繁忙，%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy; trying again shortly.</source>
        <translation>服务器繁忙，稍后重试。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again later.</source>
        <translation>服务器出现问题（HTTP %1），请稍后再试。</translation>
    </message>
    <message>
        <source>The server sent a reply that Steward cannot read.</source>
        <translation>服务器返回了 Steward 无法读取的响应。</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection.</source>
        <translation>拒绝未加密的连接。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The local cache could not be updated.</source>
        <translation>无法更新本地缓存。</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>the reply was incomplete</source>
        <translation>响应不完整</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Search summary, action or ID</source>
        <translation>搜索摘要、操作或 ID</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所选条目</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>选择一条记录以查看完整内容。</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>变更后版本</translation>
    </message>
    <message>
        <source>Mutation ID</source>
        <translation>变更 ID</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>没有匹配的审计记录。</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries</source>
        <translation>显示最新的 %1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>Who (username)</source>
        <translation>操作人（用户名）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Steward — the community-operations console.

Without a command, opens the console on the local cache (no network needed).
Commands:
  sync    log in, push pending changes and pull the latest into the cache, then exit.
          The password is read from STEWARD_PASSWORD or from standard input.

For the demo and automation: the console given --server and --user logs in by itself
when STEWARD_PASSWORD is set.</source>
        <translation>Steward（社群管家）— 社群运营控制台。

不带命令时，在本地缓存上打开控制台（无需网络）。
命令：
  sync    登录，推送待同步的更改并将最新数据拉取到缓存，然后退出。
          密码从 STEWARD_PASSWORD 或标准输入读取。

用于演示和自动化：设置了 STEWARD_PASSWORD 时，带 --server 和 --user
启动的控制台会自动登录。</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;dir&gt;.</source>
        <translation>将本地缓存保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: en, zh_CN or zh_TW.</source>
        <translation>本次运行使用 &lt;language&gt;：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>The platform&apos;s address, e.g. https://community.example.com.</source>
        <translation>平台地址，例如 https://community.example.com。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt;.</source>
        <translation>以 &lt;name&gt; 身份登录。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The connection profile (default: default).</source>
        <translation>连接配置（默认：default）。</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host, on purpose.</source>
        <translation>有意允许以未加密的 HTTP 连接非本机主机。</translation>
    </message>
    <message>
        <source>sync: print no progress lines.</source>
        <translation>sync：不输出进度信息。</translation>
    </message>
    <message>
        <source>Optional: sync</source>
        <translation>可选：sync</translation>
    </message>
    <message>
        <source>[sync]</source>
        <translation>[sync]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en, zh_CN or zh_TW.</source>
        <translation>未知语言“%1”；请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL; use https://host or http://host:port.</source>
        <translation>“%1”不是服务器 URL；请使用 https://主机 或 http://主机:端口。</translation>
    </message>
    <message>
        <source>The profile name must not be empty.</source>
        <translation>配置名称不能为空。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the only command is sync.</source>
        <translation>未知命令“%1”；唯一的命令是 sync。</translation>
    </message>
    <message>
        <source>sync needs --server URL.</source>
        <translation>sync 需要 --server URL。</translation>
    </message>
    <message>
        <source>sync needs --user NAME.</source>
        <translation>sync 需要 --user NAME。</translation>
    </message>
    <message>
        <source>could not tell what to do; see --help.</source>
        <translation>无法确定要执行的操作；请参阅 --help。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>你的更改</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>服务器上</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message>
        <source>%1 claimed it</source>
        <translation>%1 认领了</translation>
    </message>
    <message>
        <source>%1 deleted it</source>
        <translation>%1 删除了</translation>
    </message>
    <message>
        <source>%1 changed it</source>
        <translation>%1 修改了</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 approved it at %2</source>
        <translation>%1 于 %2 通过了</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 通过了</translation>
    </message>
    <message>
        <source>%1 rejected it at %2</source>
        <translation>%1 于 %2 驳回了</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 驳回了</translation>
    </message>
    <message>
        <source>%1 escalated it at %2</source>
        <translation>%1 于 %2 上报了</translation>
    </message>
    <message>
        <source>%1 escalated it</source>
        <translation>%1 上报了</translation>
    </message>
    <message>
        <source>%1 claimed it at %2</source>
        <translation>%1 于 %2 认领了</translation>
    </message>
    <message>
        <source>%1 deleted it at %2</source>
        <translation>%1 于 %2 删除了</translation>
    </message>
    <message>
        <source>%1 changed it at %2</source>
        <translation>%1 于 %2 修改了</translation>
    </message>
    <message>
        <source>You approved it</source>
        <translation>你通过了</translation>
    </message>
    <message>
        <source>You rejected it</source>
        <translation>你驳回了</translation>
    </message>
    <message>
        <source>You escalated it</source>
        <translation>你上报了</translation>
    </message>
    <message>
        <source>You claimed it</source>
        <translation>你认领了</translation>
    </message>
    <message>
        <source>You released your claim</source>
        <translation>你释放了认领</translation>
    </message>
    <message>
        <source>You put it on hold</source>
        <translation>你暂缓了</translation>
    </message>
    <message>
        <source>You lifted the hold</source>
        <translation>你取消了暂缓</translation>
    </message>
    <message>
        <source>You awarded points</source>
        <translation>你奖励了积分</translation>
    </message>
    <message>
        <source>You awarded a badge</source>
        <translation>你授予了徽章</translation>
    </message>
    <message>
        <source>You revoked a badge</source>
        <translation>你收回了徽章</translation>
    </message>
    <message>
        <source>You set the tier</source>
        <translation>你设置了等级</translation>
    </message>
    <message>
        <source>You added a note</source>
        <translation>你添加了备注</translation>
    </message>
    <message>
        <source>You muted the member</source>
        <translation>你对该成员禁言了</translation>
    </message>
    <message>
        <source>You unmuted the member</source>
        <translation>你解除了该成员的禁言</translation>
    </message>
    <message>
        <source>You banned the member</source>
        <translation>你封禁了该成员</translation>
    </message>
    <message>
        <source>You unbanned the member</source>
        <translation>你解除了该成员的封禁</translation>
    </message>
    <message>
        <source>You created it</source>
        <translation>你创建了</translation>
    </message>
    <message>
        <source>You edited it</source>
        <translation>你更新了</translation>
    </message>
    <message>
        <source>You deleted it</source>
        <translation>你删除了</translation>
    </message>
    <message>
        <source>You changed the order</source>
        <translation>你调整了顺序</translation>
    </message>
    <message>
        <source>You replied</source>
        <translation>你回复了</translation>
    </message>
    <message>
        <source>You resolved it</source>
        <translation>你解决了</translation>
    </message>
    <message>
        <source>You added an admin</source>
        <translation>你添加了管理员</translation>
    </message>
    <message>
        <source>You removed an admin</source>
        <translation>你移除了管理员</translation>
    </message>
    <message>
        <source>You made a change (%1)</source>
        <translation>你做了更改（%1）</translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>Steward</source>
        <translation>Steward 社群管家</translation>
    </message>
    <message>
        <source>The local cache in %1 cannot be opened:
%2</source>
        <translation>无法打开 %1 中的本地缓存：
%2</translation>
    </message>
    <message>
        <source>Automatic log-in failed: %1</source>
        <translation>自动登录失败：%1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available, so you will be asked to log in again next time.</source>
        <translation>没有可用的系统密钥环，下次启动时需要重新登录。</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>manager</source>
        <translation>社群经理</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>group</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>moderation item</source>
        <translation>审核条目</translation>
    </message>
    <message>
        <source>keyword rule</source>
        <translation>关键词规则</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>daily metrics</source>
        <translation>每日指标</translation>
    </message>
    <message>
        <source>retention cohort</source>
        <translation>留存同期群</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>release</source>
        <translation>释放认领</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>award points</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>award badge</source>
        <translation>授予徽章</translation>
    </message>
    <message>
        <source>revoke badge</source>
        <translation>收回徽章</translation>
    </message>
    <message>
        <source>set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>解除封禁</translation>
    </message>
    <message>
        <source>add admin</source>
        <translation>添加管理员</translation>
    </message>
    <message>
        <source>remove admin</source>
        <translation>移除管理员</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>reorder</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>A username is needed.</source>
        <translation>需要用户名。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Cannot record the profile: %1</source>
        <translation>无法保存连接配置：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the community platform</source>
        <translation>登录社群平台</translation>
    </message>
    <message>
        <source>https://community.example.com</source>
        <translation>https://community.example.com</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host (insecure, on purpose)</source>
        <translation>允许以未加密的 HTTP 连接非本机主机（不安全，明知故用）</translation>
    </message>
    <message>
        <source>Your password and token would cross the network unencrypted.</source>
        <translation>你的密码和令牌将以未加密方式在网络上传输。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>服务器 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>请输入服务器 URL。</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>服务器 URL 必须以 https:// 或 http:// 开头，并包含主机名。</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or tick the insecure option if you really mean it.</source>
        <translation>以未加密的 HTTP 连接 %1 会明文发送你的密码。请使用 https://；如果确实需要，请勾选“不安全”选项。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steward — community operations</source>
        <translation>Steward 社群管家 — 社群运营</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>关于 Steward(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Push pending changes and pull the latest (F5)</source>
        <translation>推送待同步的更改并拉取最新数据（F5）</translation>
    </message>
    <message>
        <source>Log in to sync</source>
        <translation>登录后才能同步</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>关于 Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;The community-operations console: members, moderation, campaigns, KPIs and reports, offline first.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward 社群管家 %1&lt;/h3&gt;&lt;p&gt;社群运营控制台：成员、内容审核、活动、KPI 与报告，离线优先。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModerationQueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>AI score</source>
        <translation>AI 评分</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>MutationEffects</name>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>驳回需要填写理由。</translation>
    </message>
    <message>
        <source>A claim lasts 1 to 240 minutes.</source>
        <translation>认领时长为 1 到 240 分钟。</translation>
    </message>
    <message>
        <source>&apos;held&apos; must be true or false.</source>
        <translation>“held”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Points must be a whole number other than 0.</source>
        <translation>积分必须是非 0 的整数。</translation>
    </message>
    <message>
        <source>An award needs a reason.</source>
        <translation>奖励需要填写理由。</translation>
    </message>
    <message>
        <source>Choose a badge.</source>
        <translation>请选择徽章。</translation>
    </message>
    <message>
        <source>Choose a tier.</source>
        <translation>请选择等级。</translation>
    </message>
    <message>
        <source>A note needs text.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>A mute needs an end time.</source>
        <translation>禁言需要结束时间。</translation>
    </message>
    <message>
        <source>The member is banned; unban first.</source>
        <translation>该成员已被封禁，请先解除封禁。</translation>
    </message>
    <message>
        <source>A ban needs a reason.</source>
        <translation>封禁需要填写理由。</translation>
    </message>
    <message>
        <source>A reply needs text.</source>
        <translation>回复不能为空。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>请选择成员。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos; for %2.</source>
        <translation>%2 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>%1 %2 exists already.</source>
        <translation>%1 %2 已存在。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the local cache.</source>
        <translation>本地缓存中没有 %1 %2。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>PaneRegistry</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>仅在我点击“立即同步”时</translation>
    </message>
    <message>
        <source>A new language takes effect when Steward starts again.</source>
        <translation>新语言将在 Steward 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>同步间隔(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>Entity</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Why the server refused</source>
        <translation>服务器拒绝的原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Unknown action &apos;%1&apos; for %2.</source>
        <translation>%2 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>This change was already sent to the server and cannot be undone here.</source>
        <translation>此更改已发送到服务器，无法在此撤销。</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>此冲突已经处理过了。</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of Steward (schema %1; this version knows up to %2). Update Steward, or use another data directory.</source>
        <translation>此缓存由更新版本的 Steward 写入（架构版本 %1；本版本最高支持 %2）。请更新 Steward，或使用其他数据目录。</translation>
    </message>
    <message>
        <source>Cannot create the cache file %1: %2</source>
        <translation>无法创建缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>本地缓存未打开。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>steward sync: no password. Set STEWARD_PASSWORD or pipe it to standard input.</source>
        <translation>steward sync：没有密码。请设置 STEWARD_PASSWORD，或通过标准输入传入。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>unexpected fields or types</source>
        <translation>字段或类型不符合预期</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>正在重试：%1</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>本地缓存未打开。</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>同步完成：发送 %1 项更改，接收 %2 项。</translation>
    </message>
    <message>
        <source>%1 conflict(s) and %2 refused change(s) need your decision.</source>
        <translation>%1 个冲突和 %2 项被拒绝的更改需要你处理。</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>正在发送更改</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载%1</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>正在接收更改</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Show the conflicts in the Sync view</source>
        <translation>在同步视图中查看冲突</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost, the next sync resumes</source>
        <translation>停止本次同步；不会丢失任何内容，下次同步会继续</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connected to the platform</source>
        <translation>已连接到平台</translation>
    </message>
    <message>
        <source>Working from the local cache; changes wait in the outbox</source>
        <translation>正在使用本地缓存；更改在待同步队列中等待</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>This cache has never been synced</source>
        <translation>此缓存从未同步过</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待同步：%1</translation>
    </message>
    <message>
        <source>Changes made here that the server has not confirmed yet</source>
        <translation>在此所做、服务器尚未确认的更改</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>No session: the cache is read and changes are queued</source>
        <translation>未登录：可以读取缓存，更改会排队等待同步</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Push pending changes and pull the latest (F5)</source>
        <translation>推送待同步的更改并拉取最新数据（F5）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Send my change again, against the server&apos;s current version</source>
        <translation>基于服务器当前版本重新发送我的更改</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Drop my change and keep what the server has</source>
        <translation>放弃我的更改，保留服务器上的内容</translation>
    </message>
    <message>
        <source>Your role can read conflicts but not resolve them.</source>
        <translation>你的角色可以查看冲突，但不能处理。</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>I have read why; remove it from the list</source>
        <translation>我已了解原因，从列表中移除</translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation>最近的同步记录</translation>
    </message>
    <message>
        <source>Could not keep your change.</source>
        <translation>无法保留你的更改。</translation>
    </message>
    <message>
        <source>Your change will be sent again at the next sync.</source>
        <translation>你的更改将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>Could not take the server&apos;s version.</source>
        <translation>无法采用服务器的版本。</translation>
    </message>
    <message>
        <source>Your change was dropped; the server&apos;s version stays.</source>
        <translation>已放弃你的更改，保留服务器的版本。</translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>待同步的更改（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not signed in: changes wait here until you log in and sync.</source>
        <translation>未登录：更改会保留在这里，直到你登录并同步。</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
</TS>
