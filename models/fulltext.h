#pragma once

#include <QString>
#include <QStringView>

// Full-text search that finds one- and two-character Chinese queries. FTS5's trigram
// tokenizer never matches fewer than three characters, so instead every CJK code point
// becomes its own token of a `unicode61` table: indexText() spaces them out before the
// text is indexed, and matchExpression() turns a query into phrases of those tokens
// (English words become prefix queries). Use as `... WHERE member_fts MATCH ?`.
namespace FullText {
bool isCjk(char32_t ch);
// "张伟 likes Qt" -> "张 伟 likes Qt"
QString indexText(QStringView text);
// "张伟 ali" -> "\"张 伟\" AND \"ali\"*"; empty when the query has nothing searchable.
QString matchExpression(QStringView query);
} // namespace FullText
