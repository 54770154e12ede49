#include "RunPage.h"

#include "ConfirmRunDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace dceha {

RunPage::RunPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void RunPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_view = new RunView;
    layout->addWidget(m_view);
    m_standby = new QPushButton;
    m_standby->hide();
    m_view->buttons()->addWidget(m_standby);
    connect(m_standby, &QPushButton::clicked, this,
            [this] { Q_EMIT standbyRequested(m_savedRecord + QStringLiteral(".yaml")); });
    // The owner waits for the standby, whose run needs the owner's record (saved at every stop).
    m_view->statusNote = [this](int result, const QString&) {
        if (result != 3 || !m_model.parsed().answers.isOwner() || m_savedRecord.isEmpty())
            return QString();
        return tr("This node's record is saved as %1.yaml: give it to the wizard on the standby node as the "
                  "owner node's record.",
                  "@info")
            .arg(QDir::toNativeSeparators(m_savedRecord));
    };
    m_view->confirmStart = [this] { return confirmBegin(); };
    connect(m_view, &RunView::started, this, [this] {
        Q_EMIT completeChanged();
        // No going back to change answers under a running procedure.
        if (wizard())
            wizard()->button(QWizard::BackButton)->setEnabled(false);
    });
    connect(m_view, &RunView::finished, this, [this](int result, const QString& step) {
        if (result != 4)
            m_savedRecord = m_model.saveRecord();
        // The demo cluster's standby is beside this node: its wizard can be opened from here.
        m_standby->setVisible(result == 3 && m_model.options().simulate && !m_model.twoNode() &&
                              m_model.parsed().answers.isOwner() && !m_savedRecord.isEmpty() &&
                              step == QLatin1String("standby-integrated"));
        m_view->describe();
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->button(QWizard::BackButton)->setEnabled(true);
        Q_EMIT runFinished(result);
    });
}

void RunPage::retranslate()
{
    setTitle(tr("Run", "@title"));
    setSubTitle(tr("The steps run one by one; the run can be stopped and resumed at any time.", "@subtitle"));
    if (!isBuilt())
        return;
    m_standby->setText(tr("Open the stan&dby node's wizard", "@action:button"));
    m_standby->setToolTip(
        tr("The simulated cluster's standby node, in a second window, with this node's record.",
           "@info:tooltip"));
    m_view->retranslate();
}

bool RunPage::confirmBegin()
{
    RunController* controller = m_model.controller();
    if (m_confirmedFor == controller)
        return true;
    // An unattended run must not stop at DCE's configuration for a password nobody is there to type.
    QString needsPassword;
    for (const auto& p : controller->reviewPreviews()) {
        if (!p.step || !p.step->applicable || p.probe.state == Probe::State::Done)
            continue;
        for (const auto& a : p.actions)
            if (a.inputKind == PlannedAction::Input::Secret && needsPassword.isEmpty())
                needsPassword = RunView::titleOf(*p.step);
    }
    if (!needsPassword.isEmpty() && !m_model.hasPassword()) {
        QMessageBox::warning(this, tr("The cell_admin password is needed", "@title:window"),
                             tr("The step \"%1\" needs the cell_admin password. Type it on the page \"%2\" "
                                "(Back), then begin: it is kept in memory only, for this run.",
                                "@info")
                                 .arg(needsPassword, wizard() && wizard()->page(CellPageId)
                                                         ? wizard()->page(CellPageId)->title()
                                                         : QString()));
        return false;
    }
    const QList<Disruption>& disruptions = controller->reviewDisruptions();
    if (!disruptions.isEmpty()) {
        const QString node = m_model.nodeDescription();
        const QString heading =
            controller->isTwoNode()
                ? tr("Before anything runs on the two nodes (the owner %1, the standby %2), this is what the "
                     "run will destroy and interrupt:",
                     "@info")
                      .arg(node, m_model.standbyPlace())
                : tr("Before anything runs on %1, this is what the run will destroy and interrupt:", "@info")
                      .arg(node);
        ConfirmRunDialog ask(heading, disruptions, tr("&Begin", "@action:button"), this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        controller->approve(disruptions);
    }
    m_confirmedFor = controller;
    return true;
}

void RunPage::initializePage()
{
    m_standby->hide();
    m_confirmedFor = nullptr;
    m_view->setController(m_model.controller(), m_model.resuming() || !m_model.checkpointSummary().isEmpty());
}

bool RunPage::isComplete() const
{
    return !m_view->isRunning() && m_view->result() == 0;
}

} // namespace dceha
