#pragma once

#include "panecontext.h"
#include "panestate.h"
#include "reportoptions.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QWidget>

class NarrativeEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class ReportPreview;

// The quarterly report: choose the quarter, the report's language (independent of the
// console's) and the sections; write the narrative (problems and their causes, next
// quarter's plan) with drafts saved in the cache per quarter and language; preview the
// pages; export the PDF. Building and rendering run on a worker with its own cache
// connection, so the window never waits for them.
class ReportsPane final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPane)
public:
    explicit ReportsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~ReportsPane() override;

    ReportOptions options() const;
    bool selectQuarter(const QString &id);
    bool selectLanguage(const QString &code);
    void setSectionChecked(const QString &id, bool checked);
    NarrativeEditor *narrative(const QString &section) const { return m_narratives.value(section); }
    // Saves the narrative drafts now instead of after the typing pause.
    void saveDrafts();
    // Renders the preview now (the pane also does so by itself after changes).
    void refreshPreview();
    // The export button's work without the file dialog.
    void exportTo(const QString &path);
    bool isBusy() const;
    int previewPageCount() const;

    // The quarter, the report's language, the sections, the community name as typed and
    // the tab; the narratives are drafts in the cache, saved when the pane goes.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

Q_SIGNALS:
    void previewReady(int pages, const QString &error);
    void exportFinished(const QString &path, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Preview {
        QList<QImage> pages;
        QString error;
    };
    QWidget *createSettings();
    void reloadQuarters();
    void loadDrafts();
    void scheduleSave();
    void schedulePreview(int delayMs);
    void chooseExportFile();
    void showPreview();
    void setStatus(const QString &text);

    PaneContext m_context;
    QString m_cacheFile;
    QComboBox *m_quarter = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_community = nullptr;
    QHash<QString, QCheckBox *> m_sections;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, NarrativeEditor *> m_narratives;
    ReportPreview *m_preview = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<Preview> m_previewWatcher;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;
    QString m_draftKey; // quarter + language the editors hold
    bool m_previewStale = true;
    bool m_previewAgain = false;
};
