#include "RunView.h"

#include "RunController.h"
#include "RunLog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace dceha {

namespace {

QString mark(const QString& status)
{
    if (status == QLatin1String("done") || status == QLatin1String("already done"))
        return QStringLiteral("✔ ");
    if (status == QLatin1String("failed"))
        return QStringLiteral("✖ ");
    if (status == QLatin1String("waiting"))
        return QStringLiteral("… ");
    if (status == QLatin1String("skipped"))
        return QStringLiteral("– ");
    if (status == QLatin1String("running"))
        return QStringLiteral("▶ ");
    if (status == QLatin1String("interrupted"))
        return QStringLiteral("⏸ ");
    return QStringLiteral("  ");
}

} // namespace

RunView::RunView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The steps above, what their commands said below; the person moves the line between them.
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    m_steps = new QListWidget;
    split->addWidget(m_steps);
    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    progressRow->addWidget(m_progress, 1);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("runPosition"));
    progressRow->addWidget(m_position);
    middleLayout->addLayout(progressRow);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    middleLayout->addWidget(m_status);
    m_log = new RunLog;
    middleLayout->addWidget(m_log, 1);
    split->addWidget(middle);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RunView::showPosition);
    m_buttons = new QHBoxLayout;
    m_start = new QPushButton;
    m_confirm = new QPushButton;
    m_confirm->setEnabled(false);
    m_stop = new QPushButton;
    m_stop->setEnabled(false);
    m_buttons->addWidget(m_start);
    m_buttons->addWidget(m_confirm);
    m_buttons->addWidget(m_stop);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    connect(m_start, &QPushButton::clicked, this, [this] { begin({}, m_result == 0 && m_repeatable); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { begin({m_stepAt}); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller->requestStop();
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping after the current step…", "@info"));
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_controller && row >= 0 && row < m_controller->steps().size())
            m_steps->setToolTip(m_controller->steps().at(row).localizedDescription());
    });
    retranslate();
}

void RunView::retranslate()
{
    m_steps->setAccessibleName(tr("Steps", "@label"));
    m_progress->setAccessibleName(tr("Progress", "@label"));
    m_log->setAccessibleName(tr("Command output", "@label"));
    m_confirm->setText(tr("&Verify and continue", "@action:button"));
    m_confirm->setToolTip(tr("Checks the operator step's result, then continues the run.", "@info:tooltip"));
    m_stop->setText(tr("S&top after this step", "@action:button"));
    m_stop->setToolTip(
        tr("The step under way finishes; the checkpoint keeps everything, and Resume continues.",
           "@info:tooltip"));
    for (int i = 0; i < m_steps->count(); ++i)
        showStep(i);
    describe();
}

QString RunView::titleOf(const StepDefinition& step)
{
    if (step.node.isEmpty())
        return step.localizedTitle();
    const QString node = step.node == QLatin1String("owner") ? tr("owner", "@item the node a step runs on")
                                                             : tr("standby", "@item the node a step runs on");
    return tr("%1: %2", "@item node: step title").arg(node, step.localizedTitle());
}

void RunView::showStep(int index)
{
    if (!m_controller)
        return;
    const auto& steps = m_controller->steps();
    if (index < 0 || index >= steps.size() || index >= m_steps->count())
        return;
    QListWidgetItem* item = m_steps->item(index);
    const QString status = m_statuses.value(index);
    item->setText(mark(status) + titleOf(steps.at(index)));
    // A screen reader says the status in words, not the mark's name.
    item->setData(Qt::AccessibleTextRole,
                  statusWords(status) + QStringLiteral(": ") + titleOf(steps.at(index)));
}

QString RunView::statusWords(const QString& status) const
{
    if (status == QLatin1String("done"))
        return tr("done", "@item step status");
    if (status == QLatin1String("already done"))
        return tr("already done", "@item step status");
    if (status == QLatin1String("failed"))
        return tr("failed", "@item step status");
    if (status == QLatin1String("waiting"))
        return tr("waiting for the operator", "@item step status");
    if (status == QLatin1String("skipped"))
        return tr("skipped", "@item step status");
    if (status == QLatin1String("running"))
        return tr("running", "@item step status");
    if (status == QLatin1String("interrupted"))
        return tr("interrupted, to be resumed", "@item step status");
    return tr("to do", "@item step status");
}

void RunView::describe()
{
    // Before the first run, there is no controller and nothing to name.
    const QList<StepDefinition> steps = m_controller ? m_controller->steps() : QList<StepDefinition>();
    auto title = [&](const QString& id) {
        for (const auto& s : steps)
            if (s.id == id)
                return s.localizedTitle();
        return id;
    };
    m_start->setText(m_result == 0 && m_repeatable ? tr("Run &again", "@action:button")
                     : m_result == 1               ? tr("&Retry", "@action:button")
                     : m_resumable                 ? tr("&Resume", "@action:button")
                                                   : tr("&Start", "@action:button"));
    if (m_running) {
        m_status->setText(m_current >= 0 && m_current < steps.size()
                              ? tr("Running: %1", "@info").arg(steps.at(m_current).localizedTitle())
                              : tr("Running…", "@info"));
        return;
    }
    QString text;
    switch (m_result) {
    case 0:
        text = completeText ? completeText() : tr("Complete: every step is done.", "@info");
        break;
    case 1:
        text = tr("The step \"%1\" failed: its command and output are below. Fix the cause, then retry.",
                  "@info")
                   .arg(title(m_stepAt));
        break;
    case 3:
        text = tr("Waiting for an operator step (%1): do what it says, then verify.", "@info")
                   .arg(title(m_stepAt));
        for (const auto& s : steps)
            if (s.id == m_stepAt && !s.localizedInstructions().isEmpty())
                text += QStringLiteral("\n\n") + s.localizedInstructions();
        break;
    case 2:
        text = tr("Refused before anything ran, nothing was changed: the reason is below.", "@info");
        break;
    case 4:
        text = tr("Another dce-ha-wizard holds this node's state directory.", "@info");
        break;
    case 5:
        text = tr("Stopped. The checkpoint keeps every step done; Resume continues from here.", "@info");
        break;
    default:
        text = m_resumable
                   ? tr("A run is in progress on this node: Resume goes on with the plan of the review "
                        "page (the steps done stay done).",
                        "@info")
                   : tr("Nothing has run yet. Start runs the plan of the review page.", "@info");
    }
    const QString note = statusNote && m_result >= 0 ? statusNote(m_result, m_stepAt) : QString();
    if (!note.isEmpty())
        text += QStringLiteral("\n\n") + note;
    m_status->setText(text);
}

void RunView::setController(RunController* controller, bool resumable)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_steps->clear();
    m_statuses.clear();
    m_log->clearLog();
    for (int i = 0; i < controller->steps().size(); ++i) {
        m_steps->addItem(QString());
        m_statuses << QString();
        showStep(i);
    }
    m_progress->setRange(0, int(controller->steps().size()));
    m_progress->setValue(0);
    m_result = -1;
    m_current = -1;
    m_elapsed.invalidate();
    m_resumable = resumable;
    m_start->setEnabled(true);
    m_confirm->setEnabled(false);
    describe();
    showPosition();
    Q_EMIT progressed();
    connect(controller, &RunController::stepStarted, this,
            [this](int i, int total, const QString&, const QString&) {
                m_current = i;
                m_statuses[i] = QStringLiteral("running");
                showStep(i);
                m_steps->setCurrentRow(i);
                m_log->beginStep(i + 1, total, titleOf(m_controller->steps().at(i)));
                describe();
                showPosition();
                Q_EMIT progressed();
            });
    connect(controller, &RunController::stepFinished, this,
            [this](int i, int, const QString&, const QString& status, const QString& message) {
                const bool ran = m_statuses.value(i) == QLatin1String("running");
                m_statuses[i] = status;
                showStep(i);
                // A skipped step's reason in the person's language (the record keeps it in English).
                m_steps->item(i)->setToolTip(status == QLatin1String("skipped")
                                                 ? m_controller->steps().value(i).localizedSkipReason()
                                                 : message);
                // The bar counts the steps behind: a failed last step does not fill it.
                int behind = 0;
                for (const auto& s : std::as_const(m_statuses))
                    behind += s == QLatin1String("done") || s == QLatin1String("already done") ||
                              s == QLatin1String("skipped");
                m_progress->setValue(behind);
                const bool problem = status == QLatin1String("failed");
                if (ran)
                    m_log->endStep(mark(status).trimmed(), statusWords(status), problem,
                                   problem || status == QLatin1String("waiting") ? message : QString());
                else if (problem)
                    // A drift found on a step done earlier: it did not start in this run, said all the same.
                    m_log->addMessage(titleOf(m_controller->steps().at(i)) + QStringLiteral(": ") + message,
                                      true);
                showPosition();
                Q_EMIT progressed();
            });
    connect(controller, &RunController::output, this,
            [this](const QString& line) { m_log->addMessage(line, false); });
    connect(controller, &RunController::commandStarting, this,
            [this](int, const QString& line) { m_log->commandStarting(line); });
    connect(controller, &RunController::actionRecorded, this,
            [this](int, const ActionRecord& action) { m_log->recorded(action); });
    connect(controller, &RunController::finished, this, [this](int result, const QString& step) {
        m_running = false;
        m_result = result;
        m_resumable = true;
        m_stepAt = step;
        m_clock->stop();
        m_confirm->setEnabled(result == 3);
        m_stop->setEnabled(false);
        m_start->setEnabled(result != 0 || m_repeatable);
        describe();
        showPosition();
        Q_EMIT finished(result, step);
        Q_EMIT progressed();
    });
}

void RunView::showPosition()
{
    const int total = m_controller ? int(m_controller->steps().size()) : 0;
    if (total == 0) {
        m_position->clear();
        return;
    }
    const qint64 s = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    const QString clock = QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (m_running && m_current >= 0)
        m_position->setText(
            tr("Step %1 of %2 · %3 elapsed", "@info").arg(m_current + 1).arg(total).arg(clock));
    else if (m_elapsed.isValid())
        m_position->setText(tr("%1 of %2 steps done · the last run took %3", "@info")
                                .arg(m_progress->value())
                                .arg(total)
                                .arg(clock));
    else
        m_position->setText(tr("%1 steps", "@info").arg(total));
}

void RunView::begin(const QStringList& confirmed, bool startOver)
{
    if (confirmStart && !confirmStart())
        return;
    if (startOver) {
        for (int i = 0; i < m_statuses.size(); ++i) {
            m_statuses[i].clear();
            showStep(i);
        }
        m_progress->setValue(0);
    }
    m_running = true;
    m_current = -1;
    m_elapsed.start();
    m_clock->start();
    m_start->setEnabled(false);
    m_confirm->setEnabled(false);
    m_stop->setEnabled(true);
    describe();
    Q_EMIT started();
    if (startOver)
        m_controller->startOver();
    else
        m_controller->start(confirmed);
}

} // namespace dceha
