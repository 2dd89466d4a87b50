<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
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
    <message numerus="yes">
        <source>The server is busy; trying again in %n second(s).</source>
        <translation>
            <numerusform>伺服器忙碌中，%n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy; trying again shortly.</source>
        <translation>伺服器忙碌中，稍後重試。</translation>
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
        <source>Showing the newest %1 entries</source>
        <translation>顯示最新的 %1 筆記錄</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 筆記錄</translation>
    </message>
    <message>
        <source>Who (username)</source>
        <translation>操作者（使用者名稱）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類型</translation>
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
        <translation>Steward（社群管家）— 社群營運控制台。

不帶命令時，在本機快取上開啟控制台（不需網路）。
命令：
  sync    登入，推送待同步的變更並將最新資料拉取到快取，然後結束。
          密碼從 STEWARD_PASSWORD 或標準輸入讀取。

用於示範和自動化：設定了 STEWARD_PASSWORD 時，帶 --server 和 --user
啟動的控制台會自動登入。</translation>
    </message>
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
        <source>Unknown command &quot;%1&quot;; the only command is sync.</source>
        <translation>未知命令「%1」；唯一的命令是 sync。</translation>
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
        <source>A new language takes effect when Steward starts again.</source>
        <translation>新語言將在 Steward 下次啟動時生效。</translation>
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
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>同步完成：傳送 %1 項變更，接收 %2 項。</translation>
    </message>
    <message>
        <source>%1 conflict(s) and %2 refused change(s) need your decision.</source>
        <translation>%1 個衝突和 %2 項被拒絕的變更需要你處理。</translation>
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
    <name>TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>跟隨系統</translation>
    </message>
</context>
</TS>
