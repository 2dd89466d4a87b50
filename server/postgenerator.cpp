#include "postgenerator.h"

#include "jsonwriter.h"

using namespace Qt::StringLiterals;

namespace {

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

QString randomLink(SeedRandom::Engine &rng)
{
    static const char alnum[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alnum[SeedRandom::uniformInt(rng, 0, sizeof alnum - 2)]);
    switch (SeedRandom::uniformInt(rng, 0, 3)) {
    case 0: return u"https://t.cn/"_s + code;
    case 1: return u"http://bit.ly/"_s + code;
    case 2: return u"http://free-course.example.com/?ref="_s + code;
    default: return u"www.easy-money-"_s + code.toLower() + u".cn"_s;
    }
}

} // namespace

PostGenerator::Post PostGenerator::randomPost(SeedRandom::Engine &rng)
{
    static const double natureWeights[] = {55, 13, 9, 6, 6, 5, 2.5, 1.5, 2};
    Post post;
    post.nature = Nature(SeedRandom::weightedIndex(rng, natureWeights, 9));
    static const double langWeights[] = {30, 55, 15};
    const int lang = SeedRandom::weightedIndex(rng, langWeights, 3);
    static const QString langs[] = {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
    post.language = langs[lang];
    const int topic = int(SeedRandom::uniformInt(rng, 0, std::size(kTopicsEn) - 1));
    const char *const *topics = lang == 0 ? kTopicsEn : lang == 1 ? kTopicsZh : kTopicsTw;
    const QString topicText = QString::fromUtf8(topics[topic]);

    const Texts &texts = kPostTexts[int(post.nature)][lang];
    QString title = QString::fromUtf8(SeedRandom::pick(rng, texts.titles));
    QString body;
    const int sentences = int(SeedRandom::uniformInt(rng, 1, 3));
    for (int i = 0; i < sentences; ++i) {
        const QString s = QString::fromUtf8(SeedRandom::pick(rng, texts.bodies));
        if (body.contains(s))
            continue;
        if (!body.isEmpty())
            body += lang == 0 ? u" "_s : QString();
        body += s;
    }
    const QString n = QString::number(SeedRandom::uniformInt(rng, 2, 30));
    const QString link = randomLink(rng);
    const QString wechat = u"vx_"_s + QString::number(SeedRandom::uniformInt(rng, 100000, 999999));
    for (QString *s : {&title, &body}) {
        s->replace(u"{t}"_s, topicText);
        s->replace(u"{n}"_s, n);
        s->replace(u"{l}"_s, link);
        s->replace(u"{w}"_s, wechat);
    }

    const double k = SeedRandom::uniform01(rng);
    post.kind = k < 0.70 ? u"post"_s : k < 0.95 ? u"comment"_s : u"profile"_s;
    if (post.kind == u"comment"_s)
        title = (lang == 0 ? u"Re: "_s : u"回复："_s) + title;
    else if (post.kind == u"profile"_s)
        title = lang == 0 ? u"Profile update"_s : lang == 1 ? u"个人资料更新"_s : u"個人資料更新"_s;
    post.title = title;
    post.body = body;
    post.board = QString::fromLatin1(kTopicBoards[topic]);

    auto score = [&](double lo, double hi) { return JsonWriter::round3(SeedRandom::uniformReal(rng, lo, hi)); };
    switch (post.nature) {
    case Nature::Question:
    case Nature::Share:
        post.aiScore = score(0.01, 0.28);
        if (SeedRandom::chance(rng, 0.04)) { // the model's false positives
            post.aiScore = score(0.5, 0.66);
            post.aiLabels = {u"off_topic"_s};
        }
        post.sentiment = JsonWriter::round2(post.nature == Nature::Share ? SeedRandom::uniformReal(rng, 0.3, 0.9)
                                                             : SeedRandom::uniformReal(rng, -0.1, 0.4));
        break;
    case Nature::Spam:
        post.aiScore = score(0.75, 0.99);
        post.aiLabels = SeedRandom::chance(rng, 0.4) ? QStringList{u"spam"_s, u"ads"_s} : QStringList{u"spam"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, 0.2, 0.6));
        post.board = SeedRandom::chance(rng, 0.5) ? post.board : u"General"_s;
        break;
    case Nature::Ads:
        post.aiScore = score(0.6, 0.95);
        post.aiLabels = SeedRandom::chance(rng, 0.5) ? QStringList{u"ads"_s, u"spam"_s} : QStringList{u"ads"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, 0.3, 0.7));
        break;
    case Nature::Abuse:
        post.aiScore = score(0.55, 0.97);
        post.aiLabels = {u"abuse"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, -0.95, -0.5));
        break;
    case Nature::OffTopic:
        post.aiScore = score(0.4, 0.75);
        post.aiLabels = {u"off_topic"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, -0.1, 0.4));
        post.board = SeedRandom::chance(rng, 0.5) ? u"General"_s : u"Marketplace"_s;
        break;
    case Nature::Misinformation:
        post.aiScore = score(0.45, 0.85);
        post.aiLabels = {u"misinformation"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, -0.6, -0.1));
        break;
    case Nature::Nsfw:
        post.aiScore = score(0.7, 0.99);
        post.aiLabels = SeedRandom::chance(rng, 0.5) ? QStringList{u"nsfw"_s, u"spam"_s} : QStringList{u"nsfw"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, 0.0, 0.4));
        post.board = u"General"_s;
        break;
    case Nature::Markup:
        post.aiScore = score(0.3, 0.7);
        if (SeedRandom::chance(rng, 0.5))
            post.aiLabels = {u"spam"_s};
        post.sentiment = JsonWriter::round2(SeedRandom::uniformReal(rng, -0.1, 0.2));
        break;
    }
    return post;
}

QString PostGenerator::reportReason(SeedRandom::Engine &rng, PostGenerator::Nature nature)
{
    auto one = [&](std::initializer_list<const char *> l) { return QString::fromUtf8(SeedRandom::pick(rng, l)); };
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
