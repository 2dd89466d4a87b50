<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbTestResult</name>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>no result yet: a variant has no exposures</source>
        <translation>暂无结果：有版本尚无曝光</translation>
    </message>
    <message>
        <source>no difference yet: both variants convert at the same rate</source>
        <translation>暂无差异：两个版本的转化率相同</translation>
    </message>
    <message>
        <source>%1 is better, %2</source>
        <extracomment>%1 is a variant&apos;s letter, %2 the p-value as &quot;p = 0.01&quot;, e.g. &quot;B is better, p = 0.01&quot;</extracomment>
        <translation>%1 更优，%2</translation>
    </message>
    <message>
        <source>not significant (%1)</source>
        <translation>不显著（%1）</translation>
    </message>
    <message numerus="yes">
        <source>not significant yet: about %Ln more exposures needed (%1)</source>
        <extracomment>%1 is the number of exposures, %2 the p-value as &quot;p = 0.34&quot;</extracomment>
        <translation>
            <numerusform>尚不显著：约还需 %Ln 次曝光（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Points per week</source>
        <translation>每周积分</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>no points in these weeks</source>
        <translation>这几周没有积分变动</translation>
    </message>
    <message numerus="yes">
        <source>Points per week, the last %Ln weeks: %1 earned, %2 spent.</source>
        <translation>
            <numerusform>最近 %Ln 周的每周积分：获得 %1，消耗 %2。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The server is busy (too many requests) and asked to wait %n second(s).</source>
        <translation>
            <numerusform>服务器繁忙（请求过多），要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (too many requests).</source>
        <translation>服务器繁忙（请求过多）。</translation>
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
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：%1（位于第 %2 字节）</translation>
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
        <source>Who (username)</source>
        <translation>操作人（用户名）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries</source>
        <translation>
            <numerusform>显示最新的 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>共 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorActionDialog</name>
    <message>
        <source>Mute %1</source>
        <translation>禁言 %1</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>封禁 %1</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>禁言时长</translation>
    </message>
    <message>
        <source>Optional; the member sees it</source>
        <translation>选填；成员可以看到</translation>
    </message>
    <message>
        <source>Required; the member sees it</source>
        <translation>必填；成员可以看到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>A ban removes %1 from the community until a manager or moderator lifts it.</source>
        <translation>封禁会将 %1 移出社群，直到社群经理或审核员解除封禁。</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogModel</name>
    <message>
        <source>Badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>获得条件</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogView</name>
    <message>
        <source>Show in member list</source>
        <translation>在成员列表中显示</translation>
    </message>
    <message>
        <source>No badges in the cache yet; sync first.</source>
        <translation>缓存中还没有徽章，请先同步。</translation>
    </message>
    <message>
        <source>Select a badge to see who holds it.</source>
        <translation>选择一个徽章，查看哪些成员持有。</translation>
    </message>
    <message>
        <source>Holders of %1</source>
        <translation>%1 的持有者</translation>
    </message>
    <message>
        <source>Holders of %1 in the local cache: %2</source>
        <translation>本地缓存中 %1 的持有者：%2</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>New quarter budget</source>
        <translation>新建季度预算</translation>
    </message>
    <message>
        <source>Budget for %1</source>
        <translation>%1 的预算</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk decision</source>
        <translation>批量处理</translation>
    </message>
    <message>
        <source>%1 of %2 done; %3 could not be changed.</source>
        <translation>已完成 %1 / %2；%3 项无法更改。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CacheConnection</name>
    <message>
        <source>The cache is in memory; a second connection cannot see it.</source>
        <translation>缓存位于内存中，第二个连接无法访问。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>the file is truncated</source>
        <translation>文件不完整（已被截断）</translation>
    </message>
    <message>
        <source>This cache file is not damaged; Steward leaves it where it is.</source>
        <translation>此缓存文件没有损坏，Steward 会将其保留在原处。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2; nothing was changed.</source>
        <translation>无法将 %1 重命名为 %2；未做任何更改。</translation>
    </message>
    <message>
        <source>The old cache was kept as %1, but a new one cannot be created: %2</source>
        <translation>旧缓存已保留为 %1，但无法创建新缓存：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Steward cache: it is not an SQLite database.</source>
        <translation>文件 %1 不是 Steward 缓存：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged (%2).</source>
        <translation>本地缓存 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Steward (schema %2; this version knows up to %3).</source>
        <translation>本地缓存 %1 由更新版本的 Steward 写入（架构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>It holds at least %Ln change(s) not yet sent to the server; some of its pending changes could not be read.</source>
        <translation>
            <numerusform>其中至少有 %Ln 项更改尚未发送到服务器；部分待同步的更改无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Steward could not read which changes in it are not yet sent to the server.</source>
        <translation>Steward 无法读取其中哪些更改尚未发送到服务器。</translation>
    </message>
    <message>
        <source>It holds no changes waiting to be sent.</source>
        <translation>其中没有等待发送的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) waiting for your decision are carried over too.</source>
        <translation>
            <numerusform>等待你处理的 %Ln 个冲突或被拒绝的更改也会一并转入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Steward can set the file aside (renamed with the date and time, never deleted) and start with a fresh cache, which the next sync downloads from the server again.</source>
        <translation>Steward 可以将该文件移到一旁（以日期和时间重命名，绝不删除），然后使用全新的缓存启动，下次同步时会从服务器重新下载数据。</translation>
    </message>
    <message>
        <source>Or quit and use the newer version of Steward, which can still read it.</source>
        <translation>或者退出，改用仍能读取它的新版 Steward。</translation>
    </message>
    <message>
        <source>The old cache was kept as %1.</source>
        <translation>旧缓存已保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent to the server were carried over and go out with the next sync.</source>
        <translation>
            <numerusform>%Ln 项尚未发送到服务器的更改已转入，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) wait for your decision in the Sync view.</source>
        <translation>
            <numerusform>%Ln 个冲突或被拒绝的更改正在同步视图中等待你处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent could not be carried over; they are still in the old file.</source>
        <translation>
            <numerusform>%Ln 项尚未发送的更改无法转入，仍保留在旧文件中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the old file could not be read: it may hold more unsynced changes. Keep it until you have checked with the server.</source>
        <translation>旧文件有部分内容无法读取，其中可能还有未同步的更改。在与服务器核对之前，请保留该文件。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln change(s) not yet sent to the server. Starting fresh carries them over into the new cache, and the next sync sends them.</source>
        <translation>
            <numerusform>其中有 %Ln 项更改尚未发送到服务器。重新开始时会将它们转入新缓存，并在下次同步时发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 项</translation>
    </message>
</context>
<context>
    <name>CampaignCard</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Select a campaign in the list, the calendar or the timeline to see its card.</source>
        <translation>在列表、日历或时间线中选择一个活动，即可查看其卡片。</translation>
    </message>
    <message>
        <source>Goals and results</source>
        <translation>目标与结果</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Record results…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Dates: %1 (1 day)</source>
        <translation>日期：%1（1 天）</translation>
    </message>
    <message>
        <source>Dates: %1 (%2 days)</source>
        <translation>日期：%1（%2 天）</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>目标人群：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Budget: %1 · spent %2 (%3)</source>
        <translation>预算：%1 · 已花费 %2（%3）</translation>
    </message>
    <message>
        <source>Budget: %1 · spent %2</source>
        <translation>预算：%1 · 已花费 %2</translation>
    </message>
    <message>
        <source>No results recorded yet. Record them so the ROI can be worked out.</source>
        <translation>尚未录入结果。录入后即可计算 ROI。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>暂无结果。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI: %1 (revenue minus cost, over cost)</source>
        <translation>ROI：%1（收入减去成本，再除以成本）</translation>
    </message>
    <message>
        <source>Cost per participant: %1</source>
        <translation>每位参与者成本：%1</translation>
    </message>
    <message>
        <source>Cost per new member: %1</source>
        <translation>每位新成员成本：%1</translation>
    </message>
    <message>
        <source>Goals met: %1 on average</source>
        <translation>目标平均达成率：%1</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>%1 vs %2: </source>
        <translation>%1 对比 %2：</translation>
    </message>
    <message>
        <source>%1 − %2: %3 (95% CI %4 to %5), z = %6, %7</source>
        <translation>%1 − %2：%3（95% 置信区间 %4 至 %5），z = %6，%7</translation>
    </message>
    <message>
        <source>Two-proportion z-test, two-sided, significant below p = 0.05. “More exposures needed” assumes the rates seen so far are the true ones and asks for 80% power, exposures split evenly.</source>
        <translation>双比例 z 检验（双侧），p 低于 0.05 时视为显著。“还需更多曝光”假设目前观察到的转化率即为真实值，按 80% 的检验功效、曝光量平均分配计算。</translation>
    </message>
    <message>
        <source>Conversions / exposures</source>
        <translation>转化数 / 曝光数</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CampaignConflictText</name>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>the cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>the audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>the goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>the A/B variants</source>
        <translation>A/B 版本</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>You moved it to %1</source>
        <extracomment>%1 is the new date range</extracomment>
        <translation>你将其改期到 %1</translation>
    </message>
    <message>
        <source>You moved it to %1 and changed %2</source>
        <extracomment>%1 is the new date range, %2 a list of other changes (&quot;the budget and the notes&quot;)</extracomment>
        <translation>你将其改期到 %1，并修改了%2</translation>
    </message>
    <message>
        <source>You set the budget to %1</source>
        <translation>你将预算设为 %1</translation>
    </message>
    <message>
        <source>You changed %1</source>
        <extracomment>%1 is a list of changes (&quot;the budget and the notes&quot;)</extracomment>
        <translation>你修改了%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Goals and results</source>
        <translation>目标与结果</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. Python coding contest</source>
        <translation>例如：Python 编程大赛</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Place, e.g. Beijing · Zhongguancun</source>
        <translation>地点，例如：北京 · 中关村</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Draft, scheduled and cancelled are set here; a scheduled campaign is running between its dates and finished after them.</source>
        <translation>草稿、已排期和已取消在此设置；已排期的活动在日期范围内为进行中，结束后为已结束。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>目标人群(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参与人数：</translation>
    </message>
    <message>
        <source>New members:</source>
        <translation>新成员：</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>转化数：</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>收入：</translation>
    </message>
    <message>
        <source>Results recorded</source>
        <translation>已录入结果</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>实际成本：</translation>
    </message>
    <message>
        <source>Test two or more variants of the campaign (a banner, a headline). The first is the control, A. Update exposures and conversions as the test runs.</source>
        <translation>测试活动的两个或多个版本（如横幅、标题）。第一个为对照组 A。测试进行期间请及时更新曝光数和转化数。</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>曝光数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>移除版本</translation>
    </message>
    <message numerus="yes">
        <source>Segment: %1 (%Ln members)</source>
        <extracomment>%1 is a segment, %2 its number of members</extracomment>
        <translation>
            <numerusform>分群：%1（%Ln 名成员）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <source>Changed here; waiting to be synced.</source>
        <translation>已在本地更改，等待同步。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Cost / participant</source>
        <translation>人均参与成本</translation>
    </message>
    <message>
        <source>Cost / new member</source>
        <translation>新成员人均成本</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>“%1” is not a quarter like 2026Q3.</source>
        <translation>“%1”不是有效的季度，格式应如 2026Q3。</translation>
    </message>
    <message>
        <source>Could not read campaigns from the cache: %1</source>
        <translation>无法从缓存中读取活动：%1</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Topic discussion</source>
        <translation>话题讨论</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Holiday theme</source>
        <translation>节日主题</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龙</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>濒临流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CampaignTimeline</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 个活动</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>%1 个活动</translation>
    </message>
</context>
<context>
    <name>CampaignValidator</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为活动命名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose a type.</source>
        <translation>请选择类型。</translation>
    </message>
    <message>
        <source>Choose online or offline.</source>
        <translation>请选择线上或线下。</translation>
    </message>
    <message>
        <source>An offline campaign needs a place.</source>
        <translation>线下活动需要填写地点。</translation>
    </message>
    <message>
        <source>Choose the first day.</source>
        <translation>请选择第一天。</translation>
    </message>
    <message>
        <source>Choose the last day.</source>
        <translation>请选择最后一天。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
    <message>
        <source>Name the owner (a username).</source>
        <translation>请填写负责人（用户名）。</translation>
    </message>
    <message>
        <source>The budget is an amount of 0 or more.</source>
        <translation>预算必须是 0 或更大的金额。</translation>
    </message>
    <message>
        <source>The cost is an amount of 0 or more.</source>
        <translation>成本必须是 0 或更大的金额。</translation>
    </message>
    <message>
        <source>Aim at a tier or at a segment, not both.</source>
        <translation>目标人群只能选择等级或分群，不能同时选择。</translation>
    </message>
    <message>
        <source>Goals are numbers of 0 or more.</source>
        <translation>目标必须是 0 或更大的数字。</translation>
    </message>
    <message>
        <source>Results are numbers of 0 or more.</source>
        <translation>结果必须是 0 或更大的数字。</translation>
    </message>
    <message>
        <source>An A/B test needs at least two variants.</source>
        <translation>A/B 测试至少需要两个版本。</translation>
    </message>
    <message>
        <source>Every variant needs a name.</source>
        <translation>每个版本都需要名称。</translation>
    </message>
    <message>
        <source>Two variants are both called “%1”.</source>
        <translation>有两个版本都叫“%1”。</translation>
    </message>
    <message>
        <source>Variant “%1” has more conversions than exposures.</source>
        <translation>版本“%1”的转化数多于曝光数。</translation>
    </message>
    <message>
        <source>Choose draft, scheduled or cancelled.</source>
        <translation>请选择草稿、已排期或已取消。</translation>
    </message>
    <message>
        <source>Notes have at most 20,000 characters.</source>
        <translation>备注最多 20,000 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a quarter like 2026Q3.</source>
        <translation>“%1”不是有效的季度，格式应如 2026Q3。</translation>
    </message>
</context>
<context>
    <name>CampaignWarnings</name>
    <message>
        <source>“%1” and “%2” overlap (%3) and aim at the same audience (%4).</source>
        <extracomment>%1 and %2 are campaign names, %3 the shared dates, %4 the audience (&quot;Tier: Core&quot;)</extracomment>
        <translation>“%1”和“%2”时间重叠（%3），且面向同一目标人群（%4）。</translation>
    </message>
    <message>
        <source>%1: spent and planned %2 is over the budget of %3 by %4.</source>
        <extracomment>%1 is a quarter (&quot;Q3 2026&quot;), %2 spent + planned, %3 the budget, %4 the excess</extracomment>
        <translation>%1：已花费与计划支出合计 %2，超出预算 %3 共 %4。</translation>
    </message>
    <message>
        <source>“%1” ended on %2 but has no results yet.</source>
        <extracomment>%1 is a campaign name, %2 its last day</extracomment>
        <translation>“%1”已于 %2 结束，但尚未录入结果。</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Your role can read campaigns but not change them.</source>
        <translation>你的角色可以查看活动，但不能修改。</translation>
    </message>
    <message>
        <source>Filter by name, type, owner or audience</source>
        <translation>按名称、类型、负责人或目标人群筛选</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>That change was sent already; it can no longer be undone here.</source>
        <translation>该更改已发送，无法再在此撤销。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Drag a campaign to move it; drag its first or last day to change its length.</source>
        <translation>拖动活动可移动日期；拖动其第一天或最后一天可调整时长。</translation>
    </message>
    <message>
        <source>Show more weeks (−)</source>
        <translation>显示更多周（−）</translation>
    </message>
    <message>
        <source>Show fewer weeks, larger (+)</source>
        <translation>显示更少的周，放大显示（+）</translation>
    </message>
    <message>
        <source>Drag a bar to move a campaign; drag its ends to change its length.</source>
        <translation>拖动色条可移动活动；拖动两端可调整时长。</translation>
    </message>
    <message>
        <source>italic: draft</source>
        <translation>斜体：草稿</translation>
    </message>
    <message>
        <source>struck through: cancelled</source>
        <translation>删除线：已取消</translation>
    </message>
    <message>
        <source>1 warning in the plan</source>
        <translation>计划中有 1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings in the plan</source>
        <translation>计划中有 %1 个警告</translation>
    </message>
    <message>
        <source>Your role cannot change campaigns.</source>
        <translation>你的角色不能修改活动。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存该更改。</translation>
    </message>
    <message>
        <source>%1 It will be sent when you are back online.</source>
        <translation>%1 恢复在线后将自动发送。</translation>
    </message>
    <message>
        <source>“%1” now runs %2.</source>
        <translation>“%1”现在的日期为 %2。</translation>
    </message>
    <message>
        <source>“%1” created.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Budget for %1 set to %2.</source>
        <translation>%1 的预算已设为 %2。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “%1”? Its goals, results and A/B figures go with it. To keep the record, set its status to cancelled instead.</source>
        <translation>删除“%1”？其目标、结果和 A/B 数据将一并删除。如需保留记录，请改为将其状态设为已取消。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
    <message>
        <source>Steward — the community-operations console.

Without a command, opens the console on the local cache (no network needed).
Commands:
  sync    log in, push pending changes and pull the latest into the cache, then exit.
          The password is read from STEWARD_PASSWORD or from standard input.
          Exit codes: 0 synced; 1 sync failed (server unreachable, ...); 2 bad usage or
          login refused; 3 synced, but conflicts or refused changes wait for you;
          4 the cache file is damaged, not a cache or from a newer Steward (nothing
          was changed; --recover-cache sets it aside and syncs into a fresh cache).

  points import FILE.csv --reason TEXT
          queue points awards from a sheet with the columns handle, points and optionally
          reason; all rows or none. Exit 0 when every row is queued, 1 with the problems
          listed. The next sync pushes them.

  report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]
          write the quarterly operations report from the local cache (no window, display
          or network needed). Exit 0 written; 1 no report (no data for the quarter, the file
          cannot be written); 2 bad usage; 3 no cache in the data directory.

For the demo and automation: the console given --server and --user logs in by itself
when STEWARD_PASSWORD is set.</source>
        <translation>Steward — 社群运营控制台。

不带命令时，基于本地缓存打开控制台（无需网络）。
命令：
  sync    登录，推送待同步的更改并将最新数据拉取到缓存，然后退出。
          密码从 STEWARD_PASSWORD 或标准输入读取。
          退出码：0 同步成功；1 同步失败（无法连接服务器等）；2 用法错误或
          登录被拒绝；3 同步成功，但有冲突或被拒绝的更改等待你处理；
          4 缓存文件已损坏、不是缓存文件或来自更新版本的 Steward（未做任何
          更改；--recover-cache 会将其移到一旁，并同步到全新的缓存中）。

  points import FILE.csv --reason TEXT
          从表格中批量加入积分奖励，列为 handle、points，以及可选的
          reason；要么全部加入，要么全部不加入。所有行都加入时退出码为 0，
          否则为 1 并列出问题。下次同步时推送。

  report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]
          根据本地缓存生成季度运营报告（无需窗口、显示器或网络）。
          退出码：0 已生成；1 未生成报告（该季度没有数据、文件无法写入）；
          2 用法错误；3 数据目录中没有缓存。

用于演示和自动化：设置了 STEWARD_PASSWORD 时，带 --server 和 --user
启动的控制台会自动登录。</translation>
    </message>
    <message>
        <source>sync: if the cache file is damaged, rename it aside (never deleted) and sync into a fresh cache, carrying its unsynced changes over.</source>
        <translation>sync：如果缓存文件已损坏，将其重命名移到一旁（绝不删除），并同步到全新的缓存中，同时转入其中未同步的更改。</translation>
    </message>
    <message>
        <source>points import: the reason for rows without one.</source>
        <translation>points import：未填写理由的行所使用的理由。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>report: the quarter, e.g. 2026Q3.</source>
        <translation>report：季度，例如 2026Q3。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use: steward points import FILE.csv --reason TEXT</source>
        <translation>用法：steward points import FILE.csv --reason TEXT</translation>
    </message>
    <message>
        <source>Use: steward report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]</source>
        <translation>用法：steward report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]</translation>
    </message>
    <message>
        <source>report needs --quarter, e.g. --quarter 2026Q3.</source>
        <translation>report 需要 --quarter，例如 --quarter 2026Q3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it like 2026Q3.</source>
        <translation>“%1”不是季度；请按 2026Q3 的格式填写。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are sync, points import and report.</source>
        <translation>未知命令“%1”；可用的命令为 sync、points import 和 report。</translation>
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
    <message>
        <source>%1; now %2</source>
        <extracomment>%1 is &quot;chen changed it at 10:42&quot;, %2 the values on the server now (&quot;20/11/26 – 25/11/26, the budget ¥12,000&quot;)</extracomment>
        <translation>%1；现在为 %2</translation>
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
    <name>CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL character), not text.</source>
        <translation>该文件包含二进制数据（NUL 字符），不是文本。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote; put the whole field in quotes and double any quote inside it.</source>
        <translation>第 %1 行：右引号后还有文本；请将整个字段放在引号中，并将其中的引号写两次。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>DamagedCacheDialog</name>
    <message>
        <source>Steward — the local cache cannot be used</source>
        <translation>Steward — 无法使用本地缓存</translation>
    </message>
    <message>
        <source>This cache belongs to a newer version of Steward</source>
        <translation>此缓存属于更新版本的 Steward</translation>
    </message>
    <message>
        <source>The local cache is damaged</source>
        <translation>本地缓存已损坏</translation>
    </message>
    <message>
        <source>Set It Aside and Start &amp;Fresh</source>
        <translation>移到一旁并重新开始(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>A fresh cache is ready</source>
        <translation>新缓存已就绪</translation>
    </message>
    <message>
        <source>The cache could not be replaced</source>
        <translation>无法替换缓存</translation>
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
    <name>FeedbackQueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered after %1</source>
        <translation>%1 后回复</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>%1 内回复</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Waiting (open and answered)</source>
        <translation>等待中（待处理和已回复）</translation>
    </message>
    <message>
        <source>Open (no reply yet)</source>
        <translation>待处理（尚未回复）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>全部反馈</translation>
    </message>
    <message>
        <source>Write a reply to the member…</source>
        <translation>给成员写回复…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>From %1 · %2 · due %3</source>
        <translation>来自 %1 · %2 · %3 到期</translation>
    </message>
    <message>
        <source>%1 replied at %2</source>
        <translation>%1 于 %2 回复</translation>
    </message>
    <message>
        <source>Reply saved — pending sync.</source>
        <translation>回复已保存，等待同步。</translation>
    </message>
    <message>
        <source>Resolved — pending sync.</source>
        <translation>已标记为已解决，等待同步。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets; %1 overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln 个工单；%1 个已超时（24 小时响应时限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets; none overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln 个工单；均未超时（24 小时响应时限）</numerusform>
        </translation>
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
    <message>
        <source>Nothing was changed. Run the same command with --recover-cache to set the file aside and sync into a fresh cache.</source>
        <translation>未做任何更改。请使用 --recover-cache 运行相同的命令，将该文件移到一旁并同步到全新的缓存中。</translation>
    </message>
</context>
<context>
    <name>KeywordDryRun</name>
    <message>
        <source>Could not read the cached items.</source>
        <translation>无法读取缓存中的条目。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Match in context</source>
        <translation>匹配内容上下文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>版块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>KeywordMatcher</name>
    <message>
        <source>Enter a word, a phrase or a regular expression.</source>
        <translation>请输入单词、短语或正则表达式。</translation>
    </message>
    <message>
        <source>The pattern is %1 characters long; at most %2 are allowed.</source>
        <translation>该模式长 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Settings such as (*LIMIT_MATCH=…) at the start of an expression are not allowed.</source>
        <translation>不允许在表达式开头使用 (*LIMIT_MATCH=…) 之类的设置。</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation>不是有效的正则表达式：%1（位于第 %2 个字符）。</translation>
    </message>
</context>
<context>
    <name>KeywordRuleEditor</name>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>已取消试运行。</translation>
    </message>
    <message>
        <source>e.g. 加微信, free download, https?://bit\.ly/\w+</source>
        <translation>例如：加微信, free download, https?://bit\.ly/\w+</translation>
    </message>
    <message>
        <source>Word: whole words only. Phrase: anywhere in the text. Both ignore case; Chinese text matches anywhere.</source>
        <translation>单词：仅匹配完整单词。短语：匹配文本中任意位置。两者均不区分大小写；中文文本在任意位置都能匹配。</translation>
    </message>
    <message>
        <source>Check the boards the rule applies to; none checked means every board.</source>
        <translation>勾选该规则适用的版块；不勾选表示适用于所有版块。</translation>
    </message>
    <message>
        <source>Hold: the item stays hidden on the platform until a moderator decides.</source>
        <translation>暂缓：在审核员作出决定之前，该条目在平台上保持隐藏。</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Why the rule exists (for other moderators)</source>
        <translation>设立该规则的原因（供其他审核员参考）</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>版块</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Try the rule on every cached item before it goes live</source>
        <translation>在规则生效前，先对所有缓存条目试运行</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Edit rule (created by %1)</source>
        <translation>编辑规则（由 %1 创建）</translation>
    </message>
    <message>
        <source>Trying the rule on the cached items…</source>
        <translation>正在对缓存条目试运行规则…</translation>
    </message>
    <message>
        <source>Cancel dry run</source>
        <translation>取消试运行</translation>
    </message>
    <message>
        <source>Saved — pending sync. Every moderator gets the rule after the next sync.</source>
        <translation>已保存，等待同步。下次同步后，所有审核员都会收到该规则。</translation>
    </message>
    <message>
        <source>Rule deleted — pending sync.</source>
        <translation>规则已删除，等待同步。</translation>
    </message>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope; the first %2 are listed.</source>
        <translation>
            <numerusform>将匹配范围内 %Ln 个缓存条目中的 %1 个；下面列出前 %2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope.</source>
        <translation>
            <numerusform>将匹配范围内 %Ln 个缓存条目中的 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordRuleModel</name>
    <message>
        <source>Word</source>
        <translation>单词</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>all boards</source>
        <translation>所有版块</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>KpiChartCard</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers behind this chart</source>
        <translation>显示此图表背后的数据</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>图表导出为 PNG 图片…</translation>
    </message>
    <message>
        <source>Chart as SVG drawing…</source>
        <translation>图表导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>重新显示图表</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>Steward KPI chart</source>
        <translation>Steward KPI 图表</translation>
    </message>
    <message>
        <source>The drawing could not be written to %1.</source>
        <translation>无法将矢量图写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <source>The data could not be written to %1: %2</source>
        <translation>无法将数据写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>KpiChartView</name>
    <message>
        <source>Unusual days</source>
        <translation>异常日</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Unusually high %1: %2 above the usual %3 for this weekday (robust z %4).</source>
        <translation>%1 异常偏高：%2，高于该工作日通常的 %3（稳健 z 值 %4）。</translation>
    </message>
    <message>
        <source>Unusually low %1: %2 below the usual %3 for this weekday (robust z %4).</source>
        <translation>%1 异常偏低：%2，低于该工作日通常的 %3（稳健 z 值 %4）。</translation>
    </message>
    <message>
        <source>Campaign: %1 (%2 – %3)</source>
        <translation>活动：%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>节假日：%1</translation>
    </message>
    <message>
        <source>Tested on the last %1 days held out, this forecast was off by %2 on average (%3 a day).</source>
        <translation>用最近留出的 %1 天检验，此预测平均偏差 %2（每天 %3）。</translation>
    </message>
    <message>
        <source>Too little history to test this forecast on held-out days.</source>
        <translation>历史数据太少，无法用留出的天数检验此预测。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n day(s) of it in the period</source>
        <translation>
            <numerusform>其中只有 %n 天在该时间段内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiDataSource</name>
    <message>
        <source>The cache could not be opened for reading: %1</source>
        <translation>无法打开缓存进行读取：%1</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>KpiHeatMapDelegate</name>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message numerus="yes">
        <source>Cohort of the week of %1: %2 new members</source>
        <translation>
            <numerusform>%1 当周的同期群：%2 名新成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of them active (%3)</source>
        <translation>%1：其中 %2 名活跃（%3）</translation>
    </message>
    <message>
        <source>%1: not known yet (that day is still ahead for some of the cohort)</source>
        <translation>%1：尚未可知（对部分同期群成员来说，那一天还没到）</translation>
    </message>
</context>
<context>
    <name>KpiHistory</name>
    <message>
        <source>The cached metrics could not be read: %1</source>
        <translation>无法读取缓存的指标：%1</translation>
    </message>
</context>
<context>
    <name>KpiHolidays</name>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>国庆假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>劳动节假期</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
</context>
<context>
    <name>KpiMetrics</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>DAU</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>WAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Stickiness (DAU/MAU)</source>
        <translation>黏性（DAU/MAU）</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Interactions per active member</source>
        <translation>人均互动数（每位活跃成员）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>决定用时中位数</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>违规率</translation>
    </message>
    <message>
        <source>Paying conversions</source>
        <translation>付费转化</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
</context>
<context>
    <name>KpiPane</name>
    <message>
        <source>95 % range</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>No metrics in the cache yet.
Sync with the platform to download the community&apos;s daily figures.</source>
        <translation>缓存中还没有指标。
请与平台同步，下载社群的每日数据。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Active members and stickiness</source>
        <translation>活跃成员与黏性</translation>
    </message>
    <message>
        <source>Members active on the day (DAU), in the last 7 days (WAU) and the last 30 days (MAU); stickiness is DAU / MAU, on the right axis.</source>
        <translation>当天活跃（DAU）、最近 7 天活跃（WAU）和最近 30 天活跃（MAU）的成员数；黏性为 DAU / MAU，显示在右侧坐标轴。</translation>
    </message>
    <message numerus="yes">
        <source>Forecast, next %n days</source>
        <translation>
            <numerusform>预测，未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend plus weekly pattern (Holt-Winters) fitted to the whole cached history. The shaded band holds 95 % of likely outcomes; the tooltip says how far off the same method was on the last quarter held out.</source>
        <translation>基于全部缓存历史拟合的趋势加每周规律（Holt-Winters）。阴影带包含 95% 的可能结果；提示框显示同一方法在留出的上一季度上的偏差。</translation>
    </message>
    <message>
        <source>New members by signup channel</source>
        <translation>按注册渠道划分的新成员</translation>
    </message>
    <message>
        <source>Sign-ups a day (a week or a month for longer periods), stacked by the channel they came from.</source>
        <translation>每天的注册数（时间段较长时按周或按月），按来源渠道堆叠。</translation>
    </message>
    <message>
        <source>Retention by weekly cohort</source>
        <translation>按周划分的同期群留存</translation>
    </message>
    <message>
        <source>Each row is the week members signed up; the cells are the share of them active again 1, 7 and 30 days after joining.</source>
        <translation>每一行是成员注册的那一周；单元格为其中在加入后第 1、7、30 天再次活跃的比例。</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Interaction rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Comments, likes and shares a day per active member (DAU).</source>
        <translation>每位活跃成员（DAU）每天的评论、点赞和分享数。</translation>
    </message>
    <message>
        <source>Content output</source>
        <translation>内容产出</translation>
    </message>
    <message>
        <source>Posts and comments written a day.</source>
        <translation>每天发布的帖子和评论数。</translation>
    </message>
    <message>
        <source>Moderation throughput and backlog</source>
        <translation>审核处理量与积压</translation>
    </message>
    <message>
        <source>Decisions a day, items waiting at the end of the day and reports received; the median time from posting to decision is on the right axis.</source>
        <translation>每天的审核决定数、当天结束时仍在等待的条目数以及收到的举报数；从发布到作出决定的用时中位数显示在右侧坐标轴。</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>违规率</translation>
    </message>
    <message>
        <source>Share of moderation decisions that found a violation, a day and over the trailing week.</source>
        <translation>审核决定中认定违规的比例，分为每天和最近一周两种口径。</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <source>Average sentiment of the day&apos;s posts and comments, from −1 (negative) to 1 (positive), and its trailing 7-day average.</source>
        <translation>当天帖子和评论的平均情感值，范围从 −1（负面）到 1（正面），以及其最近 7 天的平均值。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n days) · figures up to %3</source>
        <translation>
            <numerusform>%1 – %2（%n 天）· 数据截至 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cached metrics…</source>
        <translation>正在读取缓存的指标…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting in the moderation queue now</source>
        <translation>
            <numerusform>审核队列中当前有 %Ln 个条目等待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors in the period, those who signed up, and how many of the sign-ups were active again 7 and 30 days after joining (by the retention of the period&apos;s cohorts, or of the latest cohorts that far along). Paying conversions are in the tiles: the platform does not tell them apart by when the member joined.</source>
        <translation>该时间段内的访客数、注册人数，以及注册者中在加入后第 7 天和第 30 天再次活跃的人数（按该时间段内各同期群的留存计算；若尚无数据，则按已满该天数的最新几个同期群计算）。付费转化显示在指标卡片中：平台不按成员的加入时间区分付费转化。</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>KpiTables</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cohort week</source>
        <translation>同期群周</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>第 1 天</translation>
    </message>
    <message>
        <source>Day 7</source>
        <translation>第 7 天</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>第 30 天</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Of previous stage</source>
        <translation>占上一阶段</translation>
    </message>
    <message>
        <source>Of visitors</source>
        <translation>占访客</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>All interactions</source>
        <translation>全部互动</translation>
    </message>
    <message>
        <source>7-day violation rate</source>
        <translation>7 天违规率</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7 天平均</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 预测值</translation>
    </message>
    <message>
        <source>%1 low (95 %)</source>
        <translation>%1 下限（95%）</translation>
    </message>
    <message>
        <source>%1 high (95 %)</source>
        <translation>%1 上限（95%）</translation>
    </message>
    <message>
        <source>Back on day 7</source>
        <translation>第 7 天仍回访</translation>
    </message>
    <message>
        <source>Back on day 30</source>
        <translation>第 30 天仍回访</translation>
    </message>
</context>
<context>
    <name>KpiTileWidget</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no earlier period to compare</source>
        <translation>没有可比较的上一时间段</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>越低越好。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2.
This period: %3
Previous %Ln days (%4 – %5): %6
%7</source>
        <translation>
            <numerusform>%1，%2。
本期：%3
前 %Ln 天（%4 – %5）：%6
%7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <source>Day-7 retention</source>
        <translation>第 7 天留存</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>取最后一天</translation>
    </message>
    <message>
        <source>daily average</source>
        <translation>日均值</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>over the period</source>
        <translation>按整个期间计算</translation>
    </message>
    <message>
        <source>median of the days</source>
        <translation>各日的中位数</translation>
    </message>
    <message>
        <source>cohorts of the period</source>
        <translation>本期的各同期群</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>Contribution, all time = every point ever earned: the sum of the positive entries of the points ledger, the opening balance included (5 a post, 1 a comment, 10 a helpful answer, sharing and tasks). Redemptions and deductions are not subtracted.</source>
        <translation>贡献榜（全部时间）= 有史以来获得的全部积分：积分流水中所有正数记录之和，包括初始余额（每个帖子 5 分，每条评论 1 分，每个有用回答 10 分，以及分享和任务）。兑换和扣减不会被减去。</translation>
    </message>
    <message>
        <source>Contribution, %1 = points earned in the period: the sum of the positive points-ledger entries created in it (posts, comments, helpful answers, sharing, tasks), without redemptions, deductions or the opening balance.</source>
        <translation>贡献榜（%1）= 该时间段内获得的积分：该时间段内新增的积分流水正数记录之和（帖子、评论、有用回答、分享、任务），不含兑换、扣减和初始余额。</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Mutual help, 30 days = helpful answers in the last 30 days (the member&apos;s helpful_answers_30).</source>
        <translation>互助榜（30 天）= 最近 30 天的有用回答数（成员的 helpful_answers_30）。</translation>
    </message>
    <message>
        <source>Mutual help, all time = helpful answers ever (the member&apos;s helpful_answers_total).</source>
        <translation>互助榜（全部时间）= 有史以来的有用回答数（成员的 helpful_answers_total）。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Helpful answers</source>
        <translation>有用回答</translation>
    </message>
    <message>
        <source>Mutual help, 7 days = helpful answers recorded in the points ledger in the last 7 days: an entry &quot;… N helpful answers&quot; counts N, an award for a helpful answer counts 1, at most the member&apos;s helpful answers in 30 days. (The cache has no 7-day counter.)</source>
        <translation>互助榜（7 天）= 最近 7 天记入积分流水的有用回答数：一条“… N helpful answers”记录计为 N，一次有用回答奖励计为 1，最多不超过该成员 30 天内的有用回答数。（缓存中没有 7 天计数。）</translation>
    </message>
</context>
<context>
    <name>LeaderboardsView</name>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Contribution 贡献榜</source>
        <translation>贡献榜</translation>
    </message>
    <message>
        <source>Mutual help 互助榜</source>
        <translation>互助榜</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Nobody in this period yet.</source>
        <translation>该时间段内还没有人上榜。</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
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
    <message>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>Switching the language now rebuilds the window, which stops:</source>
        <translation>现在切换语言会重建窗口，这将停止：</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>立即切换</translation>
    </message>
    <message>
        <source>At next start</source>
        <translation>下次启动时</translation>
    </message>
    <message>
        <source>The new language applies when Steward starts again.</source>
        <translation>新语言将在 Steward 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Award or deduct points</source>
        <translation>奖励或扣减积分</translation>
    </message>
    <message>
        <source>A negative number deducts points.</source>
        <translation>输入负数表示扣减积分。</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>e.g. Helpful answers in the Python group</source>
        <translation>例如：在 Python 小组中提供有用回答</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Award or revoke a badge</source>
        <translation>授予或收回徽章</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>徽章：</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>授予</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Set the tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Lock it (re-evaluation leaves it alone)</source>
        <translation>锁定（重新评估时不更改）</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Optional, shown in the audit log</source>
        <translation>选填，显示在审计日志中</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Visible to managers and moderators only</source>
        <translation>仅社群经理和审核员可见</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Queue change</source>
        <translation>加入待同步</translation>
    </message>
    <message>
        <source>Enter a number of points other than 0.</source>
        <translation>请输入非 0 的积分数。</translation>
    </message>
    <message>
        <source>Every award needs a reason; the member sees it in the ledger.</source>
        <translation>每次奖励都需要理由；成员会在积分流水中看到。</translation>
    </message>
    <message>
        <source>Nothing to choose from yet; sync first.</source>
        <translation>暂无可选项，请先同步。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>The change is queued at once and sent with the next sync.</source>
        <translation>该更改会立即加入待同步，并在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>None of the selected members needs this change.</source>
        <translation>所选成员都不需要此更改。</translation>
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
        <source>A mute needs an end in the future.</source>
        <translation>禁言的结束时间必须在将来。</translation>
    </message>
    <message>
        <source>A note needs text.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>The study group is not in the local cache.</source>
        <translation>本地缓存中没有该学习小组。</translation>
    </message>
    <message>
        <source>The member is already an admin of this group.</source>
        <translation>该成员已经是此小组的管理员。</translation>
    </message>
</context>
<context>
    <name>MemberCsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Tier set</source>
        <translation>已设置等级</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>Unmuted</source>
        <translation>已解除禁言</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Unbanned</source>
        <translation>已解除封禁</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
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
        <source>Select a member to see their profile, points, history and notes.</source>
        <translation>选择一个成员，查看其个人资料、积分、历史记录和备注。</translation>
    </message>
    <message>
        <source>Changes wait to be synced.</source>
        <translation>更改正在等待同步。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Decisions about the member</source>
        <translation>针对该成员的处理</translation>
    </message>
    <message>
        <source>Their posts and comments in moderation</source>
        <translation>其帖子和评论的审核情况</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Study groups</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>%1 (admin)</source>
        <translation>%1（管理员）</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>还没有徽章。</translation>
    </message>
    <message>
        <source>%1 (pending sync)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>自 %2 起为%1。</translation>
    </message>
    <message>
        <source>No manual tier changes; the platform&apos;s rules set the tier.</source>
        <translation>没有手动更改等级的记录；等级由平台规则确定。</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>active days %1 · posts %2 · comments %3 · likes received %4 · helpful answers %5</source>
        <translation>活跃天数 %1 · 帖子 %2 · 评论 %3 · 获赞 %4 · 有用回答 %5</translation>
    </message>
    <message>
        <source>posts %1 · helpful answers %2</source>
        <translation>帖子 %1 · 有用回答 %2</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>共 %1 条记录。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, %2 in 90 days</source>
        <extracomment>%1 and %2 are amounts of money with their currency sign, e.g. &quot;¥1,280.00&quot;</extracomment>
        <translation>累计 %1，90 天内 %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln entries.</source>
        <translation>
            <numerusform>最新 %1 条，共 %Ln 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>濒临流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>Changes to this member wait to be synced.</source>
        <translation>对该成员的更改正在等待同步。</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Active (30 d)</source>
        <translation>活跃天数（30 天）</translation>
    </message>
    <message>
        <source>Spend (¥)</source>
        <translation>消费（¥）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
</context>
<context>
    <name>MemberListView</name>
    <message>
        <source>The member list could not be read: %1</source>
        <translation>无法读取成员列表：%1</translation>
    </message>
    <message>
        <source>Search handle or name (中文 or English)</source>
        <translation>搜索账号或名称（中文或英文）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有分群</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>All study groups</source>
        <translation>所有学习小组</translation>
    </message>
    <message>
        <source>Any badge</source>
        <translation>任意徽章</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Points…</source>
        <translation>积分…</translation>
    </message>
    <message>
        <source>Award or deduct points, with a reason</source>
        <translation>奖励或扣减积分，并填写理由</translation>
    </message>
    <message>
        <source>Badge…</source>
        <translation>徽章…</translation>
    </message>
    <message>
        <source>Award or revoke a badge</source>
        <translation>授予或收回徽章</translation>
    </message>
    <message>
        <source>Tier…</source>
        <translation>等级…</translation>
    </message>
    <message>
        <source>Set the tier and lock it</source>
        <translation>设置等级并锁定</translation>
    </message>
    <message>
        <source>Mute…</source>
        <translation>禁言…</translation>
    </message>
    <message>
        <source>Mute for a while</source>
        <translation>禁言一段时间</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>Lift the mute of the selected muted members</source>
        <translation>解除所选已禁言成员的禁言</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Add a note for managers and moderators</source>
        <translation>添加供社群经理和审核员查看的备注</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the members as filtered and sorted here</source>
        <translation>按此处的筛选和排序保存成员列表</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>导入积分…</translation>
    </message>
    <message>
        <source>Award points from a sheet (CSV)</source>
        <translation>从表格（CSV）批量奖励积分</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No members in the cache yet; sync first.</source>
        <translation>缓存中还没有成员，请先同步。</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>没有匹配的成员。</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>未加入任何更改：%1</translation>
    </message>
    <message>
        <source>They are sent with the next sync.</source>
        <translation>这些更改将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Selected members: %1</source>
        <translation>所选成员：%1 名</translation>
    </message>
    <message>
        <source>Awards queued: %1.</source>
        <translation>已将 %1 项奖励加入待同步。</translation>
    </message>
    <message>
        <source>Deductions queued: %1.</source>
        <translation>已将 %1 项扣减加入待同步。</translation>
    </message>
    <message>
        <source>Badge changes queued: %1.</source>
        <translation>已将 %1 项徽章更改加入待同步。</translation>
    </message>
    <message>
        <source>Tier changes queued: %1.</source>
        <translation>已将 %1 项等级更改加入待同步。</translation>
    </message>
    <message>
        <source>Mutes queued: %1.</source>
        <translation>已将 %1 项禁言加入待同步。</translation>
    </message>
    <message>
        <source>Notes queued: %1.</source>
        <translation>已将 %1 条备注加入待同步。</translation>
    </message>
    <message>
        <source>Unmutes queued: %1.</source>
        <translation>已将 %1 项解除禁言加入待同步。</translation>
    </message>
    <message>
        <source>Awards queued from the sheet: %1; they are sent with the next sync.</source>
        <translation>已将表格中的 %1 项奖励加入待同步，将在下次同步时发送。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln members to %1.</source>
        <translation>
            <numerusform>已将 %Ln 名成员导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Study groups</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>排行榜</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <source>%1 until %2</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>Claimed by %1.</source>
        <translation>已被 %1 认领。</translation>
    </message>
    <message>
        <source>Already approved by %1.</source>
        <translation>已被 %1 通过。</translation>
    </message>
    <message>
        <source>Already rejected by %1.</source>
        <translation>已被 %1 驳回。</translation>
    </message>
    <message>
        <source>You hold no claim on this item.</source>
        <translation>你没有认领此条目。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存该更改。</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>本地缓存中没有该条目。</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>驳回需要填写理由。</translation>
    </message>
    <message>
        <source>The author is not in the local cache.</source>
        <translation>本地缓存中没有该作者。</translation>
    </message>
    <message>
        <source>A mute must end in the future.</source>
        <translation>禁言的结束时间必须在将来。</translation>
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
        <source>A reply can be at most 10,000 characters long.</source>
        <translation>回复最多 10,000 个字符。</translation>
    </message>
    <message>
        <source>The feedback is not in the local cache.</source>
        <translation>本地缓存中没有该反馈。</translation>
    </message>
    <message>
        <source>The feedback is resolved already.</source>
        <translation>该反馈已经解决。</translation>
    </message>
</context>
<context>
    <name>ModerationDetailPanel</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>选择一个条目以查看完整内容。</translation>
    </message>
    <message>
        <source>This item is no longer in the local cache.</source>
        <translation>此条目已不在本地缓存中。</translation>
    </message>
    <message>
        <source>Claimed by %1. Decisions wait until the claim ends.</source>
        <translation>已被 %1 认领。认领结束后才能作出决定。</translation>
    </message>
    <message>
        <source>You hold the claim until %1.</source>
        <translation>你的认领有效期至 %1。</translation>
    </message>
    <message>
        <source>Pending sync: your change is saved here and goes to the server at the next sync.</source>
        <translation>待同步：你的更改已保存在本地，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>%1 in %2 · %3 · %4</source>
        <translation>%2 · %1 · %3 · %4</translation>
    </message>
    <message>
        <source> · held (hidden on the platform)</source>
        <translation> · 已暂缓（在平台上隐藏）</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>由 %1 于 %2 决定</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation>由 %1 于 %2 决定：%3</translation>
    </message>
    <message>
        <source>Keyword rules</source>
        <translation>关键词规则</translation>
    </message>
    <message>
        <source>AI pre-screen</source>
        <translation>AI 预审</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>举报（%1）</translation>
    </message>
    <message>
        <source>No member has reported this item.</source>
        <translation>没有成员举报此条目。</translation>
    </message>
    <message>
        <source>%1 — reported by %2</source>
        <translation>%1 — 由 %2 举报</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1（@%2）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Member %1 is not in the local cache.</source>
        <translation>本地缓存中没有成员 %1。</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>以往的决定</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1，由 %2 处理：%3</translation>
    </message>
    <message>
        <source>%1 (pending sync)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 处理</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 approved, %2 rejected, %3 escalated</source>
        <translation>
            <numerusform>共 %n 个条目：已通过 %1 个，已驳回 %2 个，已上报 %3 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationFacets</name>
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
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>不宜内容</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>偏离主题</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>虚假信息</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>标记待审</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Suggest mute</source>
        <translation>建议禁言</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
</context>
<context>
    <name>ModerationFilterBar</name>
    <message>
        <source>Search titles and text (中文 or English)</source>
        <translation>搜索标题和正文（中文或英文）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any AI label</source>
        <translation>任意 AI 标签</translation>
    </message>
    <message>
        <source>Reports: any</source>
        <translation>举报：不限</translation>
    </message>
    <message>
        <source>Has reports</source>
        <translation>有举报</translation>
    </message>
    <message>
        <source>Reported twice or more</source>
        <translation>被举报两次或以上</translation>
    </message>
    <message>
        <source>Claims: any</source>
        <translation>认领：不限</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>AI score</source>
        <translation>AI 评分</translation>
    </message>
    <message>
        <source>Any board</source>
        <translation>任意版块</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
</context>
<context>
    <name>ModerationPane</name>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Keyword rules</source>
        <translation>关键词规则</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
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
    <name>ModerationQueuePage</name>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Mute author…</source>
        <translation>禁言作者…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>封禁作者…</translation>
    </message>
    <message>
        <source>Claim / release</source>
        <translation>认领 / 释放认领</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一个条目</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一个条目</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Keep the current filters as a view in this list</source>
        <translation>将当前筛选条件保存为此列表中的视图</translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation>移除视图</translation>
    </message>
    <message>
        <source>Riskiest first</source>
        <translation>风险最高优先</translation>
    </message>
    <message>
        <source>Order by AI score, then reports, then age</source>
        <translation>按 AI 评分排序，其次是举报数，再次是时长</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过（A）</translation>
    </message>
    <message>
        <source>Approve the selected items</source>
        <translation>通过所选条目</translation>
    </message>
    <message>
        <source>Reject (R)…</source>
        <translation>驳回（R）…</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>填写理由并驳回</translation>
    </message>
    <message>
        <source>Escalate (E)</source>
        <translation>上报（E）</translation>
    </message>
    <message>
        <source>Pass to a manager</source>
        <translation>转交社群经理处理</translation>
    </message>
    <message>
        <source>Mute (M)…</source>
        <translation>禁言（M）…</translation>
    </message>
    <message>
        <source>Mute the author for a while</source>
        <translation>将作者禁言一段时间</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>封禁…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>封禁作者</translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation>认领（C）</translation>
    </message>
    <message>
        <source>Claim the item for 15 minutes, or release your claim</source>
        <translation>认领该条目 15 分钟，或释放你的认领</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Take back your last decision while it is not synced</source>
        <translation>在同步之前撤回你最近的决定</translation>
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
        <source>%1 — pending sync. Ctrl+Z takes it back.</source>
        <translation>%1 — 待同步。按 Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <source>Author muted until %1 — pending sync.</source>
        <translation>作者已被禁言至 %1 — 待同步。</translation>
    </message>
    <message>
        <source>Author banned — pending sync.</source>
        <translation>作者已被封禁 — 待同步。</translation>
    </message>
    <message>
        <source>Claim released — pending sync.</source>
        <translation>已释放认领 — 待同步。</translation>
    </message>
    <message>
        <source>Claimed for 15 minutes — pending sync.</source>
        <translation>已认领 15 分钟 — 待同步。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Already synced; it cannot be undone here.</source>
        <translation>已同步，无法在此撤销。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Partly undone: %1</source>
        <translation>部分撤销：%1</translation>
    </message>
    <message>
        <source>Your role can read the queue but not decide.</source>
        <translation>你的角色可以查看队列，但不能作出决定。</translation>
    </message>
    <message>
        <source>These filters are a saved view already.</source>
        <translation>这些筛选条件已经保存为视图。</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>My view</source>
        <translation>我的视图</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln items — pending sync.</source>
        <translation>
            <numerusform>%1：%Ln 个条目中的 %2 个 — 待同步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Active days (30 d)</source>
        <translation>活跃天数（30 天）</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Helpful answers</source>
        <translation>有用回答</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>入群天数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
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
    <name>NarrativeEditor</name>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
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
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>PointsImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split the sheet.</source>
        <translation>%1 大于 64 MB，请拆分表格。</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row (handle, points, reason) and one row per award.</source>
        <translation>文件为空；需要一个标题行（handle, points, reason），每项奖励占一行。</translation>
    </message>
    <message>
        <source>The header row must name the columns &quot;handle&quot; and &quot;points&quot; (and optionally &quot;reason&quot;); it reads: %1</source>
        <translation>标题行必须包含“handle”和“points”列（“reason”列可选）；当前标题行为：%1</translation>
    </message>
    <message>
        <source>The sheet has a header row but no awards.</source>
        <translation>表格有标题行，但没有任何奖励。</translation>
    </message>
    <message>
        <source>no handle</source>
        <translation>缺少 handle</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>缺少积分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points</source>
        <translation>“%1”不是整数积分</translation>
    </message>
    <message>
        <source>0 points is not an award</source>
        <translation>0 积分不构成奖励</translation>
    </message>
    <message>
        <source>%1 points is more than one award may give (±%2)</source>
        <translation>%1 积分超出单次奖励的上限（±%2）</translation>
    </message>
    <message>
        <source>no reason (add a reason column or give a default reason)</source>
        <translation>缺少理由（请添加 reason 列或填写默认理由）</translation>
    </message>
    <message>
        <source>unknown handle &quot;%1&quot; (not in the local cache; sync first if the member is new)</source>
        <translation>未知账号“%1”（不在本地缓存中；如果是新成员，请先同步）</translation>
    </message>
    <message>
        <source>The %1 role may not award points; sign in as a community manager.</source>
        <translation>%1 角色不能奖励积分；请以社群经理身份登录。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; quote a field that holds the delimiter.</source>
        <translation>有 %1 个字段，但标题行只有 %2 个；包含分隔符的字段请加上引号。</translation>
    </message>
    <message>
        <source>Problems in the sheet: %1; nothing was queued.</source>
        <translation>表格中有 %1 个问题；未加入任何更改。</translation>
    </message>
</context>
<context>
    <name>PointsImportCommand</name>
    <message>
        <source>steward points import: there is no local cache at %1; run `steward sync` first.</source>
        <translation>steward points import：%1 中没有本地缓存；请先运行 `steward sync`。</translation>
    </message>
    <message>
        <source>steward points import: cannot open the local cache: %1</source>
        <translation>steward points import：无法打开本地缓存：%1</translation>
    </message>
    <message>
        <source>steward points import: %1 was not imported; nothing was queued.</source>
        <translation>steward points import：%1 未导入；未加入任何更改。</translation>
    </message>
    <message>
        <source>The sheet has no awards.</source>
        <translation>表格中没有奖励。</translation>
    </message>
    <message>
        <source>steward points import: nothing was queued: %1</source>
        <translation>steward points import：未加入任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Awards queued for the next sync: %1 (%Ln points in all).</source>
        <translation>
            <numerusform>已将 %1 项奖励加入待同步，将在下次同步时发送（共 %Ln 积分）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsImportDialog</name>
    <message>
        <source>Import points from a sheet</source>
        <translation>从表格导入积分</translation>
    </message>
    <message>
        <source>A CSV with the columns handle, points and (optionally) reason</source>
        <translation>包含 handle、points 和 reason（可选）列的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>e.g. Offline salon 2026-11-18, sign-in</source>
        <translation>例如：2026-11-18 线下沙龙签到</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <source>Reason for rows without one:</source>
        <translation>未填写理由的行使用：</translation>
    </message>
    <message>
        <source>Choose a sheet to see what it would award.</source>
        <translation>选择一个表格，查看将要奖励的内容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue awards</source>
        <translation>加入奖励</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入积分</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>未加入任何更改：%1</translation>
    </message>
    <message>
        <source>Problems: %1 — fix them in the sheet and choose it again:</source>
        <translation>发现 %1 个问题 — 请在表格中修正，然后重新选择该表格：</translation>
    </message>
    <message>
        <source>Good rows: %1, problems: %2. Nothing is queued until every row is right.</source>
        <translation>%1 行正确，%2 个问题。每一行都正确之前不会加入任何奖励。</translation>
    </message>
    <message numerus="yes">
        <source>Awards ready to queue: %1, %Ln points in all (%2).</source>
        <translation>
            <numerusform>可加入待同步的奖励：%1 项，共 %Ln 积分（%2）。</numerusform>
        </translation>
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
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>同步间隔(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: %1 is its number (1-4), %2 the year, e.g. &quot;Q3 2026&quot;</extracomment>
        <translation>%2 年第 %1 季度</translation>
    </message>
</context>
<context>
    <name>QuarterSummaryModel</name>
    <message>
        <source>What draft, scheduled and running campaigns may still spend: their budgets minus their cost so far.</source>
        <translation>草稿、已排期和进行中的活动还可能花费的金额：其预算减去目前的成本。</translation>
    </message>
    <message>
        <source>Over the campaigns with results: (revenue − cost) / cost.</source>
        <translation>基于已录入结果的活动计算：（收入 − 成本）/ 成本。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划支出</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QuarterSummaryView</name>
    <message>
        <source>Edit budget…</source>
        <translation>编辑预算…</translation>
    </message>
    <message>
        <source>New quarter budget…</source>
        <translation>新建季度预算…</translation>
    </message>
    <message>
        <source>Budgets and spending by quarter</source>
        <translation>各季度的预算与支出</translation>
    </message>
    <message>
        <source>ROI by campaign type, %1</source>
        <translation>按活动类型的 ROI，%1</translation>
    </message>
    <message>
        <source>ROI by campaign type</source>
        <translation>按活动类型的 ROI</translation>
    </message>
</context>
<context>
    <name>ReasonTemplateModel</name>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <source>Hi {author}, your post &quot;{title}&quot; was removed because it advertises or promotes products or services, which is not allowed in {board}.</source>
        <translation>{author}，你好：你的帖子“{title}”因广告或推广产品、服务而被删除，{board} 不允许此类内容。</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>辱骂性语言</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; was removed because it attacks or insults other members. Please keep discussions respectful.</source>
        <translation>{author}，你好：“{title}”因攻击或侮辱其他成员而被删除。请保持讨论友善、互相尊重。</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>偏离主题</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; does not fit the topic of {board} and was removed. You are welcome to post it in a board where it fits.</source>
        <translation>{author}，你好：“{title}”不符合 {board} 的主题，已被删除。欢迎发布到合适的版块。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复内容</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; repeats a question that has been answered already; please search before posting.</source>
        <translation>{author}，你好：“{title}”重复了已有答案的问题；发帖前请先搜索。</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; was removed because it shares personal contact details. Please use private messages instead.</source>
        <translation>{author}，你好：“{title}”因公开个人联系方式而被删除。请改用私信联系。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
</context>
<context>
    <name>RejectReasonDialog</name>
    <message numerus="yes">
        <source>Reject %n items</source>
        <translation>
            <numerusform>驳回 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject item</source>
        <translation>驳回条目</translation>
    </message>
    <message>
        <source>Why is it rejected? The author sees this.</source>
        <translation>为什么驳回？作者会看到此内容。</translation>
    </message>
    <message>
        <source>Placeholders: {author}, {title}, {board}, {kind}</source>
        <translation>占位符：{author}、{title}、{board}、{kind}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <source>Update template</source>
        <translation>更新模板</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>As the first item&apos;s author will read it:</source>
        <translation>第一个条目的作者将看到：</translation>
    </message>
    <message>
        <source>As the author will read it:</source>
        <translation>作者将看到：</translation>
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
    <name>Report</name>
    <message>
        <source>Quarterly operations report — %1</source>
        <extracomment>The PDF&apos;s title: %1 is the quarter (&quot;Q3 2026&quot;).</extracomment>
        <translation>季度运营报告 — %1</translation>
    </message>
    <message>
        <source>Quarterly operations report</source>
        <translation>季度运营报告</translation>
    </message>
    <message>
        <source>Partial quarter: the cache&apos;s daily figures cover %1 to %2 (%3 of %4 days).</source>
        <extracomment>On the cover of a report for a quarter the cache does not fully cover. %1, %2: dates; %3, %4: numbers of days.</extracomment>
        <translation>季度数据不完整：缓存中的每日数据覆盖 %1 至 %2（%4 天中的 %3 天）。</translation>
    </message>
    <message>
        <source>Figures from the local cache; data through %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>数据来自本地缓存，截至 %1。</translation>
    </message>
    <message>
        <source>Changes compare with %1.</source>
        <extracomment>%1 is the previous quarter (&quot;Q2 2026&quot;).</extracomment>
        <translation>变化与 %1 相比较。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: %1 is the page, %2 the number of pages.</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <extracomment>A change of a daily average, when a quarter is only partly in the cache; %1 is &quot;+4.2%&quot;.</extracomment>
        <translation>日均 %1</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动 App</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>日活跃成员</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>成员举报</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Topic discussion</source>
        <translation>话题讨论</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Holiday theme</source>
        <translation>节日主题</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龙</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Not safe for work</source>
        <translation>不宜内容</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>偏离主题</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>虚假信息</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>Members at quarter end</source>
        <translation>季度末成员数</translation>
    </message>
    <message>
        <source>Average daily active members</source>
        <translation>平均日活跃成员</translation>
    </message>
    <message>
        <source>Average monthly active members</source>
        <translation>平均月活跃成员</translation>
    </message>
    <message>
        <source>Stickiness (DAU / MAU)</source>
        <translation>黏性（DAU / MAU）</translation>
    </message>
    <message>
        <source>7-day retention of new members</source>
        <translation>新成员 7 天留存</translation>
    </message>
    <message>
        <source>Interactions per active member per day</source>
        <translation>每位活跃成员日均互动数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>违规率</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, e.g. &quot;38 min&quot;.</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>决定用时中位数</translation>
    </message>
    <message>
        <source>Campaign ROI</source>
        <translation>活动 ROI</translation>
    </message>
    <message>
        <source>One of the two quarters is only partly in the cache, so totals are compared per day.</source>
        <translation>两个季度中有一个只有部分数据在缓存中，因此按日均值比较。</translation>
    </message>
    <message>
        <source>The cache holds no daily figures for the previous quarter: no changes are shown.</source>
        <translation>缓存中没有上一季度的每日数据，因此不显示变化。</translation>
    </message>
    <message>
        <source>Members over the quarter</source>
        <translation>本季度成员变化</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New members by channel</source>
        <translation>按渠道划分的新成员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Daily and weekly active members</source>
        <translation>日活跃与周活跃成员</translation>
    </message>
    <message>
        <source>Daily active</source>
        <translation>日活跃</translation>
    </message>
    <message>
        <source>Weekly active</source>
        <translation>周活跃</translation>
    </message>
    <message>
        <source>Daily active, %1</source>
        <extracomment>Chart legend: the previous quarter&apos;s daily active members; %1 is the quarter.</extracomment>
        <translation>日活跃，%1</translation>
    </message>
    <message>
        <source>Activity figures</source>
        <translation>活跃度数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Average daily active members (DAU)</source>
        <translation>平均日活跃成员（DAU）</translation>
    </message>
    <message>
        <source>Average weekly active members (WAU)</source>
        <translation>平均周活跃成员（WAU）</translation>
    </message>
    <message>
        <source>Average monthly active members (MAU)</source>
        <translation>平均月活跃成员（MAU）</translation>
    </message>
    <message>
        <source>Busiest day (daily active members)</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>最活跃的一天（日活跃成员）</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Paying members at quarter end</source>
        <translation>季度末付费成员</translation>
    </message>
    <message>
        <source>Average sentiment (-1 to 1)</source>
        <translation>平均情感值（-1 至 1）</translation>
    </message>
    <message>
        <source>Retention of new members by signup week</source>
        <translation>按注册周划分的新成员留存</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入人数</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>第 1 天</translation>
    </message>
    <message>
        <source>Day 7</source>
        <translation>第 7 天</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>第 30 天</translation>
    </message>
    <message>
        <source>All weeks (pooled)</source>
        <translation>所有周（合并）</translation>
    </message>
    <message>
        <source>Day N: the share of the week&apos;s new members active N days after joining. Pooled: all members of the weeks together. A dash: that day has not come yet.</source>
        <translation>第 N 天：当周新成员中在加入 N 天后仍活跃的比例。合并：将各周的所有成员合并计算。短横线：那一天还没到。</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>当前成员数</translation>
    </message>
    <message>
        <source>Tier sizes and movements</source>
        <translation>各等级人数与变动</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Entered this quarter</source>
        <translation>本季度进入</translation>
    </message>
    <message>
        <source>Moved from another tier</source>
        <translation>从其他等级转入</translation>
    </message>
    <message>
        <source>Joined this quarter</source>
        <translation>本季度加入</translation>
    </message>
    <message>
        <source>Tier sizes are as of %1, the cache&apos;s latest data. A member counts as having entered a tier when their current tier began during the quarter.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>各等级人数截至 %1（缓存中的最新数据）。成员的当前等级若始于本季度，则计为本季度进入该等级。</translation>
    </message>
    <message>
        <source>The points ledger in the cache begins on %1; the quarter&apos;s earlier days are not included.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>缓存中的积分流水始于 %1；本季度更早的日期不包括在内。</translation>
    </message>
    <message>
        <source>Points by reason</source>
        <translation>按原因统计的积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>净变化</translation>
    </message>
    <message>
        <source>Top earners (opening balances left out)</source>
        <translation>积分获得最多的成员（不含初始余额）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Reports, decisions and backlog per day</source>
        <translation>每日举报、决定与积压</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Median time to decision (min)</source>
        <translation>决定用时中位数（分钟）</translation>
    </message>
    <message>
        <source>Backlog at month end</source>
        <translation>月末积压</translation>
    </message>
    <message>
        <source>Time to decision: the median of the days&apos; median minutes from an item&apos;s arrival to its decision. Violation rate: violations found per decision.</source>
        <translation>决定用时：各天中位数（从条目进入到作出决定的分钟数）的中位数。违规率：每项决定中认定违规的比例。</translation>
    </message>
    <message>
        <source>Items in the cache from this quarter</source>
        <translation>缓存中本季度的条目</translation>
    </message>
    <message>
        <source>Status or AI label</source>
        <translation>状态或 AI 标签</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>AI label: %1</source>
        <extracomment>An AI pre-screen label in a table, e.g. &quot;AI label: Spam&quot;.</extracomment>
        <translation>AI 标签：%1</translation>
    </message>
    <message>
        <source>Actions in the audit log</source>
        <translation>审计日志中的操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>The quarter&apos;s campaign budget was %1. Campaigns spent %2 and may still spend %3: %4 of the budget.</source>
        <extracomment>%1 budget, %2 spent, %3 still planned, %4 share of the budget used.</extracomment>
        <translation>本季度的活动预算为 %1。活动已花费 %2，还可能花费 %3：占预算的 %4。</translation>
    </message>
    <message>
        <source>The cache holds no budget for this quarter. Campaigns spent %1.</source>
        <translation>缓存中没有本季度的预算。活动已花费 %1。</translation>
    </message>
    <message>
        <source>No campaign started this quarter.</source>
        <translation>本季度没有开始的活动。</translation>
    </message>
    <message>
        <source>The campaigns with results brought in %1 for %2: a return on investment of %3.</source>
        <extracomment>%1 revenue, %2 cost, %3 ROI.</extracomment>
        <translation>已录入结果的活动以 %2 的成本带来 %1 的收入：投资回报率为 %3。</translation>
    </message>
    <message>
        <source>Campaigns that started this quarter</source>
        <translation>本季度开始的活动</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost. Goals met: the mean share of each set goal reached, each capped at 200%.</source>
        <translation>ROI =（收入 − 成本）/ 成本。目标达成：各项已设目标达成比例的平均值，每项最高计为 200%。</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>版本 A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>版本 B</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <extracomment>One arm of an A/B test in a table: %1 its name, %2 its conversion rate, %3 conversions, %4 exposures.</extracomment>
        <translation>%1：%2（%4 次曝光中 %3 次转化）</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Two-proportion z-test, two-sided; a difference counts when p &lt; 0.05.</source>
        <translation>双比例 z 检验（双侧）；p &lt; 0.05 时差异成立。</translation>
    </message>
    <message>
        <source>Campaign notes</source>
        <translation>活动备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Daily active members and unusual days</source>
        <translation>日活跃成员与异常日</translation>
    </message>
    <message>
        <source>Unusual day</source>
        <translation>异常日</translation>
    </message>
    <message>
        <source>No day departed from the weekly pattern far enough to count as an anomaly.</source>
        <translation>没有哪一天偏离每周规律到足以视为异常的程度。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Nothing in the cache explains it.</source>
        <translation>缓存中没有可解释的原因。</translation>
    </message>
    <message>
        <source>Problems and their causes</source>
        <translation>问题及其原因</translation>
    </message>
    <message>
        <source>No account of this quarter&apos;s problems has been written yet.</source>
        <translation>尚未撰写本季度问题的说明。</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>No plan for the next quarter has been written yet.</source>
        <translation>尚未撰写下一季度的计划。</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>%1 预测</translation>
    </message>
    <message>
        <source>The cache holds too little history for a forecast.</source>
        <translation>缓存中的历史数据太少，无法预测。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Range (95%)</source>
        <translation>区间（95%）</translation>
    </message>
    <message>
        <source>Error on the last 91 days</source>
        <translation>最近 91 天的误差</translation>
    </message>
    <message>
        <source>Holt–Winters forecast with a weekly season, fitted on the history up to the quarter&apos;s last day. The error is the mean absolute percentage error of the same method predicting the last 91 known days.</source>
        <translation>使用每周季节性的 Holt–Winters 预测，基于截至本季度最后一天的历史数据拟合。误差为同一方法预测最近 91 个已知日的平均绝对百分比误差。</translation>
    </message>
    <message>
        <source>Campaigns in %1</source>
        <translation>%1 的活动</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>The budget for %1 is %2.</source>
        <extracomment>%1 the next quarter, %2 its budget.</extracomment>
        <translation>%1 的预算为 %2。</translation>
    </message>
    <message>
        <source>campaign running: %1</source>
        <extracomment>A likely cause of an unusual day: %1 is a campaign&apos;s name.</extracomment>
        <translation>活动进行中：%1</translation>
    </message>
    <message>
        <source>Spring Festival holiday</source>
        <translation>春节假期</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>国庆假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>劳动节假期</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>signups from %1 at %2× their usual level</source>
        <extracomment>%1 a signup channel, %2 how many times its usual daily signups (e.g. &quot;3.2&quot;).</extracomment>
        <translation>来自%1的注册量为平时的 %2 倍</translation>
    </message>
    <message>
        <source>member reports at %1× their usual level (spam or a dispute)</source>
        <extracomment>%1 how many times the usual number of member reports (e.g. &quot;2.5&quot;).</extracomment>
        <translation>成员举报量为平时的 %1 倍（垃圾信息或争议）</translation>
    </message>
    <message>
        <source>No exposures yet</source>
        <translation>尚无曝光</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>无差异</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>B converts better</source>
        <translation>B 转化更好</translation>
    </message>
    <message>
        <source>A converts better</source>
        <translation>A 转化更好</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Member growth and channels</source>
        <translation>成员增长与渠道</translation>
    </message>
    <message>
        <source>Activity and retention</source>
        <translation>活跃与留存</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>成员等级</translation>
    </message>
    <message>
        <source>Points and badges</source>
        <translation>积分与徽章</translation>
    </message>
    <message>
        <source>Content and moderation</source>
        <translation>内容与审核</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Anomalies and likely causes</source>
        <translation>异常与可能原因</translation>
    </message>
    <message>
        <source>Next quarter&apos;s plan</source>
        <translation>下一季度计划</translation>
    </message>
    <message>
        <source>In %1 the community reached %2, %3 of them new this quarter.</source>
        <extracomment>%1 is the quarter (&quot;Q3 2026&quot;), %2 a number of members, %3 the number of them who joined.</extracomment>
        <translation>%1，社群规模达到 %2，其中 %3 名为本季度新成员。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily active members averaged %1, %2 of the month&apos;s active members.</source>
        <extracomment>%1 is the average number of daily active members, %2 a percentage.</extracomment>
        <translation>平均每天有 %1 名成员活跃，占当月活跃成员的 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Moderators made %Ln decisions, and %1 of them found a violation.</source>
        <extracomment>%1 is a percentage.</extracomment>
        <translation>
            <numerusform>审核员共作出 %Ln 项决定，其中 %1 认定为违规。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns, %1 spent</source>
        <extracomment>Under the campaign ROI tile: a number of campaigns, %1 money spent.</extracomment>
        <translation>
            <numerusform>%Ln 个活动，花费 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Membership grew from %1 to %Ln members: %2 more (%3).</source>
        <extracomment>%1 is the number of members at the quarter&apos;s start, %2 the difference, %3 a percentage.</extracomment>
        <translation>
            <numerusform>成员从 %1 名增长到 %Ln 名：增加 %2 名（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln members.</source>
        <translation>
            <numerusform>缓存中有 %Ln 名成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them entered their current tier during the quarter.</source>
        <translation>
            <numerusform>其中 %Ln 名在本季度进入当前等级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are muted or banned.</source>
        <translation>
            <numerusform>%Ln 名被禁言或封禁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members earned %1 and redeemed %2, in %3 of %4.</source>
        <extracomment>%1 and %2 are numbers of points, %3 of ledger entries, %4 of members.</extracomment>
        <translation>成员共获得 %1、兑换 %2，涉及 %4 的 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln 条积分流水</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earned points leave out the %Ln points of opening balances, which the ledger records once for every member when it begins.</source>
        <translation>
            <numerusform>获得的积分不包括 %Ln 积分的初始余额；积分流水开始时会为每位成员记录一次初始余额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold at least one badge. Badge counts are as of %1: the cache does not record when a badge was awarded.</source>
        <extracomment>%1 members with a badge; %2 a date. %1 is a date.</extracomment>
        <translation>
            <numerusform>%Ln 名成员至少持有一枚徽章。徽章数量截至 %1：缓存中没有记录徽章的授予时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members wrote %1 and %2 and filed %3. Moderators made %4 and found %5 (a violation rate of %6).</source>
        <extracomment>%1 posts, %2 comments, %3 reports, %4 decisions, %5 violations (each with its count), %6 a percentage.</extracomment>
        <translation>成员发布了 %1、%2，提交了 %3。审核员作出 %4，认定 %5（违规率 %6）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln 个帖子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln 条评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports</source>
        <translation>
            <numerusform>%Ln 次举报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln 项决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln 项违规</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items were waiting for a decision at the quarter&apos;s end.</source>
        <translation>
            <numerusform>季度末有 %Ln 个条目等待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln items created this quarter; members reported %1 of them.</source>
        <extracomment>%1 is a number of items.</extracomment>
        <translation>
            <numerusform>缓存中有 %Ln 个本季度创建的条目；其中 %1 个被成员举报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily figures departed from their weekly pattern. Each is scored by how far it lies from the expected value, in robust standard deviations; 3.5 or more counts as an anomaly.</source>
        <translation>
            <numerusform>有 %Ln 个每日数据偏离了每周规律。每个数据按其与预期值的距离（以稳健标准差计）评分；3.5 或以上视为异常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If the trend and the weekly pattern hold, %1 will average %2 daily active members (between %3 and %4) and bring about %Ln new members.</source>
        <extracomment>%1 is the next quarter, %2 to %4 numbers of daily active members; the count is of new members.</extracomment>
        <translation>
            <numerusform>如果趋势和每周规律保持不变，%1 的平均日活跃成员将为 %2 名（介于 %3 和 %4 之间），并带来约 %Ln 名新成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not significant yet; about %Ln more exposures needed</source>
        <translation>
            <numerusform>尚不显著；约还需 %Ln 次曝光</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter on the report, e.g. &quot;Q3 2026&quot;; %1 is the quarter&apos;s number, %2 the year.</extracomment>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <extracomment>A change of a percentage, in percentage points, e.g. &quot;+0.8 pts&quot;; %1 is the signed number.</extracomment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>steward report: there is no cache in %1. Run `steward sync` first.</source>
        <translation>steward report：%1 中没有缓存。请先运行 `steward sync`。</translation>
    </message>
    <message>
        <source>steward report: %1</source>
        <translation>steward report：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln pages, %L2 ms).</source>
        <translation>
            <numerusform>已写入 %1（%Ln 页，%L2 毫秒）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDataBuilder</name>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No quarter was chosen.</source>
        <translation>未选择季度。</translation>
    </message>
    <message>
        <source>The cache holds no daily figures yet. Sync with the platform first.</source>
        <translation>缓存中还没有每日数据。请先与平台同步。</translation>
    </message>
    <message>
        <source>The cache has no daily figures for %1; it holds %2 to %3. Choose another quarter or sync first.</source>
        <translation>缓存中没有 %1 的每日数据；现有数据为 %2 至 %3。请选择其他季度或先同步。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReportDrafts</name>
    <message>
        <source>Could not read the report drafts: %1</source>
        <translation>无法读取报告草稿：%1</translation>
    </message>
    <message>
        <source>Could not save the report draft: %1</source>
        <translation>无法保存报告草稿：%1</translation>
    </message>
    <message>
        <source>Could not save the report settings: %1</source>
        <translation>无法保存报告设置：%1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>No TrueType Chinese font is installed, so the report cannot print in %1 with searchable text. Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei).</source>
        <translation>未安装 TrueType 中文字体，因此无法以%1输出可搜索文本的报告。请安装文泉驿微米黑（Debian：fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>There is no cache at %1. Run `steward sync` first.</source>
        <translation>%1 中没有缓存。请先运行 `steward sync`。</translation>
    </message>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>The preview appears here.</source>
        <translation>预览将显示在这里。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems and causes</source>
        <translation>问题与原因</translation>
    </message>
    <message>
        <source>What went wrong this quarter and why: the anomalies above in your own words, incidents, missed goals …</source>
        <translation>本季度出了什么问题以及原因：用你自己的话说明上面的异常、事故、未达成的目标……</translation>
    </message>
    <message>
        <source>Next quarter&apos;s plan</source>
        <translation>下一季度计划</translation>
    </message>
    <message>
        <source>Goals, campaigns and changes for the next quarter. The report adds the forecast.</source>
        <translation>下一季度的目标、活动和调整。报告会附上预测。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社群(&amp;C)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Member growth and channels</source>
        <translation>成员增长与渠道</translation>
    </message>
    <message>
        <source>Activity and retention</source>
        <translation>活跃与留存</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>成员等级</translation>
    </message>
    <message>
        <source>Points and badges</source>
        <translation>积分与徽章</translation>
    </message>
    <message>
        <source>Content and moderation</source>
        <translation>内容与审核</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Anomalies and likely causes</source>
        <translation>异常与可能原因</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>更新预览(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>The cache holds no daily figures yet. Sync with the platform, then come back.</source>
        <translation>缓存中还没有每日数据。请先与平台同步，然后再回到这里。</translation>
    </message>
    <message>
        <source>Draft for %1 in %2, saved %3.</source>
        <translation>%1 的%2草稿，已于 %3 保存。</translation>
    </message>
    <message>
        <source>Draft for %1 in %2.</source>
        <translation>%1 的%2草稿。</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages.</source>
        <translation>
            <numerusform>共 %Ln 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViewModel</name>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Spam &gt; 0.8</source>
        <translation>垃圾信息 &gt; 0.8</translation>
    </message>
    <message>
        <source>Reported twice or more</source>
        <translation>被举报两次或以上</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>冠军</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>濒临流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>R ≥ 4, F ≥ 4 and M ≥ 4</source>
        <translation>R ≥ 4、F ≥ 4 且 M ≥ 4</translation>
    </message>
    <message>
        <source>F ≥ 4 and R ≥ 3 (not a champion)</source>
        <translation>F ≥ 4 且 R ≥ 3（非冠军）</translation>
    </message>
    <message>
        <source>R ≥ 3, not yet frequent</source>
        <translation>R ≥ 3，尚不频繁</translation>
    </message>
    <message>
        <source>R ≤ 2, and F ≥ 3 or M ≥ 3</source>
        <translation>R ≤ 2，且 F ≥ 3 或 M ≥ 3</translation>
    </message>
    <message>
        <source>R ≤ 2 with low F and M</source>
        <translation>R ≤ 2，且 F 和 M 较低</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>从未活跃</translation>
    </message>
    <message numerus="yes">
        <source>last active %n day(s) ago</source>
        <translation>
            <numerusform>最近活跃于 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>R %1 (%2), F %3 (%4 in 30 days), M %5 (%6 spent): %7 → %8</source>
        <translation>R %1（%2），F %3（30 天内 %4），M %5（消费 %6）：%7 → %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Average active days in the last 30 days</source>
        <translation>最近 30 天的平均活跃天数</translation>
    </message>
    <message>
        <source>Average of active days + posts + comments in the last 30 days (the F of RFM)</source>
        <translation>最近 30 天活跃天数 + 帖子 + 评论的平均值（RFM 中的 F）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Value layer</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>成员占比</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>消费占比</translation>
    </message>
    <message>
        <source>Active days (avg)</source>
        <translation>活跃天数（平均）</translation>
    </message>
    <message>
        <source>Activity (avg)</source>
        <translation>活跃度（平均）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Churn risk needs at least this many posts + helpful answers a month before the last 30 days</source>
        <translation>判定流失风险时，最近 30 天之前每月的帖子 + 有用回答至少需要达到此数量</translation>
    </message>
    <message>
        <source>… and a fall of at least this much in the last 30 days</source>
        <translation>……且最近 30 天的降幅至少达到此比例</translation>
    </message>
    <message>
        <source>Churn risk: earlier average ≥</source>
        <translation>流失风险：此前平均 ≥</translation>
    </message>
    <message>
        <source>a month, fall ≥</source>
        <translation>/月，降幅 ≥</translation>
    </message>
    <message>
        <source>Segments (RFM)</source>
        <translation>分群（RFM）</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>Churn risk (activity falling)</source>
        <translation>流失风险（活跃度下降）</translation>
    </message>
    <message>
        <source>Silent members</source>
        <translation>沉默成员</translation>
    </message>
    <message>
        <source>no activity for </source>
        <translation>连续无活动 </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Target list</source>
        <translation>目标名单</translation>
    </message>
    <message>
        <source>Scoring every member…</source>
        <translation>正在为所有成员评分…</translation>
    </message>
    <message>
        <source>The segments could not be computed: %1</source>
        <translation>无法计算分群：%1</translation>
    </message>
    <message>
        <source>Export target list</source>
        <translation>导出目标名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Segments have not been computed yet.</source>
        <translation>尚未计算分群。</translation>
    </message>
    <message>
        <source>Scored %1 from the local cache. Recency: days since the last activity or purchase; frequency: active days + posts + comments in 30 days; monetary: all-time spend; each in quintiles 1–5.</source>
        <translation>已根据本地缓存为 %1 评分。最近度（R）：距最近一次活动或购买的天数；频率（F）：30 天内的活跃天数 + 帖子 + 评论；消费（M）：累计消费；各项均按五分位数评为 1–5 分。</translation>
    </message>
    <message>
        <source>Members whose posts + helpful answers in the last 30 days fell against their average month before (from the cache&apos;s 30-day and all-time counters and the tenure).</source>
        <translation>最近 30 天的帖子 + 有用回答低于此前月均水平的成员（依据缓存中的 30 天计数、累计计数和入群时长）。</translation>
    </message>
    <message numerus="yes">
        <source>Members (not banned) whose last activity is more than %n day(s) ago, most recent first.</source>
        <translation>
            <numerusform>最近一次活动在 %n 天以前的成员（不含已封禁），按最近活动时间排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. Hover a row for the member&apos;s scores and the rule.</source>
        <translation>%1：%2。将鼠标悬停在行上可查看成员的评分和规则。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln members.</source>
        <translation>
            <numerusform>已导出 %Ln 名成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The list could not be counted.</source>
        <translation>无法统计该名单的人数。</translation>
    </message>
</context>
<context>
    <name>SpendBar</name>
    <message>
        <source>%1: spent %2, planned %3; no budget set.</source>
        <translation>%1：已花费 %2，计划支出 %3；未设置预算。</translation>
    </message>
    <message>
        <source>%1: spent %2 and planned %3 of %4 — %5 over budget.</source>
        <translation>%1：预算 %4 中已花费 %2、计划支出 %3 — 超出预算 %5。</translation>
    </message>
    <message>
        <source>%1: spent %2 and planned %3 of %4 — %5 left.</source>
        <translation>%1：预算 %4 中已花费 %2、计划支出 %3 — 剩余 %5。</translation>
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
    <name>StudyGroupModel</name>
    <message>
        <source>Growing</source>
        <translation>成长中</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Gone cold</source>
        <translation>已冷清</translation>
    </message>
    <message>
        <source>Growing: at least 30% of the members active in the last 30 days, with 2 or more posts per active member.
Gone cold: no activity for more than 14 days, or fewer than 5% of the members active in 30 days.
Steady: everything in between.
Judged as of the newest activity in the local cache.</source>
        <translation>成长中：最近 30 天至少 30% 的成员活跃，且每位活跃成员发帖 2 个或以上。
已冷清：超过 14 天没有活动，或 30 天内活跃成员不足 5%。
平稳：介于两者之间。
以本地缓存中最新的活动为准进行判断。</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Posts (30 d)</source>
        <translation>帖子（30 天）</translation>
    </message>
    <message>
        <source>Active (30 d)</source>
        <translation>活跃（30 天）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of members active in 30 days, %Ln posts, last activity %3.</source>
        <translation>
            <numerusform>%1：30 天内 %2% 的成员活跃，%Ln 个帖子，最近活动于 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyGroupsView</name>
    <message>
        <source>Health: growing, steady or gone cold — hover over the Health column for how it is judged.</source>
        <translation>健康度：成长中、平稳或已冷清 — 将鼠标悬停在“健康度”列上可查看判断方式。</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>选择一个小组以查看其成员。</translation>
    </message>
    <message>
        <source>Make group admin</source>
        <translation>设为小组管理员</translation>
    </message>
    <message>
        <source>The selected member becomes an admin of this group (sent with the next sync).</source>
        <translation>所选成员将成为此小组的管理员（在下次同步时发送）。</translation>
    </message>
    <message>
        <source>Show in member list</source>
        <translation>在成员列表中显示</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>%1 becomes a group admin with the next sync.</source>
        <translation>下次同步后，%1 将成为小组管理员。</translation>
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
    <message numerus="yes">
        <source>The sync stopped after %n attempt(s): %1 Your changes are kept and go out with the next sync.</source>
        <translation>
            <numerusform>同步在尝试 %n 次后停止：%1 你的更改已保留，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln change(s) sent, %L1 received.</source>
        <translation>
            <numerusform>同步完成：发送 %Ln 项更改，接收 %L1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln 项被拒绝的更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your decision: %1.</source>
        <translation>等待你处理：%1。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
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
    <name>TargetList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not scored yet: segments are computed after a sync.</source>
        <translation>尚未评分：分群在同步后计算。</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <source>Posts + helpful answers a month, on average, before the last 30 days: (posts_total − posts_30 + helpful_answers_total − helpful_answers_30) ÷ (tenure in months − 1)</source>
        <translation>最近 30 天之前的月均帖子 + 有用回答：(posts_total − posts_30 + helpful_answers_total − helpful_answers_30) ÷ (入群月数 − 1)</translation>
    </message>
    <message>
        <source>Posts + helpful answers in the last 30 days (posts_30 + helpful_answers_30)</source>
        <translation>最近 30 天的帖子 + 有用回答（posts_30 + helpful_answers_30）</translation>
    </message>
    <message>
        <source>The last 30 days against the earlier monthly average</source>
        <translation>最近 30 天与此前月均值的对比</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary quintile scores, 1 (lowest fifth) to 5 (highest fifth)</source>
        <translation>最近度、频率和消费的五分位评分，从 1（最低的五分之一）到 5（最高的五分之一）</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Before (a month)</source>
        <translation>此前（每月）</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TierApplyJob</name>
    <message>
        <source>The tier changes were refused: %1</source>
        <translation>等级更改被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>TierRuleEditor</name>
    <message>
        <source>all of these conditions (AND)</source>
        <translation>满足以下全部条件（AND）</translation>
    </message>
    <message>
        <source>any of these conditions (OR)</source>
        <translation>满足以下任一条件（OR）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>The lowest tier has no conditions: every member starts here.</source>
        <translation>最低等级没有条件：所有成员都从这里开始。</translation>
    </message>
    <message>
        <source>A member below this tier&apos;s rules keeps the tier until this many days after they last qualified (or entered the tier). Promotion is always immediate.</source>
        <translation>成员不再满足此等级的规则后，会在最后一次满足条件（或进入该等级）后的这些天内保留该等级。晋升总是立即生效。</translation>
    </message>
    <message>
        <source>One privilege a line</source>
        <translation>每行一项权益</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Members qualify with:</source>
        <translation>成员满足以下条件即可获得：</translation>
    </message>
    <message>
        <source>Demotion &amp;grace:</source>
        <translation>降级宽限期(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Privileges:</source>
        <translation>权益(&amp;P)：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierRuleSet</name>
    <message>
        <source>Tier %1 combines its conditions with &apos;%2&apos;; expected &apos;and&apos; or &apos;or&apos;.</source>
        <translation>等级 %1 使用“%2”组合其条件；应为“and”或“or”。</translation>
    </message>
    <message>
        <source>Tier %1 has a condition this console cannot read: %2</source>
        <translation>等级 %1 包含本控制台无法读取的条件：%2</translation>
    </message>
    <message>
        <source>There are no tiers.</source>
        <translation>没有任何等级。</translation>
    </message>
    <message>
        <source>The lowest tier (%1) has conditions: members who meet none of the rules would have no tier.</source>
        <translation>最低等级（%1）设有条件：不满足任何规则的成员将没有等级。</translation>
    </message>
    <message>
        <source>Tier %1 has no name.</source>
        <translation>等级 %1 没有名称。</translation>
    </message>
    <message>
        <source>Two tiers have the id %1.</source>
        <translation>有两个等级的 ID 都是 %1。</translation>
    </message>
    <message>
        <source>%1 has no conditions: every member would reach it and no tier above it.</source>
        <translation>%1 没有条件：所有成员都会达到该等级，其上的等级将无人达到。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>active days (30 days)</source>
        <translation>活跃天数（30 天）</translation>
    </message>
    <message>
        <source>posts (all time)</source>
        <translation>帖子（累计）</translation>
    </message>
    <message>
        <source>helpful answers (all time)</source>
        <translation>有用回答（累计）</translation>
    </message>
    <message>
        <source>tenure (days)</source>
        <translation>入群天数</translation>
    </message>
    <message>
        <source>spend (all time)</source>
        <translation>消费（累计）</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source> AND </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
</context>
<context>
    <name>TierSizesModel</name>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>In grace</source>
        <translation>宽限期内</translation>
    </message>
</context>
<context>
    <name>TiersView</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the tier one step higher</source>
        <translation>将该等级上移一级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the tier one step lower</source>
        <translation>将该等级下移一级</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tiers, highest first:</source>
        <translation>等级（从高到低）：</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>撤销编辑</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rows: the tier members hold now. Columns: their tier under the edited rules. Click a cell to list those members.</source>
        <translation>行：成员当前的等级。列：按编辑后的规则得到的等级。点击单元格可列出这些成员。</translation>
    </message>
    <message>
        <source>Tier sizes</source>
        <translation>各等级人数</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>原等级 → 新等级</translation>
    </message>
    <message>
        <source>Show all movers</source>
        <translation>显示所有变动成员</translation>
    </message>
    <message>
        <source>Counting over the whole cache…</source>
        <translation>正在统计整个缓存…</translation>
    </message>
    <message>
        <source>The what-if could not be computed: %1</source>
        <translation>无法计算假设分析结果：%1</translation>
    </message>
    <message>
        <source>No tiers in the local cache yet. Sync with the platform to load them.</source>
        <translation>本地缓存中还没有等级。请与平台同步以加载等级。</translation>
    </message>
    <message>
        <source>Members who would move (%1):</source>
        <translation>将变动的成员（%1）：</translation>
    </message>
    <message>
        <source>Members who would move in the chosen cell (%1 of %2):</source>
        <translation>所选单元格中将变动的成员（%2 名中的 %1 名）：</translation>
    </message>
    <message>
        <source>Queue the rule changes and the members&apos; new tiers in the outbox; the next sync sends them.</source>
        <translation>将规则更改和成员的新等级加入待同步；下次同步时发送。</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Name of the new tier:</source>
        <translation>新等级的名称：</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>移除等级</translation>
    </message>
    <message>
        <source>Apply tier rules</source>
        <translation>应用等级规则</translation>
    </message>
    <message>
        <source>Queuing the tier changes (Members › Tiers); what is queued by then stays queued.</source>
        <translation>正在将等级更改加入待同步（成员 › 等级）；届时已加入的更改会保留在待同步中。</translation>
    </message>
    <message numerus="yes">
        <source>With the edited rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members would move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>按编辑后的规则，%Ln 名成员中将有 &lt;b&gt;%1&lt;/b&gt; 名变动：晋升 %2 名，降级 %3 名，由规则安排 %4 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the current rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members are due to move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>按当前规则，%Ln 名成员中有 &lt;b&gt;%1&lt;/b&gt; 名应当变动：晋升 %2 名，降级 %3 名，由规则安排 %4 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members keep their tier during its grace period.</source>
        <translation>
            <numerusform>%Ln 名成员在宽限期内保留原等级。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold %1. After Apply they are placed by the remaining tiers&apos; rules. Remove it?</source>
        <translation>
            <numerusform>%Ln 名成员属于%1。应用后，他们将按其余等级的规则重新安排。确定移除吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue %1 and move %2 (%3 promoted, %4 demoted)?</source>
        <translation>要加入 %1 并调整 %2（晋升 %3 名，降级 %4 名）吗？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tier change(s)</source>
        <translation>
            <numerusform>%Ln 项等级更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members start or keep a grace period.</source>
        <translation>
            <numerusform>%Ln 名成员将开始或继续宽限期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync sends everything; each change can be undone until then.</source>
        <translation>下次同步时会发送全部更改；在此之前，每项更改都可以撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln members moved before the cancel; they stay queued.</source>
        <translation>
            <numerusform>已取消：取消前已调整的 %Ln 名成员仍保留在待同步中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1 and %2.</source>
        <translation>已加入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members&apos; new tiers</source>
        <translation>
            <numerusform>%Ln 名成员的新等级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members were skipped: their tier changed meanwhile.</source>
        <translation>
            <numerusform>已跳过 %Ln 名成员：他们的等级在此期间已发生变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members with a locked tier never move.</source>
        <translation>
            <numerusform>%Ln 名已锁定等级的成员不会变动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionMatrixModel</name>
    <message>
        <source>from %1</source>
        <translation>从%1</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members would leave %1</source>
        <translation>
            <numerusform>%Ln 名成员将离开%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members stay in %1</source>
        <translation>
            <numerusform>%Ln 名成员留在%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members would move from %1 to %2</source>
        <translation>
            <numerusform>%Ln 名成员将从%1变为%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>TypeRoiModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>With results</source>
        <translation>已录入结果</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>promoted: meets the higher tier&apos;s rules</source>
        <translation>晋升：符合更高等级的规则</translation>
    </message>
    <message>
        <source>demoted: below the tier&apos;s rules past the grace period</source>
        <translation>降级：宽限期已过，仍未达到该等级的规则</translation>
    </message>
    <message>
        <source>placed by the rules: their tier is not among these</source>
        <translation>按规则归入：其原等级不在这些等级中</translation>
    </message>
    <message>
        <source>keeps the tier during the grace period</source>
        <translation>宽限期内保留等级</translation>
    </message>
    <message>
        <source>locked tier</source>
        <translation>等级已锁定</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>(other or no tier)</source>
        <translation>（其他等级或无等级）</translation>
    </message>
</context>
</TS>
