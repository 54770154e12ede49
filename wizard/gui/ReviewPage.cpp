#include "ReviewPage.h"
#include "RunView.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dceha {

ReviewPage::ReviewPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void ReviewPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    m_prefilled = new QLabel;
    m_prefilled->setWordWrap(true);
    layout->addWidget(m_prefilled);
    // While the node is asked: a busy bar instead of a frozen window.
    m_busy = new QWidget;
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    auto* busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyText = new QLabel;
    m_busyText->setWordWrap(true);
    busyLayout->addWidget(m_busyText, 1);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setObjectName(QStringLiteral("reviewBusyBar"));
    m_busyBar = bar;
    busyLayout->addWidget(bar);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_plan = new QTreeWidget;
    m_plan->setObjectName(QStringLiteral("plan"));
    // One column: the step's title, then its guide reference and what it does, each on its own line, so
    // nothing is cut short in any language.
    m_plan->setColumnCount(1);
    m_plan->setHeaderHidden(true);
    layout->addWidget(m_plan, 1);
    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton;
    buttons->addWidget(m_export);
    m_saveAnswers = new QPushButton;
    buttons->addWidget(m_saveAnswers);
    connect(m_saveAnswers, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the answers", "@title:window"),
                                                          QStringLiteral("answers.yaml"),
                                                          tr("Answers (*.yaml *.yml)", "@item:inlistbox"));
        if (!file.isEmpty() && !saveAnswers(file)) {
            m_problems->setText(tr("Cannot write %1.", "@info").arg(file));
            m_problems->show();
        }
    });
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the plan", "@title:window"),
                                                          QStringLiteral("plan.txt"));
        if (!file.isEmpty() && !exportPlan(file)) {
            m_problems->setText(tr("Cannot write %1.", "@info").arg(file));
            m_problems->show();
        }
    });
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review", "@title"));
    if (!isBuilt())
        return;
    describeProgress();
    m_plan->setAccessibleName(tr("The plan", "@label"));
    m_busyText->setText(tr("Checking the answers against the node and planning the run…", "@info"));
    m_busyBar->setAccessibleName(tr("Checking the node", "@label"));
    m_export->setText(tr("E&xport the plan…", "@action:button"));
    m_saveAnswers->setText(tr("Save the ans&wers…", "@action:button"));
    m_saveAnswers->setToolTip(tr("The answers of these pages as a file: for a headless run (--answers) or to "
                                 "come back to them later. No password is in it.",
                                 "@info:tooltip"));
    // The plan's own texts (step titles, reasons) are in the language too: drawn again.
    if (m_plan->topLevelItemCount() > 0 || !m_refusals.isEmpty())
        fill();
}

void ReviewPage::describeProgress()
{
    // After a run, "nothing has run yet" would be untrue: the subtitle says where the run in progress is.
    const QString progress = m_model.checkpointSummary();
    setSubTitle(
        progress.isEmpty()
            ? tr("Every step with its guide reference and the exact commands and file edits. Nothing has "
                 "run yet.",
                 "@subtitle")
            : tr("Every step with its guide reference and what is left to do: the exact commands and file "
                 "edits, and the steps the run in progress has done. %1",
                 "@subtitle")
                  .arg(progress));
}

void ReviewPage::initializePage()
{
    describeProgress();
    m_refusals = m_model.answerProblems();
    m_ok = false;
    m_reviewedBy = nullptr;
    disconnect(m_reviewedConnection);
    if (!m_refusals.isEmpty()) {
        m_reviewing = false;
        m_busy->hide();
        fill();
        Q_EMIT completeChanged();
        return;
    }
    // The node is asked in the controller's worker thread; the page shows the plan when it is there.
    RunController* controller = m_model.controller();
    m_reviewing = true;
    m_plan->clear();
    m_problems->hide();
    m_prefilled->hide();
    m_export->setEnabled(false);
    m_saveAnswers->setEnabled(false);
    m_busy->show();
    Q_EMIT completeChanged();
    m_reviewedConnection = connect(controller, &RunController::reviewed, this, &ReviewPage::showReview);
    controller->startReview(m_model.options().stateDirNodePath());
}

void ReviewPage::showReview()
{
    disconnect(m_reviewedConnection);
    const RunController* controller = m_model.existingController();
    m_reviewing = false;
    m_busy->hide();
    m_reviewedBy = controller;
    m_refusals = controller ? controller->reviewProblems() : QStringList();
    m_ok = controller && m_refusals.isEmpty();
    fill();
    Q_EMIT completeChanged();
}

void ReviewPage::fill()
{
    m_plan->clear();
    m_problems->setText(m_ok ? QString()
                             : tr("The answers are refused; nothing can run:", "@info") +
                                   QStringLiteral("\n• ") + m_refusals.join(QStringLiteral("\n• ")));
    QStringList notes;
    // The standby's answers completed from the owner's record: said, in the normal text colour.
    if (m_ok && !m_model.prefilledKeys().isEmpty())
        notes << tr("From the owner's record: %1", "@info")
                     .arg(m_model.prefilledKeys().join(QStringLiteral(", ")));
    // A checkpoint with other answers is not resumed: said before anything runs.
    const WizardModel::CheckpointInfo checkpoint = m_model.checkpoint();
    if (m_ok && checkpoint.exists && checkpoint.answersDigest != m_model.parsed().digest && m_reviewedBy) {
        // The engine's list of what the change affects: those steps run again, the others stay done.
        QStringList titles;
        for (int row : m_reviewedBy->reviewRevised())
            titles << RunView::titleOf(m_reviewedBy->steps().at(row));
        notes
            << (titles.isEmpty()
                    ? tr("These answers differ from those of the run in progress on this node, but no step's "
                         "inputs changed: every done step stays done.",
                         "@info")
                    : tr("These answers differ from those of the run in progress on this node: only the "
                         "steps "
                         "whose inputs changed run again (%1); the other done steps stay done.",
                         "@info")
                          .arg(titles.join(QStringLiteral("; "))));
    }
    m_prefilled->setText(notes.join(QStringLiteral("\n")));
    // Empty labels take no room above the plan.
    m_problems->setVisible(!m_problems->text().isEmpty());
    m_prefilled->setVisible(!m_prefilled->text().isEmpty());
    m_export->setEnabled(m_ok);
    m_saveAnswers->setEnabled(m_ok);
    // The previews point at their controller's steps: drawn only while it is the model's.
    if (!m_ok || !m_reviewedBy || m_reviewedBy != m_model.existingController())
        return;
    const QList<Runner::Preview>& previews = m_reviewedBy->reviewPreviews();
    QFont guideFont = m_plan->font();
    guideFont.setItalic(true);
    for (int i = 0; i < previews.size(); ++i) {
        const auto& p = previews.at(i);
        auto* item =
            new QTreeWidgetItem(m_plan, {QStringLiteral("%1. %2").arg(i + 1).arg(RunView::titleOf(*p.step))});
        item->setToolTip(0, p.step->localizedDescription());
        auto* guide = new QTreeWidgetItem(item, {tr("Guide: %1", "@item").arg(p.step->localizedGuide())});
        guide->setFont(0, guideFont);
        if (!p.step->applicable) {
            new QTreeWidgetItem(item, {tr("skipped: %1", "@item").arg(p.step->localizedSkipReason())});
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            continue;
        }
        if (p.probe.state == Probe::State::Done) {
            new QTreeWidgetItem(
                item,
                {tr("already done", "@item") +
                 (p.probe.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.probe.detail.localized())});
            continue;
        }
        if (p.probe.state == Probe::State::Blocked)
            new QTreeWidgetItem(item, {tr("blocked: %1", "@item").arg(p.probe.detail.localized())});
        for (const auto& a : p.actions) {
            auto* action = new QTreeWidgetItem(item, {a.text()});
            // What will run, as it will be typed: in the terminal's font, apart from the prose around it.
            if (a.type != PlannedAction::Type::Note)
                action->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
        item->setExpanded(true);
    }
}

bool ReviewPage::saveAnswers(const QString& file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(AnswersFile::serialize(m_model.parsed().answers));
    return out.commit();
}

bool ReviewPage::isComplete() const
{
    return m_ok && !m_reviewing;
}

bool ReviewPage::exportPlan(const QString& file) const
{
    QString text;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* step = m_plan->topLevelItem(i);
        text += step->text(0) + QLatin1Char('\n');
        for (int k = 0; k < step->childCount(); ++k)
            text += QStringLiteral("    ") + step->child(k)->text(0) + QLatin1Char('\n');
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return out.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace dceha
