#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The body of every fuzz target, shared by the libFuzzer programs (fuzz_*.cpp, clang
// with sanitizers) and by tst_fuzzregressions (the normal build), so a crasher kept under
// regressions/ runs through exactly the code that found it.
//
// Each body runs the code under test on the input and checks what that code promises
// (its header comments, docs/routes.md). A broken promise is a failure; a crash, a
// sanitizer report or a hang is the fuzzer's to see.
namespace FuzzBodies {

// True when the text holds a UTF-16 surrogate that is not half of a pair (what decoding
// replaces with U+FFFD, so inputs that hold one cannot round-trip).
inline bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        else if (s[i].isSurrogate())
            return true;
    }
    return false;
}

struct Outcome {
    QStringList failures; // broken invariants, one sentence each; empty when all hold
    QStringList tags;     // what the input turned out to be, e.g. "page", "rejected"
    void check(bool ok, const QString &what)
    {
        if (!ok)
            failures << what;
    }
};

// SnapshotPage::fromBody() (simdjson) against SnapshotPage::fromJson() (Qt), and the
// compact JSON of container cells that the cache stores.
Outcome snapshot(const QByteArray &data);
// A 2xx body through ApiReply::parseObject() and every QJsonObject reader of synctypes.h:
// ChangesPage, MutationResult (also as {"results":[...]}), EntityState, LoginInfo,
// MeInfo, HealthInfo.
Outcome apiJson(const QByteArray &data);
// An error reply: ApiError::fromHttp() for many statuses, ApiReply::parseRetryAfter().
// An optional first line "Retry-After: VALUE" is the header; the rest is the body.
Outcome apiError(const QByteArray &data);
// KeywordMatcher: rules and a text read from the input (see fuzzbodies_keywords.cpp).
Outcome keywords(const QByteArray &data);
// CsvReader::read().
Outcome csv(const QByteArray &data);

} // namespace FuzzBodies

// The libFuzzer entry point of every fuzz_*.cpp: runs `body`, and aborts with the broken
// invariants on stderr so that libFuzzer keeps the input as a crash.
#define STEWARD_FUZZ_TARGET(body)                                                        \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)              \
    {                                                                                    \
        const FuzzBodies::Outcome o =                                                    \
            body(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))); \
        if (!o.failures.isEmpty()) {                                                     \
            for (const QString &f : o.failures)                                          \
                fprintf(stderr, "invariant broken: %s\n", qUtf8Printable(f));             \
            abort();                                                                     \
        }                                                                                \
        return 0;                                                                        \
    }
