#include "rejectreasondialog.h"

#include "reasontemplatemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RejectReasonDialog::RejectReasonDialog(ReasonTemplateModel *templates, const QJsonObject &firstItem,
                                       const QString &authorName, int itemCount, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_item(firstItem)
    , m_author(authorName)
{
    setObjectName(u"rejectReasonDialog"_s);
    setWindowTitle(itemCount > 1 ? tr("Reject %n items", nullptr, itemCount) : tr("Reject item"));

    m_list = new QListView(this);
    m_list->setObjectName(u"reasonTemplates"_s);
    m_list->setModel(m_templates);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setMinimumWidth(180);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"reasonText"_s);
    m_text->setPlaceholderText(tr("Why is it rejected? The author sees this."));
    m_text->setTabChangesFocus(true);

    auto *hint = new QLabel(tr("Placeholders: {author}, {title}, {board}, {kind}"), this);
    hint->setEnabled(false);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"reasonPreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);

    auto *addTemplate = new QPushButton(tr("Save as template"), this);
    addTemplate->setObjectName(u"saveTemplateButton"_s);
    auto *updateTemplate = new QPushButton(tr("Update template"), this);
    updateTemplate->setObjectName(u"updateTemplateButton"_s);
    auto *removeTemplate = new QPushButton(tr("Remove template"), this);
    removeTemplate->setObjectName(u"removeTemplateButton"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(itemCount > 1 ? tr("Reject %n items", nullptr, itemCount)
                                                                 : tr("Reject"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Templates"), this));
    left->addWidget(m_list, 1);
    left->addWidget(addTemplate);
    left->addWidget(updateTemplate);
    left->addWidget(removeTemplate);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Reason"), this));
    right->addWidget(m_text, 1);
    right->addWidget(hint);
    right->addWidget(new QLabel(itemCount > 1 ? tr("As the first item's author will read it:")
                                              : tr("As the author will read it:"), this));
    right->addWidget(m_preview);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(640, 360);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_text->setPlainText(current.data(ReasonTemplateModel::BodyRole).toString());
            });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reasonText().isEmpty());
        updatePreview();
    });
    connect(addTemplate, &QPushButton::clicked, this, [this] {
        const QString body = reasonText();
        if (body.isEmpty())
            return;
        const int row = m_templates->addTemplate(body.simplified().left(32), body);
        m_list->setCurrentIndex(m_templates->index(row));
        m_list->edit(m_templates->index(row));
    });
    connect(updateTemplate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && !reasonText().isEmpty())
            m_templates->setData(current, reasonText(), ReasonTemplateModel::BodyRole);
    });
    connect(removeTemplate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            m_templates->removeRow(current.row());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_templates->rowCount() > 0)
        selectTemplate(0);
    m_list->setFocus();
}

QString RejectReasonDialog::reasonText() const
{
    return m_text->toPlainText().trimmed();
}

void RejectReasonDialog::setReasonText(const QString &text)
{
    m_text->setPlainText(text);
}

void RejectReasonDialog::selectTemplate(int row)
{
    m_list->setCurrentIndex(m_templates->index(row));
}

void RejectReasonDialog::updatePreview()
{
    m_preview->setText(ReasonTemplateModel::expand(reasonText(), m_item, m_author));
}
