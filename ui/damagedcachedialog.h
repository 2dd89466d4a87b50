#pragma once

#include "cacherecovery.h"

#include <QDialog>

class QLabel;
class QPushButton;

// Shown at start-up when the cache file cannot be used (damaged, truncated, not a cache,
// from a newer Steward). Says what is wrong and what the file still holds (unsynced
// changes, open conflicts), and offers the way forward: set the file aside — renamed with
// a timestamp, never deleted — and start with a fresh cache, carrying the unsynced changes
// over (CacheRecovery). After that it shows where the old file is and what was carried,
// and closes with Accepted once the fresh cache is ready; Quit closes it Rejected.
class DamagedCacheDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedCacheDialog)
public:
    explicit DamagedCacheDialog(CacheRecovery::Diagnosis diagnosis, QWidget *parent = nullptr);

    const CacheRecovery::Outcome &outcome() const { return m_outcome; }
    bool recovered() const { return m_outcome.ok; }
    QString messageText() const;

private:
    void startFresh();
    void showFolder();

    CacheRecovery::Diagnosis m_diagnosis;
    CacheRecovery::Outcome m_outcome;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_fresh = nullptr;
    QPushButton *m_quit = nullptr;
    QPushButton *m_folder = nullptr;
    QPushButton *m_continue = nullptr;
};
