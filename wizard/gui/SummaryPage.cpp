#include "Pages.h"

#include "report/RecordExport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace dceha {

namespace {

const QStringList kFormats = {QStringLiteral("html"), QStringLiteral("markdown"), QStringLiteral("yaml"),
                              QStringLiteral("replay")};

} // namespace

SummaryPage::SummaryPage(WizardModel& model) : m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    for (const auto& format : kFormats) {
        auto* button = new QPushButton;
        connect(button, &QPushButton::clicked, this, [this, format] {
            const QString file = QFileDialog::getSaveFileName(this, tr("Export the record", "@title:window"));
            if (!file.isEmpty() && !exportTo(format, file))
                m_text->setText(m_text->text() + QStringLiteral("\n\n") +
                                tr("Cannot write %1.", "@info").arg(file));
        });
        m_exports << button;
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_open = new QPushButton;
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedRecord + QStringLiteral(".html")));
    });
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    layout->addLayout(openRow);
    layout->addStretch(1);
    retranslate();
}

void SummaryPage::retranslate()
{
    setTitle(tr("Summary", "@title"));
    const QStringList labels = {
        tr("Export &HTML…", "@action:button"), tr("Export &Markdown…", "@action:button"),
        tr("Export &YAML…", "@action:button"), tr("Export re&play script…", "@action:button")};
    for (int i = 0; i < m_exports.size(); ++i)
        m_exports.at(i)->setText(labels.at(i));
    m_open->setText(tr("&Open the HTML record", "@action:button"));
    if (m_model.controller() && !m_savedRecord.isEmpty())
        initializePage();
}

void SummaryPage::initializePage()
{
    const Answers& a = m_model.parsed().answers;
    // The record is kept beside the checkpoint, in YAML (for the standby) and HTML (for people).
    m_savedRecord =
        QDir(m_model.options().stateDirHostPath()).filePath(QStringLiteral("record-%1").arg(a.role));
    const bool saved = exportTo(QStringLiteral("yaml"), m_savedRecord + QStringLiteral(".yaml")) &&
                       exportTo(QStringLiteral("html"), m_savedRecord + QStringLiteral(".html"));
    m_open->setEnabled(saved);
    QString text = a.isOwner()
                       ? tr("Every step of the owner node is done, the shared DASD is released, and its "
                            "cluster manager runs.",
                            "@info")
                       : tr("Every step of the standby node is done and its cluster manager runs.", "@info");
    if (saved)
        text += QStringLiteral("\n\n") + tr("The record is saved as %1 (.yaml and .html).", "@info")
                                             .arg(QDir::toNativeSeparators(m_savedRecord));
    text += QStringLiteral("\n\n") +
            (a.isOwner()
                 ? tr("Next: copy %1 to the standby node and run the wizard there with it as the owner "
                      "node's record (welcome page, or --from-owner-record): the standby takes the shared "
                      "answers from it and imports the volume group the owner released.",
                      "@info")
                       .arg(m_savedRecord + QStringLiteral(".yaml"))
                 : tr("Next: start the cluster on both nodes and test a takeover (stop the owner's cluster "
                      "services with takeover) before production. Keep both nodes' records with the change "
                      "ticket.",
                      "@info"));
    m_text->setText(text);
}

bool SummaryPage::exportTo(const QString& format, const QString& file)
{
    RecordExport::Format f;
    if (!RecordExport::parseFormat(format, &f))
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray data = RecordExport::render(m_model.controller()->record(), f);
    return out.write(data) == data.size();
}

} // namespace dceha
