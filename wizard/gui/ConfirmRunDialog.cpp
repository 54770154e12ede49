#include "ConfirmRunDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dceha {

namespace {

QString nodeWords(const QString& node)
{
    if (node == QLatin1String("owner"))
        return ConfirmRunDialog::tr("owner node", "@item the node a change happens on");
    if (node == QLatin1String("standby"))
        return ConfirmRunDialog::tr("standby node", "@item the node a change happens on");
    return {};
}

} // namespace

ConfirmRunDialog::ConfirmRunDialog(const QString& heading, const QList<Disruption>& disruptions,
                                   const QString& goText, QWidget* parent)
    : QDialog(parent)
{
    build(heading, goText);
    auto* destroyed =
        new QTreeWidgetItem(m_list, {tr("Destroyed, cannot be undone", "@item what the run destroys")});
    auto* interrupted =
        new QTreeWidgetItem(m_list, {tr("Interrupted or moved", "@item what the run interrupts")});
    QFont bold = font();
    bold.setBold(true);
    for (QTreeWidgetItem* group : {destroyed, interrupted})
        group->setFont(0, bold);
    for (const auto& d : disruptions) {
        const QString node = nodeWords(d.node);
        const QString text =
            node.isEmpty() ? d.text.localized()
                           : tr("%1: %2", "@item node: what happens there").arg(node, d.text.localized());
        auto* item = new QTreeWidgetItem(d.destroysData() ? destroyed : interrupted, {text});
        item->setToolTip(0, text + QStringLiteral("\n(") + d.stepId + QLatin1Char(')'));
        if (d.destroysData())
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    for (QTreeWidgetItem* group : {destroyed, interrupted}) {
        group->setHidden(group->childCount() == 0);
        group->setExpanded(true);
    }
}

ConfirmRunDialog::ConfirmRunDialog(const QString& heading, const QStringList& interrupting,
                                   const QString& goText, QWidget* parent)
    : QDialog(parent)
{
    build(heading, goText);
    for (const auto& line : interrupting)
        new QTreeWidgetItem(m_list, {line});
}

void ConfirmRunDialog::build(const QString& heading, const QString& goText)
{
    setWindowTitle(tr("Are you sure?", "@title:window"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(heading);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("confirmHeading"));
    layout->addWidget(m_heading);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("disruptions"));
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setWordWrap(true);
    // Long lines wrap in the dialog's width rather than end in "…": every word of a disk's line counts.
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleName(tr("What will be destroyed or interrupted", "@label"));
    m_list->setMinimumSize(760, 340);
    layout->addWidget(m_list, 1);
    auto* note = new QLabel(tr("Nothing else on the node is touched: the review page lists every command. "
                               "Go back to change the answers.",
                               "@info"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox;
    m_go = buttons->addButton(goText, QDialogButtonBox::AcceptRole);
    m_back = buttons->addButton(tr("&Go back", "@action:button"), QDialogButtonBox::RejectRole);
    // Enter at 3 a.m. must not format a disk: the safe button is the default, the other one never is.
    m_go->setAutoDefault(false);
    m_go->setDefault(false);
    m_back->setDefault(true);
    m_back->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace dceha
