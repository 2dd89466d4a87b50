#include "persongenerator.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

const QList<QByteArray> &PersonGenerator::channels()
{
    static const QList<QByteArray> c = {"organic", "search", "wechat", "weibo",
                                        "referral", "campaign", "app"};
    return c;
}

int PersonGenerator::randomChannel(SeedRandom::Engine &rng)
{
    static const double w[] = {30, 20, 18, 8, 12, 9, 3};
    return SeedRandom::weightedIndex(rng, w, 7);
}

PersonGenerator::Person PersonGenerator::randomPerson(SeedRandom::Engine &rng)
{
    Person p;
    QByteArray stem;
    if (SeedRandom::chance(rng, 0.78)) {
        const bool traditional = SeedRandom::chance(rng, 0.13);
        const Han *surname;
        int givenCount;
        if (SeedRandom::chance(rng, 0.012)) {
            surname = &kCompoundSurnames[SeedRandom::uniformInt(rng, 0, std::size(kCompoundSurnames) - 1)];
            givenCount = 1;
        } else {
            const auto &cum = surnameCumulative();
            const double x = SeedRandom::uniform01(rng) * cum.back();
            surname = &kSurnames[std::upper_bound(cum.begin(), cum.end(), x) - cum.begin()];
            givenCount = SeedRandom::chance(rng, 0.3) ? 1 : 2;
        }
        const Han *given[2] = {&kGiven[SeedRandom::uniformInt(rng, 0, std::size(kGiven) - 1)],
                               &kGiven[SeedRandom::uniformInt(rng, 0, std::size(kGiven) - 1)]};
        p.displayName = traditional ? surname->trad : surname->simp;
        QByteArray givenPinyin;
        for (int i = 0; i < givenCount; ++i) {
            p.displayName += traditional ? given[i]->trad : given[i]->simp;
            givenPinyin += given[i]->pinyin;
        }
        const QByteArray sur = surname->pinyin;
        switch (SeedRandom::uniformInt(rng, 0, 5)) {
        case 0: stem = sur + givenPinyin; break;
        case 1: stem = sur + '_' + givenPinyin; break;
        case 2: stem = givenPinyin + sur; break;
        case 3: stem = givenPinyin + '_' + sur; break;
        case 4: stem = sur.left(1) + givenPinyin; break;
        default: stem = lower(kEnFirst[SeedRandom::uniformInt(rng, 0, std::size(kEnFirst) - 1)]) + '_' + sur; break;
        }
        if (traditional)
            p.language = SeedRandom::chance(rng, 0.85) ? "zh_TW" : "en";
        else
            p.language = SeedRandom::chance(rng, 0.9) ? "zh_CN" : "en";
    } else {
        const QByteArray first = kEnFirst[SeedRandom::uniformInt(rng, 0, std::size(kEnFirst) - 1)];
        const QByteArray last = kEnLast[SeedRandom::uniformInt(rng, 0, std::size(kEnLast) - 1)];
        p.displayName = first + ' ' + last;
        switch (SeedRandom::uniformInt(rng, 0, 3)) {
        case 0: stem = first.toLower() + '_' + last.toLower(); break;
        case 1: stem = first.toLower() + last.toLower(); break;
        case 2: stem = first.left(1).toLower() + last.toLower(); break;
        default: stem = first.toLower() + last.left(1).toLower(); break;
        }
        p.language = SeedRandom::chance(rng, 0.85) ? "en" : "zh_CN";
    }
    if (SeedRandom::chance(rng, 0.45)) {
        switch (SeedRandom::uniformInt(rng, 0, 2)) {
        case 0: stem += QByteArray::number(SeedRandom::uniformInt(rng, 1, 99)); break;
        case 1: stem += QByteArray::number(SeedRandom::uniformInt(rng, 1975, 2008)); break;
        default: stem += QByteArray::number(SeedRandom::uniformInt(rng, 100, 999)); break;
        }
    }
    while (stem.size() < 3)
        stem += QByteArray::number(SeedRandom::uniformInt(rng, 0, 9));
    p.handleStem = stem.left(24);
    return p;
}
