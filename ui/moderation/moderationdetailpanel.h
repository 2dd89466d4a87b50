#pragma once

#include "keywordmatcher.h"
#include "moderationdetail.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTextCursor;
class Store;

// The selected item in full: its text with keyword-rule matches highlighted, the AI's
// score and labels, each report with its reason, the author card and the item's history.
// Built with QTextCursor inserts only — never by parsing HTML — so a post containing
// markup or script shows exactly as typed.
class ModerationDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationDetailPanel)
public:
    explicit ModerationDetailPanel(Store *store, QWidget *parent = nullptr);

    void setMatcher(const KeywordMatcher &matcher);
    // Shows one item (empty: nothing selected); reloads it from the cache.
    void showItem(const QString &itemId);
    void reload() { showItem(m_itemId); }
    QString itemId() const { return m_itemId; }
    const ModerationItemDetail &detail() const { return m_detail; }
    // The plain text the panel shows (tests).
    QString plainText() const;
    // How many keyword-rule matches are highlighted.
    int highlightCount() const { return m_highlights; }

private:
    void render();
    void insertHighlighted(QTextCursor &cursor, const QString &text, const QString &field);
    void insertHeading(QTextCursor &cursor, const QString &text);
    void insertLine(QTextCursor &cursor, const QString &label, const QString &value);

    Store *m_store = nullptr;
    KeywordMatcher m_matcher;
    QString m_itemId;
    ModerationItemDetail m_detail;
    QLabel *m_banner = nullptr;
    QTextBrowser *m_text = nullptr;
    int m_highlights = 0;
};
