#pragma once

#include "campaign.h"

#include <QWidget>

class CampaignModel;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

// Everything about one campaign on one card: plan, money, goals against results, ROI and
// the cost figures, the A/B test in numbers and in words, warnings and notes.
class CampaignCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignCard)
public:
    explicit CampaignCard(CampaignModel *model, QWidget *parent = nullptr);

    void showCampaign(const QString &id); // empty: the "select a campaign" hint
    QString campaignId() const { return m_id; }
    void setEditable(bool editable);

Q_SIGNALS:
    void editRequested(const QString &id);
    void resultsRequested(const QString &id);

private:
    void refresh();
    void fillResults(const Campaign &c);
    void fillAbTest(const Campaign &c);
    QLabel *addSection(const QString &title);

    CampaignModel *m_model = nullptr;
    QString m_id;
    bool m_editable = false;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_facts = nullptr;
    QWidget *m_resultsBox = nullptr;
    QGridLayout *m_resultsGrid = nullptr;
    QLabel *m_noResults = nullptr;
    QLabel *m_returns = nullptr;
    QWidget *m_abBox = nullptr;
    QGridLayout *m_abGrid = nullptr;
    QLabel *m_abVerdict = nullptr;
    QLabel *m_abDetail = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_notesTitle = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_results = nullptr;
    QList<QLabel *> m_sectionTitles;
};
