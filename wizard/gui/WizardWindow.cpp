#include "WizardWindow.h"

#include "Language.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

namespace dceha {

WizardWindow::WizardWindow(const Options& options, QWidget* parent) : QWizard(parent), m_model(options)
{
    setWizardStyle(QWizard::ClassicStyle);
    setPage(WelcomePageId, new WelcomePage(m_model));
    setPage(ClusterPageId, new ClusterPage(m_model));
    setPage(NetworkPageId, new NetworkPage(m_model));
    setPage(CellPageId, new CellPage(m_model));
    setPage(StoragePageId, new StoragePage(m_model));
    setPage(DfsPageId, new DfsPage(m_model));
    setPage(ScriptsPageId, new ScriptsPage(m_model));
    setPage(ReviewPageId, new ReviewPage(m_model));
    m_runPage = new RunPage(m_model);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, new SummaryPage(m_model));
    setOption(QWizard::NoBackButtonOnLastPage);
    connect(m_runPage, &RunPage::runFinished, this, [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    retranslate();
    resize(900, 700);
}

void WizardWindow::retranslate()
{
    setWindowTitle(tr("DCE/DFS integration with HACMP", "@title:window"));
    setButtonText(QWizard::BackButton, tr("< &Back", "@action:button"));
    setButtonText(QWizard::NextButton, tr("&Next >", "@action:button"));
    setButtonText(QWizard::FinishButton, tr("&Finish", "@action:button"));
    setButtonText(QWizard::CancelButton, tr("Close", "@action:button"));
}

void WizardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void WizardWindow::reject()
{
    if (!m_runPage->isRunning()) {
        QWizard::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("A step is running", "@title:window"),
                    tr("The wizard is running a step on this node. Stop after this step and close? The "
                       "checkpoint keeps everything done; opening the wizard again offers to resume.",
                       "@info"),
                    QMessageBox::NoButton, this);
    QPushButton* stop = ask.addButton(tr("&Stop and close", "@action:button"), QMessageBox::AcceptRole);
    QPushButton* keep = ask.addButton(tr("&Keep running", "@action:button"), QMessageBox::RejectRole);
    // Enter at 3 a.m. must not stop an installation.
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() != stop)
        return;
    if (!m_runPage->isRunning()) {
        QWizard::reject();
        return;
    }
    m_closeWhenStopped = true;
    m_runPage->stopButton()->click();
}

int runGui(const Options& options)
{
    Language::apply(Language::initial(options.language));
    WizardWindow window(options);
    window.show();
    return QApplication::exec();
}

} // namespace dceha
