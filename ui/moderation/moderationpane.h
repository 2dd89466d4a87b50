#pragma once

#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class FeedbackView;
class KeywordRuleEditor;
class KeywordRuleModel;
class ModerationQueuePage;
class QTabWidget;

// The moderator's workplace: the review queue, the keyword rules and the feedback queue,
// one tab each, all working from the cache and through the outbox (offline too).
class ModerationPane final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationPane)
public:
    explicit ModerationPane(const PaneContext &context, QWidget *parent = nullptr);

    ModerationQueuePage *queue() const { return m_queue; }
    KeywordRuleEditor *rules() const { return m_rulesEditor; }
    FeedbackView *feedback() const { return m_feedback; }
    QTabWidget *tabs() const { return m_tabs; }

    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    KeywordRuleModel *m_ruleModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ModerationQueuePage *m_queue = nullptr;
    KeywordRuleEditor *m_rulesEditor = nullptr;
    FeedbackView *m_feedback = nullptr;
};
