#include "RunPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace dceha {

RunPage::RunPage(WizardModel& model) : m_model(model)
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
    retranslate();
}

void RunPage::retranslate()
{
    setTitle(tr("Run", "@title"));
    setSubTitle(tr("The steps run one by one; the run can be stopped and resumed at any time.", "@subtitle"));
    m_standby->setText(tr("Open the stan&dby node's wizard", "@action:button"));
    m_standby->setToolTip(
        tr("The simulated cluster's standby node, in a second window, with this node's record.",
           "@info:tooltip"));
    m_view->retranslate();
}

void RunPage::initializePage()
{
    m_standby->hide();
    m_view->setController(m_model.controller(), m_model.resuming() || !m_model.checkpointSummary().isEmpty());
}

bool RunPage::isComplete() const
{
    return !m_view->isRunning() && m_view->result() == 0;
}

} // namespace dceha
