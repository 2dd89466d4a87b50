<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbTestResult</name>
    <message numerus="yes">
        <source>not significant yet: about %Ln more exposures needed (%1)</source>
        <extracomment>%1 is the number of exposures, %2 the p-value as &quot;p = 0.34&quot;</extracomment>
        <translation>
            <numerusform>not significant yet: about %Ln more exposure needed (%1)</numerusform>
            <numerusform>not significant yet: about %Ln more exposures needed (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>Points per week, the last %Ln weeks: %1 earned, %2 spent.</source>
        <translation>
            <numerusform>Points per week, the last %Ln week: %1 earned, %2 spent.</numerusform>
            <numerusform>Points per week, the last %Ln weeks: %1 earned, %2 spent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server is busy (too many requests) and asked to wait %n second(s).</source>
        <translation>
            <numerusform>The server is busy (too many requests) and asked to wait %n second.</numerusform>
            <numerusform>The server is busy (too many requests) and asked to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <source>Showing the newest %Ln entries</source>
        <translation>
            <numerusform>Showing the newest %Ln entry</numerusform>
            <numerusform>Showing the newest %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message numerus="yes">
        <source>It holds at least %Ln change(s) not yet sent to the server; some of its pending changes could not be read.</source>
        <translation>
            <numerusform>It holds at least %Ln change not yet sent to the server; some of its pending changes could not be read.</numerusform>
            <numerusform>It holds at least %Ln changes not yet sent to the server; some of its pending changes could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln change(s) not yet sent to the server. Starting fresh carries them over into the new cache, and the next sync sends them.</source>
        <translation>
            <numerusform>It holds %Ln change not yet sent to the server. Starting fresh carries it over into the new cache, and the next sync sends it.</numerusform>
            <numerusform>It holds %Ln changes not yet sent to the server. Starting fresh carries them over into the new cache, and the next sync sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) waiting for your decision are carried over too.</source>
        <translation>
            <numerusform>%Ln conflict or refused change waiting for your decision is carried over too.</numerusform>
            <numerusform>%Ln conflicts or refused changes waiting for your decision are carried over too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent to the server were carried over and go out with the next sync.</source>
        <translation>
            <numerusform>%Ln change not yet sent to the server was carried over and goes out with the next sync.</numerusform>
            <numerusform>%Ln changes not yet sent to the server were carried over and go out with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) or refused change(s) wait for your decision in the Sync view.</source>
        <translation>
            <numerusform>%Ln conflict or refused change waits for your decision in the Sync view.</numerusform>
            <numerusform>%Ln conflicts or refused changes wait for your decision in the Sync view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet sent could not be carried over; they are still in the old file.</source>
        <translation>
            <numerusform>%Ln change not yet sent could not be carried over; it is still in the old file.</numerusform>
            <numerusform>%Ln changes not yet sent could not be carried over; they are still in the old file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message numerus="yes">
        <source>Segment: %1 (%Ln members)</source>
        <extracomment>%1 is a segment, %2 its number of members</extracomment>
        <translation>
            <numerusform>Segment: %1 (%Ln member)</numerusform>
            <numerusform>Segment: %1 (%Ln members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackQueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message numerus="yes">
        <source>%Ln tickets; %1 overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln ticket; %1 overdue (24-hour response target)</numerusform>
            <numerusform>%Ln tickets; %1 overdue (24-hour response target)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets; none overdue (24-hour response target)</source>
        <translation>
            <numerusform>%Ln ticket; not overdue (24-hour response target)</numerusform>
            <numerusform>%Ln tickets; none overdue (24-hour response target)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordRuleEditor</name>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope; the first %2 are listed.</source>
        <translation>
            <numerusform>Would match %1 of %Ln cached item in scope; the first %2 are listed.</numerusform>
            <numerusform>Would match %1 of %Ln cached items in scope; the first %2 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would match %1 of %Ln cached items in scope.</source>
        <translation>
            <numerusform>Would match %1 of %Ln cached item in scope.</numerusform>
            <numerusform>Would match %1 of %Ln cached items in scope.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiChartView</name>
    <message numerus="yes">
        <source>Only %n day(s) of it in the period</source>
        <translation>
            <numerusform>Only %n day of it in the period</numerusform>
            <numerusform>Only %n days of it in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiHeatMapDelegate</name>
    <message numerus="yes">
        <source>Cohort of the week of %1: %2 new members</source>
        <translation>
            <numerusform>Cohort of the week of %1: %2 new member</numerusform>
            <numerusform>Cohort of the week of %1: %2 new members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPane</name>
    <message numerus="yes">
        <source>Forecast, next %n days</source>
        <translation>
            <numerusform>Forecast, next %n day</numerusform>
            <numerusform>Forecast, next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n days) · figures up to %3</source>
        <translation>
            <numerusform>%1 – %2 (%n day) · figures up to %3</numerusform>
            <numerusform>%1 – %2 (%n days) · figures up to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting in the moderation queue now</source>
        <translation>
            <numerusform>%Ln item waiting in the moderation queue now</numerusform>
            <numerusform>%Ln items waiting in the moderation queue now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTileWidget</name>
    <message numerus="yes">
        <source>%1, %2.
This period: %3
Previous %Ln days (%4 – %5): %6
%7</source>
        <translation>
            <numerusform>%1, %2.
This period: %3
Previous %Ln day (%4 – %5): %6
%7</numerusform>
            <numerusform>%1, %2.
This period: %3
Previous %Ln days (%4 – %5): %6
%7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln entries.</source>
        <translation>
            <numerusform>The newest %1 of %Ln entry.</numerusform>
            <numerusform>The newest %1 of %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberListView</name>
    <message numerus="yes">
        <source>Exported %Ln members to %1.</source>
        <translation>
            <numerusform>Exported %Ln member to %1.</numerusform>
            <numerusform>Exported %Ln members to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationDetailPanel</name>
    <message numerus="yes">
        <source>%n item(s): %1 approved, %2 rejected, %3 escalated</source>
        <translation>
            <numerusform>%n item: %1 approved, %2 rejected, %3 escalated</numerusform>
            <numerusform>%n items: %1 approved, %2 rejected, %3 escalated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationQueuePage</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln items — pending sync.</source>
        <translation>
            <numerusform>%1: %2 of %Ln item — pending sync.</numerusform>
            <numerusform>%1: %2 of %Ln items — pending sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsImportCommand</name>
    <message numerus="yes">
        <source>Awards queued for the next sync: %1 (%Ln points in all).</source>
        <translation>
            <numerusform>Awards queued for the next sync: %1 (%Ln point in all).</numerusform>
            <numerusform>Awards queued for the next sync: %1 (%Ln points in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsImportDialog</name>
    <message numerus="yes">
        <source>Awards ready to queue: %1, %Ln points in all (%2).</source>
        <translation>
            <numerusform>Awards ready to queue: %1, %Ln point in all (%2).</numerusform>
            <numerusform>Awards ready to queue: %1, %Ln points in all (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectReasonDialog</name>
    <message numerus="yes">
        <source>Reject %n items</source>
        <translation>
            <numerusform>Reject %n item</numerusform>
            <numerusform>Reject %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderators made %Ln decisions, and %1 of them found a violation.</source>
        <extracomment>%1 is a percentage.</extracomment>
        <translation>
            <numerusform>Moderators made %Ln decision, and %1 of them found a violation.</numerusform>
            <numerusform>Moderators made %Ln decisions, and %1 of them found a violation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns, %1 spent</source>
        <extracomment>Under the campaign ROI tile: a number of campaigns, %1 money spent.</extracomment>
        <translation>
            <numerusform>%Ln campaign, %1 spent</numerusform>
            <numerusform>%Ln campaigns, %1 spent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Membership grew from %1 to %Ln members: %2 more (%3).</source>
        <extracomment>%1 is the number of members at the quarter&apos;s start, %2 the difference, %3 a percentage.</extracomment>
        <translation>
            <numerusform>Membership grew from %1 to %Ln member: %2 more (%3).</numerusform>
            <numerusform>Membership grew from %1 to %Ln members: %2 more (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln members.</source>
        <translation>
            <numerusform>The cache holds %Ln member.</numerusform>
            <numerusform>The cache holds %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them entered their current tier during the quarter.</source>
        <translation>
            <numerusform>%Ln of them entered their current tier during the quarter.</numerusform>
            <numerusform>%Ln of them entered their current tier during the quarter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are muted or banned.</source>
        <translation>
            <numerusform>%Ln is muted or banned.</numerusform>
            <numerusform>%Ln are muted or banned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln ledger entry</numerusform>
            <numerusform>%Ln ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earned points leave out the %Ln points of opening balances, which the ledger records once for every member when it begins.</source>
        <translation>
            <numerusform>Earned points leave out the %Ln point of opening balances, which the ledger records once for every member when it begins.</numerusform>
            <numerusform>Earned points leave out the %Ln points of opening balances, which the ledger records once for every member when it begins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold at least one badge. Badge counts are as of %1: the cache does not record when a badge was awarded.</source>
        <extracomment>%1 members with a badge; %2 a date. %1 is a date.</extracomment>
        <translation>
            <numerusform>%Ln member holds at least one badge. Badge counts are as of %1: the cache does not record when a badge was awarded.</numerusform>
            <numerusform>%Ln members hold at least one badge. Badge counts are as of %1: the cache does not record when a badge was awarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln violation</numerusform>
            <numerusform>%Ln violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items were waiting for a decision at the quarter&apos;s end.</source>
        <translation>
            <numerusform>%Ln item was waiting for a decision at the quarter&apos;s end.</numerusform>
            <numerusform>%Ln items were waiting for a decision at the quarter&apos;s end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cache holds %Ln items created this quarter; members reported %1 of them.</source>
        <extracomment>%1 is a number of items.</extracomment>
        <translation>
            <numerusform>The cache holds %Ln item created this quarter; members reported %1 of them.</numerusform>
            <numerusform>The cache holds %Ln items created this quarter; members reported %1 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily figures departed from their weekly pattern. Each is scored by how far it lies from the expected value, in robust standard deviations; 3.5 or more counts as an anomaly.</source>
        <translation>
            <numerusform>%Ln daily figure departed from its weekly pattern. Each is scored by how far it lies from the expected value, in robust standard deviations; 3.5 or more counts as an anomaly.</numerusform>
            <numerusform>%Ln daily figures departed from their weekly pattern. Each is scored by how far it lies from the expected value, in robust standard deviations; 3.5 or more counts as an anomaly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If the trend and the weekly pattern hold, %1 will average %2 daily active members (between %3 and %4) and bring about %Ln new members.</source>
        <extracomment>%1 is the next quarter, %2 to %4 numbers of daily active members; the count is of new members.</extracomment>
        <translation>
            <numerusform>If the trend and the weekly pattern hold, %1 will average %2 daily active members (between %3 and %4) and bring about %Ln new member.</numerusform>
            <numerusform>If the trend and the weekly pattern hold, %1 will average %2 daily active members (between %3 and %4) and bring about %Ln new members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not significant yet; about %Ln more exposures needed</source>
        <translation>
            <numerusform>Not significant yet; about %Ln more exposure needed</numerusform>
            <numerusform>Not significant yet; about %Ln more exposures needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%Ln pages, %L2 ms).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page, %L2 ms).</numerusform>
            <numerusform>Wrote %1 (%Ln pages, %L2 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message numerus="yes">
        <source>%Ln pages.</source>
        <translation>
            <numerusform>%Ln page.</numerusform>
            <numerusform>%Ln pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message numerus="yes">
        <source>last active %n day(s) ago</source>
        <translation>
            <numerusform>last active %n day ago</numerusform>
            <numerusform>last active %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message numerus="yes">
        <source>Members (not banned) whose last activity is more than %n day(s) ago, most recent first.</source>
        <translation>
            <numerusform>Members (not banned) whose last activity is more than %n day ago, most recent first.</numerusform>
            <numerusform>Members (not banned) whose last activity is more than %n days ago, most recent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln members.</source>
        <translation>
            <numerusform>Exported %Ln member.</numerusform>
            <numerusform>Exported %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyGroupModel</name>
    <message numerus="yes">
        <source>%1: %2% of members active in 30 days, %Ln posts, last activity %3.</source>
        <translation>
            <numerusform>%1: %2% of members active in 30 days, %Ln post, last activity %3.</numerusform>
            <numerusform>%1: %2% of members active in 30 days, %Ln posts, last activity %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>The sync stopped after %n attempt(s): %1 Your changes are kept and go out with the next sync.</source>
        <translation>
            <numerusform>The sync stopped after %n attempt: %1 Your changes are kept and go out with the next sync.</numerusform>
            <numerusform>The sync stopped after %n attempts: %1 Your changes are kept and go out with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln change(s) sent, %L1 received.</source>
        <translation>
            <numerusform>Synced: %Ln change sent, %L1 received.</numerusform>
            <numerusform>Synced: %Ln changes sent, %L1 received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln refused change</numerusform>
            <numerusform>%Ln refused changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierRuleEditor</name>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TiersView</name>
    <message numerus="yes">
        <source>With the edited rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members would move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>With the edited rules, &lt;b&gt;%1&lt;/b&gt; of %Ln member would move: %2 promoted, %3 demoted, %4 placed by the rules.</numerusform>
            <numerusform>With the edited rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members would move: %2 promoted, %3 demoted, %4 placed by the rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the current rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members are due to move: %2 promoted, %3 demoted, %4 placed by the rules.</source>
        <translation>
            <numerusform>With the current rules, &lt;b&gt;%1&lt;/b&gt; of %Ln member is due to move: %2 promoted, %3 demoted, %4 placed by the rules.</numerusform>
            <numerusform>With the current rules, &lt;b&gt;%1&lt;/b&gt; of %Ln members are due to move: %2 promoted, %3 demoted, %4 placed by the rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members keep their tier during its grace period.</source>
        <translation>
            <numerusform>%Ln member keeps their tier during its grace period.</numerusform>
            <numerusform>%Ln members keep their tier during its grace period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members hold %1. After Apply they are placed by the remaining tiers&apos; rules. Remove it?</source>
        <translation>
            <numerusform>%Ln member holds %1. After Apply they are placed by the remaining tiers&apos; rules. Remove it?</numerusform>
            <numerusform>%Ln members hold %1. After Apply they are placed by the remaining tiers&apos; rules. Remove it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tier change(s)</source>
        <translation>
            <numerusform>%Ln tier change</numerusform>
            <numerusform>%Ln tier changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members start or keep a grace period.</source>
        <translation>
            <numerusform>%Ln member starts or keeps a grace period.</numerusform>
            <numerusform>%Ln members start or keep a grace period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln members moved before the cancel; they stay queued.</source>
        <translation>
            <numerusform>Cancelled: %Ln member moved before the cancel; the move stays queued.</numerusform>
            <numerusform>Cancelled: %Ln members moved before the cancel; they stay queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members&apos; new tiers</source>
        <translation>
            <numerusform>%Ln member&apos;s new tier</numerusform>
            <numerusform>%Ln members&apos; new tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members were skipped: their tier changed meanwhile.</source>
        <translation>
            <numerusform>%Ln member was skipped: their tier changed meanwhile.</numerusform>
            <numerusform>%Ln members were skipped: their tier changed meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members with a locked tier never move.</source>
        <translation>
            <numerusform>%Ln member with a locked tier never moves.</numerusform>
            <numerusform>%Ln members with a locked tier never move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionMatrixModel</name>
    <message numerus="yes">
        <source>%Ln members would leave %1</source>
        <translation>
            <numerusform>%Ln member would leave %1</numerusform>
            <numerusform>%Ln members would leave %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members stay in %1</source>
        <translation>
            <numerusform>%Ln member stays in %1</numerusform>
            <numerusform>%Ln members stay in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members would move from %1 to %2</source>
        <translation>
            <numerusform>%Ln member would move from %1 to %2</numerusform>
            <numerusform>%Ln members would move from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
