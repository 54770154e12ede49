#include "SummaryPage.h"

#include "procedure/RecordFile.h"
#include "report/NodeChanges.h"
#include "report/RecordExport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dceha {

namespace {

const QStringList kFormats = {QStringLiteral("html"), QStringLiteral("markdown"), QStringLiteral("yaml"),
                              QStringLiteral("replay")};

} // namespace

SummaryPage::SummaryPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void SummaryPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text);
    m_changesLabel = new QLabel;
    layout->addWidget(m_changesLabel);
    m_changes = new QTreeWidget;
    m_changes->setObjectName(QStringLiteral("nodeChanges"));
    m_changes->setHeaderHidden(true);
    m_changes->setColumnCount(1);
    m_changesLabel->setBuddy(m_changes);
    layout->addWidget(m_changes, 1);
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
}

void SummaryPage::retranslate()
{
    setTitle(tr("Summary", "@title"));
    setSubTitle(tr("The result of the run, its record, and what comes next.", "@subtitle"));
    if (!isBuilt())
        return;
    const QStringList labels = {
        tr("Export &HTML…", "@action:button"), tr("Export &Markdown…", "@action:button"),
        tr("Export &YAML…", "@action:button"), tr("Export re&play script…", "@action:button")};
    for (int i = 0; i < m_exports.size(); ++i)
        m_exports.at(i)->setText(labels.at(i));
    m_open->setText(tr("&Open the HTML record", "@action:button"));
    m_changesLabel->setText(
        tr("What changed on the node (the record keeps every command and its output):", "@label"));
    m_changes->setAccessibleName(tr("What changed on the node", "@label"));
    showChanges();
    if (m_model.existingController() && !m_savedRecord.isEmpty())
        initializePage();
}

void SummaryPage::initializePage()
{
    const Answers& a = m_model.parsed().answers;
    m_savedRecord = m_model.saveRecord();
    m_open->setEnabled(!m_savedRecord.isEmpty());
    QString text =
        a.isOwner()
            ? tr("Every step of the owner node is done: the standby node is integrated, and this node's "
                 "cluster "
                 "manager runs DCE/DFS under HACMP's control.",
                 "@info")
            : tr("Every step of the standby node is done and its cluster manager runs: both nodes are "
                 "integrated.",
                 "@info");
    if (!m_savedRecord.isEmpty())
        text += QStringLiteral("\n\n") + tr("The record is saved as %1 (.yaml and .html).", "@info")
                                             .arg(QDir::toNativeSeparators(m_savedRecord));
    text +=
        QStringLiteral("\n\n") +
        (a.isOwner() ? tr("Next: on the standby node, verify and continue its waiting step: it starts its "
                          "cluster manager once this node's is up. Then test the failover before production: "
                          "Next leads to the failover test, run from this node.",
                          "@info")
                     : tr("Next: test the failover before production, from the owner node's wizard (its "
                          "Failover test page, or dce-ha-wizard --drill there). Keep both nodes' records "
                          "with the change ticket.",
                          "@info"));
    m_text->setText(text);
    showChanges();
}

void SummaryPage::showChanges()
{
    m_changes->clear();
    const RunController* controller = m_model.existingController();
    if (!controller)
        return;
    const QList<NodeChange> changes = NodeChange::of(controller->record());
    const QStringList headings{tr("Files edited (with their backups)", "@item"),
                               tr("Scripts written", "@item"),
                               tr("Directories, links and modes", "@item"),
                               tr("Volume groups", "@item"),
                               tr("Logical volumes and logs", "@item"),
                               tr("Filesystems", "@item"),
                               tr("DCE and DFS", "@item"),
                               tr("HACMP and the node", "@item")};
    QFont bold = font();
    bold.setBold(true);
    for (int kind = 0; kind < headings.size(); ++kind) {
        QTreeWidgetItem* group = nullptr;
        for (const auto& c : changes) {
            if (int(c.kind) != kind)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_changes, {headings.at(kind)});
                group->setFont(0, bold);
                group->setExpanded(true);
            }
            auto* item = new QTreeWidgetItem(group, {c.what});
            item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
            item->setToolTip(0, c.stepId);
        }
    }
    if (m_changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_changes, {tr("Nothing: every step found its work already there.", "@item")});
}

int SummaryPage::nextId() const
{
    return m_model.parsed().answers.isOwner() ? int(FailoverTestPageId) : -1;
}

bool SummaryPage::exportTo(const QString& format, const QString& file)
{
    RecordExport::Format f;
    if (!RecordExport::parseFormat(format, &f))
        return false;
    QString error;
    return RecordFile::write(file, RecordExport::render(m_model.controller()->record(), f), &error,
                             f == RecordExport::Format::Replay);
}

} // namespace dceha
