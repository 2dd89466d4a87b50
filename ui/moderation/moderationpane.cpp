#include "moderationpane.h"

#include "feedbackqueuemodel.h"
#include "feedbackview.h"
#include "keywordruleeditor.h"
#include "keywordrulemodel.h"
#include "moderationqueuepage.h"

#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ModerationPane::ModerationPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
{
    m_ruleModel = new KeywordRuleModel(context.store, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"moderationTabs"_s);
    m_tabs->setDocumentMode(true);
    m_queue = new ModerationQueuePage(context, m_ruleModel, m_tabs);
    m_queue->setObjectName(u"moderationQueue"_s);
    m_rulesEditor = new KeywordRuleEditor(context, m_ruleModel, m_tabs);
    m_rulesEditor->setObjectName(u"keywordRules"_s);
    m_feedback = new FeedbackView(context, m_tabs);
    m_feedback->setObjectName(u"feedbackQueue"_s);
    m_tabs->addTab(m_queue, tr("Review queue"));
    m_tabs->addTab(m_rulesEditor, tr("Keyword rules"));
    m_tabs->addTab(m_feedback, tr("Feedback"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The queue takes the keyboard at once: J/K/A/R work without a click.
    setFocusProxy(m_queue->table());
}

QVariantMap ModerationPane::saveState() const
{
    return {{u"tab"_s, m_tabs->currentIndex()},
            {u"queue"_s, m_queue->saveState()},
            {u"rules"_s, m_rulesEditor->saveState()},
            {u"feedback"_s, m_feedback->saveState()}};
}

void ModerationPane::restoreState(const QVariantMap &state)
{
    m_queue->restoreState(state.value(u"queue"_s).toMap());
    m_rulesEditor->restoreState(state.value(u"rules"_s).toMap());
    m_feedback->restoreState(state.value(u"feedback"_s).toMap());
    m_tabs->setCurrentIndex(state.value(u"tab"_s, 0).toInt());
}

void ModerationPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Keyboard first: the queue has the keys as soon as the pane is on screen.
    if (m_tabs->currentWidget() == m_queue)
        QTimer::singleShot(0, m_queue->table(), qOverload<>(&QWidget::setFocus));
}
