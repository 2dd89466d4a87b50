#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

// The report's pages as images, one under the other, like a PDF viewer.
class ReportPreview final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)
public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    // A line in place of the pages: "Rendering…", an error.
    void setMessage(const QString &text);
    int pageCount() const { return int(m_pages.size()); }

private:
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_pages;
};
