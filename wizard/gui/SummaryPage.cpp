#include "Pages.h"

#include "report/RecordExport.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dceha {

SummaryPage::SummaryPage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Summary", "@title"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> formats = {
        {QStringLiteral("html"), tr("Export &HTML…", "@action:button")},
        {QStringLiteral("markdown"), tr("Export &Markdown…", "@action:button")},
        {QStringLiteral("yaml"), tr("Export &YAML…", "@action:button")},
        {QStringLiteral("replay"), tr("Export re&play script…", "@action:button")}};
    for (const auto& [format, label] : formats) {
        auto* button = new QPushButton(label);
        connect(button, &QPushButton::clicked, this, [this, format = format] {
            const QString file = QFileDialog::getSaveFileName(this, tr("Export the record", "@title:window"));
            if (!file.isEmpty())
                exportTo(format, file);
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void SummaryPage::initializePage()
{
    const Answers& a = m_model.parsed().answers;
    QString next =
        a.isOwner()
            ? tr("Every step of the owner node is done and its cluster manager runs. Keep the record with "
                 "the change ticket.",
                 "@info")
            : tr("Every step of the standby node is done and its cluster manager runs.", "@info");
    m_text->setText(next);
}

bool SummaryPage::exportTo(const QString& format, const QString& file)
{
    RecordExport::Format f;
    if (!RecordExport::parseFormat(format, &f))
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    out.write(RecordExport::render(m_model.controller()->record(), f));
    return true;
}

} // namespace dceha
