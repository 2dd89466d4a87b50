#include "demoseeder.h"

#include "platformdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// How far the seeded history reaches, in days before today.
constexpr int kHistoryDays = 1095;  // the community is about three years old
constexpr int kMetricDays = 430;    // metric_day rows, ending yesterday
constexpr int kWarmupDays = 30;     // simulated before the first metric day so WAU/MAU start full
constexpr int kLedgerDays = 90;     // the points ledger opens this many days ago
constexpr int kFutureDays = 400;    // planned campaigns, mutes
constexpr int kRecentDays = 30;     // the members' *_30 counters

// ---------------------------------------------------------------------------------------
// JSON writing. Members and ledger entries are written by hand because a million
// QJsonObjects cost seconds; the escaper is complete so any text is safe to pass.
void appendEscaped(QByteArray &out, const char *s, qsizetype n)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s + start, i - start);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        }
        }
        start = i + 1;
    }
    out.append(s + start, n - start);
    out += '"';
}

void jStr(QByteArray &out, const QByteArray &utf8) { appendEscaped(out, utf8.constData(), utf8.size()); }
void jStr(QByteArray &out, const QString &s) { jStr(out, s.toUtf8()); }

void jInt(QByteArray &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

// Money is kept in cents so sums stay exact; written with two decimals.
void jMoney(QByteArray &out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    jInt(out, cents / 100);
    const char frac[3] = {'.', char('0' + (cents % 100) / 10), char('0' + cents % 10)};
    out.append(frac, 3);
}

void jFixed(QByteArray &out, double v, int decimals)
{
    char buf[48];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    out.append(buf, r.ptr - buf);
}

void jTime(QByteArray &out, qint64 epoch)
{
    if (epoch == 0) {
        out += "null";
        return;
    }
    out += '"';
    out += DemoSeeder::isoUtc(epoch);
    out += '"';
}

QByteArray idText(qint64 id) { return QByteArray::number(id); }

// 1..n in the order of their decimal strings (1, 10, 100, ..., 11, 110, ...). Rows are
// inserted in this order so the (entity, id) index grows at its end instead of at random
// places: at a million members that is the difference between appending and thrashing.
std::vector<qint64> lexicalOrder(qint64 n)
{
    std::vector<qint64> out;
    out.reserve(size_t(std::max<qint64>(0, n)));
    qint64 cur = 1;
    for (qint64 i = 0; i < n; ++i) {
        out.push_back(cur);
        if (cur * 10 <= n) {
            cur *= 10;
        } else {
            while (cur % 10 == 9 || cur + 1 > n)
                cur /= 10;
            ++cur;
        }
    }
    return out;
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// ---------------------------------------------------------------------------------------
// Names. Each Han entry: Simplified, Traditional, pinyin (for handles).
struct Han {
    const char *simp;
    const char *trad;
    const char *pinyin;
};

// Common surnames, most frequent first (the weights fall off with the rank).
const Han kSurnames[] = {
    {"王", "王", "wang"}, {"李", "李", "li"}, {"张", "張", "zhang"}, {"刘", "劉", "liu"},
    {"陈", "陳", "chen"}, {"杨", "楊", "yang"}, {"黄", "黃", "huang"}, {"赵", "趙", "zhao"},
    {"吴", "吳", "wu"}, {"周", "周", "zhou"}, {"徐", "徐", "xu"}, {"孙", "孫", "sun"},
    {"马", "馬", "ma"}, {"朱", "朱", "zhu"}, {"胡", "胡", "hu"}, {"郭", "郭", "guo"},
    {"何", "何", "he"}, {"林", "林", "lin"}, {"高", "高", "gao"}, {"罗", "羅", "luo"},
    {"郑", "鄭", "zheng"}, {"梁", "梁", "liang"}, {"谢", "謝", "xie"}, {"宋", "宋", "song"},
    {"唐", "唐", "tang"}, {"许", "許", "xu"}, {"韩", "韓", "han"}, {"冯", "馮", "feng"},
    {"邓", "鄧", "deng"}, {"曹", "曹", "cao"}, {"彭", "彭", "peng"}, {"曾", "曾", "zeng"},
    {"萧", "蕭", "xiao"}, {"田", "田", "tian"}, {"董", "董", "dong"}, {"潘", "潘", "pan"},
    {"袁", "袁", "yuan"}, {"蔡", "蔡", "cai"}, {"蒋", "蔣", "jiang"}, {"余", "余", "yu"},
    {"于", "于", "yu"}, {"杜", "杜", "du"}, {"叶", "葉", "ye"}, {"程", "程", "cheng"},
    {"魏", "魏", "wei"}, {"苏", "蘇", "su"}, {"吕", "呂", "lv"}, {"丁", "丁", "ding"},
    {"任", "任", "ren"}, {"卢", "盧", "lu"}, {"沈", "沈", "shen"}, {"钟", "鍾", "zhong"},
    {"姜", "姜", "jiang"}, {"崔", "崔", "cui"}, {"谭", "譚", "tan"}, {"陆", "陸", "lu"},
    {"范", "范", "fan"}, {"汪", "汪", "wang"}, {"廖", "廖", "liao"}, {"石", "石", "shi"},
    {"金", "金", "jin"}, {"贾", "賈", "jia"}, {"夏", "夏", "xia"}, {"付", "付", "fu"},
    {"方", "方", "fang"}, {"邹", "鄒", "zou"}, {"熊", "熊", "xiong"}, {"白", "白", "bai"},
    {"孟", "孟", "meng"}, {"秦", "秦", "qin"}, {"邱", "邱", "qiu"}, {"侯", "侯", "hou"},
    {"江", "江", "jiang"}, {"尹", "尹", "yin"}, {"薛", "薛", "xue"},
};
// Compound surnames: rare, and always with a one-character given name (3 characters).
const Han kCompoundSurnames[] = {
    {"欧阳", "歐陽", "ouyang"}, {"司马", "司馬", "sima"}, {"上官", "上官", "shangguan"},
    {"诸葛", "諸葛", "zhuge"}, {"慕容", "慕容", "murong"},
};
const Han kGiven[] = {
    {"伟", "偉", "wei"}, {"芳", "芳", "fang"}, {"娜", "娜", "na"}, {"敏", "敏", "min"},
    {"静", "靜", "jing"}, {"丽", "麗", "li"}, {"强", "強", "qiang"}, {"磊", "磊", "lei"},
    {"军", "軍", "jun"}, {"洋", "洋", "yang"}, {"勇", "勇", "yong"}, {"艳", "艷", "yan"},
    {"杰", "傑", "jie"}, {"娟", "娟", "juan"}, {"涛", "濤", "tao"}, {"明", "明", "ming"},
    {"超", "超", "chao"}, {"秀", "秀", "xiu"}, {"霞", "霞", "xia"}, {"平", "平", "ping"},
    {"刚", "剛", "gang"}, {"英", "英", "ying"}, {"华", "華", "hua"}, {"玉", "玉", "yu"},
    {"萍", "萍", "ping"}, {"红", "紅", "hong"}, {"玲", "玲", "ling"}, {"建", "建", "jian"},
    {"国", "國", "guo"}, {"文", "文", "wen"}, {"辉", "輝", "hui"}, {"鹏", "鵬", "peng"},
    {"宇", "宇", "yu"}, {"浩", "浩", "hao"}, {"然", "然", "ran"}, {"子", "子", "zi"},
    {"轩", "軒", "xuan"}, {"梓", "梓", "zi"}, {"涵", "涵", "han"}, {"欣", "欣", "xin"},
    {"怡", "怡", "yi"}, {"晨", "晨", "chen"}, {"思", "思", "si"}, {"雨", "雨", "yu"},
    {"佳", "佳", "jia"}, {"嘉", "嘉", "jia"}, {"俊", "俊", "jun"}, {"博", "博", "bo"},
    {"凯", "凱", "kai"}, {"昊", "昊", "hao"}, {"天", "天", "tian"}, {"一", "一", "yi"},
    {"诺", "諾", "nuo"}, {"可", "可", "ke"}, {"心", "心", "xin"}, {"悦", "悅", "yue"},
    {"婷", "婷", "ting"}, {"雪", "雪", "xue"}, {"琳", "琳", "lin"}, {"晓", "曉", "xiao"},
    {"志", "志", "zhi"}, {"海", "海", "hai"}, {"鑫", "鑫", "xin"}, {"波", "波", "bo"},
    {"斌", "斌", "bin"}, {"宁", "寧", "ning"}, {"安", "安", "an"}, {"乐", "樂", "le"},
    {"诗", "詩", "shi"}, {"梦", "夢", "meng"}, {"瑶", "瑤", "yao"}, {"泽", "澤", "ze"},
    {"睿", "睿", "rui"}, {"航", "航", "hang"}, {"远", "遠", "yuan"}, {"峰", "峰", "feng"},
    {"彤", "彤", "tong"}, {"颖", "穎", "ying"}, {"薇", "薇", "wei"}, {"慧", "慧", "hui"},
    {"清", "清", "qing"}, {"岚", "嵐", "lan"}, {"书", "書", "shu"}, {"云", "雲", "yun"},
};
// No English name starts with "u", so a natural handle never ends in "_u<digits>",
// the form reserved for collision fallbacks and live signups.
const char *const kEnFirst[] = {
    "Emily", "Daniel", "Sophie", "James", "Olivia", "Michael", "Grace", "David", "Hannah",
    "Kevin", "Lucy", "Ryan", "Chloe", "Jason", "Amy", "Eric", "Jessica", "Brian", "Nina",
    "Alex", "Sarah", "Tom", "Iris", "Leo", "Vivian", "Sam", "Cindy", "Jack", "Helen",
    "Oscar", "Mia", "Peter", "Zoe", "Henry", "Anna", "Frank", "Ivy", "Mark", "Wendy",
    "Ben", "Kate", "Tony", "Rachel", "Victor", "Laura", "Simon", "Elena", "Martin", "Fiona",
};
const char *const kEnLast[] = {
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Clarke",
    "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
    "Wood", "Harris", "Martin", "Cooper", "King", "Lee", "Chen", "Wang", "Li", "Zhang", "Liu",
    "Huang", "Lin", "Ng", "Tan", "Wong", "Lam", "Cheung", "Ho", "Kim", "Park", "Nguyen",
    "Garcia", "Muller", "Rossi", "Silva", "Schmidt",
};

QByteArray lower(const char *s) { return QByteArray(s).toLower(); }

// Weights of the surnames by rank, summed once.
const std::vector<double> &surnameCumulative()
{
    static const std::vector<double> c = [] {
        std::vector<double> v;
        double sum = 0;
        for (size_t i = 0; i < std::size(kSurnames); ++i) {
            sum += 1.0 / std::pow(double(i) + 2.0, 0.85);
            v.push_back(sum);
        }
        return v;
    }();
    return c;
}

// ---------------------------------------------------------------------------------------
// Moderation content. {t} topic, {n} a number, {l} a link, {w} a messenger id.
const char *const kTopicsEn[] = {"Python", "machine learning", "data analysis", "IELTS speaking",
                                 "algorithms", "front-end development", "deep learning",
                                 "resume writing", "job interviews", "SQL", "TOEFL writing"};
const char *const kTopicsZh[] = {"Python 入门", "机器学习", "数据分析", "雅思口语", "算法题",
                                 "前端开发", "深度学习", "简历", "面试", "SQL", "考研英语"};
const char *const kTopicsTw[] = {"Python 入門", "機器學習", "資料分析", "雅思口說", "演算法",
                                 "前端開發", "深度學習", "履歷", "面試", "SQL", "多益"};
const char *const kTopicBoards[] = {"Python", "Machine Learning", "Data Analysis",
                                    "English Corner", "Algorithms", "Web Development",
                                    "Machine Learning", "Career", "Career", "Data Analysis",
                                    "English Corner"};

struct Texts {
    const char *titles[8];
    const char *bodies[8]; // 1-3 of them are joined; unused slots are null
};

// Indexed [nature][language: en, zh_CN, zh_TW].
const Texts kPostTexts[9][3] = {
    // Question
    {{{"How do I get started with {t}?", "Stuck on {t} — any advice?",
       "Best resources for {t}?", "Why does my {t} exercise keep failing?",
       "Looking for a study partner for {t}", "Is {t} worth it for a career change?",
       "Question about last week's {t} session"},
      {"I've been studying {t} for about {n} weeks and I keep getting stuck on the basics.",
       "I followed the group notes step by step but my results don't match the example.",
       "Could anyone recommend a structured learning path?", "Thanks in advance!",
       "Here is what I tried so far, any pointers appreciated.",
       "Our group meets on Thursdays if anyone wants to join."}},
     {{"{t}该从哪里开始学？", "请教一个关于{t}的问题", "{t}学习打卡第{n}天",
       "求推荐{t}的入门资料", "有没有一起学{t}的小伙伴？", "{t}报错了，求大神帮忙看看",
       "转行学{t}来得及吗？"},
      {"我自学{t}大概{n}周了，感觉基础还是不太扎实。",
       "按照群里的笔记操作了一遍，结果和预期不一样，不知道哪里出了问题。",
       "有没有比较系统的学习路线推荐？", "先谢谢大家了！", "附上我的代码片段，麻烦帮忙看看。",
       "每周四晚上我们小组有线上讨论，欢迎加入。"}},
     {{"{t}該從哪裡開始學？", "請教一個關於{t}的問題", "有沒有一起學{t}的夥伴？",
       "{t}出現錯誤，求高手幫忙", "想轉職學{t}還來得及嗎？"},
      {"我自學{t}大概{n}週了，覺得基礎還不太紮實。", "照著社群的筆記做了一遍，結果和預期不一樣。",
       "有沒有比較系統的學習路線推薦？", "先謝謝大家！", "附上我的程式碼，麻煩幫忙看看。"}}},
    // Share
    {{{"My notes from the {t} study group (week {n})", "Finished my first {t} project!",
       "{t}: the cheat sheet I wish I had", "Passed! My {t} preparation in {n} weeks"},
      {"Sharing my summary in case it helps anyone. Feedback welcome.",
       "It took me {n} weeks but it finally works.", "Big thanks to everyone in the group!",
       "Slides and exercises are in the group files."}},
     {{"分享：{t}学习笔记（第{n}周）", "终于完成了第一个{t}项目！", "{t}常用知识点整理",
       "上岸了！我的{t}备考经验"},
      {"整理了一份总结，希望对大家有帮助，欢迎指正。", "前后花了{n}周，终于跑通了。",
       "感谢小组里每一位伙伴的帮助！", "资料已经上传到小组文件里了。"}},
     {{"分享：{t}學習筆記（第{n}週）", "終於完成第一個{t}專案！", "{t}重點整理"},
      {"整理了一份摘要，希望對大家有幫助。", "前後花了{n}週，終於成功了。",
       "感謝社群每一位夥伴！"}}},
    // Spam
    {{{"Earn $500/day from home — no experience needed", "FREE {t} course download, limited time",
       "Make money online fast!!!", "Get 1000 followers in one day"},
      {"Click here: {l} to claim now!!!", "Only {n} spots left, hurry.",
       "100% guaranteed, no risk.", "DM me or visit {l}"}},
     {{"日赚500元，在家就能做", "免费领取{t}全套课程", "兼职刷单，日结工资", "点赞关注送红包"},
      {"加微信 {w} 或点击 {l} 立即领取！", "名额仅剩{n}个，先到先得！", "稳赚不赔，无需经验。",
       "私聊我，或者访问 {l}"}},
     {{"在家工作日賺500元", "免費領取{t}全套課程", "兼職刷單，日結薪水"},
      {"加LINE {w} 或點擊 {l} 立即領取！", "名額只剩{n}個，先搶先贏！", "穩賺不賠，不需經驗。"}}},
    // Ads
    {{{"{t} bootcamp — 70% off today only", "Essay writing service, guaranteed grades",
       "Cheap VPN for students"},
      {"Our {t} bootcamp guarantees a job offer. Sign up at {l} with code STEWARD{n}.",
       "Professional team, fast delivery. Contact {l}.", "Discount ends tonight!"}},
     {{"{t}培训班限时七折", "代写作业、代考{t}，价格优惠", "学生专享低价会员"},
      {"专业团队，包过！咨询 {l} 。", "报名请加微信 {w}，优惠码 STEWARD{n}。", "今晚截止，手慢无！"}},
     {{"{t}補習班限時七折", "代寫作業，價格優惠"},
      {"專業團隊，保證通過！諮詢 {l} 。", "報名請加LINE {w}。"}}},
    // Abuse
    {{{"You clearly have no idea what you're talking about", "Worst answer I've ever read",
       "Stop spamming the group with dumb questions"},
      {"Stop posting garbage about {t}. Nobody wants to read your stupid questions.",
       "Just leave, seriously.", "People like you are why this group is useless."}},
     {{"楼上的别在这丢人了", "这种问题也好意思问？", "什么水平也来教别人"},
      {"问这种问题也好意思发出来？{t}都不会还学什么。", "赶紧滚出这个群吧。",
       "就是你们这种人把小组搞得乌烟瘴气。"}},
     {{"樓上別在這裡丟臉了", "這種問題也好意思問？"},
      {"問這種問題也好意思發？連{t}都不會還學什麼。", "快滾出這個群吧。"}}},
    // Off-topic
    {{{"Anyone selling concert tickets for Saturday?", "Best hotpot place near the office?",
       "Who's watching the game tonight?"},
      {"Not related to {t} but does anyone have two tickets?", "Sorry for the off-topic post."}},
     {{"有人周末一起打游戏吗", "出二手自行车，九成新", "公司附近哪家火锅好吃？"},
      {"和{t}无关，大家随便聊聊。", "打扰了，纯闲聊。"}},
     {{"週末有人一起打球嗎", "出二手腳踏車，九成新"}, {"和{t}無關，隨便聊聊。", "打擾了。"}}},
    // Misinformation
    {{{"{t} certificates are no longer recognised by employers", "BREAKING: all {t} exams cancelled next year"},
      {"A friend at the ministry told me, share before it's deleted!",
       "Official announcement coming soon, everyone should know."}},
     {{"紧急通知：{t}考试明年取消！", "内部消息：{t}证书明年作废"},
      {"内部消息，转发周知，官方很快会删帖。", "我朋友在教育部，消息绝对可靠。"}},
     {{"緊急通知：{t}考試明年取消！"}, {"內部消息，轉發周知，官方很快會刪文。"}}},
    // NSFW
    {{{"Hot singles in your area", "Private photos, 18+ only"}, {"Private photos at {l} (18+)", "Add me: {w}"}},
     {{"寂寞了吗？私聊看照片", "成人视频免费看"}, {"成人内容，点击 {l}", "加我 {w}"}},
     {{"寂寞嗎？私訊看照片"}, {"成人內容，點擊 {l}"}}},
    // Markup: text carrying HTML, script and characters that need escaping
    {{{"Why does <script>alert(1)</script> show up in my page?", "<b>Important</b>: {t} resources",
       "Quotes \"inside\" a title & a backslash \\ too"},
      {"I pasted <script>alert(1)</script> into the comment box and <b>nothing</b> happened.",
       "Also tried <img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">this link</a>.",
       "Path on my machine: C:\\Users\\me\\notes.txt — \"works\" for me.",
       "<b>Bold</b> and <i>italic</i> should be shown as text, not markup."}},
     {{"<b>重要</b>：{t}资料汇总", "为什么 <script>alert(1)</script> 会显示出来？"},
      {"<b>加粗</b>的部分是重点，<i>斜体</i>是补充。", "<script>alert('xss')</script>",
       "<a href=\"{l}\">点击领取</a> <b>限时免费</b>"}},
     {{"<b>重要</b>：{t}資料彙整"}, {"<b>粗體</b>是重點。<script>alert(1)</script>"}}},
};

const char *pick(DemoSeeder::Engine &rng, std::initializer_list<const char *> list)
{
    return list.begin()[DemoSeeder::uniformInt(rng, 0, qint64(list.size()) - 1)];
}

const char *pick(DemoSeeder::Engine &rng, const char *const (&list)[8])
{
    int n = 0;
    while (n < 8 && list[n])
        ++n;
    return list[DemoSeeder::uniformInt(rng, 0, n - 1)];
}

QString randomLink(DemoSeeder::Engine &rng)
{
    static const char alnum[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alnum[DemoSeeder::uniformInt(rng, 0, sizeof alnum - 2)]);
    switch (DemoSeeder::uniformInt(rng, 0, 3)) {
    case 0: return u"https://t.cn/"_s + code;
    case 1: return u"http://bit.ly/"_s + code;
    case 2: return u"http://free-course.example.com/?ref="_s + code;
    default: return u"www.easy-money-"_s + code.toLower() + u".cn"_s;
    }
}

// ---------------------------------------------------------------------------------------
// Calendar helpers.
QDate springFestival(int year)
{
    switch (year) {
    case 2020: return {2020, 1, 25};
    case 2021: return {2021, 2, 12};
    case 2022: return {2022, 2, 1};
    case 2023: return {2023, 1, 22};
    case 2024: return {2024, 2, 10};
    case 2025: return {2025, 1, 29};
    case 2026: return {2026, 2, 17};
    case 2027: return {2027, 2, 6};
    case 2028: return {2028, 1, 26};
    case 2029: return {2029, 2, 13};
    case 2030: return {2030, 2, 3};
    case 2031: return {2031, 1, 23};
    case 2032: return {2032, 2, 11};
    case 2033: return {2033, 1, 31};
    case 2034: return {2034, 2, 19};
    case 2035: return {2035, 2, 8};
    default: return {year, 2, 5}; // close enough outside the table
    }
}

// Activity multiplier for holidays: Spring Festival week (-35 %) and National Day (-28 %).
double holidayFactor(const QDate &date)
{
    const qint64 fromSpring = springFestival(date.year()).daysTo(date);
    if (fromSpring >= -1 && fromSpring <= 6)
        return 0.65;
    if (fromSpring == -2 || fromSpring == 7 || fromSpring == 8)
        return 0.85;
    if (date.month() == 10 && date.day() <= 7)
        return 0.72;
    return 1.0;
}

const double kWeekdayActivity[8] = {0, 1.0, 1.02, 1.03, 1.0, 0.94, 0.74, 0.78}; // [dayOfWeek]

const char *const kModerators[] = {"moderator", "moderator", "moderator", "lin", "lin", "manager"};

} // namespace

// =========================================================================================
// Randomness

double DemoSeeder::uniformReal(Engine &rng, double lo, double hi)
{
    return lo + (hi - lo) * uniform01(rng);
}

double DemoSeeder::normal(Engine &rng)
{
    const double u1 = 1.0 - uniform01(rng); // (0, 1]
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double DemoSeeder::pareto(Engine &rng, double xm, double alpha)
{
    return xm / std::pow(1.0 - uniform01(rng), 1.0 / alpha);
}

int DemoSeeder::poisson(Engine &rng, double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 12)
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal(rng))));
    // Knuth: multiply uniforms until the product drops under e^-mean.
    const double limit = std::exp(-mean);
    int k = 0;
    double p = uniform01(rng);
    while (p > limit) {
        ++k;
        p *= uniform01(rng);
    }
    return k;
}

int DemoSeeder::weightedIndex(Engine &rng, const double *weights, int n)
{
    double total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    double x = uniform01(rng) * total;
    for (int i = 0; i < n; ++i) {
        x -= weights[i];
        if (x < 0)
            return i;
    }
    return n - 1;
}

// =========================================================================================
// Tiers

QList<DemoSeeder::Tier> DemoSeeder::defaultTiers()
{
    QList<Tier> tiers;
    tiers.append({u"newcomer"_s, u"Newcomer"_s, 0, false, {},
                  {u"Ask questions and comment in every board"_s,
                   u"Join up to three study groups"_s, u"Take part in campaigns"_s},
                  30});
    // Any one sign of commitment is enough to become a regular.
    tiers.append({u"regular"_s, u"Regular"_s, 1, true,
                  {{Field::Points, Cmp::Ge, 100}, {Field::ActiveDays30, Cmp::Ge, 6},
                   {Field::PostsTotal, Cmp::Ge, 8}, {Field::SpendTotal, Cmp::Ge, 300}},
                  {u"Upload images and attachments"_s, u"Start polls"_s,
                   u"Join any number of study groups"_s},
                  14});
    tiers.append({u"core"_s, u"Core"_s, 2, false,
                  {{Field::Points, Cmp::Ge, 600}, {Field::PostsTotal, Cmp::Ge, 30},
                   {Field::HelpfulAnswersTotal, Cmp::Ge, 10}, {Field::TenureDays, Cmp::Ge, 90}},
                  {u"Edit own posts at any time"_s, u"Nominate featured posts"_s,
                   u"Early access to campaigns"_s, u"10% off paid courses"_s},
                  30});
    tiers.append({u"backbone"_s, u"Backbone"_s, 3, false,
                  {{Field::Points, Cmp::Ge, 2000}, {Field::HelpfulAnswersTotal, Cmp::Ge, 50},
                   {Field::ActiveDays30, Cmp::Ge, 12}, {Field::TenureDays, Cmp::Ge, 180}},
                  {u"Help moderate study groups"_s, u"Invitation to the backbone salon"_s,
                   u"One free seat at an offline event each quarter"_s,
                   u"Direct line to the community team"_s},
                  30});
    return tiers;
}

namespace {
const char *const kFieldNames[] = {"points", "active_days_30", "posts_total",
                                   "helpful_answers_total", "tenure_days", "spend_total"};
const char *const kCmpNames[] = {">=", ">", "<=", "<", "=="};
} // namespace

QJsonObject DemoSeeder::tierToJson(const Tier &tier)
{
    QJsonArray conditions;
    for (const Condition &c : tier.conditions)
        conditions.append(QJsonObject{
            {u"field"_s, QString::fromLatin1(kFieldNames[int(c.field)])},
            {u"cmp"_s, QString::fromLatin1(kCmpNames[int(c.cmp)])},
            {u"value"_s, c.value}});
    return QJsonObject{
        {u"id"_s, tier.id},
        {u"name"_s, tier.name},
        {u"order"_s, tier.order},
        {u"rules"_s, QJsonObject{{u"op"_s, tier.anyOf ? u"or"_s : u"and"_s},
                                 {u"conditions"_s, conditions}}},
        {u"privileges"_s, QJsonArray::fromStringList(tier.privileges)},
        {u"demotion_grace_days"_s, tier.demotionGraceDays},
    };
}

std::optional<DemoSeeder::Tier> DemoSeeder::tierFromJson(const QJsonObject &o)
{
    Tier t;
    t.id = o.value(u"id"_s).toString();
    t.name = o.value(u"name"_s).toString();
    t.order = o.value(u"order"_s).toInt();
    const QJsonObject rules = o.value(u"rules"_s).toObject();
    t.anyOf = rules.value(u"op"_s).toString() == u"or"_s;
    for (const QJsonValue &v : rules.value(u"conditions"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString field = c.value(u"field"_s).toString();
        const QString cmp = c.value(u"cmp"_s).toString();
        Condition cond;
        const auto f = std::find_if(std::begin(kFieldNames), std::end(kFieldNames),
                                    [&](const char *n) { return field == QLatin1StringView(n); });
        const auto k = std::find_if(std::begin(kCmpNames), std::end(kCmpNames),
                                    [&](const char *n) { return cmp == QLatin1StringView(n); });
        if (f == std::end(kFieldNames) || k == std::end(kCmpNames))
            return std::nullopt;
        cond.field = Field(f - std::begin(kFieldNames));
        cond.cmp = Cmp(k - std::begin(kCmpNames));
        cond.value = c.value(u"value"_s).toDouble();
        t.conditions.append(cond);
    }
    for (const QJsonValue &v : o.value(u"privileges"_s).toArray())
        t.privileges.append(v.toString());
    t.demotionGraceDays = o.value(u"demotion_grace_days"_s).toInt(30);
    return t;
}

bool DemoSeeder::meets(const Tier &tier, const MemberFigures &m)
{
    if (tier.conditions.isEmpty())
        return true;
    for (const Condition &c : tier.conditions) {
        double v = 0;
        switch (c.field) {
        case Field::Points: v = m.points; break;
        case Field::ActiveDays30: v = m.activeDays30; break;
        case Field::PostsTotal: v = m.postsTotal; break;
        case Field::HelpfulAnswersTotal: v = m.helpfulAnswersTotal; break;
        case Field::TenureDays: v = m.tenureDays; break;
        case Field::SpendTotal: v = m.spendTotal; break;
        }
        bool ok = false;
        switch (c.cmp) {
        case Cmp::Ge: ok = v >= c.value; break;
        case Cmp::Gt: ok = v > c.value; break;
        case Cmp::Le: ok = v <= c.value; break;
        case Cmp::Lt: ok = v < c.value; break;
        case Cmp::Eq: ok = v == c.value; break;
        }
        if (tier.anyOf && ok)
            return true;
        if (!tier.anyOf && !ok)
            return false;
    }
    return !tier.anyOf;
}

QString DemoSeeder::evaluateTier(const MemberFigures &figures, const QList<Tier> &tiers)
{
    const Tier *best = nullptr;
    for (const Tier &t : tiers) {
        if ((!best || t.order > best->order) && meets(t, figures))
            best = &t;
    }
    return best ? best->id : QString();
}

QString DemoSeeder::evaluateTier(const MemberFigures &figures)
{
    static const QList<Tier> tiers = defaultTiers();
    return evaluateTier(figures, tiers);
}

DemoSeeder::MemberFigures DemoSeeder::figuresOf(const QJsonObject &member, const QDateTime &now)
{
    MemberFigures f;
    f.points = member.value(u"points"_s).toDouble();
    f.activeDays30 = member.value(u"active_days_30"_s).toDouble();
    f.postsTotal = member.value(u"posts_total"_s).toDouble();
    f.helpfulAnswersTotal = member.value(u"helpful_answers_total"_s).toDouble();
    f.spendTotal = member.value(u"spend_total"_s).toDouble();
    const QDateTime joined = QDateTime::fromString(member.value(u"joined_at"_s).toString(), Qt::ISODate);
    if (joined.isValid())
        f.tenureDays = double(std::max<qint64>(0, joined.secsTo(now) / 86400));
    return f;
}

// =========================================================================================
// Content

const QList<QByteArray> &DemoSeeder::channels()
{
    static const QList<QByteArray> c = {"organic", "search", "wechat", "weibo",
                                        "referral", "campaign", "app"};
    return c;
}

int DemoSeeder::randomChannel(Engine &rng)
{
    static const double w[] = {30, 20, 18, 8, 12, 9, 3};
    return weightedIndex(rng, w, 7);
}

DemoSeeder::Person DemoSeeder::randomPerson(Engine &rng)
{
    Person p;
    QByteArray stem;
    if (chance(rng, 0.78)) {
        const bool traditional = chance(rng, 0.13);
        const Han *surname;
        int givenCount;
        if (chance(rng, 0.012)) {
            surname = &kCompoundSurnames[uniformInt(rng, 0, std::size(kCompoundSurnames) - 1)];
            givenCount = 1;
        } else {
            const auto &cum = surnameCumulative();
            const double x = uniform01(rng) * cum.back();
            surname = &kSurnames[std::upper_bound(cum.begin(), cum.end(), x) - cum.begin()];
            givenCount = chance(rng, 0.3) ? 1 : 2;
        }
        const Han *given[2] = {&kGiven[uniformInt(rng, 0, std::size(kGiven) - 1)],
                               &kGiven[uniformInt(rng, 0, std::size(kGiven) - 1)]};
        p.displayName = traditional ? surname->trad : surname->simp;
        QByteArray givenPinyin;
        for (int i = 0; i < givenCount; ++i) {
            p.displayName += traditional ? given[i]->trad : given[i]->simp;
            givenPinyin += given[i]->pinyin;
        }
        const QByteArray sur = surname->pinyin;
        switch (uniformInt(rng, 0, 5)) {
        case 0: stem = sur + givenPinyin; break;
        case 1: stem = sur + '_' + givenPinyin; break;
        case 2: stem = givenPinyin + sur; break;
        case 3: stem = givenPinyin + '_' + sur; break;
        case 4: stem = sur.left(1) + givenPinyin; break;
        default: stem = lower(kEnFirst[uniformInt(rng, 0, std::size(kEnFirst) - 1)]) + '_' + sur; break;
        }
        if (traditional)
            p.language = chance(rng, 0.85) ? "zh_TW" : "en";
        else
            p.language = chance(rng, 0.9) ? "zh_CN" : "en";
    } else {
        const QByteArray first = kEnFirst[uniformInt(rng, 0, std::size(kEnFirst) - 1)];
        const QByteArray last = kEnLast[uniformInt(rng, 0, std::size(kEnLast) - 1)];
        p.displayName = first + ' ' + last;
        switch (uniformInt(rng, 0, 3)) {
        case 0: stem = first.toLower() + '_' + last.toLower(); break;
        case 1: stem = first.toLower() + last.toLower(); break;
        case 2: stem = first.left(1).toLower() + last.toLower(); break;
        default: stem = first.toLower() + last.left(1).toLower(); break;
        }
        p.language = chance(rng, 0.85) ? "en" : "zh_CN";
    }
    if (chance(rng, 0.45)) {
        switch (uniformInt(rng, 0, 2)) {
        case 0: stem += QByteArray::number(uniformInt(rng, 1, 99)); break;
        case 1: stem += QByteArray::number(uniformInt(rng, 1975, 2008)); break;
        default: stem += QByteArray::number(uniformInt(rng, 100, 999)); break;
        }
    }
    while (stem.size() < 3)
        stem += QByteArray::number(uniformInt(rng, 0, 9));
    p.handleStem = stem.left(24);
    return p;
}

DemoSeeder::Post DemoSeeder::randomPost(Engine &rng)
{
    static const double natureWeights[] = {55, 13, 9, 6, 6, 5, 2.5, 1.5, 2};
    Post post;
    post.nature = Nature(weightedIndex(rng, natureWeights, 9));
    static const double langWeights[] = {30, 55, 15};
    const int lang = weightedIndex(rng, langWeights, 3);
    static const QString langs[] = {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
    post.language = langs[lang];
    const int topic = int(uniformInt(rng, 0, std::size(kTopicsEn) - 1));
    const char *const *topics = lang == 0 ? kTopicsEn : lang == 1 ? kTopicsZh : kTopicsTw;
    const QString topicText = QString::fromUtf8(topics[topic]);

    const Texts &texts = kPostTexts[int(post.nature)][lang];
    QString title = QString::fromUtf8(pick(rng, texts.titles));
    QString body;
    const int sentences = int(uniformInt(rng, 1, 3));
    for (int i = 0; i < sentences; ++i) {
        const QString s = QString::fromUtf8(pick(rng, texts.bodies));
        if (body.contains(s))
            continue;
        if (!body.isEmpty())
            body += lang == 0 ? u" "_s : QString();
        body += s;
    }
    const QString n = QString::number(uniformInt(rng, 2, 30));
    const QString link = randomLink(rng);
    const QString wechat = u"vx_"_s + QString::number(uniformInt(rng, 100000, 999999));
    for (QString *s : {&title, &body}) {
        s->replace(u"{t}"_s, topicText);
        s->replace(u"{n}"_s, n);
        s->replace(u"{l}"_s, link);
        s->replace(u"{w}"_s, wechat);
    }

    const double k = uniform01(rng);
    post.kind = k < 0.70 ? u"post"_s : k < 0.95 ? u"comment"_s : u"profile"_s;
    if (post.kind == u"comment"_s)
        title = (lang == 0 ? u"Re: "_s : u"回复："_s) + title;
    else if (post.kind == u"profile"_s)
        title = lang == 0 ? u"Profile update"_s : lang == 1 ? u"个人资料更新"_s : u"個人資料更新"_s;
    post.title = title;
    post.body = body;
    post.board = QString::fromLatin1(kTopicBoards[topic]);

    auto score = [&](double lo, double hi) { return round3(uniformReal(rng, lo, hi)); };
    switch (post.nature) {
    case Nature::Question:
    case Nature::Share:
        post.aiScore = score(0.01, 0.28);
        if (chance(rng, 0.04)) { // the model's false positives
            post.aiScore = score(0.5, 0.66);
            post.aiLabels = {u"off_topic"_s};
        }
        post.sentiment = round2(post.nature == Nature::Share ? uniformReal(rng, 0.3, 0.9)
                                                             : uniformReal(rng, -0.1, 0.4));
        break;
    case Nature::Spam:
        post.aiScore = score(0.75, 0.99);
        post.aiLabels = chance(rng, 0.4) ? QStringList{u"spam"_s, u"ads"_s} : QStringList{u"spam"_s};
        post.sentiment = round2(uniformReal(rng, 0.2, 0.6));
        post.board = chance(rng, 0.5) ? post.board : u"General"_s;
        break;
    case Nature::Ads:
        post.aiScore = score(0.6, 0.95);
        post.aiLabels = chance(rng, 0.5) ? QStringList{u"ads"_s, u"spam"_s} : QStringList{u"ads"_s};
        post.sentiment = round2(uniformReal(rng, 0.3, 0.7));
        break;
    case Nature::Abuse:
        post.aiScore = score(0.55, 0.97);
        post.aiLabels = {u"abuse"_s};
        post.sentiment = round2(uniformReal(rng, -0.95, -0.5));
        break;
    case Nature::OffTopic:
        post.aiScore = score(0.4, 0.75);
        post.aiLabels = {u"off_topic"_s};
        post.sentiment = round2(uniformReal(rng, -0.1, 0.4));
        post.board = chance(rng, 0.5) ? u"General"_s : u"Marketplace"_s;
        break;
    case Nature::Misinformation:
        post.aiScore = score(0.45, 0.85);
        post.aiLabels = {u"misinformation"_s};
        post.sentiment = round2(uniformReal(rng, -0.6, -0.1));
        break;
    case Nature::Nsfw:
        post.aiScore = score(0.7, 0.99);
        post.aiLabels = chance(rng, 0.5) ? QStringList{u"nsfw"_s, u"spam"_s} : QStringList{u"nsfw"_s};
        post.sentiment = round2(uniformReal(rng, 0.0, 0.4));
        post.board = u"General"_s;
        break;
    case Nature::Markup:
        post.aiScore = score(0.3, 0.7);
        if (chance(rng, 0.5))
            post.aiLabels = {u"spam"_s};
        post.sentiment = round2(uniformReal(rng, -0.1, 0.2));
        break;
    }
    return post;
}

QString DemoSeeder::reportReason(Engine &rng, Nature nature)
{
    auto one = [&](std::initializer_list<const char *> l) { return QString::fromUtf8(pick(rng, l)); };
    switch (nature) {
    case Nature::Spam:
    case Nature::Ads: return one({"spam", "advertising", "垃圾广告", "Spam / advertising", "廣告"});
    case Nature::Abuse: return one({"harassment", "abusive language", "人身攻击", "辱罵他人"});
    case Nature::Misinformation: return one({"misleading", "谣言", "false information"});
    case Nature::Nsfw: return one({"inappropriate content", "色情内容", "NSFW"});
    case Nature::OffTopic: return one({"off-topic", "与主题无关"});
    case Nature::Markup: return one({"suspicious code", "spam", "奇怪的代码"});
    default: return one({"off-topic", "duplicate post", "重复发帖", "low quality"});
    }
}

QByteArray DemoSeeder::isoUtc(qint64 epoch)
{
    // Days to civil date (Howard Hinnant's algorithm): far cheaper than QDateTime per row.
    qint64 days = epoch / 86400;
    qint64 secs = epoch % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = int(yoe) + int(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += (m <= 2);
    // Written digit by digit: snprintf showed up in profiles at a million rows.
    char buf[20];
    auto two = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    two(0, unsigned(y) / 100 % 100);
    two(2, unsigned(y) % 100);
    buf[4] = '-';
    two(5, m);
    buf[7] = '-';
    two(8, d);
    buf[10] = 'T';
    two(11, unsigned(secs / 3600));
    buf[13] = ':';
    two(14, unsigned(secs / 60 % 60));
    buf[16] = ':';
    two(17, unsigned(secs % 60));
    buf[19] = 'Z';
    return QByteArray(buf, 20);
}

// =========================================================================================
// Seeding

DemoSeeder::DemoSeeder(PlatformDb &db, Options options)
    : m_db(db), m_options(std::move(options))
{
    if (!m_options.timeZone.isValid())
        m_options.timeZone = QTimeZone("Asia/Shanghai");
    if (!m_options.today.isValid())
        m_options.today = QDateTime::currentDateTimeUtc().toTimeZone(m_options.timeZone).date();
    m_n = std::max<qint64>(m_options.members, 10);
    m_rng.seed(quint64(m_options.today.toJulianDay()));
    m_tiers = defaultTiers();
}

DemoSeeder::~DemoSeeder() = default;

void DemoSeeder::insert(const char *entity, const QByteArray &id, const QByteArray &json)
{
    m_db.insertSeed(QString::fromLatin1(entity), QString::fromLatin1(id), json);
}

void DemoSeeder::insert(const char *entity, const QString &id, const QJsonObject &object)
{
    QJsonObject o = object;
    o.insert(u"id"_s, id);
    o.insert(u"version"_s, 1);
    o.insert(u"updated_at"_s, QString::fromLatin1(m_anchorIso));
    m_db.insertSeed(QString::fromLatin1(entity), id, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void DemoSeeder::seed()
{
    // STEWARD_SEED_TIMING=1 prints where the time goes (the seeder must stay fast at 1M).
    const bool timing = qEnvironmentVariableIsSet("STEWARD_SEED_TIMING");
    QElapsedTimer timer;
    timer.start();
    auto phase = [&](const char *name, auto &&step) {
        const qint64 before = timer.elapsed();
        step();
        if (timing)
            qInfo("seed: %-22s %6lld ms", name, timer.elapsed() - before);
    };
    phase("calendar+campaigns", [&] { setupCalendar(); planCampaigns(); });
    phase("joins", [&] { generateJoins(); });
    phase("activity", [&] { simulateActivity(); });
    phase("members", [&] { deriveMembers(); });
    phase("groups", [&] { assignGroups(); });

    // The bulk insert runs with a rollback journal and a large page cache: the file is
    // empty, so the journal stays tiny, whereas WAL would write every page twice (once to
    // the log, again at the checkpoint) and search the log on every cache miss.
    QSqlQuery pragma(m_db.db());
    auto pragmaValue = [&pragma](const QString &sql) {
        return pragma.exec(sql) && pragma.next() ? pragma.value(0).toString() : QString();
    };
    const QString journalMode = pragmaValue(u"PRAGMA journal_mode"_s);
    const QString cacheSize = pragmaValue(u"PRAGMA cache_size"_s);
    pragma.exec(u"PRAGMA journal_mode=DELETE"_s);
    pragma.exec(u"PRAGMA cache_size=-262144"_s);
    pragma.finish();

    m_db.begin();
    phase("write tiers+badges", [&] { writeTiersAndBadges(); });
    phase("write groups", [&] { writeGroups(); });
    phase("write members+ledger", [&] { writeMembersAndLedger(); });
    phase("write moderation", [&] { writeModeration(); });
    phase("write the rest", [&] {
        writeKeywordRules();
        writeFeedback();
        writeCampaigns();
        writeBudgets();
        writeMetrics();
        writeCohorts();
        m_db.setMeta(u"counter:member"_s, QString::number(m_n));
        m_db.setMeta(u"counter:audit_entry"_s, u"0"_s);
        m_db.setMeta(u"seed:today"_s, m_options.today.toString(Qt::ISODate));
    });
    phase("commit", [&] { m_db.commit(); });
    if (!journalMode.isEmpty())
        pragma.exec(u"PRAGMA journal_mode="_s + journalMode);
    if (!cacheSize.isEmpty())
        pragma.exec(u"PRAGMA cache_size="_s + cacheSize);
    pragma.finish();
}

int DemoSeeder::dayOf(qint64 epoch) const
{
    const auto it = std::upper_bound(m_dayStart.begin(), m_dayStart.end(), epoch);
    return int(it - m_dayStart.begin()) - 1;
}

qint64 DemoSeeder::randomTimeOnDay(int day)
{
    // Community hours: quiet at night, busiest in the evening.
    const double x = uniform01(m_rng) * m_hourCumulative.back();
    const int hour = int(std::upper_bound(m_hourCumulative.begin(), m_hourCumulative.end(), x)
                         - m_hourCumulative.begin());
    const qint64 length = m_dayStart[day + 1] - m_dayStart[day];
    const qint64 offset = std::min<qint64>(hour * 3600 + uniformInt(m_rng, 0, 3599), length - 1);
    return m_dayStart[day] + offset;
}

void DemoSeeder::setupCalendar()
{
    m_today = kHistoryDays;
    m_firstDate = m_options.today.addDays(-kHistoryDays);
    m_metricStart = m_today - kMetricDays;
    m_ledgerStart = m_today - kLedgerDays;
    const int total = m_today + kFutureDays;
    m_dayStart.resize(total + 1);
    m_dateText.resize(total + 1);
    m_activityFactor.resize(total + 1);
    m_signupWeight.resize(m_today);
    for (int d = 0; d <= total; ++d) {
        const QDate date = m_firstDate.addDays(d);
        m_dayStart[d] = QDateTime(date, QTime(0, 0), m_options.timeZone).toSecsSinceEpoch();
        m_dateText[d] = date.toString(Qt::ISODate).toLatin1();
        m_activityFactor[d] = kWeekdayActivity[date.dayOfWeek()] * holidayFactor(date)
            * (1.0 + 0.03 * normal(m_rng));
    }
    m_anchor = m_dayStart[m_today];
    m_anchorIso = isoUtc(m_anchor);
    for (int d = 0; d < m_today; ++d) {
        const QDate date = m_firstDate.addDays(d);
        // Exponential growth: the last year brings about half of all signups.
        const double growth = std::exp(1.5 * double(d) / m_today);
        const double weekday = date.dayOfWeek() >= 6 ? 0.9 : 1.0;
        m_signupWeight[d] = growth * weekday * (0.5 + 0.5 * holidayFactor(date))
            * std::exp(0.15 * normal(m_rng));
    }
    static const double hours[24] = {2, 1, 0.6, 0.4, 0.3, 0.4, 0.8, 1.5, 2.5, 3, 3.2, 3.4,
                                     3.6, 3, 3, 3.1, 3.2, 3.3, 3.6, 4.2, 4.8, 5, 4.2, 3};
    m_hourCumulative.resize(24);
    std::partial_sum(std::begin(hours), std::end(hours), m_hourCumulative.begin());
}

void DemoSeeder::planCampaigns()
{
    struct Plan {
        const char *name;
        const char *type;
        const char *mode;
        const char *place;
        int days;
    };
    // 19 finished, 3 running, 2 cancelled, 6 planned, in that order.
    static const Plan plans[30] = {
        {"Python 编程挑战赛", "contest", "online", "", 21},
        {"Data Science Salon · Beijing", "salon", "offline", "北京·中关村", 1},
        {"雅思口语 30 天打卡", "topic_discussion", "online", "", 30},
        {"Ask Me Anything: ML Engineers", "qa", "online", "", 3},
        {"", "holiday_theme", "online", "", 5},
        {"上海学习者线下沙龙", "salon", "offline", "上海·徐汇", 1},
        {"Best Study Notes Vote", "vote", "online", "", 10},
        {"学习卡抽奖", "lottery", "online", "", 14},
        {"Live: From Zero to Data Analyst", "live_session", "online", "", 1},
        {"", "holiday_theme", "online", "", 7},
        {"Shenzhen Career Meetup", "salon", "offline", "Shenzhen · Nanshan", 1},
        {"算法周赛", "contest", "online", "", 28},
        {"积分大抽奖", "lottery", "online", "", 7},
        {"English Corner Live", "live_session", "online", "", 1},
        {"年度最佳学习小组评选", "vote", "online", "", 14},
        {"Deep Learning Challenge", "contest", "online", "", 25},
        {"", "holiday_theme", "online", "", 10},
        {"杭州·西湖 AI 沙龙", "salon", "offline", "杭州·西湖", 2},
        {"面试经验问答周", "qa", "online", "", 7},
        {"Monthly Kaggle Study Sprint", "contest", "online", "", 30},
        {"前端开发话题讨论月", "topic_discussion", "online", "", 28},
        {"学习打卡抽奖季", "lottery", "online", "", 21},
        {"成都线下见面会", "salon", "offline", "成都·高新", 1},
        {"Live Q&A with IELTS Examiners", "live_session", "online", "", 1},
        {"北京·朝阳 Python 工作坊", "salon", "offline", "北京·朝阳", 2},
        {"Reading Marathon", "topic_discussion", "online", "", 30},
        {"机器学习论文问答", "qa", "online", "", 7},
        {"社区周年庆投票", "vote", "online", "", 10},
        {"Guangzhou Study Group Meetup", "salon", "offline", "Guangzhou · Tianhe", 1},
        {"全站学习挑战赛", "contest", "online", "", 21},
    };
    static const QString segments[] = {u"champions"_s, u"loyal"_s, u"potential"_s,
                                       u"at_risk"_s, u"hibernating"_s};
    static const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    const int span = m_today - 2 - 30 - m_metricStart;
    for (int i = 0; i < 30; ++i) {
        const Plan &p = plans[i];
        CampaignRec c;
        c.name = QString::fromUtf8(p.name);
        c.type = QString::fromLatin1(p.type);
        c.mode = QString::fromLatin1(p.mode);
        c.place = QString::fromUtf8(p.place);
        const int days = p.days;
        if (i < 19) {
            c.startDay = m_metricStart + 5 + i * span / 19 + int(uniformInt(m_rng, 0, 8));
            c.status = u"scheduled"_s;
        } else if (i < 22) {
            c.startDay = m_today - int(uniformInt(m_rng, 3, std::min(days - 2, 14)));
            c.status = u"scheduled"_s;
        } else if (i == 22) {
            c.startDay = m_today - int(uniformInt(m_rng, 40, 80));
            c.status = u"cancelled"_s;
        } else if (i == 23) {
            c.startDay = m_today + int(uniformInt(m_rng, 15, 30));
            c.status = u"cancelled"_s;
        } else {
            c.startDay = m_today + 6 + (i - 24) * 14 + int(uniformInt(m_rng, 0, 6));
            c.status = i < 28 ? u"scheduled"_s : u"draft"_s;
        }
        c.endDay = c.startDay + days - 1;
        if (c.name.isEmpty()) {
            // Holiday themes are named after the season they fall in.
            static const char *const byMonth[13] = {
                "", "新春主题分享会", "元宵节灯谜活动", "春日读书会", "世界读书日主题活动",
                "五一学习打卡周", "端午节主题活动", "暑期学习季", "开学季主题活动",
                "中秋读书会", "国庆学习马拉松", "双十一学习节", "年终学习总结分享会"};
            c.name = QString::fromUtf8(byMonth[m_firstDate.addDays(c.startDay).month()]);
        }
        if (i < 19)
            c.endDay = std::min(c.endDay, m_today - 2);
        const bool offline = c.mode == u"offline"_s;
        c.budget = double(uniformInt(m_rng, offline ? 8 : 3, offline ? 30 : 20)) * 1000.0;
        if (i < 19)
            c.cost = round2(c.budget * uniformReal(m_rng, 0.7, 1.1));
        else if (i < 22)
            c.cost = round2(c.budget * uniformReal(m_rng, 0.3, 0.6));
        else if (i == 22)
            c.cost = round2(c.budget * uniformReal(m_rng, 0.05, 0.15));
        if (i % 3 == 0)
            c.targetTier = tiers[uniformInt(m_rng, 0, 3)];
        else
            c.targetSegment = segments[uniformInt(m_rng, 0, 4)];
        c.withVariants = i % 3 == 1; // a third run an A/B test (planned ones have no traffic yet)
        if (c.status != u"cancelled"_s) {
            static const QHash<QString, double> boost = {
                {u"contest"_s, 0.15}, {u"topic_discussion"_s, 0.10}, {u"qa"_s, 0.10},
                {u"vote"_s, 0.08},    {u"lottery"_s, 0.22},          {u"holiday_theme"_s, 0.12},
                {u"salon"_s, 0.04},   {u"live_session"_s, 0.35}};
            c.dauBoost = boost.value(c.type) * uniformReal(m_rng, 0.8, 1.3);
            c.signupBoost = c.dauBoost * 2.0;
        }
        static const char *const notes[] = {
            "Co-hosted with the Python study groups.", "Prizes: course coupons and books.",
            "与合作伙伴联合举办。", "Needs two moderators on duty.", "奖品为学习卡和周边。",
            "Recap post goes out the Monday after.", ""};
        c.notes = QString::fromUtf8(notes[uniformInt(m_rng, 0, std::size(notes) - 1)]);
        m_campaigns.push_back(c);
    }
    // Campaign days lift activity (the spikes on the DAU chart).
    for (const CampaignRec &c : m_campaigns) {
        for (int d = std::max(0, c.startDay); d <= std::min(c.endDay, m_today - 1); ++d) {
            m_activityFactor[d] *= 1.0 + c.dauBoost;
            m_signupWeight[d] *= 1.0 + c.signupBoost;
        }
    }
}

void DemoSeeder::generateJoins()
{
    // The boost's share of each day's signups comes through the campaign channel; the base
    // mix is adjusted so that the campaign channel still ends up near 9 % overall.
    std::vector<double> boost(m_today, 0.0);
    for (const CampaignRec &c : m_campaigns) {
        for (int d = std::max(0, c.startDay); d <= std::min(c.endDay, m_today - 1); ++d)
            boost[d] = (1.0 + boost[d]) * (1.0 + c.signupBoost) - 1.0;
    }
    std::vector<double> cumulative(m_today);
    double total = 0, boosted = 0;
    for (int d = 0; d < m_today; ++d) {
        total += m_signupWeight[d];
        boosted += m_signupWeight[d] * boost[d] / (1.0 + boost[d]);
        cumulative[d] = total;
    }
    const double x = boosted / total;
    double mix[7] = {30, 20, 18, 8, 12, 9, 3};
    const double campaignBase = std::max(1.0, (9.0 - 100.0 * x) / (1.0 - x));
    const double scale = (100.0 - campaignBase) / 91.0;
    for (int c = 0; c < 7; ++c)
        mix[c] = c == 5 ? campaignBase : mix[c] * scale;

    struct Join {
        qint64 at;
        qint32 day;
        qint16 channel;
        qint16 campaign;
    };
    std::vector<Join> joins(static_cast<size_t>(m_n));
    for (Join &j : joins) {
        const double u = uniform01(m_rng) * total;
        const int day = std::min<int>(m_today - 1, int(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()));
        j.day = day;
        j.at = randomTimeOnDay(day);
        j.campaign = -1;
        if (boost[day] > 0 && chance(m_rng, boost[day] / (1.0 + boost[day]))) {
            j.channel = 5;
            double weights[30];
            int ids[30];
            int n = 0;
            for (int c = 0; c < int(m_campaigns.size()); ++c) {
                const CampaignRec &rec = m_campaigns[c];
                if (rec.signupBoost > 0 && rec.startDay <= day && day <= rec.endDay) {
                    weights[n] = rec.signupBoost;
                    ids[n++] = c;
                }
            }
            if (n > 0)
                j.campaign = qint16(ids[weightedIndex(m_rng, weights, n)]);
        } else {
            j.channel = qint16(weightedIndex(m_rng, mix, 7));
        }
    }
    std::sort(joins.begin(), joins.end(), [](const Join &a, const Join &b) { return a.at < b.at; });
    m_members.resize(size_t(m_n));
    for (size_t i = 0; i < joins.size(); ++i) {
        MemberRec &m = m_members[i];
        m.joinedAt = joins[i].at;
        m.joinDay = joins[i].day;
        m.channel = quint8(joins[i].channel);
        m.campaign = joins[i].campaign;
        if (m.campaign >= 0)
            ++m_campaigns[size_t(m.campaign)].attributedSignups;
    }
}

void DemoSeeder::simulateActivity()
{
    const int simStart = m_metricStart - kWarmupDays;
    const int simDays = m_today - simStart;
    const int recentStart = m_today - kRecentDays;
    m_dau.assign(simDays, 0);
    m_wauDiff.assign(simDays + 1, 0);
    m_mauDiff.assign(simDays + 1, 0);
    m_dayPosts.assign(simDays, 0);
    m_dayComments.assign(simDays, 0);
    m_dayLikes.assign(simDays, 0);
    m_joins.assign(kMetricDays, 0);
    m_joinsByChannel.assign(kMetricDays, {});
    m_activeOnDay.assign(kRecentDays, {});
    // Cohorts: complete weeks from the first Monday of the metric period.
    m_cohortStart = m_metricStart;
    while (m_firstDate.addDays(m_cohortStart).dayOfWeek() != 1)
        ++m_cohortStart;
    const int cohorts = (m_today - 1 - m_cohortStart) / 7 + 1;
    m_cohortSize.assign(cohorts, 0);
    m_cohortD1.assign(cohorts, 0);
    m_cohortD7.assign(cohorts, 0);
    m_cohortD30.assign(cohorts, 0);

    // A newcomer's curiosity: high right after joining, gone after a month or two.
    double novelty[64];
    for (int k = 0; k < 64; ++k)
        novelty[k] = k == 0 ? 1.0 : 0.55 * std::exp(-(k - 1) / 6.0);

    constexpr int kDailyDays = 16; // novelty[16] is under 5 %
    const double maxFactor = *std::max_element(m_activityFactor.begin() + simStart,
                                               m_activityFactor.begin() + m_today);
    for (size_t i = 0; i < m_members.size(); ++i) {
        MemberRec &m = m_members[i];
        const int j = m.joinDay;
        // Engagement is lognormal: most members barely show up, a few are there every day.
        const double z = normal(m_rng);
        const double lambda = std::min(0.95, std::exp(-3.6 + 1.5 * z));
        m.lambda = float(lambda);
        m.postRate = float(std::min(6.0, std::exp(-2.1 + 1.1 * (0.5 * z + 0.87 * normal(m_rng)))));
        m.commentRate = float(std::min(15.0, std::exp(-0.9 + 1.0 * (0.5 * z + 0.87 * normal(m_rng)))));
        m.helpShare = float(0.02 + 0.5 * std::pow(uniform01(m_rng), 2.5));
        m.likeRate = float(std::exp(0.8 + 0.8 * normal(m_rng)));
        const double churnP = std::clamp(0.85 - 4.0 * lambda, 0.05, 0.85);
        const int tenure = m_today - 1 - j;
        m.churnDay = chance(m_rng, churnP) ? j + int(tenure * std::pow(uniform01(m_rng), 2.0))
                                           : m_today - 1;

        if (j >= m_metricStart) {
            const int t = j - m_metricStart;
            ++m_joins[t];
            ++m_joinsByChannel[t][m.channel];
        } else {
            ++m_joinedBeforeMetrics;
        }
        const int cohort = j >= m_cohortStart ? (j - m_cohortStart) / 7 : -1;
        if (cohort >= 0)
            ++m_cohortSize[cohort];

        // History before the simulated window, in expectation: only totals are needed.
        if (j < simStart) {
            const int preEnd = std::min(m.churnDay, simStart - 1);
            const int span = preEnd - j;
            double expected = 1.0 + lambda * 0.93 * span;
            for (int k = 1; k <= std::min(span, 63); ++k)
                expected += std::max(0.0, novelty[k] - lambda) * 0.93;
            const int days = std::max(1, int(std::lround(expected * uniformReal(m_rng, 0.85, 1.15))));
            m.activeDaysAll = days;
            m.postsTotal = poisson(m_rng, days * m.postRate);
            m.commentsTotal = poisson(m_rng, days * m.commentRate);
            m.helpfulTotal = int(std::lround(m.commentsTotal * m.helpShare));
            if (m.churnDay < simStart)
                m.lastActiveDay = m.churnDay;
            else
                m.lastActiveDay = j + int((simStart - 1 - j) * std::sqrt(uniform01(m_rng)));
        }

        int wauCovered = -1, mauCovered = -1, reservoir = 0, ledgerReservoir = 0;
        // Poisson by multiplying uniforms needs e^-mean; the member's rates are fixed, so
        // the exponentials are computed once here rather than on each active day.
        const double postLimit = std::exp(-double(m.postRate));
        const double commentLimit = std::exp(-double(m.commentRate));
        auto knuth = [this](double limit) {
            int k = 0;
            for (double p = uniform01(m_rng); p > limit; p *= uniform01(m_rng))
                ++k;
            return k;
        };
        auto onActive = [&](int d) {
            const int k = d - j;
            const int t = d - simStart;
            ++m_dau[t];
            const int wFrom = std::max(t, wauCovered + 1), wTo = std::min(t + 6, simDays - 1);
            if (wFrom <= wTo) {
                ++m_wauDiff[wFrom];
                --m_wauDiff[wTo + 1];
                wauCovered = wTo;
            }
            const int mFrom = std::max(t, mauCovered + 1), mTo = std::min(t + 29, simDays - 1);
            if (mFrom <= mTo) {
                ++m_mauDiff[mFrom];
                --m_mauDiff[mTo + 1];
                mauCovered = mTo;
            }
            const int posts = knuth(postLimit);
            const int comments = m.commentRate > 12 ? poisson(m_rng, m.commentRate) : knuth(commentLimit);
            const int helpful = comments > 0 ? int(comments * m.helpShare + uniform01(m_rng)) : 0;
            const int likes = (posts + comments) > 0 ? poisson(m_rng, posts * m.likeRate + comments * 0.3) : 0;
            m_dayPosts[t] += posts;
            m_dayComments[t] += comments;
            m_dayLikes[t] += likes;
            m.postsTotal += posts;
            m.commentsTotal += comments;
            m.helpfulTotal += helpful;
            ++m.activeDaysAll;
            if (d >= recentStart) {
                ++m.activeDays30;
                m.posts30 += posts;
                m.comments30 += comments;
                m.likes30 += likes;
                m.helpful30 += helpful;
                m.recent30 |= 1u << (d - recentStart);
                m_activeOnDay[d - recentStart].push_back(quint32(i));
            }
            if (d >= m_ledgerStart) {
                m.postsL += posts;
                m.commentsL += comments;
                m.helpfulL += helpful;
                ++m.activeDaysL;
                m.ledgerLastDay = d;
                if (uniformInt(m_rng, 0, ledgerReservoir++) == 0)
                    m.ledgerPickDay = d;
            }
            if (uniformInt(m_rng, 0, reservoir++) == 0)
                m.purchaseDay = d;
            if (cohort >= 0) {
                if (k == 1)
                    ++m_cohortD1[cohort];
                else if (k == 7)
                    ++m_cohortD7[cohort];
                else if (k == 30)
                    ++m_cohortD30[cohort];
            }
            m.lastActiveDay = d;
        };
        const int from = std::max(j, simStart), to = m.churnDay;
        auto p = [&](int d) {
            const int k = d - j;
            return std::min(0.97, std::max(lambda, k < 64 ? novelty[k] : 0.0) * m_activityFactor[d]);
        };
        // The first two weeks day by day (the probability is high and changes quickly)...
        int d = from;
        for (; d <= to && d - j < kDailyDays; ++d) {
            if (d == j || uniform01(m_rng) < p(d))
                onActive(d);
        }
        // ...then, for the quiet majority, only candidate days: gaps drawn for the highest
        // probability any later day can have, each candidate kept with p(d)/pMax. Same
        // distribution as a draw per day, at a fraction of the draws.
        const double pMax = std::min(0.97, std::max(lambda, novelty[kDailyDays]) * maxFactor);
        if (pMax >= 0.25) {
            for (; d <= to; ++d) {
                if (uniform01(m_rng) < p(d))
                    onActive(d);
            }
        } else {
            const double logQ = std::log1p(-pMax);
            while (true) {
                d += int(std::log1p(-uniform01(m_rng)) / logQ);
                if (d > to)
                    break;
                if (uniform01(m_rng) * pMax < p(d))
                    onActive(d);
                ++d;
            }
        }
        if (m.lastActiveDay < 0)
            m.lastActiveDay = j;
    }
}

DemoSeeder::MemberFigures DemoSeeder::figuresAt(const MemberRec &m) const
{
    MemberFigures f;
    f.points = m.points;
    f.activeDays30 = m.activeDays30;
    f.postsTotal = m.postsTotal;
    f.helpfulAnswersTotal = m.helpfulTotal;
    f.tenureDays = double((m_anchor - m.joinedAt) / 86400);
    f.spendTotal = double(m.spendCents) / 100.0;
    return f;
}

void DemoSeeder::deriveMembers()
{
    qint64 baseRows = 0, eligible = 0;
    for (MemberRec &m : m_members) {
        // Last activity: a time on the last active day, never before joining.
        const int d = m.lastActiveDay;
        if (d == m.joinDay) {
            const qint64 end = m_dayStart[d + 1] - 1;
            m.lastActiveAt = m.joinedAt + qint64(uniform01(m_rng) * double(end - m.joinedAt));
        } else {
            m.lastActiveAt = randomTimeOnDay(d);
        }
        // Points: 5 a post, 1 a comment, 10 a helpful answer. What was earned before the
        // ledger opened is its opening balance; later activity is itemised.
        const int postsBefore = m.postsTotal - m.postsL;
        const int commentsBefore = m.commentsTotal - m.commentsL;
        const int helpfulBefore = m.helpfulTotal - m.helpfulL;
        m.opening = 5 * postsBefore + commentsBefore + 10 * helpfulBefore;
        m.discussion = 5 * m.postsL + m.commentsL + 10 * m.helpfulL;
        baseRows += (m.opening > 0) + (m.discussion > 0);
        eligible += m.activeDaysL > 0;

        // About 15 % pay, the keener more often; amounts have a long tail.
        const double payP = 0.07 + 0.5 * std::min(1.0, double(m.lambda) * 3.0);
        if (chance(m_rng, payP)) {
            m.spendCents = std::min<qint64>(8'000'000, std::llround(pareto(m_rng, 29.0, 1.25) * 10) * 10);
            if (m.purchaseDay < 0)
                m.purchaseDay = m.lastActiveDay;
            if (m.purchaseDay >= m_today - 90) {
                const qint64 lastOrder = std::min<qint64>(m.spendCents, std::llround(pareto(m_rng, 19.0, 1.5) * 10) * 10);
                m.spend90Cents = lastOrder
                    + qint64(double(m.spendCents - lastOrder) * std::pow(uniform01(m_rng), 2.0) / 10) * 10;
            }
        } else {
            m.purchaseDay = -1;
        }
        // A few members are muted (until some day ahead) or banned.
        const double s = uniform01(m_rng);
        m.status = s < 0.004 ? 1 : s < 0.0065 ? 2 : 0;
    }

    // Extra ledger entries (sharing, tasks, redemptions) fill what is left of the budget
    // of 1.3 ledger rows per member.
    const double budget = std::max(0.0, 1.3 * double(m_n) - double(baseRows) - 1.0);
    const double scale = eligible > 0 ? std::min(1.0, budget / (0.62 * double(eligible))) : 0.0;
    for (MemberRec &m : m_members) {
        if (m.activeDaysL > 0) {
            if (chance(m_rng, 0.25 * scale))
                m.sharing = int(uniformInt(m_rng, 1, 6)) * 5;
            if (chance(m_rng, 0.22 * scale))
                m.task = int(uniformInt(m_rng, 1, 5)) * 10;
            const int balance = m.opening + m.discussion + m.sharing + m.task;
            if (balance >= 300 && chance(m_rng, 0.15 * scale))
                m.redemption = int(uniformInt(m_rng, 1, std::min(10, balance / 200))) * 100;
        }
        m.points = m.opening + m.discussion + m.sharing + m.task - m.redemption;
        m_ledgerRows += (m.opening > 0) + (m.discussion > 0) + (m.sharing > 0) + (m.task > 0)
            + (m.redemption > 0);

        const QString tierId = evaluateTier(figuresAt(m), m_tiers);
        m.tier = quint8(std::find_if(m_tiers.begin(), m_tiers.end(),
                                     [&](const Tier &t) { return t.id == tierId; }) - m_tiers.begin());
        // A handful of tiers were set by hand and locked (staff, partners, VIPs).
        if (chance(m_rng, 0.005)) {
            m.tierLocked = true;
            if (chance(m_rng, 0.5))
                m.tier = quint8(std::min<int>(m.tier + 1 + int(uniformInt(m_rng, 0, 1)), 3));
        }
        if (m.tier == 0)
            m.tierSince = m.joinedAt;
        else
            m.tierSince = m.joinedAt + qint64(double(m_anchor - 3600 - m.joinedAt) * uniformReal(m_rng, 0.3, 0.97));

        // Badges, by their criteria.
        const int tenureDays = int((m_anchor - m.joinedAt) / 86400);
        quint16 b = 0;
        if (m.activeDays30 >= 20) b |= 1 << 0;                                        // active_star
        if (m.postsTotal >= 100 && m.likes30 >= 50) b |= 1 << 1;                      // quality_contributor
        if (m.helpfulTotal >= 30) b |= 1 << 2;                                        // helpful_hand
        if (m.joinDay < 90 && m.postsTotal > 0) b |= 1 << 3;                          // early_bird
        if (m.activeDays30 >= 22 && chance(m_rng, 0.6)) b |= 1 << 4;                  // streak_30
        if (m.activeDaysAll >= 40 && chance(m_rng, 0.08)) b |= 1 << 5;                // event_star
        if (m.helpfulTotal >= 100 && m.tier >= 2) b |= 1 << 6;                        // mentor
        if (m.posts30 >= 10) b |= 1 << 7;                                             // top_sharer
        if (m.activeDaysAll >= 20 && chance(m_rng, 0.01)) b |= 1 << 8;                // bug_hunter
        if (m.postsTotal > 0) b |= 1 << 9;                                            // first_post
        if (tenureDays >= 365 && m.activeDaysAll >= 10) b |= 1 << 10;                 // anniversary
        if ((b & (1 << 5)) && chance(m_rng, 0.15)) b |= 1 << 11;                      // campaign_champion
        if (m.postsTotal >= 15 && chance(m_rng, 0.02)) b |= 1 << 12;                  // translator
        m.badges = b;
    }
}

void DemoSeeder::assignGroups()
{
    const int count = int(std::max<qint64>(200, m_n / 100));
    m_groups.resize(count);
    // Popularity falls off with a random rank; about one group in eight has gone cold and
    // only keeps long-silent members.
    std::vector<double> weight(count);
    std::vector<int> rank(count);
    std::iota(rank.begin(), rank.end(), 0);
    for (int i = count - 1; i > 0; --i)
        std::swap(rank[i], rank[uniformInt(m_rng, 0, i)]);
    std::vector<double> allCum(count), warmCum(count);
    double all = 0, warm = 0;
    for (int g = 0; g < count; ++g) {
        weight[g] = 1.0 / std::pow(rank[g] + 3.0, 0.8);
        m_groups[g].cold = chance(m_rng, 0.12);
        all += weight[g];
        warm += m_groups[g].cold ? 0.0 : weight[g];
        allCum[g] = all;
        warmCum[g] = warm;
        const int createdDay = int(uniformInt(m_rng, 0, m_today - (m_groups[g].cold ? 200 : 20)));
        m_groups[g].createdAt = randomTimeOnDay(createdDay);
    }
    m_groupLinks.reserve(size_t(m_n / 2));
    for (size_t i = 0; i < m_members.size(); ++i) {
        MemberRec &m = m_members[i];
        if (!chance(m_rng, 0.12 + 0.6 * std::min(1.0, double(m.lambda) * 3.0)))
            continue;
        const int n = chance(m_rng, 0.4) ? 1 : int(uniformInt(m_rng, 2, 4));
        const bool silent = m.lastActiveDay < m_today - 60;
        const auto &cum = silent ? allCum : warmCum;
        m.groupOffset = quint32(m_groupLinks.size());
        for (int tries = 0; m.groupCount < n && tries < 12; ++tries) {
            const double x = uniform01(m_rng) * cum.back();
            const int g = std::min<int>(count - 1, int(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin()));
            bool dup = false;
            for (int k = 0; k < m.groupCount; ++k)
                dup |= m_groupLinks[m.groupOffset + k] == quint32(g);
            if (dup)
                continue;
            m_groupLinks.push_back(quint32(g));
            ++m.groupCount;
        }
        for (int k = 0; k < m.groupCount; ++k) {
            GroupRec &g = m_groups[m_groupLinks[m.groupOffset + k]];
            ++g.memberCount;
            if (m.activeDays30 > 0)
                ++g.activeMembers;
            // A member's 30-day posts are spread over its groups.
            g.posts30 += m.posts30 / m.groupCount + (k < m.posts30 % m.groupCount ? 1 : 0);
            g.lastActivity = std::max(g.lastActivity, m.lastActiveAt);
            // Admin candidates: the group's three members with the most points.
            if (g.top.size() < 3) {
                g.top.append(quint32(i));
            } else {
                int worst = 0;
                for (int t = 1; t < 3; ++t)
                    if (m_members[g.top[t]].points < m_members[g.top[worst]].points)
                        worst = t;
                if (m_members[g.top[worst]].points < m.points)
                    g.top[worst] = quint32(i);
            }
        }
    }
    for (GroupRec &g : m_groups) {
        if (g.lastActivity == 0)
            g.lastActivity = g.cold ? std::max(g.createdAt, m_anchor - uniformInt(m_rng, 90, 300) * 86400)
                                    : g.createdAt;
        g.lastActivity = std::max(g.lastActivity, g.createdAt);
    }
}

void DemoSeeder::writeTiersAndBadges()
{
    for (const Tier &t : m_tiers)
        insert("tier", t.id, tierToJson(t));

    struct Badge {
        const char *id, *name, *nameZh, *description, *criteria;
    };
    static const Badge badges[] = {
        {"active_star", "Active Star", "活跃之星", "Shows up almost every day.", "Active on 20 or more of the last 30 days"},
        {"quality_contributor", "Quality Contributor", "优质贡献者", "Writes posts others learn from.", "100+ posts and 50+ likes received in 30 days"},
        {"helpful_hand", "Helpful Hand", "互助达人", "Answers other members' questions.", "30+ answers marked helpful"},
        {"early_bird", "Early Bird", "早鸟", "Was there from the start.", "Joined in the community's first 90 days and posted"},
        {"streak_30", "30-Day Streak", "连续打卡30天", "Checked in 30 days in a row.", "A 30-day check-in streak"},
        {"event_star", "Event Star", "活动之星", "Never misses a campaign.", "Took part in 3 or more campaigns"},
        {"mentor", "Mentor", "导师", "Guides newcomers in the study groups.", "Core or backbone with 100+ helpful answers"},
        {"top_sharer", "Top Sharer", "分享达人", "Shares notes and resources generously.", "10+ posts in the last 30 days"},
        {"bug_hunter", "Bug Hunter", "捉虫先锋", "Found a bug and reported it well.", "Reported a confirmed bug"},
        {"first_post", "First Post", "初次发帖", "Wrote a first post.", "Published a first post"},
        {"anniversary", "Anniversary", "周年纪念", "A year in the community.", "Member for a year or more and active on 10+ days"},
        {"campaign_champion", "Campaign Champion", "活动冠军", "Won a community contest.", "Winner of a campaign contest"},
        {"translator", "Translator", "翻译达人", "Translates study notes for others.", "Translated 5+ study notes"},
    };
    qint64 counts[16] = {};
    for (const MemberRec &m : m_members)
        for (int b = 0; b < 13; ++b)
            counts[b] += (m.badges >> b) & 1;
    for (int b = 0; b < 13; ++b) {
        const Badge &x = badges[b];
        insert("badge", QString::fromLatin1(x.id),
               QJsonObject{{u"name"_s, QString::fromUtf8(x.name)},
                           {u"name_zh"_s, QString::fromUtf8(x.nameZh)},
                           {u"description"_s, QString::fromUtf8(x.description)},
                           {u"criteria"_s, QString::fromUtf8(x.criteria)},
                           {u"awarded_count"_s, counts[b]}});
    }
}

namespace {
const char *const kBadgeIds[] = {"active_star", "quality_contributor", "helpful_hand",
                                 "early_bird", "streak_30", "event_star", "mentor",
                                 "top_sharer", "bug_hunter", "first_post", "anniversary",
                                 "campaign_champion", "translator"};
} // namespace

QByteArray DemoSeeder::handleFor(const QByteArray &stem, qint64 id)
{
    // Natural handles first; on a clash a couple of digits, then the stem plus "_u<id>",
    // which no natural handle can be. Hashes stand in for the strings: a false clash only
    // costs a suffix.
    auto seen = [this](const QByteArray &h) {
        quint64 x = 1469598103934665603ull;
        for (char c : h)
            x = (x ^ quint8(c)) * 1099511628211ull;
        x |= 1; // 0 marks an empty slot
        // Open addressing with linear probing: a node-based set cost more than the rest of
        // the member row at a million members.
        const size_t mask = m_handleTable.size() - 1;
        for (size_t slot = size_t(x >> 20) & mask;; slot = (slot + 1) & mask) {
            if (m_handleTable[slot] == x)
                return true;
            if (m_handleTable[slot] == 0) {
                // Never fill the table: past 90 % every handle takes the "_u<id>" form.
                if (++m_handleCount * 10 > m_handleTable.size() * 9)
                    return true;
                m_handleTable[slot] = x;
                return false;
            }
        }
    };
    if (!seen(stem))
        return stem;
    for (int i = 0; i < 3; ++i) {
        const QByteArray h = stem + QByteArray::number(uniformInt(m_rng, 10, 99));
        if (!seen(h))
            return h;
    }
    // Unique by construction, so it need not enter the table.
    return stem + "_u" + QByteArray::number(id);
}

void DemoSeeder::writeMembersAndLedger()
{
    size_t tableSize = 1024;
    while (tableSize < size_t(m_n) * 4)
        tableSize *= 2;
    m_handleTable.assign(tableSize, 0);
    QByteArray o;
    o.reserve(4096);
    // The ledger first, numbered in member order (p1 is member 1's opening balance).
    enum Kind : quint8 { Opening, Discussion, Sharing, TaskCheckIn, TaskProfile, Coupon, Mug };
    struct LedgerRow {
        qint32 member;
        qint32 points;
        qint64 at;
        Kind kind;
    };
    std::vector<LedgerRow> ledger;
    ledger.reserve(size_t(m_ledgerRows));
    for (size_t i = 0; i < m_members.size(); ++i) {
        const MemberRec &m = m_members[i];
        const qint64 ledgerOpen = std::max(m_dayStart[m_ledgerStart], m.joinedAt);
        auto timeOn = [&](int day) {
            qint64 t = randomTimeOnDay(day);
            if (day == m.lastActiveDay)
                t = std::min(t, m.lastActiveAt);
            return std::max(t, ledgerOpen);
        };
        const auto member = qint32(i);
        if (m.opening > 0)
            ledger.push_back({member, m.opening, ledgerOpen, Opening});
        if (m.discussion > 0)
            ledger.push_back({member, m.discussion, timeOn(m.ledgerLastDay), Discussion});
        if (m.sharing > 0)
            ledger.push_back({member, m.sharing, timeOn(m.ledgerPickDay), Sharing});
        if (m.task > 0)
            ledger.push_back({member, m.task, timeOn(m.ledgerPickDay), chance(m_rng, 0.5) ? TaskCheckIn : TaskProfile});
        if (m.redemption > 0)
            ledger.push_back({member, -m.redemption, timeOn(m.ledgerLastDay), chance(m_rng, 0.6) ? Coupon : Mug});
    }

    static const char *const tierIds[] = {"newcomer", "regular", "core", "backbone"};
    static const char *const statuses[] = {"active", "muted", "banned"};

    for (const qint64 memberId : lexicalOrder(m_n)) {
        const size_t i = size_t(memberId - 1);
        MemberRec &m = m_members[i];
        const QByteArray id = idText(memberId);
        const Person person = randomPerson(m_rng);
        const QByteArray handle = handleFor(person.handleStem, qint64(i) + 1);
        o.clear();
        o += "{\"id\":\"";
        o += id;
        o += "\",\"version\":1,\"updated_at\":\"";
        o += m_anchorIso;
        o += "\",\"handle\":";
        jStr(o, handle);
        o += ",\"display_name\":";
        jStr(o, person.displayName);
        o += ",\"joined_at\":";
        jTime(o, m.joinedAt);
        o += ",\"last_active_at\":";
        jTime(o, m.lastActiveAt);
        o += ",\"signup_channel\":\"";
        o += channels()[m.channel];
        o += "\",\"tier\":\"";
        o += tierIds[m.tier];
        o += "\",\"tier_locked\":";
        o += m.tierLocked ? "true" : "false";
        o += ",\"tier_since\":";
        jTime(o, m.tierSince);
        o += ",\"points\":";
        jInt(o, m.points);
        o += ",\"badges\":[";
        bool first = true;
        for (int b = 0; b < 13; ++b) {
            if (!((m.badges >> b) & 1))
                continue;
            if (!first)
                o += ',';
            first = false;
            o += '"';
            o += kBadgeIds[b];
            o += '"';
        }
        o += "],\"groups\":[";
        for (int k = 0; k < m.groupCount; ++k) {
            if (k)
                o += ',';
            o += "\"g";
            jInt(o, m_groupLinks[m.groupOffset + k] + 1);
            o += '"';
        }
        o += "],\"active_days_30\":";
        jInt(o, m.activeDays30);
        o += ",\"posts_30\":";
        jInt(o, m.posts30);
        o += ",\"comments_30\":";
        jInt(o, m.comments30);
        o += ",\"likes_received_30\":";
        jInt(o, m.likes30);
        o += ",\"helpful_answers_30\":";
        jInt(o, m.helpful30);
        o += ",\"posts_total\":";
        jInt(o, m.postsTotal);
        o += ",\"helpful_answers_total\":";
        jInt(o, m.helpfulTotal);
        o += ",\"spend_total\":";
        jMoney(o, m.spendCents);
        o += ",\"spend_90d\":";
        jMoney(o, m.spend90Cents);
        o += ",\"last_purchase_at\":";
        qint64 purchaseAt = 0;
        if (m.purchaseDay >= 0) {
            purchaseAt = randomTimeOnDay(m.purchaseDay);
            if (m.purchaseDay == m.lastActiveDay)
                purchaseAt = std::min(purchaseAt, m.lastActiveAt);
            purchaseAt = std::max(purchaseAt, m.joinedAt);
        }
        jTime(o, purchaseAt);
        o += ",\"status\":\"";
        o += statuses[m.status];
        o += "\",\"muted_until\":";
        jTime(o, m.status == 1 ? m_anchor + uniformInt(m_rng, 1, 30) * 86400 + uniformInt(m_rng, 0, 86399) : 0);
        o += ",\"language\":\"";
        o += person.language;
        o += "\",\"notes\":[";
        if (m.status != 0 || chance(m_rng, 0.001)) {
            static const char *const muteNotes[] = {"Repeated off-topic posting after two warnings.",
                                                    "多次发布广告链接，禁言观察。", "Heated argument in English Corner, cooling off."};
            static const char *const banNotes[] = {"Spam account: mass-posted links.", "恶意骚扰其他成员，已封禁。",
                                                   "Ban evasion (second account)."};
            static const char *const otherNotes[] = {"Very helpful in the Python groups — consider for backbone.",
                                                     "联系过我们，希望组织线下活动。", "Asked for a refund once; resolved.",
                                                     "Speaker at the data science salon."};
            const char *text = m.status == 1 ? muteNotes[uniformInt(m_rng, 0, 2)]
                : m.status == 2 ? banNotes[uniformInt(m_rng, 0, 2)]
                                : otherNotes[uniformInt(m_rng, 0, 3)];
            o += "{\"text\":";
            jStr(o, QByteArray(text));
            o += ",\"by\":\"";
            o += kModerators[uniformInt(m_rng, 0, 5)];
            o += "\",\"at\":";
            jTime(o, std::max(m.lastActiveAt, m_anchor - uniformInt(m_rng, 1, 20) * 86400));
            o += '}';
        }
        o += "]}";
        insert("member", id, o);

    }

    QByteArray e;
    e.reserve(512);
    for (const qint64 k : lexicalOrder(qint64(ledger.size()))) {
        const LedgerRow &row = ledger[size_t(k - 1)];
        const MemberRec &m = m_members[size_t(row.member)];
        const QByteArray id = 'p' + QByteArray::number(k);
        e.clear();
        e += "{\"id\":\"";
        e += id;
        e += "\",\"version\":1,\"updated_at\":\"";
        e += m_anchorIso;
        e += "\",\"member_id\":\"";
        jInt(e, row.member + 1);
        e += "\",\"points\":";
        jInt(e, row.points);
        e += ",\"reason\":";
        switch (row.kind) {
        case Opening: jStr(e, QByteArray("Opening balance")); break;
        case Discussion:
            jStr(e, "Discussion: " + QByteArray::number(m.postsL) + " posts, "
                     + QByteArray::number(m.commentsL) + " comments, "
                     + QByteArray::number(m.helpfulL) + " helpful answers");
            break;
        case Sharing: jStr(e, QByteArray("Sharing: study notes")); break;
        case TaskCheckIn: jStr(e, QByteArray("Task: weekly check-in")); break;
        case TaskProfile: jStr(e, QByteArray("Task: complete your profile")); break;
        case Coupon: jStr(e, QByteArray("Redemption: course coupon")); break;
        case Mug: jStr(e, QByteArray("Redemption: community mug")); break;
        }
        e += ",\"awarded_by\":\"system\",\"created_at\":";
        jTime(e, row.at);
        e += '}';
        insert("points_entry", id, e);
    }
    m_db.setMeta(u"counter:points_entry"_s, QString::number(qint64(ledger.size())));
}

void DemoSeeder::writeGroups()
{
    struct Topic {
        const char *name, *topic;
    };
    static const Topic topics[] = {
        {"Python 入门", "Python"}, {"机器学习读书会", "机器学习"}, {"IELTS speaking", "English"},
        {"数据分析实战", "数据分析"}, {"LeetCode daily", "Algorithms"}, {"考研英语互助", "英语"},
        {"前端开发交流", "Web"}, {"深度学习论文精读", "深度学习"}, {"SQL for analysts", "SQL"},
        {"求职面试互助", "Career"}, {"Kaggle 竞赛组", "Data Science"}, {"TOEFL writing circle", "English"},
        {"統計學讀書會", "統計"}, {"Go 语言学习", "Go"}, {"Rust beginners", "Rust"},
        {"产品经理成长营", "Product"}, {"日语 N2 冲刺", "日语"}, {"Linux 与运维", "Linux"},
        {"Excel 高效办公", "Office"}, {"Java 后端进阶", "Java"}, {"英語口說練習", "English"},
        {"大模型应用开发", "LLM"}, {"Statistics study hall", "Statistics"}, {"算法竞赛训练", "Algorithms"},
    };
    static const char *const suffixes[] = {"", " · 第%1期", " #%1", "（%1组）", " · %1 班"};
    static const char *const levels[] = {"beginner", "intermediate", "advanced"};
    QHash<QString, int> used;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const GroupRec &rec = m_groups[g];
        const Topic &t = topics[uniformInt(m_rng, 0, std::size(topics) - 1)];
        QString name = QString::fromUtf8(t.name);
        const int seen = used[name]++;
        if (seen > 0)
            name += QString::fromUtf8(suffixes[1 + seen % 4]).arg(seen + 1);
        QJsonArray admins;
        const int wanted = 1 + (rec.memberCount > 30) + (rec.memberCount > 150);
        for (int k = 0; k < std::min<int>(wanted, rec.top.size()); ++k)
            admins.append(QString::number(rec.top[k] + 1));
        if (admins.isEmpty())
            admins.append(QString::number(uniformInt(m_rng, 1, m_n)));
        const double level = uniform01(m_rng);
        insert("group", u"g"_s + QString::number(g + 1),
               QJsonObject{{u"name"_s, name},
                           {u"topic"_s, QString::fromUtf8(t.topic)},
                           {u"level"_s, QString::fromLatin1(levels[level < 0.5 ? 0 : level < 0.85 ? 1 : 2])},
                           {u"admins"_s, admins},
                           {u"member_count"_s, rec.memberCount},
                           {u"posts_30"_s, rec.posts30},
                           {u"active_members_30"_s, rec.activeMembers},
                           {u"created_at"_s, QString::fromLatin1(isoUtc(rec.createdAt))},
                           {u"last_activity_at"_s, QString::fromLatin1(isoUtc(rec.lastActivity))}});
    }
}

void DemoSeeder::writeModeration()
{
    const qint64 count = std::max<qint64>(2000, m_n / 10);
    const int recentStart = m_today - kRecentDays;
    struct Draft {
        Post post;
        int author = 0;
        qint64 createdAt = 0;
        qint64 decidedAt = 0;
        QString status;
        QString decidedBy;
        QString reason;
        bool held = false;
        QList<QPair<int, qint64>> reports;
    };
    std::vector<Draft> drafts(static_cast<size_t>(count));
    auto activeMember = [&](int day) -> int {
        const auto &list = m_activeOnDay[day - recentStart];
        if (!list.empty())
            return int(list[size_t(uniformInt(m_rng, 0, qint64(list.size()) - 1))]);
        return int(uniformInt(m_rng, 0, m_n - 1));
    };
    for (Draft &dr : drafts) {
        dr.post = randomPost(m_rng);
        const bool pending = chance(m_rng, 0.75);
        // Pending items are mostly recent; decided ones spread over the month.
        const double age = kRecentDays * std::pow(uniform01(m_rng), pending ? 2.2 : 0.8);
        const int day = std::clamp(m_today - 1 - int(age), recentStart, m_today - 1);
        const bool spammy = dr.post.nature == Nature::Spam || dr.post.nature == Nature::Ads
            || dr.post.nature == Nature::Nsfw;
        int author = activeMember(day);
        for (int tries = 0; spammy && tries < 8 && m_members[author].joinDay < m_today - 90; ++tries)
            author = activeMember(day);
        dr.author = author;
        const MemberRec &a = m_members[author];
        const qint64 lo = std::max(m_dayStart[day], a.joinedAt);
        qint64 hi = m_dayStart[day + 1] - 1;
        if (a.lastActiveDay == day)
            hi = a.lastActiveAt;
        hi = std::max(hi, lo);
        dr.createdAt = lo + qint64(uniform01(m_rng) * double(hi - lo));

        // Decision.
        dr.status = u"pending"_s;
        if (!pending) {
            const double minutes = std::min(3 * 1440.0, std::exp(std::log(35.0) + 1.1 * normal(m_rng)));
            qint64 decided = dr.createdAt + 60 + qint64(minutes * 60);
            if (decided > m_anchor - 30)
                decided = std::max(dr.createdAt + 60, m_anchor - uniformInt(m_rng, 30, 600));
            if (decided < m_anchor) {
                dr.decidedAt = decided;
                const double r = uniform01(m_rng);
                QString outcome;
                switch (dr.post.nature) {
                case Nature::Question:
                case Nature::Share: outcome = r < 0.9 ? u"approved"_s : r < 0.95 ? u"escalated"_s : u"rejected"_s; break;
                case Nature::Spam:
                case Nature::Ads:
                case Nature::Nsfw: outcome = r < 0.95 ? u"rejected"_s : u"escalated"_s; break;
                case Nature::Abuse: outcome = r < 0.7 ? u"rejected"_s : u"escalated"_s; break;
                case Nature::OffTopic: outcome = r < 0.5 ? u"rejected"_s : u"approved"_s; break;
                case Nature::Misinformation: outcome = r < 0.5 ? u"escalated"_s : u"rejected"_s; break;
                case Nature::Markup: outcome = r < 0.6 ? u"rejected"_s : u"approved"_s; break;
                }
                dr.status = outcome;
                dr.decidedBy = QString::fromLatin1(kModerators[uniformInt(m_rng, 0, 5)]);
                if (outcome == u"approved"_s)
                    dr.reason = QString::fromUtf8(pick(m_rng, {"Looks fine", "Legitimate question", "内容正常", "No violation found"}));
                else if (outcome == u"escalated"_s)
                    dr.reason = QString::fromUtf8(pick(m_rng, {"Needs a second opinion", "Possible misinformation, asking the manager", "需要主管判断"}));
                else
                    dr.reason = reportReason(m_rng, dr.post.nature);
            }
        }
        // Reports: likelier and more numerous the worse the item.
        double reportP = 0.04;
        switch (dr.post.nature) {
        case Nature::Spam: case Nature::Ads: case Nature::Nsfw: reportP = 0.65; break;
        case Nature::Abuse: reportP = 0.85; break;
        case Nature::Misinformation: reportP = 0.6; break;
        case Nature::OffTopic: reportP = 0.3; break;
        case Nature::Markup: reportP = 0.4; break;
        default: break;
        }
        if (chance(m_rng, reportP)) {
            const int n = reportP < 0.1 ? 1 : int(uniformInt(m_rng, 1, 5));
            const qint64 limit = dr.decidedAt ? dr.decidedAt - 1 : m_anchor - 1;
            for (int r = 0; r < n; ++r) {
                qint64 at = dr.createdAt + 60 + qint64(std::exp(std::log(60.0) + 1.2 * normal(m_rng)) * 60);
                if (at > limit)
                    at = dr.createdAt + qint64(uniform01(m_rng) * double(std::max<qint64>(1, limit - dr.createdAt)));
                const int rday = std::clamp(dayOf(at), recentStart, m_today - 1);
                int reporter = activeMember(rday);
                if (reporter == dr.author)
                    reporter = (reporter + 1) % int(m_n);
                dr.reports.append({reporter, at});
            }
            std::sort(dr.reports.begin(), dr.reports.end(), [](auto &a, auto &b) { return a.second < b.second; });
        }
        if (dr.status == u"pending"_s)
            dr.held = (dr.post.aiScore > 0.75 && chance(m_rng, 0.15)) || chance(m_rng, 0.004);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.createdAt < b.createdAt; });

    QByteArray o;
    o.reserve(4096);
    m_items.reserve(drafts.size());
    for (const qint64 itemId : lexicalOrder(qint64(drafts.size()))) {
        const Draft &dr = drafts[size_t(itemId - 1)];
        const QByteArray id = idText(itemId);
        o.clear();
        o += "{\"id\":\"";
        o += id;
        o += "\",\"version\":1,\"updated_at\":\"";
        o += m_anchorIso;
        o += "\",\"kind\":";
        jStr(o, dr.post.kind);
        o += ",\"author_id\":\"";
        jInt(o, dr.author + 1);
        o += "\",\"board\":";
        jStr(o, dr.post.board);
        o += ",\"title\":";
        jStr(o, dr.post.title);
        o += ",\"body\":";
        jStr(o, dr.post.body);
        o += ",\"language\":";
        jStr(o, dr.post.language);
        o += ",\"created_at\":";
        jTime(o, dr.createdAt);
        o += ",\"ai_score\":";
        jFixed(o, dr.post.aiScore, 3);
        o += ",\"ai_labels\":[";
        for (int l = 0; l < dr.post.aiLabels.size(); ++l) {
            if (l)
                o += ',';
            jStr(o, dr.post.aiLabels[l]);
        }
        o += "],\"reports\":[";
        for (int r = 0; r < dr.reports.size(); ++r) {
            if (r)
                o += ',';
            o += "{\"reporter_id\":\"";
            jInt(o, dr.reports[r].first + 1);
            o += "\",\"reason\":";
            jStr(o, reportReason(m_rng, dr.post.nature));
            o += ",\"at\":";
            jTime(o, dr.reports[r].second);
            o += '}';
        }
        o += "],\"report_count\":";
        jInt(o, dr.reports.size());
        o += ",\"sentiment\":";
        jFixed(o, dr.post.sentiment, 2);
        o += ",\"status\":";
        jStr(o, dr.status);
        o += ",\"held\":";
        o += dr.held ? "true" : "false";
        o += ",\"decided_by\":";
        if (dr.decidedAt)
            jStr(o, dr.decidedBy);
        else
            o += "null";
        o += ",\"decided_at\":";
        jTime(o, dr.decidedAt);
        o += ",\"decision_reason\":";
        if (dr.decidedAt)
            jStr(o, dr.reason);
        else
            o += "null";
        o += ",\"claimed_by\":null,\"claim_expires_at\":null}";
        insert("moderation_item", id, o);

        ItemRec item;
        item.day = dayOf(dr.createdAt);
        item.createdAt = dr.createdAt;
        item.decidedAt = dr.decidedAt;
        item.rejected = dr.status == u"rejected"_s;
        for (const auto &r : dr.reports)
            item.reportTimes.append(r.second);
        m_items.push_back(item);
    }
    m_db.setMeta(u"counter:moderation_item"_s, QString::number(count));
}

void DemoSeeder::writeKeywordRules()
{
    struct Rule {
        const char *pattern;
        bool regex;
        const char *action, *label, *note;
    };
    static const Rule rules[] = {
        {"加微信", false, "flag", "spam", "Classic lead-in of WeChat spam."},
        {"https?://(t\\.cn|bit\\.ly)/\\w+", true, "hold", "spam", "Short links in posts from new accounts."},
        {"日赚|日結|日结", true, "hold", "ads", "Get-rich-quick offers."},
        {"代写|代考|代寫", true, "flag", "ads", "Essay and exam fraud services."},
        {"滚出|滾出", true, "suggest_mute", "abuse", "Telling people to get out."},
        {"<script", false, "flag", "spam", "Script injection attempts (shown escaped)."},
        {"free course download", false, "flag", "spam", "Pirated course bait."},
    };
    int id = 0;
    for (const Rule &r : rules) {
        insert("keyword_rule", u"kw"_s + QString::number(++id),
               QJsonObject{{u"pattern"_s, QString::fromUtf8(r.pattern)},
                           {u"is_regex"_s, r.regex},
                           {u"action"_s, QString::fromLatin1(r.action)},
                           {u"label"_s, QString::fromLatin1(r.label)},
                           {u"enabled"_s, id != 7},
                           {u"created_by"_s, id % 2 ? u"manager"_s : u"moderator"_s},
                           {u"created_at"_s, QString::fromLatin1(isoUtc(m_anchor - (200 - id * 20) * 86400))},
                           {u"note"_s, QString::fromUtf8(r.note)}});
    }
}

void DemoSeeder::writeFeedback()
{
    struct Item {
        const char *category, *subjectEn, *bodyEn, *subjectZh, *bodyZh;
    };
    static const Item items[] = {
        {"bug", "App crashes when uploading a picture", "Every time I attach a photo to a post on Android the app closes.",
         "上传图片时应用闪退", "在安卓手机上给帖子加图片，应用就直接退出了。"},
        {"bug", "Can't log in on the web", "The login page keeps reloading after I enter my password.",
         "网页版无法登录", "输入密码后登录页面一直刷新。"},
        {"bug", "Points not credited after a task", "I finished the weekly check-in task but the points never arrived.",
         "完成任务后积分没有到账", "完成了每周打卡任务，但积分一直没有到账。"},
        {"suggestion", "Please add a dark mode", "Reading at night is hard on the eyes.",
         "希望增加夜间模式", "晚上看帖子太刺眼了。"},
        {"suggestion", "Shared calendars for study groups", "It would help us plan sessions.",
         "学习小组能否增加共享日历", "方便我们安排每周的讨论。"},
        {"complaint", "My post was removed without explanation", "I don't know which rule I broke.",
         "我的帖子被无故删除", "不知道违反了哪条规定。"},
        {"complaint", "Too many ads in the English Corner", "Every other post is a course advert.",
         "英语角广告太多了", "几乎每隔一条就是课程广告。"},
        {"question", "How are tiers calculated?", "What do I need to become a core member?",
         "等级是怎么计算的？", "怎样才能成为核心成员？"},
        {"question", "When is the next salon in Shanghai?", "I missed the last one.",
         "上海的下一场沙龙是什么时候？", "上次没赶上，想参加下一场。"},
    };
    static const char *const repliesEn[] = {"Thanks for reporting! We're looking into it.",
                                            "Fixed in the latest release, please update.",
                                            "Good idea — we've added it to the roadmap."};
    static const char *const repliesZh[] = {"感谢反馈，我们正在跟进处理。", "最新版本已修复，请更新后再试。",
                                            "好建议，已经加入计划。"};
    static const char *const staff[] = {"moderator", "lin", "manager", "chen"};
    const qint64 count = std::max<qint64>(150, m_n / 100);
    struct Draft {
        int member;
        qint64 createdAt;
    };
    std::vector<Draft> drafts;
    drafts.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const int day = m_today - 1 - int(45 * std::pow(uniform01(m_rng), 1.3));
        int member = 0;
        if (day >= m_today - kRecentDays && !m_activeOnDay[day - (m_today - kRecentDays)].empty()) {
            const auto &list = m_activeOnDay[day - (m_today - kRecentDays)];
            member = int(list[size_t(uniformInt(m_rng, 0, qint64(list.size()) - 1))]);
        } else {
            for (int tries = 0; tries < 20; ++tries) {
                member = int(uniformInt(m_rng, 0, m_n - 1));
                if (m_members[member].joinDay <= day && m_members[member].lastActiveDay >= day)
                    break;
            }
        }
        const MemberRec &m = m_members[member];
        const qint64 lo = std::max(m_dayStart[day], m.joinedAt);
        const qint64 hi = std::max(lo, std::min(m_dayStart[day + 1] - 1, m.lastActiveDay == day ? m.lastActiveAt : m_anchor - 1));
        drafts.push_back({member, lo + qint64(uniform01(m_rng) * double(hi - lo))});
    }
    std::sort(drafts.begin(), drafts.end(), [](auto &a, auto &b) { return a.createdAt < b.createdAt; });
    for (qint64 i = 0; i < count; ++i) {
        const Draft &d = drafts[size_t(i)];
        const MemberRec &m = m_members[size_t(d.member)];
        const Item &item = items[uniformInt(m_rng, 0, std::size(items) - 1)];
        const bool english = chance(m_rng, 0.35);
        const qint64 age = m_anchor - d.createdAt;
        QString status;
        const double r = uniform01(m_rng);
        if (age < 86400)
            status = r < 0.8 ? u"open"_s : u"answered"_s;
        else
            status = r < 0.6 ? u"resolved"_s : r < 0.85 ? u"answered"_s : u"open"_s; // open ones are overdue
        QJsonArray replies;
        QJsonValue firstReply = QJsonValue::Null, resolved = QJsonValue::Null;
        if (status != u"open"_s) {
            qint64 at = d.createdAt + qint64(uniformReal(m_rng, 0.5, 30.0) * 3600);
            at = std::min(at, m_anchor - 60);
            firstReply = QString::fromLatin1(isoUtc(at));
            const int which = int(uniformInt(m_rng, 0, 2));
            replies.append(QJsonObject{{u"by"_s, QString::fromLatin1(staff[uniformInt(m_rng, 0, 3)])},
                                       {u"body"_s, QString::fromUtf8(english ? repliesEn[which] : repliesZh[which])},
                                       {u"at"_s, QString::fromLatin1(isoUtc(at))}});
            if (status == u"resolved"_s) {
                const qint64 done = std::min(at + qint64(uniformReal(m_rng, 0.2, 48.0) * 3600), m_anchor - 30);
                resolved = QString::fromLatin1(isoUtc(std::max(done, at)));
            }
        }
        insert("feedback", QString::number(i + 1),
               QJsonObject{{u"member_id"_s, QString::number(d.member + 1)},
                           {u"subject"_s, QString::fromUtf8(english ? item.subjectEn : item.subjectZh)},
                           {u"body"_s, QString::fromUtf8(english ? item.bodyEn : item.bodyZh)},
                           {u"category"_s, QString::fromLatin1(item.category)},
                           {u"created_at"_s, QString::fromLatin1(isoUtc(d.createdAt))},
                           {u"due_at"_s, QString::fromLatin1(isoUtc(d.createdAt + 86400))},
                           {u"priority"_s, m.tier >= 2 ? u"high"_s : u"normal"_s},
                           {u"status"_s, status},
                           {u"replies"_s, replies},
                           {u"first_reply_at"_s, firstReply},
                           {u"resolved_at"_s, resolved}});
    }
    m_db.setMeta(u"counter:feedback"_s, QString::number(count));
}

void DemoSeeder::writeCampaigns()
{
    const int simStart = m_metricStart - kWarmupDays;
    double recentSignupsPerDay = 0;
    for (int t = kMetricDays - 30; t < kMetricDays; ++t)
        recentSignupsPerDay += m_joins[size_t(t)] / 30.0;
    for (size_t i = 0; i < m_campaigns.size(); ++i) {
        const CampaignRec &c = m_campaigns[i];
        // Goals: a salon fills a room; an online campaign aims at a share of the DAU it
        // runs over; new members at what such a campaign brings. Results land around them,
        // except new_members, which are the signups actually attributed to the campaign.
        const bool offline = c.mode == u"offline"_s;
        const int days = c.endDay - c.startDay + 1;
        double dauSum = 0;
        int dauDays = 0;
        for (int d = std::min(c.startDay, m_today - 30); d <= std::min(c.endDay, m_today - 1); ++d) {
            if (d >= c.startDay || c.startDay >= m_today) {
                dauSum += m_dau[size_t(d - simStart)];
                ++dauDays;
            }
        }
        const double dau = dauDays ? dauSum / dauDays : 0.0;
        const double boost = std::max(0.03, c.dauBoost);
        const qint64 goalParticipants = offline
            ? uniformInt(m_rng, 4, 15) * 10
            : std::max<qint64>(50, std::llround(dau * boost * days * uniformReal(m_rng, 1.0, 2.0) / 10.0) * 10);
        double expectedNew = c.signupBoost * recentSignupsPerDay * days;
        if (c.startDay < m_today && c.status != u"cancelled"_s) {
            const int elapsed = std::min(c.endDay, m_today - 1) - c.startDay + 1;
            expectedNew = double(c.attributedSignups) * days / std::max(1, elapsed);
        }
        const qint64 goalNew = std::max<qint64>(5, std::llround(expectedNew * uniformReal(m_rng, 0.8, 1.4)));
        const qint64 goalConv = std::max<qint64>(3, std::llround(double(goalParticipants) * uniformReal(m_rng, 0.02, 0.06)));
        const QJsonObject goals{{u"participants"_s, goalParticipants}, {u"new_members"_s, goalNew},
                                {u"conversions"_s, goalConv}, {u"revenue"_s, round2(double(goalConv) * 99.0)}};
        QJsonValue results = QJsonValue::Null;
        QJsonArray variants;
        const bool started = c.status != u"cancelled"_s && c.startDay < m_today;
        qint64 participants = 0;
        if (started) {
            const int elapsed = std::min(c.endDay, m_today - 1) - c.startDay + 1;
            participants = std::llround(double(goalParticipants) * elapsed / days * uniformReal(m_rng, 0.6, 1.35));
            const qint64 conversions = std::llround(double(participants) * uniformReal(m_rng, 0.015, 0.07));
            results = QJsonObject{{u"participants"_s, participants},
                                  {u"new_members"_s, c.attributedSignups},
                                  {u"conversions"_s, conversions},
                                  {u"revenue"_s, round2(double(conversions) * uniformReal(m_rng, 60, 160))}};
        }
        if (c.withVariants) {
            // Some tests find a real difference, some do not.
            const double rateA = uniformReal(m_rng, 0.02, 0.06);
            const bool significant = chance(m_rng, 0.5);
            const double rateB = rateA * (significant ? uniformReal(m_rng, 1.3, 1.7) : uniformReal(m_rng, 0.95, 1.06));
            const int base = int(std::max<qint64>(2000, participants * uniformInt(m_rng, 3, 8)));
            const QString names[2] = {c.name.contains(u"·"_s) || c.name.at(0).unicode() < 128
                                          ? u"A: control"_s : u"A：原方案"_s,
                                      c.name.at(0).unicode() < 128 ? u"B: bold banner"_s : u"B：新海报"_s};
            const double rates[2] = {rateA, rateB};
            for (int v = 0; v < 2; ++v) {
                const int exposures = started ? int(base / 2 * uniformReal(m_rng, 0.95, 1.05)) : 0;
                variants.append(QJsonObject{{u"name"_s, names[v]},
                                            {u"exposures"_s, exposures},
                                            {u"conversions"_s, std::max<qint64>(0, std::lround(exposures * rates[v] + normal(m_rng) * std::sqrt(exposures * rates[v])))}});
            }
        }
        insert("campaign", u"cmp-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')),
               QJsonObject{{u"name"_s, c.name},
                           {u"type"_s, c.type},
                           {u"mode"_s, c.mode},
                           {u"place"_s, c.place.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.place)},
                           {u"start_date"_s, QString::fromLatin1(m_dateText[size_t(c.startDay)])},
                           {u"end_date"_s, QString::fromLatin1(m_dateText[size_t(c.endDay)])},
                           {u"owner"_s, u"manager"_s},
                           {u"budget"_s, c.budget},
                           {u"cost"_s, c.cost},
                           {u"target_tier"_s, c.targetTier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.targetTier)},
                           {u"target_segment"_s, c.targetSegment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.targetSegment)},
                           {u"goals"_s, goals},
                           {u"results"_s, results},
                           {u"variants"_s, variants},
                           {u"status"_s, c.status},
                           {u"notes"_s, c.notes}});
    }
}

void DemoSeeder::writeBudgets()
{
    const QDate today = m_options.today;
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    // From four quarters back to the next one.
    for (int k = 0; k < 4; ++k) {
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    static const char *const notes[] = {"Includes the Beijing and Shanghai salons.",
                                        "含线上挑战赛奖品预算。", "Heavier on offline events.",
                                        "Cut by 10% after the mid-year review.", "含周年庆活动。",
                                        "Draft: to be confirmed by finance."};
    for (int k = 0; k < 6; ++k) {
        const QString id = u"%1Q%2"_s.arg(year).arg(quarter);
        const double amount = (80000.0 + 8000.0 * k) * uniformReal(m_rng, 0.95, 1.08);
        insert("budget", id,
               QJsonObject{{u"quarter"_s, id},
                           {u"amount"_s, std::round(amount / 1000.0) * 1000.0},
                           {u"notes"_s, QString::fromUtf8(notes[k])}});
        if (++quarter == 5) {
            quarter = 1;
            ++year;
        }
    }
}

void DemoSeeder::writeMetrics()
{
    const int simStart = m_metricStart - kWarmupDays;
    const int recentStart = m_today - kRecentDays;
    std::vector<int> wau(m_dau.size()), mau(m_dau.size());
    int w = 0, mo = 0;
    for (size_t t = 0; t < m_dau.size(); ++t) {
        w += m_wauDiff[t];
        mo += m_mauDiff[t];
        wau[t] = w;
        mau[t] = mo;
    }
    // Moderation figures of the last 30 days are counted from the seeded items.
    struct ModDay {
        int reports = 0, decisions = 0, violations = 0, backlog = 0, created = 0;
        std::vector<int> minutes;
    };
    std::vector<ModDay> mod(kRecentDays);
    for (const ItemRec &it : m_items) {
        if (it.day >= recentStart)
            ++mod[size_t(it.day - recentStart)].created;
        for (qint64 r : it.reportTimes) {
            const int d = dayOf(r);
            if (d >= recentStart && d < m_today)
                ++mod[size_t(d - recentStart)].reports;
        }
        if (it.decidedAt) {
            const int d = dayOf(it.decidedAt);
            if (d >= recentStart && d < m_today) {
                ModDay &md = mod[size_t(d - recentStart)];
                ++md.decisions;
                md.violations += it.rejected;
                md.minutes.push_back(int((it.decidedAt - it.createdAt) / 60));
            }
        }
        for (int d = std::max(it.day, recentStart); d < m_today; ++d) {
            if (it.decidedAt && it.decidedAt < m_dayStart[d + 1])
                break;
            ++mod[size_t(d - recentStart)].backlog;
        }
    }
    double recentDau = 0;
    for (int d = recentStart; d < m_today; ++d)
        recentDau += m_dau[size_t(d - simStart)];
    recentDau /= kRecentDays;
    const double itemsPerDau = double(m_items.size()) / kRecentDays / std::max(1.0, recentDau);

    qint64 payingNow = 0;
    for (const MemberRec &m : m_members)
        payingNow += m.spend90Cents > 0;
    const qint64 membersNow = m_n;

    qint64 membersTotal = m_joinedBeforeMetrics;
    for (int t = 0; t < kMetricDays; ++t) {
        const int d = m_metricStart + t;
        const size_t s = size_t(d - simStart);
        membersTotal += m_joins[size_t(t)];
        const int dau = m_dau[s];
        const double f = m_activityFactor[size_t(d)];
        QJsonObject newMembers;
        for (int c = 0; c < 7; ++c)
            newMembers.insert(QString::fromLatin1(channels()[c]), m_joinsByChannel[size_t(t)][size_t(c)]);
        int reports, decisions, violations, backlog;
        double median;
        if (d >= recentStart) {
            ModDay &md = mod[size_t(d - recentStart)];
            reports = md.reports;
            decisions = md.decisions;
            violations = md.violations;
            backlog = md.backlog;
            if (md.minutes.empty()) {
                median = 0;
            } else {
                std::sort(md.minutes.begin(), md.minutes.end());
                median = md.minutes[md.minutes.size() / 2];
            }
        } else {
            // Before the seeded items: the same rates, a calmer queue.
            const double items = dau * itemsPerDau * 0.6 * std::exp(0.1 * normal(m_rng));
            reports = poisson(m_rng, items * 0.5);
            decisions = poisson(m_rng, items * 0.95);
            violations = int(std::lround(decisions * uniformReal(m_rng, 0.2, 0.35)));
            backlog = int(std::lround(items * uniformReal(m_rng, 0.6, 1.4)));
            median = std::lround(uniformReal(m_rng, 22, 55) * (f < 0.9 ? 1.4 : 1.0));
        }
        const qint64 paying = membersTotal == membersNow
            ? payingNow
            : qint64(std::llround(payingNow * double(membersTotal) / double(membersNow) * (1.0 + 0.01 * normal(m_rng))));
        const int conversions = poisson(m_rng, double(paying) / 90.0 * 1.1 * f);
        const double revenue = round2(conversions * std::exp(std::log(75.0) + 0.25 * normal(m_rng)));
        const double sentiment = std::clamp(round3(0.24 + 0.05 * normal(m_rng) + (f < 0.8 ? 0.04 : 0.0)), -1.0, 1.0);
        const qint64 posts = m_dayPosts[s];
        insert("metric_day", QString::fromLatin1(m_dateText[size_t(d)]),
               QJsonObject{{u"date"_s, QString::fromLatin1(m_dateText[size_t(d)])},
                           {u"members_total"_s, membersTotal},
                           {u"dau"_s, dau},
                           {u"wau"_s, wau[s]},
                           {u"mau"_s, mau[s]},
                           {u"visitors"_s, qint64(std::llround(dau * uniformReal(m_rng, 1.9, 2.5) + membersTotal * 0.002)) + 1},
                           {u"new_members"_s, newMembers},
                           {u"posts"_s, posts},
                           {u"comments"_s, m_dayComments[s]},
                           {u"likes"_s, m_dayLikes[s]},
                           {u"shares"_s, qint64(std::llround(posts * 0.18 * std::exp(0.15 * normal(m_rng))))},
                           {u"reports"_s, reports},
                           {u"decisions"_s, decisions},
                           {u"median_decision_minutes"_s, median},
                           {u"backlog"_s, backlog},
                           {u"violations"_s, violations},
                           {u"conversions"_s, conversions},
                           {u"paying_members"_s, paying},
                           {u"revenue"_s, revenue},
                           {u"sentiment"_s, sentiment}});
    }
}

void DemoSeeder::writeCohorts()
{
    const int yesterday = m_today - 1;
    for (size_t c = 0; c < m_cohortSize.size(); ++c) {
        const int start = m_cohortStart + int(c) * 7;
        const int lastJoin = start + 6;
        // Day N is known only once the week's last joiner has reached it.
        auto value = [&](int n, int counted) -> QJsonValue {
            if (lastJoin + n > yesterday)
                return QJsonValue::Null;
            return counted;
        };
        // Counted figures fall with N; a rare small-cohort inversion is smoothed away.
        const int d1 = m_cohortD1[c];
        const int d7 = std::min(m_cohortD7[c], d1);
        const int d30 = std::min(m_cohortD30[c], d7);
        insert("retention_cohort", QString::fromLatin1(m_dateText[size_t(start)]),
               QJsonObject{{u"cohort_start"_s, QString::fromLatin1(m_dateText[size_t(start)])},
                           {u"size"_s, m_cohortSize[c]},
                           {u"d1"_s, value(1, d1)},
                           {u"d7"_s, value(7, d7)},
                           {u"d30"_s, value(30, d30)}});
    }
}
