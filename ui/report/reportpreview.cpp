#include "reportpreview.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"reportPreview"_s);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    m_canvas = new QWidget;
    m_canvas->setBackgroundRole(QPalette::Dark);
    m_canvas->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_canvas);
    m_layout->setSpacing(16);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message = new QLabel(m_canvas);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_layout->addWidget(m_message);
    setWidget(m_canvas);
}

void ReportPreview::setPages(const QList<QImage> &pages)
{
    qDeleteAll(m_pages);
    m_pages.clear();
    m_message->hide();
    for (const QImage &image : pages) {
        auto *page = new QLabel(m_canvas);
        page->setPixmap(QPixmap::fromImage(image));
        page->setFixedSize(image.size());
        auto *shadow = new QGraphicsDropShadowEffect(page);
        shadow->setBlurRadius(12);
        shadow->setOffset(0, 2);
        page->setGraphicsEffect(shadow);
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
        m_pages.append(page);
    }
}

void ReportPreview::setMessage(const QString &text)
{
    qDeleteAll(m_pages);
    m_pages.clear();
    m_message->setText(text);
    m_message->show();
}
