<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>暫無結果：有版本尚無曝光</translation>
    </message>
    <message>
        <source>no difference yet: both variants convert at the same rate</source>
        <translation>暫無差異：兩個版本的轉換率相同</translation>
    </message>
    <message>
        <source>%1 is better, %2</source>
        <extracomment>%1 is a variant&apos;s letter, %2 the p-value as &quot;p = 0.01&quot;, e.g. &quot;B is better, p = 0.01&quot;</extracomment>
        <translation>%1 更優，%2</translation>
    </message>
    <message>
        <source>not significant (%1)</source>
        <translation>不顯著（%1）</translation>
    </message>
    <message numerus="yes">
        <source>not significant yet: about %Ln more exposures needed (%1)</source>
        <extracomment>%1 is the number of exposures, %2 the p-value as &quot;p = 0.34&quot;</extracomment>
        <translation>
            <numerusform>尚不顯著：約還需 %Ln 次曝光（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Points per week</source>
        <translation>每週積分</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>no points in these weeks</source>
        <translation>這幾週沒有積分變動</translation>
    </message>
    <message numerus="yes">
        <source>Points per week, the last %Ln weeks: %1 earned, %2 spent.</source>
        <translation>
            <numerusform>最近 %Ln 週的每週積分：獲得 %1，消耗 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address &apos;%1&apos; is not a valid URL.</source>
        <translation>伺服器位址「%1」不是有效的 URL。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>伺服器位址必須以 https:// 開頭。</translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer (localhost). Use https://, or mark the profile as insecure on purpose.</source>
        <translation>未加密的 http:// 只用於本機（localhost）。請使用 https://，或刻意將此設定檔標記為不安全。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>無法連線到伺服器。請檢查網路連線和伺服器位址。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or the network is slow.</source>
        <translation>伺服器未能及時回應，可能負載過高或網路較慢。</translation>
    </message>
    <message>
        <source>The server did not accept your login. Please log in again.</source>
        <translation>伺服器不接受你的登入，請重新登入。</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>你的角色無權執行此操作。</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>伺服器上沒有此項目。</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>請求過大，伺服器無法處理。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>伺服器認為請求無效並予以拒絕。</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>其他人已先修改了此內容。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again later.</source>
        <translation>伺服器發生問題（HTTP %1），請稍後再試。</translation>
    </message>
    <message>
        <source>The server sent a reply that Steward cannot read.</source>
        <translation>伺服器傳回了 Steward 無法讀取的回應。</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection.</source>
        <translation>拒絕未加密的連線。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The local cache could not be updated.</source>
        <translation>無法更新本機快取。</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (too many requests) and asked to wait %n second(s).</source>
        <translation>
            <numerusform>伺服器忙碌（請求過多），要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (too many requests).</source>
        <translation>伺服器忙碌（請求過多）。</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>the reply was incomplete</source>
        <translation>回應不完整</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：%1（位於第 %2 位元組）</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
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
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Search summary, action or ID</source>
        <translation>搜尋摘要、操作或 ID</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所選項目</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>選擇一筆記錄以檢視完整內容。</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>變更後版本</translation>
    </message>
    <message>
        <source>Mutation ID</source>
        <translation>變更 ID</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>記錄 ID</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>沒有符合的稽核記錄。</translation>
    </message>
    <message>
        <source>Who (username)</source>
        <translation>操作者（使用者名稱）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries</source>
        <translation>
            <numerusform>顯示最新的 %Ln 筆記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>共 %Ln 筆記錄</numerusform>
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
        <translation>將 %1 停權</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
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
        <translation>禁言時長</translation>
    </message>
    <message>
        <source>Optional; the member sees it</source>
        <translation>選填；成員可以看到</translation>
    </message>
    <message>
        <source>Required; the member sees it</source>
        <translation>必填；成員可以看到</translation>
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
        <translation>停權</translation>
    </message>
    <message>
        <source>A ban removes %1 from the community until a manager or moderator lifts it.</source>
        <translation>停權會將 %1 移出社群，直到社群經理或審核員解除停權。</translation>
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
        <translation>獲得條件</translation>
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
        <translation>在成員清單中顯示</translation>
    </message>
    <message>
        <source>No badges in the cache yet; sync first.</source>
        <translation>快取中還沒有徽章，請先同步。</translation>
    </message>
    <message>
        <source>Select a badge to see who holds it.</source>
        <translation>選擇一個徽章，檢視哪些成員持有。</translation>
    </message>
    <message>
        <source>Holders of %1</source>
        <translation>%1 的持有者</translation>
    </message>
    <message>
        <source>Holders of %1 in the local cache: %2</source>
        <translation>本機快取中 %1 的持有者：%2</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>New quarter budget</source>
        <translation>新增季度預算</translation>
    </message>
    <message>
        <source>Budget for %1</source>
        <translation>%1 的預算</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk decision</source>
        <translation>批次處理</translation>
    </message>
    <message>
        <source>%1 of %2 done; %3 could not be changed.</source>
        <translation>已完成 %1 / %2；%3 項無法變更。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>CacheConnection</name>
    <message>
        <source>The cache is in memory; a second connection cannot see it.</source>
        <translation>快取位於記憶體中，第二個連線無法存取。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>無法開啟本機快取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>the file is truncated</source>
        <translation>檔案不完整（已被截斷）</translation>
    </message>
    <message>
        <source>This cache file is not damaged; Steward leaves it where it is.</source>
        <translation>此快取檔案沒有損壞，Steward 會將其保留在原處。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2; nothing was changed.</source>
        <translation>無法將 %1 重新命名為 %2；未做任何變更。</translation>
    </message>
    <message>
        <source>The old cache was kept as %1, but a new one cannot be created: %2</source>
        <translation>舊快取已保留為 %1，但無法建立新快取：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Steward cache: it is not an SQLite database.</source>
        <translation>檔案 %1 不是 Steward 快取：它不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged (%2).</source>
        <translation>本機快取 %1 已損壞（%2）。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Steward (schema %2; this version knows up to %3).</source>
        <translation>本機快取 %1 由更新版本的 Steward 寫入（結構描述版本 %2；本版本最高支援 %3）。</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>無法開啟本機快取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>It holds at least %Ln change(s) not yet sent to the server; some of its pending changes could not be read.</source>
        <translation>
            <numerusform>其中至少有 %Ln 項變更尚未傳送到伺服器；部分待同步的變更無法讀取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Steward could not read which changes in it are not yet sent to the server.</source>
        <translation>Steward 無法讀取其中哪些變更尚未傳送到伺服器。</translation>
    </message>
    <message>
        <source>It holds no changes waiting to be sent.</source>
        <translation>其中沒有等待傳送的變更。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) waiting for your decision are carried over too.</source>
        <translation>
            <numerusform>等待你處理的 %Ln 個衝突或被拒絕的變更也會一併轉入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Steward can set the file aside (renamed with the date and time, never deleted) and start with a fresh cache, which the next sync downloads from the server again.</source>
        <translation>Steward 可以將該檔案移到一旁（以日期和時間重新命名，絕不刪除），然後使用全新的快取啟動，下次同步時會從伺服器重新下載資料。</translation>
    </message>
    <message>
        <source>Or quit and use the newer version of Steward, which can still read it.</source>
        <translation>或者結束，改用仍能讀取它的新版 Steward。</translation>
    </message>
    <message>
        <source>The old cache was kept as %1.</source>
        <translation>舊快取已保留為 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent to the server were carried over and go out with the next sync.</source>
        <translation>
            <numerusform>%Ln 項尚未傳送到伺服器的變更已轉入，將在下次同步時傳送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) wait for your decision in the Sync view.</source>
        <translation>
            <numerusform>%Ln 個衝突或被拒絕的變更正在同步檢視中等待你處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent could not be carried over; they are still in the old file.</source>
        <translation>
            <numerusform>%Ln 項尚未傳送的變更無法轉入，仍保留在舊檔案中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the old file could not be read: it may hold more unsynced changes. Keep it until you have checked with the server.</source>
        <translation>舊檔案有部分內容無法讀取，其中可能還有未同步的變更。在與伺服器核對之前，請保留該檔案。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln change(s) not yet sent to the server. Starting fresh carries them over into the new cache, and the next sync sends them.</source>
        <translation>
            <numerusform>其中有 %Ln 項變更尚未傳送到伺服器。重新開始時會將它們轉入新快取，並在下次同步時傳送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 項</translation>
    </message>
</context>
<context>
    <name>CampaignCard</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Select a campaign in the list, the calendar or the timeline to see its card.</source>
        <translation>在清單、日曆或時間軸中選擇一個活動，即可檢視其卡片。</translation>
    </message>
    <message>
        <source>Goals and results</source>
        <translation>目標與結果</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 測試</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Record results…</source>
        <translation>填寫結果…</translation>
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
        <translation>目標對象：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Budget: %1 · spent %2 (%3)</source>
        <translation>預算：%1 · 已花費 %2（%3）</translation>
    </message>
    <message>
        <source>Budget: %1 · spent %2</source>
        <translation>預算：%1 · 已花費 %2</translation>
    </message>
    <message>
        <source>No results recorded yet. Record them so the ROI can be worked out.</source>
        <translation>尚未填寫結果。填寫後即可計算 ROI。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>暫無結果。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>轉換數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI: %1 (revenue minus cost, over cost)</source>
        <translation>ROI：%1（收入減去成本，再除以成本）</translation>
    </message>
    <message>
        <source>Cost per participant: %1</source>
        <translation>每位參與者成本：%1</translation>
    </message>
    <message>
        <source>Cost per new member: %1</source>
        <translation>每位新成員成本：%1</translation>
    </message>
    <message>
        <source>Goals met: %1 on average</source>
        <translation>目標平均達成率：%1</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>%1 vs %2: </source>
        <translation>%1 對比 %2：</translation>
    </message>
    <message>
        <source>%1 − %2: %3 (95% CI %4 to %5), z = %6, %7</source>
        <translation>%1 − %2：%3（95% 信賴區間 %4 至 %5），z = %6，%7</translation>
    </message>
    <message>
        <source>Two-proportion z-test, two-sided, significant below p = 0.05. “More exposures needed” assumes the rates seen so far are the true ones and asks for 80% power, exposures split evenly.</source>
        <translation>雙比例 z 檢定（雙側），p 低於 0.05 時視為顯著。「還需更多曝光」假設目前觀察到的轉換率即為真實值，按 80% 的檢定力、曝光量平均分配計算。</translation>
    </message>
    <message>
        <source>Conversions / exposures</source>
        <translation>轉換數 / 曝光數</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>the cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>the audience</source>
        <translation>目標對象</translation>
    </message>
    <message>
        <source>the goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>the A/B variants</source>
        <translation>A/B 版本</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>You moved it to %1</source>
        <extracomment>%1 is the new date range</extracomment>
        <translation>你將其改期到 %1</translation>
    </message>
    <message>
        <source>You moved it to %1 and changed %2</source>
        <extracomment>%1 is the new date range, %2 a list of other changes (&quot;the budget and the notes&quot;)</extracomment>
        <translation>你將其改期到 %1，並修改了%2</translation>
    </message>
    <message>
        <source>You set the budget to %1</source>
        <translation>你將預算設為 %1</translation>
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
        <translation>新增活動</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Goals and results</source>
        <translation>目標與結果</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 測試</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>e.g. Python coding contest</source>
        <translation>例如：Python 程式設計大賽</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Place, e.g. Beijing · Zhongguancun</source>
        <translation>地點，例如：台北 · 信義區</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地點：</translation>
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
        <translation>草稿、已排程和已取消在此設定；已排程的活動在日期範圍內為進行中，結束後為已結束。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>目標對象(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>預算(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>參與人數：</translation>
    </message>
    <message>
        <source>New members:</source>
        <translation>新成員：</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>轉換數：</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>收入：</translation>
    </message>
    <message>
        <source>Results recorded</source>
        <translation>已填寫結果</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>實際成本：</translation>
    </message>
    <message>
        <source>Test two or more variants of the campaign (a banner, a headline). The first is the control, A. Update exposures and conversions as the test runs.</source>
        <translation>測試活動的兩個或多個版本（如橫幅、標題）。第一個為對照組 A。測試進行期間請及時更新曝光數和轉換數。</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>曝光數</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>轉換數</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>新增版本</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>移除版本</translation>
    </message>
    <message numerus="yes">
        <source>Segment: %1 (%Ln members)</source>
        <extracomment>%1 is a segment, %2 its number of members</extracomment>
        <translation>
            <numerusform>分群：%1（%Ln 名成員）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <source>Changed here; waiting to be synced.</source>
        <translation>已在本機變更，等待同步。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目標對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>轉換數</translation>
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
        <translation>人均參與成本</translation>
    </message>
    <message>
        <source>Cost / new member</source>
        <translation>新成員人均成本</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 測試</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>“%1” is not a quarter like 2026Q3.</source>
        <translation>「%1」不是有效的季度，格式應如 2026Q3。</translation>
    </message>
    <message>
        <source>Could not read campaigns from the cache: %1</source>
        <translation>無法從快取中讀取活動：%1</translation>
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
        <translation>競賽</translation>
    </message>
    <message>
        <source>Topic discussion</source>
        <translation>話題討論</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>問答</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽獎</translation>
    </message>
    <message>
        <source>Holiday theme</source>
        <translation>節日主題</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龍</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>線下</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排程</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已結束</translation>
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
        <translation>骨幹</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠軍</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>瀕臨流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
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
        <translation>1 個活動</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>%1 個活動</translation>
    </message>
</context>
<context>
    <name>CampaignValidator</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>請為活動命名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Choose a type.</source>
        <translation>請選擇類型。</translation>
    </message>
    <message>
        <source>Choose online or offline.</source>
        <translation>請選擇線上或線下。</translation>
    </message>
    <message>
        <source>An offline campaign needs a place.</source>
        <translation>線下活動需要填寫地點。</translation>
    </message>
    <message>
        <source>Choose the first day.</source>
        <translation>請選擇第一天。</translation>
    </message>
    <message>
        <source>Choose the last day.</source>
        <translation>請選擇最後一天。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>最後一天早於第一天。</translation>
    </message>
    <message>
        <source>Name the owner (a username).</source>
        <translation>請填寫負責人（使用者名稱）。</translation>
    </message>
    <message>
        <source>The budget is an amount of 0 or more.</source>
        <translation>預算必須是 0 或更大的金額。</translation>
    </message>
    <message>
        <source>The cost is an amount of 0 or more.</source>
        <translation>成本必須是 0 或更大的金額。</translation>
    </message>
    <message>
        <source>Aim at a tier or at a segment, not both.</source>
        <translation>目標對象只能選擇等級或分群，不能同時選擇。</translation>
    </message>
    <message>
        <source>Goals are numbers of 0 or more.</source>
        <translation>目標必須是 0 或更大的數字。</translation>
    </message>
    <message>
        <source>Results are numbers of 0 or more.</source>
        <translation>結果必須是 0 或更大的數字。</translation>
    </message>
    <message>
        <source>An A/B test needs at least two variants.</source>
        <translation>A/B 測試至少需要兩個版本。</translation>
    </message>
    <message>
        <source>Every variant needs a name.</source>
        <translation>每個版本都需要名稱。</translation>
    </message>
    <message>
        <source>Two variants are both called “%1”.</source>
        <translation>有兩個版本都叫「%1」。</translation>
    </message>
    <message>
        <source>Variant “%1” has more conversions than exposures.</source>
        <translation>版本「%1」的轉換數多於曝光數。</translation>
    </message>
    <message>
        <source>Choose draft, scheduled or cancelled.</source>
        <translation>請選擇草稿、已排程或已取消。</translation>
    </message>
    <message>
        <source>Notes have at most 20,000 characters.</source>
        <translation>備註最多 20,000 個字元。</translation>
    </message>
    <message>
        <source>“%1” is not a quarter like 2026Q3.</source>
        <translation>「%1」不是有效的季度，格式應如 2026Q3。</translation>
    </message>
</context>
<context>
    <name>CampaignWarnings</name>
    <message>
        <source>“%1” and “%2” overlap (%3) and aim at the same audience (%4).</source>
        <extracomment>%1 and %2 are campaign names, %3 the shared dates, %4 the audience (&quot;Tier: Core&quot;)</extracomment>
        <translation>「%1」和「%2」時間重疊（%3），且面向同一目標對象（%4）。</translation>
    </message>
    <message>
        <source>%1: spent and planned %2 is over the budget of %3 by %4.</source>
        <extracomment>%1 is a quarter (&quot;Q3 2026&quot;), %2 spent + planned, %3 the budget, %4 the excess</extracomment>
        <translation>%1：已花費與計畫支出合計 %2，超出預算 %3 共 %4。</translation>
    </message>
    <message>
        <source>“%1” ended on %2 but has no results yet.</source>
        <extracomment>%1 is a campaign name, %2 its last day</extracomment>
        <translation>「%1」已於 %2 結束，但尚未填寫結果。</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>New campaign…</source>
        <translation>新增活動…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Your role can read campaigns but not change them.</source>
        <translation>你的角色可以檢視活動，但不能修改。</translation>
    </message>
    <message>
        <source>Filter by name, type, owner or audience</source>
        <translation>按名稱、類型、負責人或目標對象篩選</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日曆(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>時間軸(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>That change was sent already; it can no longer be undone here.</source>
        <translation>該變更已傳送，無法再在此復原。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已復原。</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上個月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下個月（Page Down）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Drag a campaign to move it; drag its first or last day to change its length.</source>
        <translation>拖曳活動可移動日期；拖曳其第一天或最後一天可調整時長。</translation>
    </message>
    <message>
        <source>Show more weeks (−)</source>
        <translation>顯示更多週（−）</translation>
    </message>
    <message>
        <source>Show fewer weeks, larger (+)</source>
        <translation>顯示更少的週，放大顯示（+）</translation>
    </message>
    <message>
        <source>Drag a bar to move a campaign; drag its ends to change its length.</source>
        <translation>拖曳色條可移動活動；拖曳兩端可調整時長。</translation>
    </message>
    <message>
        <source>italic: draft</source>
        <translation>斜體：草稿</translation>
    </message>
    <message>
        <source>struck through: cancelled</source>
        <translation>刪除線：已取消</translation>
    </message>
    <message>
        <source>1 warning in the plan</source>
        <translation>計畫中有 1 個警告</translation>
    </message>
    <message>
        <source>%1 warnings in the plan</source>
        <translation>計畫中有 %1 個警告</translation>
    </message>
    <message>
        <source>Your role cannot change campaigns.</source>
        <translation>你的角色不能修改活動。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>無法儲存該變更。</translation>
    </message>
    <message>
        <source>%1 It will be sent when you are back online.</source>
        <translation>%1 恢復線上後將自動傳送。</translation>
    </message>
    <message>
        <source>“%1” now runs %2.</source>
        <translation>「%1」現在的日期為 %2。</translation>
    </message>
    <message>
        <source>“%1” created.</source>
        <translation>已建立「%1」。</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>已儲存「%1」。</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <source>Budget for %1 set to %2.</source>
        <translation>%1 的預算已設為 %2。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <source>Delete “%1”? Its goals, results and A/B figures go with it. To keep the record, set its status to cancelled instead.</source>
        <translation>刪除「%1」？其目標、結果和 A/B 資料將一併刪除。如需保留記錄，請改為將其狀態設為已取消。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the local cache in &lt;dir&gt;.</source>
        <translation>將本機快取儲存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: en, zh_CN or zh_TW.</source>
        <translation>本次執行使用 &lt;language&gt;：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>The platform&apos;s address, e.g. https://community.example.com.</source>
        <translation>平台位址，例如 https://community.example.com。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt;.</source>
        <translation>以 &lt;name&gt; 身分登入。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The connection profile (default: default).</source>
        <translation>連線設定檔（預設：default）。</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host, on purpose.</source>
        <translation>刻意允許以未加密的 HTTP 連線非本機主機。</translation>
    </message>
    <message>
        <source>sync: print no progress lines.</source>
        <translation>sync：不輸出進度資訊。</translation>
    </message>
    <message>
        <source>Optional: sync</source>
        <translation>選用：sync</translation>
    </message>
    <message>
        <source>[sync]</source>
        <translation>[sync]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en, zh_CN or zh_TW.</source>
        <translation>未知語言「%1」；請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL; use https://host or http://host:port.</source>
        <translation>「%1」不是伺服器 URL；請使用 https://主機 或 http://主機:連接埠。</translation>
    </message>
    <message>
        <source>The profile name must not be empty.</source>
        <translation>設定檔名稱不可為空。</translation>
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
        <translation>無法判斷要執行的操作；請參閱 --help。</translation>
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
        <translation>Steward — 社群營運控制台。

不帶指令時，以本機快取開啟控制台（不需要網路）。
指令：
  sync    登入，推送待同步的變更並將最新資料拉取到快取，然後結束。
          密碼從 STEWARD_PASSWORD 或標準輸入讀取。
          結束代碼：0 同步成功；1 同步失敗（無法連線到伺服器等）；2 用法錯誤或
          登入被拒絕；3 同步成功，但有衝突或被拒絕的變更等待你處理；
          4 快取檔案已損壞、不是快取檔案或來自較新版本的 Steward（未做任何
          變更；--recover-cache 會將其移到一旁，並同步到全新的快取中）。

  points import FILE.csv --reason TEXT
          從表格批次加入積分獎勵，欄位為 handle、points，以及選用的
          reason；全部加入或全部不加入。每一列都加入時結束代碼為 0，
          否則為 1 並列出問題。下次同步時推送。

  report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]
          根據本機快取產生季度營運報告（不需要視窗、顯示器或網路）。
          結束代碼：0 已產生；1 未產生報告（該季度沒有資料、檔案無法寫入）；
          2 用法錯誤；3 資料目錄中沒有快取。

用於示範和自動化：設定了 STEWARD_PASSWORD 時，帶 --server 和 --user
啟動的控制台會自動登入。</translation>
    </message>
    <message>
        <source>sync: if the cache file is damaged, rename it aside (never deleted) and sync into a fresh cache, carrying its unsynced changes over.</source>
        <translation>sync：如果快取檔案已損壞，將其重新命名移到一旁（絕不刪除），並同步到全新的快取中，同時轉入其中未同步的變更。</translation>
    </message>
    <message>
        <source>points import: the reason for rows without one.</source>
        <translation>points import：未填寫理由的列所使用的理由。</translation>
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
        <translation>report：要寫入的 PDF 文件。</translation>
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
        <translation>「%1」不是季度；請按 2026Q3 的格式填寫。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are sync, points import and report.</source>
        <translation>未知指令「%1」；可用的指令為 sync、points import 和 report。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>你的變更</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>伺服器上</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>發現時間</translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message>
        <source>%1 claimed it</source>
        <translation>%1 認領了</translation>
    </message>
    <message>
        <source>%1 deleted it</source>
        <translation>%1 刪除了</translation>
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
        <translation>%1 於 %2 核准了</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 核准了</translation>
    </message>
    <message>
        <source>%1 rejected it at %2</source>
        <translation>%1 於 %2 駁回了</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 駁回了</translation>
    </message>
    <message>
        <source>%1 escalated it at %2</source>
        <translation>%1 於 %2 呈報了</translation>
    </message>
    <message>
        <source>%1 escalated it</source>
        <translation>%1 呈報了</translation>
    </message>
    <message>
        <source>%1 claimed it at %2</source>
        <translation>%1 於 %2 認領了</translation>
    </message>
    <message>
        <source>%1 deleted it at %2</source>
        <translation>%1 於 %2 刪除了</translation>
    </message>
    <message>
        <source>%1 changed it at %2</source>
        <translation>%1 於 %2 修改了</translation>
    </message>
    <message>
        <source>You approved it</source>
        <translation>你核准了</translation>
    </message>
    <message>
        <source>You rejected it</source>
        <translation>你駁回了</translation>
    </message>
    <message>
        <source>You escalated it</source>
        <translation>你呈報了</translation>
    </message>
    <message>
        <source>You claimed it</source>
        <translation>你認領了</translation>
    </message>
    <message>
        <source>You released your claim</source>
        <translation>你釋出了認領</translation>
    </message>
    <message>
        <source>You put it on hold</source>
        <translation>你暫緩了</translation>
    </message>
    <message>
        <source>You lifted the hold</source>
        <translation>你取消了暫緩</translation>
    </message>
    <message>
        <source>You awarded points</source>
        <translation>你獎勵了積分</translation>
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
        <translation>你設定了等級</translation>
    </message>
    <message>
        <source>You added a note</source>
        <translation>你新增了備註</translation>
    </message>
    <message>
        <source>You muted the member</source>
        <translation>你對該成員禁言了</translation>
    </message>
    <message>
        <source>You unmuted the member</source>
        <translation>你解除了該成員的禁言</translation>
    </message>
    <message>
        <source>You banned the member</source>
        <translation>你將該成員停權了</translation>
    </message>
    <message>
        <source>You unbanned the member</source>
        <translation>你解除了該成員的停權</translation>
    </message>
    <message>
        <source>You created it</source>
        <translation>你建立了</translation>
    </message>
    <message>
        <source>You edited it</source>
        <translation>你更新了</translation>
    </message>
    <message>
        <source>You deleted it</source>
        <translation>你刪除了</translation>
    </message>
    <message>
        <source>You changed the order</source>
        <translation>你調整了順序</translation>
    </message>
    <message>
        <source>You replied</source>
        <translation>你回覆了</translation>
    </message>
    <message>
        <source>You resolved it</source>
        <translation>你解決了</translation>
    </message>
    <message>
        <source>You added an admin</source>
        <translation>你新增了管理員</translation>
    </message>
    <message>
        <source>You removed an admin</source>
        <translation>你移除了管理員</translation>
    </message>
    <message>
        <source>You made a change (%1)</source>
        <translation>你做了變更（%1）</translation>
    </message>
    <message>
        <source>%1; now %2</source>
        <extracomment>%1 is &quot;chen changed it at 10:42&quot;, %2 the values on the server now (&quot;20/11/26 – 25/11/26, the budget ¥12,000&quot;)</extracomment>
        <translation>%1；現在為 %2</translation>
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
        <translation>無法開啟 %1 中的本機快取：
%2</translation>
    </message>
    <message>
        <source>Automatic log-in failed: %1</source>
        <translation>自動登入失敗：%1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available, so you will be asked to log in again next time.</source>
        <translation>沒有可用的系統金鑰圈，下次啟動時需要重新登入。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>該檔案既不是 UTF-8 也不是 GB18030 文字。</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL character), not text.</source>
        <translation>該檔案包含二進位資料（NUL 字元），不是文字。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote; put the whole field in quotes and double any quote inside it.</source>
        <translation>第 %1 行：右引號後還有文字；請將整個欄位放在引號中，並將其中的引號寫兩次。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：帶引號的欄位沒有閉合。</translation>
    </message>
</context>
<context>
    <name>DamagedCacheDialog</name>
    <message>
        <source>Steward — the local cache cannot be used</source>
        <translation>Steward — 無法使用本機快取</translation>
    </message>
    <message>
        <source>This cache belongs to a newer version of Steward</source>
        <translation>此快取屬於更新版本的 Steward</translation>
    </message>
    <message>
        <source>The local cache is damaged</source>
        <translation>本機快取已損壞</translation>
    </message>
    <message>
        <source>Set It Aside and Start &amp;Fresh</source>
        <translation>移到一旁並重新開始(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>顯示資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>A fresh cache is ready</source>
        <translation>新快取已就緒</translation>
    </message>
    <message>
        <source>The cache could not be replaced</source>
        <translation>無法替換快取</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>manager</source>
        <translation>社群經理</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>審核員</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>group</source>
        <translation>學習小組</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>points entry</source>
        <translation>積分記錄</translation>
    </message>
    <message>
        <source>moderation item</source>
        <translation>審核項目</translation>
    </message>
    <message>
        <source>keyword rule</source>
        <translation>關鍵字規則</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>意見回饋</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>daily metrics</source>
        <translation>每日指標</translation>
    </message>
    <message>
        <source>retention cohort</source>
        <translation>留存同期群</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>呈報</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>認領</translation>
    </message>
    <message>
        <source>release</source>
        <translation>釋出認領</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>award points</source>
        <translation>獎勵積分</translation>
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
        <translation>設定等級</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>新增備註</translation>
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
        <translation>停權</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>解除停權</translation>
    </message>
    <message>
        <source>add admin</source>
        <translation>新增管理員</translation>
    </message>
    <message>
        <source>remove admin</source>
        <translation>移除管理員</translation>
    </message>
    <message>
        <source>create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>reorder</source>
        <translation>調整順序</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>解決</translation>
    </message>
</context>
<context>
    <name>FeedbackQueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered after %1</source>
        <translation>%1 後回覆</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>%1 內回覆</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超時 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
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
        <translation>程式錯誤</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>回應時限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回覆數</translation>
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
        <translation>等待中（待處理和已回覆）</translation>
    </message>
    <message>
        <source>Open (no reply yet)</source>
        <translation>待處理（尚未回覆）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>全部意見回饋</translation>
    </message>
    <message>
        <source>Write a reply to the member…</source>
        <translation>給成員寫回覆…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>傳送回覆</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>標記為已解決</translation>
    </message>
    <message>
        <source>From %1 · %2 · due %3</source>
        <translation>來自 %1 · %2 · %3 到期</translation>
    </message>
    <message>
        <source>%1 replied at %2</source>
        <translation>%1 於 %2 回覆</translation>
    </message>
    <message>
        <source>Reply saved — pending sync.</source>
        <translation>回覆已儲存，等待同步。</translation>
    </message>
    <message>
        <source>Resolved — pending sync.</source>
        <translation>已標記為已解決，等待同步。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets; %1 overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln 個工單；%1 個已超時（24 小時回應時限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets; none overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln 個工單；均未超時（24 小時回應時限）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>A username is needed.</source>
        <translation>需要使用者名稱。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>無法開啟本機快取 %1：%2</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登入失敗：%1</translation>
    </message>
    <message>
        <source>Cannot record the profile: %1</source>
        <translation>無法儲存連線設定檔：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失敗：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the same command with --recover-cache to set the file aside and sync into a fresh cache.</source>
        <translation>未做任何變更。請使用 --recover-cache 執行相同的指令，將該檔案移到一旁並同步到全新的快取中。</translation>
    </message>
</context>
<context>
    <name>KeywordDryRun</name>
    <message>
        <source>Could not read the cached items.</source>
        <translation>無法讀取快取中的項目。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Match in context</source>
        <translation>符合內容上下文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>KeywordMatcher</name>
    <message>
        <source>Enter a word, a phrase or a regular expression.</source>
        <translation>請輸入單字、片語或正規表示式。</translation>
    </message>
    <message>
        <source>The pattern is %1 characters long; at most %2 are allowed.</source>
        <translation>該模式長 %1 個字元；最多允許 %2 個。</translation>
    </message>
    <message>
        <source>Settings such as (*LIMIT_MATCH=…) at the start of an expression are not allowed.</source>
        <translation>不允許在表示式開頭使用 (*LIMIT_MATCH=…) 之類的設定。</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation>不是有效的正規表示式：%1（位於第 %2 個字元）。</translation>
    </message>
</context>
<context>
    <name>KeywordRuleEditor</name>
    <message>
        <source>New rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>試執行</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>已取消試執行。</translation>
    </message>
    <message>
        <source>e.g. 加微信, free download, https?://bit\.ly/\w+</source>
        <translation>例如：加微信, free download, https?://bit\.ly/\w+</translation>
    </message>
    <message>
        <source>Word: whole words only. Phrase: anywhere in the text. Both ignore case; Chinese text matches anywhere.</source>
        <translation>單字：僅符合完整單字。片語：符合文字中任意位置。兩者均不區分大小寫；中文文字在任意位置都能符合。</translation>
    </message>
    <message>
        <source>Check the boards the rule applies to; none checked means every board.</source>
        <translation>勾選該規則適用的看板；不勾選表示適用於所有看板。</translation>
    </message>
    <message>
        <source>Hold: the item stays hidden on the platform until a moderator decides.</source>
        <translation>暫緩：在審核員做出決定之前，該項目在平台上保持隱藏。</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>無標籤</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Why the rule exists (for other moderators)</source>
        <translation>設立該規則的原因（供其他審核員參考）</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>符合方式</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Try the rule on every cached item before it goes live</source>
        <translation>在規則生效前，先對所有快取項目試執行</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>儲存規則</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>編輯規則</translation>
    </message>
    <message>
        <source>Edit rule (created by %1)</source>
        <translation>編輯規則（由 %1 建立）</translation>
    </message>
    <message>
        <source>Trying the rule on the cached items…</source>
        <translation>正在對快取項目試執行規則…</translation>
    </message>
    <message>
        <source>Cancel dry run</source>
        <translation>取消試執行</translation>
    </message>
    <message>
        <source>Saved — pending sync. Every moderator gets the rule after the next sync.</source>
        <translation>已儲存，等待同步。下次同步後，所有審核員都會收到該規則。</translation>
    </message>
    <message>
        <source>Rule deleted — pending sync.</source>
        <translation>規則已刪除，等待同步。</translation>
    </message>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope; the first %2 are listed.</source>
        <translation>
            <numerusform>將符合範圍內 %Ln 個快取項目中的 %1 個；下面列出前 %2 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope.</source>
        <translation>
            <numerusform>將符合範圍內 %Ln 個快取項目中的 %1 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordRuleModel</name>
    <message>
        <source>Word</source>
        <translation>單字</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>片語</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <source>all boards</source>
        <translation>所有看板</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關</translation>
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
        <translation>符合方式</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
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
        <translation>顯示此圖表背後的資料</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>圖表匯出為 PNG 圖片…</translation>
    </message>
    <message>
        <source>Chart as SVG drawing…</source>
        <translation>圖表匯出為 SVG 向量圖…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>資料匯出為 CSV…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>重新顯示圖表</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>無法將圖片寫入 %1。</translation>
    </message>
    <message>
        <source>Steward KPI chart</source>
        <translation>Steward KPI 圖表</translation>
    </message>
    <message>
        <source>The drawing could not be written to %1.</source>
        <translation>無法將向量圖寫入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>無法開啟 %1 進行寫入：%2</translation>
    </message>
    <message>
        <source>The data could not be written to %1: %2</source>
        <translation>無法將資料寫入 %1：%2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>KpiChartView</name>
    <message>
        <source>Unusual days</source>
        <translation>異常日</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 當週</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（已隱藏）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Unusually high %1: %2 above the usual %3 for this weekday (robust z %4).</source>
        <translation>%1 異常偏高：%2，高於該工作日通常的 %3（穩健 z 值 %4）。</translation>
    </message>
    <message>
        <source>Unusually low %1: %2 below the usual %3 for this weekday (robust z %4).</source>
        <translation>%1 異常偏低：%2，低於該工作日通常的 %3（穩健 z 值 %4）。</translation>
    </message>
    <message>
        <source>Campaign: %1 (%2 – %3)</source>
        <translation>活動：%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>假日：%1</translation>
    </message>
    <message>
        <source>Tested on the last %1 days held out, this forecast was off by %2 on average (%3 a day).</source>
        <translation>用最近留出的 %1 天檢驗，此預測平均偏差 %2（每天 %3）。</translation>
    </message>
    <message>
        <source>Too little history to test this forecast on held-out days.</source>
        <translation>歷史資料太少，無法用留出的天數檢驗此預測。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n day(s) of it in the period</source>
        <translation>
            <numerusform>其中只有 %n 天在該期間內</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiDataSource</name>
    <message>
        <source>The cache could not be opened for reading: %1</source>
        <translation>無法開啟快取進行讀取：%1</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
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
        <translation>推薦</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
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
            <numerusform>%1 當週的同期群：%2 名新成員</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of them active (%3)</source>
        <translation>%1：其中 %2 名活躍（%3）</translation>
    </message>
    <message>
        <source>%1: not known yet (that day is still ahead for some of the cohort)</source>
        <translation>%1：尚未可知（對部分同期群成員來說，那一天還沒到）</translation>
    </message>
</context>
<context>
    <name>KpiHistory</name>
    <message>
        <source>The cached metrics could not be read: %1</source>
        <translation>無法讀取快取的指標：%1</translation>
    </message>
</context>
<context>
    <name>KpiHolidays</name>
    <message>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>國慶假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>勞動節假期</translation>
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
        <translation>成員</translation>
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
        <translation>黏著度（DAU/MAU）</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>貼文</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>按讚</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Interactions per active member</source>
        <translation>人均互動數（每位活躍成員）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>審核決定</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>積壓</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>檢舉</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>決定用時中位數</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>違規率</translation>
    </message>
    <message>
        <source>Paying conversions</source>
        <translation>付費轉換</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感傾向</translation>
    </message>
</context>
<context>
    <name>KpiPane</name>
    <message>
        <source>95 % range</source>
        <translation>95% 區間</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>No metrics in the cache yet.
Sync with the platform to download the community&apos;s daily figures.</source>
        <translation>快取中還沒有指標。
請與平台同步，下載社群的每日資料。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Active members and stickiness</source>
        <translation>活躍成員與黏著度</translation>
    </message>
    <message>
        <source>Members active on the day (DAU), in the last 7 days (WAU) and the last 30 days (MAU); stickiness is DAU / MAU, on the right axis.</source>
        <translation>當天活躍（DAU）、最近 7 天活躍（WAU）和最近 30 天活躍（MAU）的成員數；黏著度為 DAU / MAU，顯示在右側座標軸。</translation>
    </message>
    <message numerus="yes">
        <source>Forecast, next %n days</source>
        <translation>
            <numerusform>預測，未來 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend plus weekly pattern (Holt-Winters) fitted to the whole cached history. The shaded band holds 95 % of likely outcomes; the tooltip says how far off the same method was on the last quarter held out.</source>
        <translation>基於全部快取歷史擬合的趨勢加每週規律（Holt-Winters）。陰影帶包含 95% 的可能結果；工具提示顯示同一方法在留出的上一季度上的偏差。</translation>
    </message>
    <message>
        <source>New members by signup channel</source>
        <translation>按註冊管道劃分的新成員</translation>
    </message>
    <message>
        <source>Sign-ups a day (a week or a month for longer periods), stacked by the channel they came from.</source>
        <translation>每天的註冊數（期間較長時按週或按月），按來源管道堆疊。</translation>
    </message>
    <message>
        <source>Retention by weekly cohort</source>
        <translation>按週劃分的同期群留存</translation>
    </message>
    <message>
        <source>Each row is the week members signed up; the cells are the share of them active again 1, 7 and 30 days after joining.</source>
        <translation>每一列是成員註冊的那一週；儲存格為其中在加入後第 1、7、30 天再次活躍的比例。</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>轉換漏斗</translation>
    </message>
    <message>
        <source>Interaction rate</source>
        <translation>互動率</translation>
    </message>
    <message>
        <source>Comments, likes and shares a day per active member (DAU).</source>
        <translation>每位活躍成員（DAU）每天的留言、按讚和分享數。</translation>
    </message>
    <message>
        <source>Content output</source>
        <translation>內容產出</translation>
    </message>
    <message>
        <source>Posts and comments written a day.</source>
        <translation>每天發布的貼文和留言數。</translation>
    </message>
    <message>
        <source>Moderation throughput and backlog</source>
        <translation>審核處理量與積壓</translation>
    </message>
    <message>
        <source>Decisions a day, items waiting at the end of the day and reports received; the median time from posting to decision is on the right axis.</source>
        <translation>每天的審核決定數、當天結束時仍在等待的項目數以及收到的檢舉數；從發布到做出決定的用時中位數顯示在右側座標軸。</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>違規率</translation>
    </message>
    <message>
        <source>Share of moderation decisions that found a violation, a day and over the trailing week.</source>
        <translation>審核決定中認定違規的比例，分為每天和最近一週兩種計算方式。</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感傾向</translation>
    </message>
    <message>
        <source>Average sentiment of the day&apos;s posts and comments, from −1 (negative) to 1 (positive), and its trailing 7-day average.</source>
        <translation>當天貼文和留言的平均情感值，範圍從 −1（負面）到 1（正面），以及其最近 7 天的平均值。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n days) · figures up to %3</source>
        <translation>
            <numerusform>%1 – %2（%n 天）· 資料截至 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cached metrics…</source>
        <translation>正在讀取快取的指標…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting in the moderation queue now</source>
        <translation>
            <numerusform>審核佇列中目前有 %Ln 個項目等待處理</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors in the period, those who signed up, and how many of the sign-ups were active again 7 and 30 days after joining (by the retention of the period&apos;s cohorts, or of the latest cohorts that far along). Paying conversions are in the tiles: the platform does not tell them apart by when the member joined.</source>
        <translation>該期間內的訪客數、註冊人數，以及註冊者中在加入後第 7 天和第 30 天再次活躍的人數（按該期間內各同期群的留存計算；若尚無資料，則按已滿該天數的最新幾個同期群計算）。付費轉換顯示在指標卡片中：平台不按成員的加入時間區分付費轉換。</translation>
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
        <translation>自訂…</translation>
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
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cohort week</source>
        <translation>同期群週</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
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
        <translation>階段</translation>
    </message>
    <message>
        <source>Of previous stage</source>
        <translation>佔上一階段</translation>
    </message>
    <message>
        <source>Of visitors</source>
        <translation>佔訪客</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已註冊</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>按讚</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>All interactions</source>
        <translation>全部互動</translation>
    </message>
    <message>
        <source>7-day violation rate</source>
        <translation>7 天違規率</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7 天平均</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 預測值</translation>
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
        <translation>第 7 天仍回訪</translation>
    </message>
    <message>
        <source>Back on day 30</source>
        <translation>第 30 天仍回訪</translation>
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
        <translation>沒有可比較的上一期間</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>無變化</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
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
        <translation>取最後一天</translation>
    </message>
    <message>
        <source>daily average</source>
        <translation>日均值</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>over the period</source>
        <translation>按整個期間計算</translation>
    </message>
    <message>
        <source>median of the days</source>
        <translation>各日的中位數</translation>
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
        <translation>貢獻榜（全部時間）= 有史以來獲得的全部積分：積分明細中所有正數記錄之和，包括初始餘額（每篇貼文 5 分，每則留言 1 分，每個有用回答 10 分，以及分享和任務）。兌換和扣除不會被減去。</translation>
    </message>
    <message>
        <source>Contribution, %1 = points earned in the period: the sum of the positive points-ledger entries created in it (posts, comments, helpful answers, sharing, tasks), without redemptions, deductions or the opening balance.</source>
        <translation>貢獻榜（%1）= 該期間內獲得的積分：該期間內新增的積分明細正數記錄之和（貼文、留言、有用回答、分享、任務），不含兌換、扣除和初始餘額。</translation>
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
        <translation>互助榜（30 天）= 最近 30 天的有用回答數（成員的 helpful_answers_30）。</translation>
    </message>
    <message>
        <source>Mutual help, all time = helpful answers ever (the member&apos;s helpful_answers_total).</source>
        <translation>互助榜（全部時間）= 有史以來的有用回答數（成員的 helpful_answers_total）。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>獲得積分</translation>
    </message>
    <message>
        <source>Helpful answers</source>
        <translation>有用回答</translation>
    </message>
    <message>
        <source>Mutual help, 7 days = helpful answers recorded in the points ledger in the last 7 days: an entry &quot;… N helpful answers&quot; counts N, an award for a helpful answer counts 1, at most the member&apos;s helpful answers in 30 days. (The cache has no 7-day counter.)</source>
        <translation>互助榜（7 天）= 最近 7 天記入積分明細的有用回答數：一筆「… N helpful answers」記錄計為 N，一次有用回答獎勵計為 1，最多不超過該成員 30 天內的有用回答數。（快取中沒有 7 天計數。）</translation>
    </message>
</context>
<context>
    <name>LeaderboardsView</name>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
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
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Contribution 贡献榜</source>
        <translation>貢獻榜</translation>
    </message>
    <message>
        <source>Mutual help 互助榜</source>
        <translation>互助榜</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Nobody in this period yet.</source>
        <translation>該期間內還沒有人上榜。</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>無法統計：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the community platform</source>
        <translation>登入社群平台</translation>
    </message>
    <message>
        <source>https://community.example.com</source>
        <translation>https://community.example.com</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host (insecure, on purpose)</source>
        <translation>允許以未加密的 HTTP 連線非本機主機（不安全，刻意使用）</translation>
    </message>
    <message>
        <source>Your password and token would cross the network unencrypted.</source>
        <translation>你的密碼和權杖將以未加密方式在網路上傳輸。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>設定檔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>伺服器 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>請輸入設定檔名稱。</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>請輸入伺服器 URL。</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>伺服器 URL 必須以 https:// 或 http:// 開頭，並包含主機名稱。</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or tick the insecure option if you really mean it.</source>
        <translation>以未加密的 HTTP 連線 %1 會以明文傳送你的密碼。請使用 https://；如果確實需要，請勾選「不安全」選項。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登入…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steward — community operations</source>
        <translation>Steward 社群管家 — 社群營運</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>登入(&amp;L)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>關於 Steward(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Push pending changes and pull the latest (F5)</source>
        <translation>推送待同步的變更並拉取最新資料（F5）</translation>
    </message>
    <message>
        <source>Log in to sync</source>
        <translation>登入後才能同步</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>關於 Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;The community-operations console: members, moderation, campaigns, KPIs and reports, offline first.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward 社群管家 %1&lt;/h3&gt;&lt;p&gt;社群營運控制台：成員、內容審核、活動、KPI 與報告，離線優先。&lt;/p&gt;&lt;p&gt;使用 Qt %2 建置，執行於 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>切換語言</translation>
    </message>
    <message>
        <source>Switching the language now rebuilds the window, which stops:</source>
        <translation>現在切換語言會重建視窗，這將停止：</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>立即切換</translation>
    </message>
    <message>
        <source>At next start</source>
        <translation>下次啟動時</translation>
    </message>
    <message>
        <source>The new language applies when Steward starts again.</source>
        <translation>新語言將在 Steward 下次啟動時生效。</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <source>Members:</source>
        <translation>成員：</translation>
    </message>
    <message>
        <source>Award or deduct points</source>
        <translation>獎勵或扣除積分</translation>
    </message>
    <message>
        <source>A negative number deducts points.</source>
        <translation>輸入負數表示扣除積分。</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>積分：</translation>
    </message>
    <message>
        <source>e.g. Helpful answers in the Python group</source>
        <translation>例如：在 Python 小組中提供有用回答</translation>
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
        <translation>設定等級</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <source>Lock it (re-evaluation leaves it alone)</source>
        <translation>鎖定（重新評估時不變更）</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小時</translation>
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
        <translation>時長：</translation>
    </message>
    <message>
        <source>Optional, shown in the audit log</source>
        <translation>選填，顯示在稽核日誌中</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Visible to managers and moderators only</source>
        <translation>僅社群經理和審核員可見</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Queue change</source>
        <translation>加入待同步</translation>
    </message>
    <message>
        <source>Enter a number of points other than 0.</source>
        <translation>請輸入非 0 的積分數。</translation>
    </message>
    <message>
        <source>Every award needs a reason; the member sees it in the ledger.</source>
        <translation>每次獎勵都需要理由；成員會在積分明細中看到。</translation>
    </message>
    <message>
        <source>Nothing to choose from yet; sync first.</source>
        <translation>暫無可選項，請先同步。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>請填寫備註。</translation>
    </message>
    <message>
        <source>The change is queued at once and sent with the next sync.</source>
        <translation>該變更會立即加入待同步，並在下次同步時傳送。</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>None of the selected members needs this change.</source>
        <translation>所選成員都不需要此變更。</translation>
    </message>
    <message>
        <source>Points must be a whole number other than 0.</source>
        <translation>積分必須是非 0 的整數。</translation>
    </message>
    <message>
        <source>An award needs a reason.</source>
        <translation>獎勵需要填寫理由。</translation>
    </message>
    <message>
        <source>A mute needs an end in the future.</source>
        <translation>禁言的結束時間必須在將來。</translation>
    </message>
    <message>
        <source>A note needs text.</source>
        <translation>備註不能為空。</translation>
    </message>
    <message>
        <source>The study group is not in the local cache.</source>
        <translation>本機快取中沒有該學習小組。</translation>
    </message>
    <message>
        <source>The member is already an admin of this group.</source>
        <translation>該成員已經是此小組的管理員。</translation>
    </message>
</context>
<context>
    <name>MemberCsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Tier set</source>
        <translation>已設定等級</translation>
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
        <translation>已停權</translation>
    </message>
    <message>
        <source>Unbanned</source>
        <translation>已解除停權</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已新增備註</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
    </message>
    <message>
        <source>Select a member to see their profile, points, history and notes.</source>
        <translation>選擇一個成員，檢視其個人資料、積分、歷史記錄和備註。</translation>
    </message>
    <message>
        <source>Changes wait to be synced.</source>
        <translation>變更正在等待同步。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>處理者</translation>
    </message>
    <message>
        <source>Decisions about the member</source>
        <translation>針對該成員的處理</translation>
    </message>
    <message>
        <source>Their posts and comments in moderation</source>
        <translation>其貼文和留言的審核情況</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活躍</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>Study groups</source>
        <translation>學習小組</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已鎖定）</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>%1 (admin)</source>
        <translation>%1（管理員）</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>還沒有徽章。</translation>
    </message>
    <message>
        <source>%1 (pending sync)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>自 %2 起為%1。</translation>
    </message>
    <message>
        <source>No manual tier changes; the platform&apos;s rules set the tier.</source>
        <translation>沒有手動變更等級的記錄；等級由平台規則確定。</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>備註（%1）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>active days %1 · posts %2 · comments %3 · likes received %4 · helpful answers %5</source>
        <translation>活躍天數 %1 · 貼文 %2 · 留言 %3 · 獲讚 %4 · 有用回答 %5</translation>
    </message>
    <message>
        <source>posts %1 · helpful answers %2</source>
        <translation>貼文 %1 · 有用回答 %2</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>共 %1 筆記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, %2 in 90 days</source>
        <extracomment>%1 and %2 are amounts of money with their currency sign, e.g. &quot;¥1,280.00&quot;</extracomment>
        <translation>累計 %1，90 天內 %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln entries.</source>
        <translation>
            <numerusform>最新 %1 筆，共 %Ln 筆記錄。</numerusform>
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
        <translation>骨幹</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
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
        <translation>推薦</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
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
        <translation>已停權</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠軍</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>瀕臨流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已鎖定）</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>Changes to this member wait to be synced.</source>
        <translation>對該成員的變更正在等待同步。</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活躍</translation>
    </message>
    <message>
        <source>Active (30 d)</source>
        <translation>活躍天數（30 天）</translation>
    </message>
    <message>
        <source>Spend (¥)</source>
        <translation>消費（¥）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>無法讀取成員清單：%1</translation>
    </message>
    <message>
        <source>Search handle or name (中文 or English)</source>
        <translation>搜尋帳號或名稱（中文或英文）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有分群</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>All study groups</source>
        <translation>所有學習小組</translation>
    </message>
    <message>
        <source>Any badge</source>
        <translation>任意徽章</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活躍</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Points…</source>
        <translation>積分…</translation>
    </message>
    <message>
        <source>Award or deduct points, with a reason</source>
        <translation>獎勵或扣除積分，並填寫理由</translation>
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
        <translation>等級…</translation>
    </message>
    <message>
        <source>Set the tier and lock it</source>
        <translation>設定等級並鎖定</translation>
    </message>
    <message>
        <source>Mute…</source>
        <translation>禁言…</translation>
    </message>
    <message>
        <source>Mute for a while</source>
        <translation>禁言一段時間</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>Lift the mute of the selected muted members</source>
        <translation>解除所選已禁言成員的禁言</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>備註…</translation>
    </message>
    <message>
        <source>Add a note for managers and moderators</source>
        <translation>新增供社群經理和審核員檢視的備註</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save the members as filtered and sorted here</source>
        <translation>按此處的篩選和排序儲存成員清單</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>匯入積分…</translation>
    </message>
    <message>
        <source>Award points from a sheet (CSV)</source>
        <translation>從表格（CSV）批次獎勵積分</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>No members in the cache yet; sync first.</source>
        <translation>快取中還沒有成員，請先同步。</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>沒有符合的成員。</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>未加入任何變更：%1</translation>
    </message>
    <message>
        <source>They are sent with the next sync.</source>
        <translation>這些變更將在下次同步時傳送。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>匯出成員</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成員：%1</translation>
    </message>
    <message>
        <source>Selected members: %1</source>
        <translation>所選成員：%1 名</translation>
    </message>
    <message>
        <source>Awards queued: %1.</source>
        <translation>已將 %1 項獎勵加入待同步。</translation>
    </message>
    <message>
        <source>Deductions queued: %1.</source>
        <translation>已將 %1 項扣除加入待同步。</translation>
    </message>
    <message>
        <source>Badge changes queued: %1.</source>
        <translation>已將 %1 項徽章變更加入待同步。</translation>
    </message>
    <message>
        <source>Tier changes queued: %1.</source>
        <translation>已將 %1 項等級變更加入待同步。</translation>
    </message>
    <message>
        <source>Mutes queued: %1.</source>
        <translation>已將 %1 項禁言加入待同步。</translation>
    </message>
    <message>
        <source>Notes queued: %1.</source>
        <translation>已將 %1 則備註加入待同步。</translation>
    </message>
    <message>
        <source>Unmutes queued: %1.</source>
        <translation>已將 %1 項解除禁言加入待同步。</translation>
    </message>
    <message>
        <source>Awards queued from the sheet: %1; they are sent with the next sync.</source>
        <translation>已將表格中的 %1 項獎勵加入待同步，將在下次同步時傳送。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln members to %1.</source>
        <translation>
            <numerusform>已將 %Ln 名成員匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Study groups</source>
        <translation>學習小組</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等級</translation>
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
        <translation>已被 %1 認領。</translation>
    </message>
    <message>
        <source>Already approved by %1.</source>
        <translation>已被 %1 核准。</translation>
    </message>
    <message>
        <source>Already rejected by %1.</source>
        <translation>已被 %1 駁回。</translation>
    </message>
    <message>
        <source>You hold no claim on this item.</source>
        <translation>你沒有認領此項目。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>無法儲存該變更。</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>本機快取中沒有該項目。</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>駁回需要填寫理由。</translation>
    </message>
    <message>
        <source>The author is not in the local cache.</source>
        <translation>本機快取中沒有該作者。</translation>
    </message>
    <message>
        <source>A mute must end in the future.</source>
        <translation>禁言的結束時間必須在將來。</translation>
    </message>
    <message>
        <source>A ban needs a reason.</source>
        <translation>停權需要填寫理由。</translation>
    </message>
    <message>
        <source>A reply needs text.</source>
        <translation>回覆不能為空。</translation>
    </message>
    <message>
        <source>A reply can be at most 10,000 characters long.</source>
        <translation>回覆最多 10,000 個字元。</translation>
    </message>
    <message>
        <source>The feedback is not in the local cache.</source>
        <translation>本機快取中沒有該意見回饋。</translation>
    </message>
    <message>
        <source>The feedback is resolved already.</source>
        <translation>該意見回饋已經解決。</translation>
    </message>
</context>
<context>
    <name>ModerationDetailPanel</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>規則「%1」：%2</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>選擇一個項目以檢視完整內容。</translation>
    </message>
    <message>
        <source>This item is no longer in the local cache.</source>
        <translation>此項目已不在本機快取中。</translation>
    </message>
    <message>
        <source>Claimed by %1. Decisions wait until the claim ends.</source>
        <translation>已被 %1 認領。認領結束後才能做出決定。</translation>
    </message>
    <message>
        <source>You hold the claim until %1.</source>
        <translation>你的認領有效期至 %1。</translation>
    </message>
    <message>
        <source>Pending sync: your change is saved here and goes to the server at the next sync.</source>
        <translation>待同步：你的變更已儲存在本機，將在下次同步時傳送到伺服器。</translation>
    </message>
    <message>
        <source>%1 in %2 · %3 · %4</source>
        <translation>%2 · %1 · %3 · %4</translation>
    </message>
    <message>
        <source> · held (hidden on the platform)</source>
        <translation> · 已暫緩（在平台上隱藏）</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>由 %1 於 %2 決定</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation>由 %1 於 %2 決定：%3</translation>
    </message>
    <message>
        <source>Keyword rules</source>
        <translation>關鍵字規則</translation>
    </message>
    <message>
        <source>AI pre-screen</source>
        <translation>AI 預審</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>檢舉（%1）</translation>
    </message>
    <message>
        <source>No member has reported this item.</source>
        <translation>沒有成員檢舉此項目。</translation>
    </message>
    <message>
        <source>%1 — reported by %2</source>
        <translation>%1 — 由 %2 檢舉</translation>
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
        <translation>等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>禁言至 %1</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已停權</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Member %1 is not in the local cache.</source>
        <translation>本機快取中沒有成員 %1。</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>以往的決定</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1，由 %2 處理：%3</translation>
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
        <translation>%1 的備註</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 處理</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 approved, %2 rejected, %3 escalated</source>
        <translation>
            <numerusform>共 %n 個項目：已核准 %1 個，已駁回 %2 個，已呈報 %3 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationFacets</name>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>貼文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾訊息</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>辱罵</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>不宜內容</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>離題</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>不實資訊</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>標記待審</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Suggest mute</source>
        <translation>建議禁言</translation>
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
        <translation>骨幹</translation>
    </message>
</context>
<context>
    <name>ModerationFilterBar</name>
    <message>
        <source>Search titles and text (中文 or English)</source>
        <translation>搜尋標題和內文（中文或英文）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意類型</translation>
    </message>
    <message>
        <source>Any AI label</source>
        <translation>任意 AI 標籤</translation>
    </message>
    <message>
        <source>Reports: any</source>
        <translation>檢舉：不限</translation>
    </message>
    <message>
        <source>Has reports</source>
        <translation>有檢舉</translation>
    </message>
    <message>
        <source>Reported twice or more</source>
        <translation>被檢舉兩次或以上</translation>
    </message>
    <message>
        <source>Claims: any</source>
        <translation>認領：不限</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我認領的</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未認領</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>AI score</source>
        <translation>AI 評分</translation>
    </message>
    <message>
        <source>Any board</source>
        <translation>任意看板</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意語言</translation>
    </message>
</context>
<context>
    <name>ModerationPane</name>
    <message>
        <source>Review queue</source>
        <translation>審核佇列</translation>
    </message>
    <message>
        <source>Keyword rules</source>
        <translation>關鍵字規則</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意見回饋</translation>
    </message>
</context>
<context>
    <name>ModerationQueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>貼文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>個人檔案</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
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
        <translation>類型</translation>
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
        <translation>AI 評分</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>檢舉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>認領者</translation>
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
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>駁回…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>呈報</translation>
    </message>
    <message>
        <source>Mute author…</source>
        <translation>禁言作者…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>將作者停權…</translation>
    </message>
    <message>
        <source>Claim / release</source>
        <translation>認領 / 釋出認領</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一個項目</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一個項目</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>儲存檢視…</translation>
    </message>
    <message>
        <source>Keep the current filters as a view in this list</source>
        <translation>將目前篩選條件儲存為此清單中的檢視</translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation>移除檢視</translation>
    </message>
    <message>
        <source>Riskiest first</source>
        <translation>風險最高優先</translation>
    </message>
    <message>
        <source>Order by AI score, then reports, then age</source>
        <translation>按 AI 評分排序，其次是檢舉數，再次是時長</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>核准（A）</translation>
    </message>
    <message>
        <source>Approve the selected items</source>
        <translation>核准所選項目</translation>
    </message>
    <message>
        <source>Reject (R)…</source>
        <translation>駁回（R）…</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>填寫理由並駁回</translation>
    </message>
    <message>
        <source>Escalate (E)</source>
        <translation>呈報（E）</translation>
    </message>
    <message>
        <source>Pass to a manager</source>
        <translation>轉交社群經理處理</translation>
    </message>
    <message>
        <source>Mute (M)…</source>
        <translation>禁言（M）…</translation>
    </message>
    <message>
        <source>Mute the author for a while</source>
        <translation>將作者禁言一段時間</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>停權…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>將作者停權</translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation>認領（C）</translation>
    </message>
    <message>
        <source>Claim the item for 15 minutes, or release your claim</source>
        <translation>認領該項目 15 分鐘，或釋出你的認領</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Take back your last decision while it is not synced</source>
        <translation>在同步之前撤回你最近的決定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
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
        <translation>作者已被停權 — 待同步。</translation>
    </message>
    <message>
        <source>Claim released — pending sync.</source>
        <translation>已釋出認領 — 待同步。</translation>
    </message>
    <message>
        <source>Claimed for 15 minutes — pending sync.</source>
        <translation>已認領 15 分鐘 — 待同步。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的操作。</translation>
    </message>
    <message>
        <source>Already synced; it cannot be undone here.</source>
        <translation>已同步，無法在此復原。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已復原。</translation>
    </message>
    <message>
        <source>Partly undone: %1</source>
        <translation>部分復原：%1</translation>
    </message>
    <message>
        <source>Your role can read the queue but not decide.</source>
        <translation>你的角色可以檢視佇列，但不能做出決定。</translation>
    </message>
    <message>
        <source>These filters are a saved view already.</source>
        <translation>這些篩選條件已經儲存為檢視。</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>檢視名稱：</translation>
    </message>
    <message>
        <source>My view</source>
        <translation>我的檢視</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln items — pending sync.</source>
        <translation>
            <numerusform>%1：%Ln 個項目中的 %2 個 — 待同步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等級</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等級</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Active days (30 d)</source>
        <translation>活躍天數（30 天）</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>貼文</translation>
    </message>
    <message>
        <source>Helpful answers</source>
        <translation>有用回答</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>入群天數</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費</translation>
    </message>
</context>
<context>
    <name>MutationEffects</name>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>駁回需要填寫理由。</translation>
    </message>
    <message>
        <source>A claim lasts 1 to 240 minutes.</source>
        <translation>認領時長為 1 到 240 分鐘。</translation>
    </message>
    <message>
        <source>&apos;held&apos; must be true or false.</source>
        <translation>「held」必須為 true 或 false。</translation>
    </message>
    <message>
        <source>Points must be a whole number other than 0.</source>
        <translation>積分必須是非 0 的整數。</translation>
    </message>
    <message>
        <source>An award needs a reason.</source>
        <translation>獎勵需要填寫理由。</translation>
    </message>
    <message>
        <source>Choose a badge.</source>
        <translation>請選擇徽章。</translation>
    </message>
    <message>
        <source>Choose a tier.</source>
        <translation>請選擇等級。</translation>
    </message>
    <message>
        <source>A note needs text.</source>
        <translation>備註不可為空。</translation>
    </message>
    <message>
        <source>A mute needs an end time.</source>
        <translation>禁言需要結束時間。</translation>
    </message>
    <message>
        <source>The member is banned; unban first.</source>
        <translation>該成員已被停權，請先解除停權。</translation>
    </message>
    <message>
        <source>A ban needs a reason.</source>
        <translation>停權需要填寫理由。</translation>
    </message>
    <message>
        <source>A reply needs text.</source>
        <translation>回覆不可為空。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>請選擇成員。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos; for %2.</source>
        <translation>%2 沒有「%1」這個操作。</translation>
    </message>
    <message>
        <source>%1 %2 exists already.</source>
        <translation>%1 %2 已存在。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the local cache.</source>
        <translation>本機快取中沒有 %1 %2。</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 清單</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 清單</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號清單</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
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
        <translation>變更</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近錯誤</translation>
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
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
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
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split the sheet.</source>
        <translation>%1 大於 64 MB，請拆分表格。</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row (handle, points, reason) and one row per award.</source>
        <translation>檔案為空；需要一個標題列（handle, points, reason），每項獎勵佔一列。</translation>
    </message>
    <message>
        <source>The header row must name the columns &quot;handle&quot; and &quot;points&quot; (and optionally &quot;reason&quot;); it reads: %1</source>
        <translation>標題列必須包含「handle」和「points」欄（「reason」欄為選用）；目前標題列為：%1</translation>
    </message>
    <message>
        <source>The sheet has a header row but no awards.</source>
        <translation>表格有標題列，但沒有任何獎勵。</translation>
    </message>
    <message>
        <source>no handle</source>
        <translation>缺少 handle</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>缺少積分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points</source>
        <translation>「%1」不是整數積分</translation>
    </message>
    <message>
        <source>0 points is not an award</source>
        <translation>0 積分不構成獎勵</translation>
    </message>
    <message>
        <source>%1 points is more than one award may give (±%2)</source>
        <translation>%1 積分超出單次獎勵的上限（±%2）</translation>
    </message>
    <message>
        <source>no reason (add a reason column or give a default reason)</source>
        <translation>缺少理由（請新增 reason 欄或填寫預設理由）</translation>
    </message>
    <message>
        <source>unknown handle &quot;%1&quot; (not in the local cache; sync first if the member is new)</source>
        <translation>未知帳號「%1」（不在本機快取中；如果是新成員，請先同步）</translation>
    </message>
    <message>
        <source>The %1 role may not award points; sign in as a community manager.</source>
        <translation>%1 角色不能獎勵積分；請以社群經理身分登入。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>沒有可匯入的內容。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; quote a field that holds the delimiter.</source>
        <translation>有 %1 個欄位，但標題列只有 %2 個；包含分隔符號的欄位請加上引號。</translation>
    </message>
    <message>
        <source>Problems in the sheet: %1; nothing was queued.</source>
        <translation>表格中有 %1 個問題；未加入任何變更。</translation>
    </message>
</context>
<context>
    <name>PointsImportCommand</name>
    <message>
        <source>steward points import: there is no local cache at %1; run `steward sync` first.</source>
        <translation>steward points import：%1 中沒有本機快取；請先執行 `steward sync`。</translation>
    </message>
    <message>
        <source>steward points import: cannot open the local cache: %1</source>
        <translation>steward points import：無法開啟本機快取：%1</translation>
    </message>
    <message>
        <source>steward points import: %1 was not imported; nothing was queued.</source>
        <translation>steward points import：%1 未匯入；未加入任何變更。</translation>
    </message>
    <message>
        <source>The sheet has no awards.</source>
        <translation>表格中沒有獎勵。</translation>
    </message>
    <message>
        <source>steward points import: nothing was queued: %1</source>
        <translation>steward points import：未加入任何變更：%1</translation>
    </message>
    <message numerus="yes">
        <source>Awards queued for the next sync: %1 (%Ln points in all).</source>
        <translation>
            <numerusform>已將 %1 項獎勵加入待同步，將在下次同步時傳送（共 %Ln 積分）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsImportDialog</name>
    <message>
        <source>Import points from a sheet</source>
        <translation>從表格匯入積分</translation>
    </message>
    <message>
        <source>A CSV with the columns handle, points and (optionally) reason</source>
        <translation>包含 handle、points 和 reason（選用）欄的 CSV 檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>e.g. Offline salon 2026-11-18, sign-in</source>
        <translation>例如：2026-11-18 線下沙龍簽到</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <source>Reason for rows without one:</source>
        <translation>未填寫理由的列使用：</translation>
    </message>
    <message>
        <source>Choose a sheet to see what it would award.</source>
        <translation>選擇一個表格，檢視將要獎勵的內容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue awards</source>
        <translation>加入獎勵</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>匯入積分</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>未加入任何變更：%1</translation>
    </message>
    <message>
        <source>Problems: %1 — fix them in the sheet and choose it again:</source>
        <translation>發現 %1 個問題 — 請在表格中修正，然後重新選擇該表格：</translation>
    </message>
    <message>
        <source>Good rows: %1, problems: %2. Nothing is queued until every row is right.</source>
        <translation>%1 列正確，%2 個問題。每一列都正確之前不會加入任何獎勵。</translation>
    </message>
    <message numerus="yes">
        <source>Awards ready to queue: %1, %Ln points in all (%2).</source>
        <translation>
            <numerusform>可加入待同步的獎勵：%1 項，共 %Ln 積分（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>僅在我按下「立即同步」時</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>同步間隔(&amp;S)：</translation>
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
        <translation>草稿、已排程和進行中的活動還可能花費的金額：其預算減去目前的成本。</translation>
    </message>
    <message>
        <source>Over the campaigns with results: (revenue − cost) / cost.</source>
        <translation>基於已填寫結果的活動計算：（收入 − 成本）/ 成本。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花費</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計畫支出</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>QuarterSummaryView</name>
    <message>
        <source>Edit budget…</source>
        <translation>編輯預算…</translation>
    </message>
    <message>
        <source>New quarter budget…</source>
        <translation>新增季度預算…</translation>
    </message>
    <message>
        <source>Budgets and spending by quarter</source>
        <translation>各季度的預算與支出</translation>
    </message>
    <message>
        <source>ROI by campaign type, %1</source>
        <translation>按活動類型的 ROI，%1</translation>
    </message>
    <message>
        <source>ROI by campaign type</source>
        <translation>按活動類型的 ROI</translation>
    </message>
</context>
<context>
    <name>ReasonTemplateModel</name>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾訊息或廣告</translation>
    </message>
    <message>
        <source>Hi {author}, your post &quot;{title}&quot; was removed because it advertises or promotes products or services, which is not allowed in {board}.</source>
        <translation>{author}，你好：你的貼文「{title}」因廣告或推廣產品、服務而被刪除，{board} 不允許此類內容。</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>辱罵性語言</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; was removed because it attacks or insults other members. Please keep discussions respectful.</source>
        <translation>{author}，你好：「{title}」因攻擊或侮辱其他成員而被刪除。請保持討論友善、互相尊重。</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>離題</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; does not fit the topic of {board} and was removed. You are welcome to post it in a board where it fits.</source>
        <translation>{author}，你好：「{title}」不符合 {board} 的主題，已被刪除。歡迎發布到合適的看板。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複內容</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; repeats a question that has been answered already; please search before posting.</source>
        <translation>{author}，你好：「{title}」重複了已有答案的問題；發文前請先搜尋。</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Hi {author}, &quot;{title}&quot; was removed because it shares personal contact details. Please use private messages instead.</source>
        <translation>{author}，你好：「{title}」因公開個人聯絡方式而被刪除。請改用私訊聯絡。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新增範本</translation>
    </message>
</context>
<context>
    <name>RejectReasonDialog</name>
    <message numerus="yes">
        <source>Reject %n items</source>
        <translation>
            <numerusform>駁回 %n 個項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject item</source>
        <translation>駁回項目</translation>
    </message>
    <message>
        <source>Why is it rejected? The author sees this.</source>
        <translation>為什麼駁回？作者會看到此內容。</translation>
    </message>
    <message>
        <source>Placeholders: {author}, {title}, {board}, {kind}</source>
        <translation>預留位置：{author}、{title}、{board}、{kind}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>儲存為範本</translation>
    </message>
    <message>
        <source>Update template</source>
        <translation>更新範本</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>刪除範本</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>As the first item&apos;s author will read it:</source>
        <translation>第一個項目的作者將看到：</translation>
    </message>
    <message>
        <source>As the author will read it:</source>
        <translation>作者將看到：</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>Entity</source>
        <translation>類型</translation>
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
        <translation>伺服器拒絕的原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
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
        <translation>季度營運報告 — %1</translation>
    </message>
    <message>
        <source>Quarterly operations report</source>
        <translation>季度營運報告</translation>
    </message>
    <message>
        <source>Partial quarter: the cache&apos;s daily figures cover %1 to %2 (%3 of %4 days).</source>
        <extracomment>On the cover of a report for a quarter the cache does not fully cover. %1, %2: dates; %3, %4: numbers of days.</extracomment>
        <translation>季度資料不完整：快取中的每日資料覆蓋 %1 至 %2（%4 天中的 %3 天）。</translation>
    </message>
    <message>
        <source>Figures from the local cache; data through %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>資料來自本機快取，截至 %1。</translation>
    </message>
    <message>
        <source>Changes compare with %1.</source>
        <extracomment>%1 is the previous quarter (&quot;Q2 2026&quot;).</extracomment>
        <translation>變化與 %1 相比較。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: %1 is the page, %2 the number of pages.</extracomment>
        <translation>第 %1 頁，共 %2 頁</translation>
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
        <translation>搜尋</translation>
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
        <translation>推薦</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>行動 App</translation>
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
        <translation>骨幹</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>日活躍成員</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>貼文</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>成員檢舉</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>競賽</translation>
    </message>
    <message>
        <source>Topic discussion</source>
        <translation>話題討論</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>問答</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽獎</translation>
    </message>
    <message>
        <source>Holiday theme</source>
        <translation>節日主題</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龍</translation>
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
        <translation>已排程</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾訊息</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>辱罵</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Not safe for work</source>
        <translation>不宜內容</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>離題</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>不實資訊</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 對比 %2</translation>
    </message>
    <message>
        <source>Members at quarter end</source>
        <translation>季度末成員數</translation>
    </message>
    <message>
        <source>Average daily active members</source>
        <translation>平均日活躍成員</translation>
    </message>
    <message>
        <source>Average monthly active members</source>
        <translation>平均月活躍成員</translation>
    </message>
    <message>
        <source>Stickiness (DAU / MAU)</source>
        <translation>黏著度（DAU / MAU）</translation>
    </message>
    <message>
        <source>7-day retention of new members</source>
        <translation>新成員 7 天留存</translation>
    </message>
    <message>
        <source>Interactions per active member per day</source>
        <translation>每位活躍成員日均互動數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>違規率</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, e.g. &quot;38 min&quot;.</extracomment>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>決定用時中位數</translation>
    </message>
    <message>
        <source>Campaign ROI</source>
        <translation>活動 ROI</translation>
    </message>
    <message>
        <source>One of the two quarters is only partly in the cache, so totals are compared per day.</source>
        <translation>兩個季度中有一個只有部分資料在快取中，因此按日均值比較。</translation>
    </message>
    <message>
        <source>The cache holds no daily figures for the previous quarter: no changes are shown.</source>
        <translation>快取中沒有上一季度的每日資料，因此不顯示變化。</translation>
    </message>
    <message>
        <source>Members over the quarter</source>
        <translation>本季度成員變化</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>New members by channel</source>
        <translation>按管道劃分的新成員</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Daily and weekly active members</source>
        <translation>日活躍與週活躍成員</translation>
    </message>
    <message>
        <source>Daily active</source>
        <translation>日活躍</translation>
    </message>
    <message>
        <source>Weekly active</source>
        <translation>週活躍</translation>
    </message>
    <message>
        <source>Daily active, %1</source>
        <extracomment>Chart legend: the previous quarter&apos;s daily active members; %1 is the quarter.</extracomment>
        <translation>日活躍，%1</translation>
    </message>
    <message>
        <source>Activity figures</source>
        <translation>活躍度資料</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Average daily active members (DAU)</source>
        <translation>平均日活躍成員（DAU）</translation>
    </message>
    <message>
        <source>Average weekly active members (WAU)</source>
        <translation>平均週活躍成員（WAU）</translation>
    </message>
    <message>
        <source>Average monthly active members (MAU)</source>
        <translation>平均月活躍成員（MAU）</translation>
    </message>
    <message>
        <source>Busiest day (daily active members)</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>最活躍的一天（日活躍成員）</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>按讚</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>轉換數</translation>
    </message>
    <message>
        <source>Paying members at quarter end</source>
        <translation>季度末付費成員</translation>
    </message>
    <message>
        <source>Average sentiment (-1 to 1)</source>
        <translation>平均情感值（-1 至 1）</translation>
    </message>
    <message>
        <source>Retention of new members by signup week</source>
        <translation>按註冊週劃分的新成員留存</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入人數</translation>
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
        <translation>所有週（合併）</translation>
    </message>
    <message>
        <source>Day N: the share of the week&apos;s new members active N days after joining. Pooled: all members of the weeks together. A dash: that day has not come yet.</source>
        <translation>第 N 天：當週新成員中在加入 N 天後仍活躍的比例。合併：將各週的所有成員合併計算。短橫線：那一天還沒到。</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>目前成員數</translation>
    </message>
    <message>
        <source>Tier sizes and movements</source>
        <translation>各等級人數與變動</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Entered this quarter</source>
        <translation>本季度進入</translation>
    </message>
    <message>
        <source>Moved from another tier</source>
        <translation>從其他等級轉入</translation>
    </message>
    <message>
        <source>Joined this quarter</source>
        <translation>本季度加入</translation>
    </message>
    <message>
        <source>Tier sizes are as of %1, the cache&apos;s latest data. A member counts as having entered a tier when their current tier began during the quarter.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>各等級人數截至 %1（快取中的最新資料）。成員的目前等級若始於本季度，則計為本季度進入該等級。</translation>
    </message>
    <message>
        <source>The points ledger in the cache begins on %1; the quarter&apos;s earlier days are not included.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>快取中的積分明細始於 %1；本季度更早的日期不包括在內。</translation>
    </message>
    <message>
        <source>Points by reason</source>
        <translation>按原因統計的積分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>淨變化</translation>
    </message>
    <message>
        <source>Top earners (opening balances left out)</source>
        <translation>積分獲得最多的成員（不含初始餘額）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>獲得積分</translation>
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
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Reports, decisions and backlog per day</source>
        <translation>每日檢舉、決定與積壓</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>積壓</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>按月統計</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>檢舉</translation>
    </message>
    <message>
        <source>Median time to decision (min)</source>
        <translation>決定用時中位數（分鐘）</translation>
    </message>
    <message>
        <source>Backlog at month end</source>
        <translation>月末積壓</translation>
    </message>
    <message>
        <source>Time to decision: the median of the days&apos; median minutes from an item&apos;s arrival to its decision. Violation rate: violations found per decision.</source>
        <translation>決定用時：各天中位數（從項目進入到做出決定的分鐘數）的中位數。違規率：每項決定中認定違規的比例。</translation>
    </message>
    <message>
        <source>Items in the cache from this quarter</source>
        <translation>快取中本季度的項目</translation>
    </message>
    <message>
        <source>Status or AI label</source>
        <translation>狀態或 AI 標籤</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目數</translation>
    </message>
    <message>
        <source>AI label: %1</source>
        <extracomment>An AI pre-screen label in a table, e.g. &quot;AI label: Spam&quot;.</extracomment>
        <translation>AI 標籤：%1</translation>
    </message>
    <message>
        <source>Actions in the audit log</source>
        <translation>稽核日誌中的操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>The quarter&apos;s campaign budget was %1. Campaigns spent %2 and may still spend %3: %4 of the budget.</source>
        <extracomment>%1 budget, %2 spent, %3 still planned, %4 share of the budget used.</extracomment>
        <translation>本季度的活動預算為 %1。活動已花費 %2，還可能花費 %3：佔預算的 %4。</translation>
    </message>
    <message>
        <source>The cache holds no budget for this quarter. Campaigns spent %1.</source>
        <translation>快取中沒有本季度的預算。活動已花費 %1。</translation>
    </message>
    <message>
        <source>No campaign started this quarter.</source>
        <translation>本季度沒有開始的活動。</translation>
    </message>
    <message>
        <source>The campaigns with results brought in %1 for %2: a return on investment of %3.</source>
        <extracomment>%1 revenue, %2 cost, %3 ROI.</extracomment>
        <translation>已填寫結果的活動以 %2 的成本帶來 %1 的收入：投資報酬率為 %3。</translation>
    </message>
    <message>
        <source>Campaigns that started this quarter</source>
        <translation>本季度開始的活動</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost. Goals met: the mean share of each set goal reached, each capped at 200%.</source>
        <translation>ROI =（收入 − 成本）/ 成本。目標達成：各項已設目標達成比例的平均值，每項最高計為 200%。</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>投資報酬率</translation>
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
        <translation>差異</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <extracomment>One arm of an A/B test in a table: %1 its name, %2 its conversion rate, %3 conversions, %4 exposures.</extracomment>
        <translation>%1：%2（%4 次曝光中 %3 次轉換）</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>A/B 測試</translation>
    </message>
    <message>
        <source>Two-proportion z-test, two-sided; a difference counts when p &lt; 0.05.</source>
        <translation>雙比例 z 檢定（雙側）；p &lt; 0.05 時差異成立。</translation>
    </message>
    <message>
        <source>Campaign notes</source>
        <translation>活動備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Daily active members and unusual days</source>
        <translation>日活躍成員與異常日</translation>
    </message>
    <message>
        <source>Unusual day</source>
        <translation>異常日</translation>
    </message>
    <message>
        <source>No day departed from the weekly pattern far enough to count as an anomaly.</source>
        <translation>沒有哪一天偏離每週規律到足以視為異常的程度。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Nothing in the cache explains it.</source>
        <translation>快取中沒有可解釋的原因。</translation>
    </message>
    <message>
        <source>Problems and their causes</source>
        <translation>問題及其原因</translation>
    </message>
    <message>
        <source>No account of this quarter&apos;s problems has been written yet.</source>
        <translation>尚未撰寫本季度問題的說明。</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>No plan for the next quarter has been written yet.</source>
        <translation>尚未撰寫下一季度的計畫。</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>%1 預測</translation>
    </message>
    <message>
        <source>The cache holds too little history for a forecast.</source>
        <translation>快取中的歷史資料太少，無法預測。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95% 區間</translation>
    </message>
    <message>
        <source>Range (95%)</source>
        <translation>區間（95%）</translation>
    </message>
    <message>
        <source>Error on the last 91 days</source>
        <translation>最近 91 天的誤差</translation>
    </message>
    <message>
        <source>Holt–Winters forecast with a weekly season, fitted on the history up to the quarter&apos;s last day. The error is the mean absolute percentage error of the same method predicting the last 91 known days.</source>
        <translation>使用每週季節性的 Holt–Winters 預測，基於截至本季度最後一天的歷史資料擬合。誤差為同一方法預測最近 91 個已知日的平均絕對百分比誤差。</translation>
    </message>
    <message>
        <source>Campaigns in %1</source>
        <translation>%1 的活動</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>The budget for %1 is %2.</source>
        <extracomment>%1 the next quarter, %2 its budget.</extracomment>
        <translation>%1 的預算為 %2。</translation>
    </message>
    <message>
        <source>campaign running: %1</source>
        <extracomment>A likely cause of an unusual day: %1 is a campaign&apos;s name.</extracomment>
        <translation>活動進行中：%1</translation>
    </message>
    <message>
        <source>Spring Festival holiday</source>
        <translation>春節假期</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>國慶假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>勞動節假期</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <source>signups from %1 at %2× their usual level</source>
        <extracomment>%1 a signup channel, %2 how many times its usual daily signups (e.g. &quot;3.2&quot;).</extracomment>
        <translation>來自%1的註冊量為平時的 %2 倍</translation>
    </message>
    <message>
        <source>member reports at %1× their usual level (spam or a dispute)</source>
        <extracomment>%1 how many times the usual number of member reports (e.g. &quot;2.5&quot;).</extracomment>
        <translation>成員檢舉量為平時的 %1 倍（垃圾訊息或爭議）</translation>
    </message>
    <message>
        <source>No exposures yet</source>
        <translation>尚無曝光</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>無差異</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不顯著</translation>
    </message>
    <message>
        <source>B converts better</source>
        <translation>B 轉換更好</translation>
    </message>
    <message>
        <source>A converts better</source>
        <translation>A 轉換更好</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Member growth and channels</source>
        <translation>成員成長與管道</translation>
    </message>
    <message>
        <source>Activity and retention</source>
        <translation>活躍與留存</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>成員等級</translation>
    </message>
    <message>
        <source>Points and badges</source>
        <translation>積分與徽章</translation>
    </message>
    <message>
        <source>Content and moderation</source>
        <translation>內容與審核</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Anomalies and likely causes</source>
        <translation>異常與可能原因</translation>
    </message>
    <message>
        <source>Next quarter&apos;s plan</source>
        <translation>下一季度計畫</translation>
    </message>
    <message>
        <source>In %1 the community reached %2, %3 of them new this quarter.</source>
        <extracomment>%1 is the quarter (&quot;Q3 2026&quot;), %2 a number of members, %3 the number of them who joined.</extracomment>
        <translation>%1，社群規模達到 %2，其中 %3 名為本季度新成員。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成員</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily active members averaged %1, %2 of the month&apos;s active members.</source>
        <extracomment>%1 is the average number of daily active members, %2 a percentage.</extracomment>
        <translation>平均每天有 %1 名成員活躍，佔當月活躍成員的 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Moderators made %Ln decisions, and %1 of them found a violation.</source>
        <extracomment>%1 is a percentage.</extracomment>
        <translation>
            <numerusform>審核員共做出 %Ln 項決定，其中 %1 認定為違規。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns, %1 spent</source>
        <extracomment>Under the campaign ROI tile: a number of campaigns, %1 money spent.</extracomment>
        <translation>
            <numerusform>%Ln 個活動，花費 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Membership grew from %1 to %Ln members: %2 more (%3).</source>
        <extracomment>%1 is the number of members at the quarter&apos;s start, %2 the difference, %3 a percentage.</extracomment>
        <translation>
            <numerusform>成員從 %1 名成長到 %Ln 名：增加 %2 名（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln members.</source>
        <translation>
            <numerusform>快取中有 %Ln 名成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them entered their current tier during the quarter.</source>
        <translation>
            <numerusform>其中 %Ln 名在本季度進入目前等級。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are muted or banned.</source>
        <translation>
            <numerusform>%Ln 名被禁言或停權。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members earned %1 and redeemed %2, in %3 of %4.</source>
        <extracomment>%1 and %2 are numbers of points, %3 of ledger entries, %4 of members.</extracomment>
        <translation>成員共獲得 %1、兌換 %2，涉及 %4 的 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln 積分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln 條積分明細</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earned points leave out the %Ln points of opening balances, which the ledger records once for every member when it begins.</source>
        <translation>
            <numerusform>獲得的積分不包括 %Ln 積分的初始餘額；積分明細開始時會為每位成員記錄一次初始餘額。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold at least one badge. Badge counts are as of %1: the cache does not record when a badge was awarded.</source>
        <extracomment>%1 members with a badge; %2 a date. %1 is a date.</extracomment>
        <translation>
            <numerusform>%Ln 名成員至少持有一枚徽章。徽章數量截至 %1：快取中沒有記錄徽章的授予時間。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members wrote %1 and %2 and filed %3. Moderators made %4 and found %5 (a violation rate of %6).</source>
        <extracomment>%1 posts, %2 comments, %3 reports, %4 decisions, %5 violations (each with its count), %6 a percentage.</extracomment>
        <translation>成員發布了 %1、%2，提交了 %3。審核員做出 %4，認定 %5（違規率 %6）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln 篇貼文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln 則留言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports</source>
        <translation>
            <numerusform>%Ln 次檢舉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln 項決定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln 項違規</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items were waiting for a decision at the quarter&apos;s end.</source>
        <translation>
            <numerusform>季度末有 %Ln 個項目等待處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln items created this quarter; members reported %1 of them.</source>
        <extracomment>%1 is a number of items.</extracomment>
        <translation>
            <numerusform>快取中有 %Ln 個本季度建立的項目；其中 %1 個被成員檢舉。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily figures departed from their weekly pattern. Each is scored by how far it lies from the expected value, in robust standard deviations; 3.5 or more counts as an anomaly.</source>
        <translation>
            <numerusform>有 %Ln 個每日資料偏離了每週規律。每個資料按其與預期值的距離（以穩健標準差計）評分；3.5 或以上視為異常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If the trend and the weekly pattern hold, %1 will average %2 daily active members (between %3 and %4) and bring about %Ln new members.</source>
        <extracomment>%1 is the next quarter, %2 to %4 numbers of daily active members; the count is of new members.</extracomment>
        <translation>
            <numerusform>如果趨勢和每週規律保持不變，%1 的平均日活躍成員將為 %2 名（介於 %3 和 %4 之間），並帶來約 %Ln 名新成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not significant yet; about %Ln more exposures needed</source>
        <translation>
            <numerusform>尚不顯著；約還需 %Ln 次曝光</numerusform>
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
        <translation>%1 個百分點</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>steward report: there is no cache in %1. Run `steward sync` first.</source>
        <translation>steward report：%1 中沒有快取。請先執行 `steward sync`。</translation>
    </message>
    <message>
        <source>steward report: %1</source>
        <translation>steward report：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln pages, %L2 ms).</source>
        <translation>
            <numerusform>已寫入 %1（%Ln 頁，%L2 毫秒）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDataBuilder</name>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>無法讀取快取：%1</translation>
    </message>
    <message>
        <source>No quarter was chosen.</source>
        <translation>未選擇季度。</translation>
    </message>
    <message>
        <source>The cache holds no daily figures yet. Sync with the platform first.</source>
        <translation>快取中還沒有每日資料。請先與平台同步。</translation>
    </message>
    <message>
        <source>The cache has no daily figures for %1; it holds %2 to %3. Choose another quarter or sync first.</source>
        <translation>快取中沒有 %1 的每日資料；現有資料為 %2 至 %3。請選擇其他季度或先同步。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>ReportDrafts</name>
    <message>
        <source>Could not read the report drafts: %1</source>
        <translation>無法讀取報告草稿：%1</translation>
    </message>
    <message>
        <source>Could not save the report draft: %1</source>
        <translation>無法儲存報告草稿：%1</translation>
    </message>
    <message>
        <source>Could not save the report settings: %1</source>
        <translation>無法儲存報告設定：%1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>No TrueType Chinese font is installed, so the report cannot print in %1 with searchable text. Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei).</source>
        <translation>未安裝 TrueType 中文字型，因此無法以%1輸出可搜尋文字的報告。請安裝文泉驛微米黑（Debian：fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>There is no cache at %1. Run `steward sync` first.</source>
        <translation>%1 中沒有快取。請先執行 `steward sync`。</translation>
    </message>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>無法開啟快取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>The preview appears here.</source>
        <translation>預覽將顯示在這裡。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Problems and causes</source>
        <translation>問題與原因</translation>
    </message>
    <message>
        <source>What went wrong this quarter and why: the anomalies above in your own words, incidents, missed goals …</source>
        <translation>本季度出了什麼問題以及原因：用你自己的話說明上面的異常、事故、未達成的目標……</translation>
    </message>
    <message>
        <source>Next quarter&apos;s plan</source>
        <translation>下一季度計畫</translation>
    </message>
    <message>
        <source>Goals, campaigns and changes for the next quarter. The report adds the forecast.</source>
        <translation>下一季度的目標、活動和調整。報告會附上預測。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已於 %1 儲存。</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社群(&amp;C)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Member growth and channels</source>
        <translation>成員成長與管道</translation>
    </message>
    <message>
        <source>Activity and retention</source>
        <translation>活躍與留存</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>成員等級</translation>
    </message>
    <message>
        <source>Points and badges</source>
        <translation>積分與徽章</translation>
    </message>
    <message>
        <source>Content and moderation</source>
        <translation>內容與審核</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Anomalies and likely causes</source>
        <translation>異常與可能原因</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>更新預覽(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>The cache holds no daily figures yet. Sync with the platform, then come back.</source>
        <translation>快取中還沒有每日資料。請先與平台同步，然後再回到這裡。</translation>
    </message>
    <message>
        <source>Draft for %1 in %2, saved %3.</source>
        <translation>%1 的%2草稿，已於 %3 儲存。</translation>
    </message>
    <message>
        <source>Draft for %1 in %2.</source>
        <translation>%1 的%2草稿。</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>草稿已於 %1 儲存。</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>正在產生報告…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages.</source>
        <translation>
            <numerusform>共 %Ln 頁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViewModel</name>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Spam &gt; 0.8</source>
        <translation>垃圾訊息 &gt; 0.8</translation>
    </message>
    <message>
        <source>Reported twice or more</source>
        <translation>被檢舉兩次或以上</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我認領的</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈報</translation>
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
        <translation>冠軍</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>瀕臨流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高價值</translation>
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
        <translation>F ≥ 4 且 R ≥ 3（非冠軍）</translation>
    </message>
    <message>
        <source>R ≥ 3, not yet frequent</source>
        <translation>R ≥ 3，尚不頻繁</translation>
    </message>
    <message>
        <source>R ≤ 2, and F ≥ 3 or M ≥ 3</source>
        <translation>R ≤ 2，且 F ≥ 3 或 M ≥ 3</translation>
    </message>
    <message>
        <source>R ≤ 2 with low F and M</source>
        <translation>R ≤ 2，且 F 和 M 較低</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>從未活躍</translation>
    </message>
    <message numerus="yes">
        <source>last active %n day(s) ago</source>
        <translation>
            <numerusform>最近活躍於 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>R %1 (%2), F %3 (%4 in 30 days), M %5 (%6 spent): %7 → %8</source>
        <translation>R %1（%2），F %3（30 天內 %4），M %5（消費 %6）：%7 → %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Average active days in the last 30 days</source>
        <translation>最近 30 天的平均活躍天數</translation>
    </message>
    <message>
        <source>Average of active days + posts + comments in the last 30 days (the F of RFM)</source>
        <translation>最近 30 天活躍天數 + 貼文 + 留言的平均值（RFM 中的 F）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Value layer</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>成員佔比</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>消費佔比</translation>
    </message>
    <message>
        <source>Active days (avg)</source>
        <translation>活躍天數（平均）</translation>
    </message>
    <message>
        <source>Activity (avg)</source>
        <translation>活躍度（平均）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Recompute</source>
        <translation>重新計算</translation>
    </message>
    <message>
        <source>Churn risk needs at least this many posts + helpful answers a month before the last 30 days</source>
        <translation>判定流失風險時，最近 30 天之前每月的貼文 + 有用回答至少需要達到此數量</translation>
    </message>
    <message>
        <source>… and a fall of at least this much in the last 30 days</source>
        <translation>……且最近 30 天的降幅至少達到此比例</translation>
    </message>
    <message>
        <source>Churn risk: earlier average ≥</source>
        <translation>流失風險：此前平均 ≥</translation>
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
        <translation>流失風險（活躍度下降）</translation>
    </message>
    <message>
        <source>Silent members</source>
        <translation>沉默成員</translation>
    </message>
    <message>
        <source>no activity for </source>
        <translation>連續無活動 </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Target list</source>
        <translation>目標名單</translation>
    </message>
    <message>
        <source>Scoring every member…</source>
        <translation>正在為所有成員評分…</translation>
    </message>
    <message>
        <source>The segments could not be computed: %1</source>
        <translation>無法計算分群：%1</translation>
    </message>
    <message>
        <source>Export target list</source>
        <translation>匯出目標名單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>Segments have not been computed yet.</source>
        <translation>尚未計算分群。</translation>
    </message>
    <message>
        <source>Scored %1 from the local cache. Recency: days since the last activity or purchase; frequency: active days + posts + comments in 30 days; monetary: all-time spend; each in quintiles 1–5.</source>
        <translation>已根據本機快取為 %1 評分。最近度（R）：距最近一次活動或購買的天數；頻率（F）：30 天內的活躍天數 + 貼文 + 留言；消費（M）：累計消費；各項均按五分位數評為 1–5 分。</translation>
    </message>
    <message>
        <source>Members whose posts + helpful answers in the last 30 days fell against their average month before (from the cache&apos;s 30-day and all-time counters and the tenure).</source>
        <translation>最近 30 天的貼文 + 有用回答低於此前月均水平的成員（依據快取中的 30 天計數、累計計數和入群時長）。</translation>
    </message>
    <message numerus="yes">
        <source>Members (not banned) whose last activity is more than %n day(s) ago, most recent first.</source>
        <translation>
            <numerusform>最近一次活動在 %n 天以前的成員（不含已停權），按最近活動時間排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. Hover a row for the member&apos;s scores and the rule.</source>
        <translation>%1：%2。將滑鼠移到某一列上可檢視成員的評分和規則。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
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
            <numerusform>已匯出 %Ln 名成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成員</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>The list could not be counted.</source>
        <translation>無法統計該名單的人數。</translation>
    </message>
</context>
<context>
    <name>SpendBar</name>
    <message>
        <source>%1: spent %2, planned %3; no budget set.</source>
        <translation>%1：已花費 %2，計畫支出 %3；未設定預算。</translation>
    </message>
    <message>
        <source>%1: spent %2 and planned %3 of %4 — %5 over budget.</source>
        <translation>%1：預算 %4 中已花費 %2、計畫支出 %3 — 超出預算 %5。</translation>
    </message>
    <message>
        <source>%1: spent %2 and planned %3 of %4 — %5 left.</source>
        <translation>%1：預算 %4 中已花費 %2、計畫支出 %3 — 剩餘 %5。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Unknown action &apos;%1&apos; for %2.</source>
        <translation>%2 沒有「%1」這個操作。</translation>
    </message>
    <message>
        <source>This change was already sent to the server and cannot be undone here.</source>
        <translation>此變更已傳送到伺服器，無法在此復原。</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>此衝突已經處理過了。</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of Steward (schema %1; this version knows up to %2). Update Steward, or use another data directory.</source>
        <translation>此快取由較新版本的 Steward 寫入（結構描述版本 %1；本版本最高支援 %2）。請更新 Steward，或使用其他資料目錄。</translation>
    </message>
    <message>
        <source>Cannot create the cache file %1: %2</source>
        <translation>無法建立快取檔案 %1：%2</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>本機快取未開啟。</translation>
    </message>
</context>
<context>
    <name>StudyGroupModel</name>
    <message>
        <source>Growing</source>
        <translation>成長中</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平穩</translation>
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
        <translation>成長中：最近 30 天至少 30% 的成員活躍，且每位活躍成員發文 2 篇或以上。
已冷清：超過 14 天沒有活動，或 30 天內活躍成員不足 5%。
平穩：介於兩者之間。
以本機快取中最新的活動為準進行判斷。</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>入門</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中級</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小組</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Posts (30 d)</source>
        <translation>貼文（30 天）</translation>
    </message>
    <message>
        <source>Active (30 d)</source>
        <translation>活躍（30 天）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of members active in 30 days, %Ln posts, last activity %3.</source>
        <translation>
            <numerusform>%1：30 天內 %2% 的成員活躍，%Ln 篇貼文，最近活動於 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyGroupsView</name>
    <message>
        <source>Health: growing, steady or gone cold — hover over the Health column for how it is judged.</source>
        <translation>健康度：成長中、平穩或已冷清 — 將滑鼠移到「健康度」欄上可檢視判斷方式。</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>選擇一個小組以檢視其成員。</translation>
    </message>
    <message>
        <source>Make group admin</source>
        <translation>設為小組管理員</translation>
    </message>
    <message>
        <source>The selected member becomes an admin of this group (sent with the next sync).</source>
        <translation>所選成員將成為此小組的管理員（在下次同步時傳送）。</translation>
    </message>
    <message>
        <source>Show in member list</source>
        <translation>在成員清單中顯示</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成員</translation>
    </message>
    <message>
        <source>%1 becomes a group admin with the next sync.</source>
        <translation>下次同步後，%1 將成為小組管理員。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Password: </source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>steward sync: no password. Set STEWARD_PASSWORD or pipe it to standard input.</source>
        <translation>steward sync：沒有密碼。請設定 STEWARD_PASSWORD，或透過標準輸入傳入。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>unexpected fields or types</source>
        <translation>欄位或類型不符合預期</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>正在重試：%1</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步已在進行中。</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>本機快取未開啟。</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>正在傳送變更</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下載%1</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>正在接收變更</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped after %n attempt(s): %1 Your changes are kept and go out with the next sync.</source>
        <translation>
            <numerusform>同步在嘗試 %n 次後停止：%1 你的變更已保留，將在下次同步時傳送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln change(s) sent, %L1 received.</source>
        <translation>
            <numerusform>同步完成：傳送 %Ln 項變更，接收 %L1 項。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 個衝突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln 項被拒絕的變更</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your decision: %1.</source>
        <translation>等待你處理：%1。</translation>
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
        <translation>已中斷</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Show the conflicts in the Sync view</source>
        <translation>在同步檢視中查看衝突</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost, the next sync resumes</source>
        <translation>停止本次同步；不會遺失任何內容，下次同步會繼續</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Connected to the platform</source>
        <translation>已連線到平台</translation>
    </message>
    <message>
        <source>Working from the local cache; changes wait in the outbox</source>
        <translation>正在使用本機快取；變更在待同步佇列中等待</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>This cache has never been synced</source>
        <translation>此快取從未同步過</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待同步：%1</translation>
    </message>
    <message>
        <source>Changes made here that the server has not confirmed yet</source>
        <translation>在此所做、伺服器尚未確認的變更</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>衝突：%1</translation>
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
        <translation>未登入</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>No session: the cache is read and changes are queued</source>
        <translation>未登入：可以讀取快取，變更會排隊等待同步</translation>
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
        <translation>推送待同步的變更並拉取最新資料（F5）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Send my change again, against the server&apos;s current version</source>
        <translation>以伺服器目前版本為基礎重新傳送我的變更</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>採用對方的</translation>
    </message>
    <message>
        <source>Drop my change and keep what the server has</source>
        <translation>放棄我的變更，保留伺服器上的內容</translation>
    </message>
    <message>
        <source>Your role can read conflicts but not resolve them.</source>
        <translation>你的角色可以檢視衝突，但不能處理。</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被伺服器拒絕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>I have read why; remove it from the list</source>
        <translation>我已了解原因，從清單中移除</translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation>最近的同步記錄</translation>
    </message>
    <message>
        <source>Could not keep your change.</source>
        <translation>無法保留你的變更。</translation>
    </message>
    <message>
        <source>Your change will be sent again at the next sync.</source>
        <translation>你的變更將在下次同步時重新傳送。</translation>
    </message>
    <message>
        <source>Could not take the server&apos;s version.</source>
        <translation>無法採用伺服器的版本。</translation>
    </message>
    <message>
        <source>Your change was dropped; the server&apos;s version stays.</source>
        <translation>已放棄你的變更，保留伺服器的版本。</translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>待同步的變更（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>衝突（%1）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not signed in: changes wait here until you log in and sync.</source>
        <translation>未登入：變更會保留在這裡，直到你登入並同步。</translation>
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
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Not scored yet: segments are computed after a sync.</source>
        <translation>尚未評分：分群在同步後計算。</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <source>Posts + helpful answers a month, on average, before the last 30 days: (posts_total − posts_30 + helpful_answers_total − helpful_answers_30) ÷ (tenure in months − 1)</source>
        <translation>最近 30 天之前的月均貼文 + 有用回答：(posts_total − posts_30 + helpful_answers_total − helpful_answers_30) ÷ (入群月數 − 1)</translation>
    </message>
    <message>
        <source>Posts + helpful answers in the last 30 days (posts_30 + helpful_answers_30)</source>
        <translation>最近 30 天的貼文 + 有用回答（posts_30 + helpful_answers_30）</translation>
    </message>
    <message>
        <source>The last 30 days against the earlier monthly average</source>
        <translation>最近 30 天與此前月均值的對比</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary quintile scores, 1 (lowest fifth) to 5 (highest fifth)</source>
        <translation>最近度、頻率和消費的五分位評分，從 1（最低的五分之一）到 5（最高的五分之一）</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
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
        <translation>最近活躍</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費</translation>
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
        <translation>變化</translation>
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
        <translation>等級變更被拒絕：%1</translation>
    </message>
</context>
<context>
    <name>TierRuleEditor</name>
    <message>
        <source>all of these conditions (AND)</source>
        <translation>滿足以下全部條件（AND）</translation>
    </message>
    <message>
        <source>any of these conditions (OR)</source>
        <translation>滿足以下任一條件（OR）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>新增條件</translation>
    </message>
    <message>
        <source>The lowest tier has no conditions: every member starts here.</source>
        <translation>最低等級沒有條件：所有成員都從這裡開始。</translation>
    </message>
    <message>
        <source>A member below this tier&apos;s rules keeps the tier until this many days after they last qualified (or entered the tier). Promotion is always immediate.</source>
        <translation>成員不再滿足此等級的規則後，會在最後一次滿足條件（或進入該等級）後的這些天內保留該等級。晉升總是立即生效。</translation>
    </message>
    <message>
        <source>One privilege a line</source>
        <translation>每行一項權益</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Members qualify with:</source>
        <translation>成員滿足以下條件即可獲得：</translation>
    </message>
    <message>
        <source>Demotion &amp;grace:</source>
        <translation>降級寬限期(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Privileges:</source>
        <translation>權益(&amp;P)：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此條件</translation>
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
        <translation>等級 %1 使用「%2」組合其條件；應為「and」或「or」。</translation>
    </message>
    <message>
        <source>Tier %1 has a condition this console cannot read: %2</source>
        <translation>等級 %1 包含本控制台無法讀取的條件：%2</translation>
    </message>
    <message>
        <source>There are no tiers.</source>
        <translation>沒有任何等級。</translation>
    </message>
    <message>
        <source>The lowest tier (%1) has conditions: members who meet none of the rules would have no tier.</source>
        <translation>最低等級（%1）設有條件：不滿足任何規則的成員將沒有等級。</translation>
    </message>
    <message>
        <source>Tier %1 has no name.</source>
        <translation>等級 %1 沒有名稱。</translation>
    </message>
    <message>
        <source>Two tiers have the id %1.</source>
        <translation>有兩個等級的 ID 都是 %1。</translation>
    </message>
    <message>
        <source>%1 has no conditions: every member would reach it and no tier above it.</source>
        <translation>%1 沒有條件：所有成員都會達到該等級，其上的等級將無人達到。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>active days (30 days)</source>
        <translation>活躍天數（30 天）</translation>
    </message>
    <message>
        <source>posts (all time)</source>
        <translation>貼文（累計）</translation>
    </message>
    <message>
        <source>helpful answers (all time)</source>
        <translation>有用回答（累計）</translation>
    </message>
    <message>
        <source>tenure (days)</source>
        <translation>入群天數</translation>
    </message>
    <message>
        <source>spend (all time)</source>
        <translation>消費（累計）</translation>
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
        <translation>骨幹</translation>
    </message>
</context>
<context>
    <name>TierSizesModel</name>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>調整後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>In grace</source>
        <translation>寬限期內</translation>
    </message>
</context>
<context>
    <name>TiersView</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the tier one step higher</source>
        <translation>將該等級上移一級</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the tier one step lower</source>
        <translation>將該等級下移一級</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tiers, highest first:</source>
        <translation>等級（從高到低）：</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>還原編輯</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>套用…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rows: the tier members hold now. Columns: their tier under the edited rules. Click a cell to list those members.</source>
        <translation>列：成員目前的等級。欄：按編輯後的規則得到的等級。按一下儲存格可列出這些成員。</translation>
    </message>
    <message>
        <source>Tier sizes</source>
        <translation>各等級人數</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>原等級 → 新等級</translation>
    </message>
    <message>
        <source>Show all movers</source>
        <translation>顯示所有變動成員</translation>
    </message>
    <message>
        <source>Counting over the whole cache…</source>
        <translation>正在統計整個快取…</translation>
    </message>
    <message>
        <source>The what-if could not be computed: %1</source>
        <translation>無法計算假設分析結果：%1</translation>
    </message>
    <message>
        <source>No tiers in the local cache yet. Sync with the platform to load them.</source>
        <translation>本機快取中還沒有等級。請與平台同步以載入等級。</translation>
    </message>
    <message>
        <source>Members who would move (%1):</source>
        <translation>將變動的成員（%1）：</translation>
    </message>
    <message>
        <source>Members who would move in the chosen cell (%1 of %2):</source>
        <translation>所選儲存格中將變動的成員（%2 名中的 %1 名）：</translation>
    </message>
    <message>
        <source>Queue the rule changes and the members&apos; new tiers in the outbox; the next sync sends them.</source>
        <translation>將規則變更和成員的新等級加入待同步；下次同步時傳送。</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>新增等級</translation>
    </message>
    <message>
        <source>Name of the new tier:</source>
        <translation>新等級的名稱：</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>移除等級</translation>
    </message>
    <message>
        <source>Apply tier rules</source>
        <translation>套用等級規則</translation>
    </message>
    <message>
        <source>Queuing the tier changes (Members › Tiers); what is queued by then stays queued.</source>
        <translation>正在將等級變更加入待同步（成員 › 等級）；屆時已加入的變更會保留在待同步中。</translation>
    </message>
    <message numerus="yes">
        <source>With the edited rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members would move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>按編輯後的規則，%Ln 名成員中將有 &lt;b&gt;%1&lt;/b&gt; 名變動：晉升 %2 名，降級 %3 名，由規則安排 %4 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the current rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members are due to move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>按目前規則，%Ln 名成員中有 &lt;b&gt;%1&lt;/b&gt; 名應當變動：晉升 %2 名，降級 %3 名，由規則安排 %4 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members keep their tier during its grace period.</source>
        <translation>
            <numerusform>%Ln 名成員在寬限期內保留原等級。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold %1. After Apply they are placed by the remaining tiers&apos; rules. Remove it?</source>
        <translation>
            <numerusform>%Ln 名成員屬於%1。套用後，他們將按其餘等級的規則重新安排。確定移除嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue %1 and move %2 (%3 promoted, %4 demoted)?</source>
        <translation>要加入 %1 並調整 %2（晉升 %3 名，降級 %4 名）嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tier change(s)</source>
        <translation>
            <numerusform>%Ln 項等級變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 名成員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members start or keep a grace period.</source>
        <translation>
            <numerusform>%Ln 名成員將開始或繼續寬限期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync sends everything; each change can be undone until then.</source>
        <translation>下次同步時會傳送全部變更；在此之前，每項變更都可以復原。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln members moved before the cancel; they stay queued.</source>
        <translation>
            <numerusform>已取消：取消前已調整的 %Ln 名成員仍保留在待同步中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1 and %2.</source>
        <translation>已加入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members&apos; new tiers</source>
        <translation>
            <numerusform>%Ln 名成員的新等級</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members were skipped: their tier changed meanwhile.</source>
        <translation>
            <numerusform>已跳過 %Ln 名成員：他們的等級在此期間已發生變化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members with a locked tier never move.</source>
        <translation>
            <numerusform>%Ln 名已鎖定等級的成員不會變動。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionMatrixModel</name>
    <message>
        <source>from %1</source>
        <translation>從%1</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members would leave %1</source>
        <translation>
            <numerusform>%Ln 名成員將離開%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members stay in %1</source>
        <translation>
            <numerusform>%Ln 名成員留在%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members would move from %1 to %2</source>
        <translation>
            <numerusform>%Ln 名成員將從%1變為%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>TypeRoiModel</name>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>With results</source>
        <translation>已填寫結果</translation>
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
        <translation>晉升：符合更高等級的規則</translation>
    </message>
    <message>
        <source>demoted: below the tier&apos;s rules past the grace period</source>
        <translation>降級：寬限期已過，仍未達到該等級的規則</translation>
    </message>
    <message>
        <source>placed by the rules: their tier is not among these</source>
        <translation>依規則歸入：其原等級不在這些等級中</translation>
    </message>
    <message>
        <source>keeps the tier during the grace period</source>
        <translation>寬限期內保留等級</translation>
    </message>
    <message>
        <source>locked tier</source>
        <translation>等級已鎖定</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>(other or no tier)</source>
        <translation>（其他等級或無等級）</translation>
    </message>
</context>
</TS>
