#include "PreflightPage.h"

#include "RunController.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dceha {

PreflightPage::PreflightPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void PreflightPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("preflightFindings"));
    m_findings->setColumnCount(3);
    m_findings->setRootIsDecorated(true);
    m_findings->setWordWrap(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    layout->addWidget(m_findings, 1);
    // The selected finding in full (a row shows as much as its column holds): the first failure at first.
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("preflightDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_detail);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent())
            item = item->parent();
        m_detail->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    auto* buttons = new QHBoxLayout;
    m_again = new QPushButton;
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_again, &QPushButton::clicked, this, &PreflightPage::check);
}

void PreflightPage::retranslate()
{
    setTitle(tr("Pre-flight", "@title"));
    setSubTitle(tr("Every precondition on this node, checked before anything changes: HACMP's adapters and "
                   "resource groups, the disks, the space, the major number, the media and the programs.",
                   "@subtitle"));
    if (!isBuilt())
        return;
    m_findings->setHeaderLabels({tr("Check", "@title:column"), tr("Result", "@title:column"),
                                 tr("Finding and what the node said", "@title:column")});
    m_findings->setAccessibleName(tr("The pre-flight's findings", "@label"));
    m_again->setText(tr("Check a&gain", "@action:button"));
    m_again->setToolTip(
        tr("Ask the node again (after freeing a disk or inserting the CD, for example)", "@info:tooltip"));
    if (m_done)
        show();
}

void PreflightPage::initializePage()
{
    check();
}

void PreflightPage::check()
{
    m_done = false;
    m_failed = false;
    m_findings->clear();
    m_detail->clear();
    m_problems->hide();
    const QStringList refusals = m_model.answerProblems();
    if (!refusals.isEmpty()) {
        // The answers' own rules first: the node is asked only about answers that hold.
        m_problems->setText(tr("The answers are refused; nothing can run:", "@info") +
                            QStringLiteral("\n• ") + refusals.join(QStringLiteral("\n• ")));
        m_problems->show();
        m_summary->clear();
        Q_EMIT completeChanged();
        return;
    }
    m_summary->setText(tr("Checking the node…", "@info"));
    m_again->setEnabled(false);
    askingNode(true);
    RunController* controller = m_model.controller();
    disconnect(m_doneConnection);
    m_doneConnection = connect(controller, &RunController::preflightDone, this, [this] {
        disconnect(m_doneConnection);
        askingNode(false);
        m_again->setEnabled(true);
        m_done = true;
        show();
    });
    controller->startPreflight(m_model.options().stateDirNodePath());
}

void PreflightPage::show()
{
    const RunController* controller = m_model.existingController();
    m_findings->clear();
    if (!controller)
        return;
    const QList<PreflightFinding>& findings = controller->preflightFindings();
    QFont evidenceFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTreeWidgetItem* firstShown = nullptr;
    PreflightFinding::Severity firstShownSeverity = PreflightFinding::Severity::Pass;
    for (const auto& f : findings) {
        QString result;
        QColor colour;
        switch (f.severity) {
        case PreflightFinding::Severity::Pass:
            result = tr("passed", "@item preflight result");
            colour = QColor(0x2e, 0x7d, 0x32);
            break;
        case PreflightFinding::Severity::Warning:
            result = tr("warning", "@item preflight result");
            colour = QColor(0xb2, 0x6a, 0x00);
            break;
        case PreflightFinding::Severity::Failure:
            result = tr("FAILED", "@item preflight result");
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        }
        auto* item = new QTreeWidgetItem(
            m_findings,
            {f.check, result, f.field.isEmpty() ? f.message : f.field + QStringLiteral(": ") + f.message});
        item->setForeground(1, colour);
        QFont bold = item->font(1);
        bold.setBold(f.severity != PreflightFinding::Severity::Pass);
        item->setFont(1, bold);
        item->setToolTip(2, item->text(2));
        if (!f.evidence.isEmpty()) {
            auto* seen =
                new QTreeWidgetItem(item, {QString(), QString(), tr("seen: %1", "@item").arg(f.evidence)});
            seen->setFont(2, evidenceFont);
            seen->setToolTip(2, f.evidence);
        }
        item->setExpanded(f.severity != PreflightFinding::Severity::Pass);
        item->setData(0, Qt::UserRole,
                      QStringLiteral("%1 — %2: %3").arg(f.check, result, item->text(2)) +
                          (f.evidence.isEmpty()
                               ? QString()
                               : QStringLiteral("\n") + tr("seen: %1", "@item").arg(f.evidence)));
        if (!firstShown || (f.severity == PreflightFinding::Severity::Failure &&
                            firstShownSeverity != PreflightFinding::Severity::Failure)) {
            firstShown = item;
            firstShownSeverity = f.severity;
        }
    }
    m_findings->setCurrentItem(firstShown);
    const int failed = Preflight::count(findings, PreflightFinding::Severity::Failure);
    m_failed = failed > 0;
    m_summary->setText(
        tr("%1 passed, %2 warning(s), %3 failed.", "@info")
            .arg(Preflight::count(findings, PreflightFinding::Severity::Pass))
            .arg(Preflight::count(findings, PreflightFinding::Severity::Warning))
            .arg(failed) +
        (m_failed
             ? QLatin1Char(' ') + tr("Go back and change the answers the failures name, or fix the node and "
                                     "check again; nothing has changed.",
                                     "@info")
             : QString()));
    Q_EMIT completeChanged();
}

bool PreflightPage::isComplete() const
{
    return m_done && !m_failed && !isAskingNode();
}

} // namespace dceha
