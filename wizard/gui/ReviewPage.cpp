#include "Pages.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dceha {

ReviewPage::ReviewPage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Review", "@title"));
    setSubTitle(
        tr("Every step with its guide reference and the exact commands and file edits. Nothing has run yet.",
           "@subtitle"));
    auto* layout = new QVBoxLayout(this);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    m_prefilled = new QLabel;
    m_prefilled->setWordWrap(true);
    layout->addWidget(m_prefilled);
    m_plan = new QTreeWidget;
    m_plan->setColumnCount(2);
    m_plan->setHeaderLabels({tr("Step", "@title:column"), tr("Guide", "@title:column")});
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->setAccessibleName(tr("The plan", "@label"));
    layout->addWidget(m_plan, 1);
}

void ReviewPage::initializePage()
{
    m_plan->clear();
    const QStringList problems = m_model.problems();
    m_ok = problems.isEmpty();
    m_problems->setText(m_ok ? QString()
                             : tr("The answers are refused; nothing can run:", "@info") +
                                   QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    // The standby's answers completed from the owner's record: said, in the normal text colour.
    m_prefilled->setText(m_ok && !m_model.prefilledKeys().isEmpty()
                             ? tr("From the owner's record: %1", "@info")
                                   .arg(m_model.prefilledKeys().join(QStringLiteral(", ")))
                             : QString());
    if (m_ok) {
        const auto previews = m_model.controller()->preview();
        for (int i = 0; i < previews.size(); ++i) {
            const auto& p = previews.at(i);
            auto* item = new QTreeWidgetItem(
                m_plan, {QStringLiteral("%1. %2").arg(i + 1).arg(p.step->title), p.step->guide});
            item->setToolTip(0, p.step->description);
            if (!p.step->applicable) {
                new QTreeWidgetItem(item, {tr("skipped: %1", "@item").arg(p.step->skipReason)});
                item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
                continue;
            }
            if (p.probe.state == Probe::State::Done) {
                new QTreeWidgetItem(
                    item, {tr("already done", "@item") +
                           (p.probe.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.probe.detail)});
                continue;
            }
            for (const auto& a : p.actions)
                new QTreeWidgetItem(item, {a.text()});
            item->setExpanded(true);
        }
        // Commands are long: their rows span both columns.
        for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
            QTreeWidgetItem* step = m_plan->topLevelItem(i);
            for (int k = 0; k < step->childCount(); ++k)
                step->child(k)->setFirstColumnSpanned(true);
        }
    }
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_ok;
}

} // namespace dceha
