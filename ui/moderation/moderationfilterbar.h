#pragma once

#include "moderationfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTimer;

// The queue's filters in two rows: full-text search (Chinese and English), status, kind,
// AI label; score range, reports, board, language, claims. Emits filterChanged() once per
// change (typing waits for a short pause).
class ModerationFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationFilterBar)
public:
    explicit ModerationFilterBar(QWidget *parent = nullptr);

    ModerationFilter filter() const;
    // Shows `filter` in the fields without emitting filterChanged().
    void setFilter(const ModerationFilter &filter);
    void setBoards(const QStringList &boards);
    void setLanguages(const QStringList &languages);
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const ModerationFilter &filter);

private:
    void emitChanged();
    static void selectData(QComboBox *combo, const QString &value);

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_label = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QDoubleSpinBox *m_maxScore = nullptr;
    QComboBox *m_reports = nullptr;
    QComboBox *m_board = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_claim = nullptr;
    QTimer *m_typing = nullptr;
    bool m_silent = false;
};
