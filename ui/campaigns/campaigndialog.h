#pragma once

#include "campaign.h"
#include "campaignvalidator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

// Create or edit a campaign: the plan (name, type, online or offline with a place,
// dates, status, owner, audience, budget, notes), goals and results with the cost, and
// the A/B variants. OK checks everything (CampaignValidator) and shows each problem under
// its field, on whichever page it is; nothing is lost while the user fixes it.
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)
public:
    enum Page { PlanPage, ResultsPage, AbTestPage };

    // `owners`: usernames offered for the owner field; `segmentSizes`: members per
    // segment, shown next to the segments when known.
    CampaignDialog(const Campaign &campaign, bool isNew, const QStringList &owners,
                   const QHash<QString, qint64> &segmentSizes = {}, QWidget *parent = nullptr);

    Campaign campaign() const; // the fields as a campaign (id and version kept)
    void showPage(Page page);
    // Shows the problems at their fields; true when there are none.
    bool validate();
    QString errorAt(CampaignValidator::Field field) const;

    void accept() override;

private:
    QWidget *createPlanPage();
    QWidget *createResultsPage();
    QWidget *createAbPage();
    QLabel *errorLabel(CampaignValidator::Field field, Page page, QWidget *focus);
    void addVariantRow(const CampaignVariant &variant);
    void updatePlace();

    Campaign m_original;
    QStringList m_owners;
    QHash<QString, qint64> m_segmentSizes;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QRadioButton *m_online = nullptr;
    QRadioButton *m_offline = nullptr;
    QLineEdit *m_place = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_target = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QSpinBox *m_goalParticipants = nullptr;
    QSpinBox *m_goalNewMembers = nullptr;
    QSpinBox *m_goalConversions = nullptr;
    QDoubleSpinBox *m_goalRevenue = nullptr;
    QGroupBox *m_hasResults = nullptr;
    QSpinBox *m_participants = nullptr;
    QSpinBox *m_newMembers = nullptr;
    QSpinBox *m_conversions = nullptr;
    QDoubleSpinBox *m_revenue = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QTableWidget *m_variants = nullptr;
    struct ErrorSlot {
        QLabel *label = nullptr;
        Page page = PlanPage;
        QWidget *focus = nullptr;
    };
    QHash<CampaignValidator::Field, ErrorSlot> m_errors;
};
