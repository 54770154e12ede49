#include "Pages.h"

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
    return QStringLiteral("  ");
}

} // namespace

RunPage::RunPage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Run", "@title"));
    setSubTitle(tr("The steps run one by one; the run can be stopped and resumed at any time.", "@subtitle"));
    auto* layout = new QVBoxLayout(this);
    m_steps = new QListWidget;
    m_steps->setAccessibleName(tr("Steps", "@label"));
    layout->addWidget(m_steps, 2);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Progress", "@label"));
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_output = new QPlainTextEdit;
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Command output", "@label"));
    layout->addWidget(m_output, 1);
    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start", "@action:button"));
    m_confirm = new QPushButton(tr("&Confirm it is done", "@action:button"));
    m_confirm->setEnabled(false);
    buttons->addWidget(m_start);
    buttons->addWidget(m_confirm);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] { begin({}); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { begin({m_waitingStep}); });
}

void RunPage::initializePage()
{
    RunController* controller = m_model.controller();
    m_steps->clear();
    for (const auto& s : controller->steps())
        m_steps->addItem(mark({}) + s.title);
    m_progress->setRange(0, int(controller->steps().size()));
    m_progress->setValue(0);
    m_result = -1;
    m_start->setEnabled(true);
    m_start->setText(m_model.checkpointSummary().isEmpty() ? tr("&Start", "@action:button")
                                                           : tr("&Resume", "@action:button"));
    disconnect(controller, nullptr, this, nullptr);
    connect(controller, &RunController::stepStarted, this,
            [this](int i, int, const QString&, const QString& title) {
                m_steps->item(i)->setText(mark(QStringLiteral("running")) + title);
                m_steps->setCurrentRow(i);
                m_status->setText(tr("Running: %1", "@info").arg(title));
            });
    connect(controller, &RunController::stepFinished, this,
            [this](int i, int, const QString&, const QString& status, const QString& message) {
                QListWidgetItem* item = m_steps->item(i);
                item->setText(mark(status) + item->text().mid(2));
                item->setToolTip(message);
                m_progress->setValue(i + 1);
                if (status == QLatin1String("failed") || status == QLatin1String("waiting"))
                    m_output->appendPlainText(message);
            });
    connect(controller, &RunController::output, this,
            [this](const QString& line) { m_output->appendPlainText(line); });
    connect(controller, &RunController::finished, this, [this](int result, const QString& step) {
        m_running = false;
        m_result = result;
        m_waitingStep = result == 3 ? step : QString();
        m_confirm->setEnabled(result == 3);
        m_start->setEnabled(result != 0);
        m_start->setText(result == 1 ? tr("&Retry", "@action:button") : tr("&Resume", "@action:button"));
        m_status->setText(
            result == 0 ? tr("Complete: every step is done.", "@info")
            : result == 3
                ? tr("Waiting for an operator step (%1): do what it says, then confirm.", "@info").arg(step)
            : result == 4
                ? tr("Another dce-ha-wizard holds this node's state directory.", "@info")
                : tr("The step %1 failed: its command and output are below. Fix the cause, then retry.",
                     "@info")
                      .arg(step));
        Q_EMIT completeChanged();
        Q_EMIT runFinished(result);
    });
}

void RunPage::begin(const QStringList& confirmed)
{
    m_running = true;
    m_start->setEnabled(false);
    m_confirm->setEnabled(false);
    m_status->setText(tr("Running…", "@info"));
    m_model.controller()->start(confirmed);
}

bool RunPage::isComplete() const
{
    return !m_running && m_result == 0;
}

} // namespace dceha
