#include "RunView.h"

#include "RunController.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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
    m_steps = new QListWidget;
    layout->addWidget(m_steps, 2);
    m_progress = new QProgressBar;
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Commands and their output as a terminal shows them: columns of lsvg or lspv line up.
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_output, 1);
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
    m_output->setAccessibleName(tr("Command output", "@label"));
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
        text = tr("Nothing has run yet. Start runs the plan of the review page.", "@info");
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
    for (int i = 0; i < controller->steps().size(); ++i) {
        m_steps->addItem(QString());
        m_statuses << QString();
        showStep(i);
    }
    m_progress->setRange(0, int(controller->steps().size()));
    m_progress->setValue(0);
    m_result = -1;
    m_current = -1;
    m_resumable = resumable;
    m_start->setEnabled(true);
    m_confirm->setEnabled(false);
    describe();
    connect(controller, &RunController::stepStarted, this,
            [this](int i, int, const QString&, const QString&) {
                m_current = i;
                m_statuses[i] = QStringLiteral("running");
                showStep(i);
                m_steps->setCurrentRow(i);
                describe();
            });
    connect(controller, &RunController::stepFinished, this,
            [this](int i, int, const QString&, const QString& status, const QString& message) {
                m_statuses[i] = status;
                showStep(i);
                // A skipped step's reason in the person's language (the record keeps it in English).
                m_steps->item(i)->setToolTip(status == QLatin1String("skipped")
                                                 ? m_controller->steps().value(i).localizedSkipReason()
                                                 : message);
                m_progress->setValue(i + 1);
                if (status == QLatin1String("failed") || status == QLatin1String("waiting"))
                    m_output->appendPlainText(message);
            });
    connect(controller, &RunController::output, this,
            [this](const QString& line) { m_output->appendPlainText(line); });
    connect(controller, &RunController::finished, this, [this](int result, const QString& step) {
        m_running = false;
        m_result = result;
        m_resumable = true;
        m_stepAt = step;
        m_confirm->setEnabled(result == 3);
        m_stop->setEnabled(false);
        m_start->setEnabled(result != 0 || m_repeatable);
        describe();
        Q_EMIT finished(result, step);
    });
}

void RunView::begin(const QStringList& confirmed, bool startOver)
{
    if (startOver) {
        for (int i = 0; i < m_statuses.size(); ++i) {
            m_statuses[i].clear();
            showStep(i);
        }
        m_progress->setValue(0);
    }
    m_running = true;
    m_current = -1;
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
