#include "WizardWindow.h"

#include "FirstPaint.h"
#include "Language.h"
#include "ProcedureMap.h"
#include "system/Interruption.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

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
    setPage(PreflightPageId, new PreflightPage(m_model));
    setPage(ReviewPageId, new ReviewPage(m_model));
    m_runPage = new RunPage(m_model);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, new SummaryPage(m_model));
    m_failoverTestPage = new FailoverTestPage(m_model);
    setPage(FailoverTestPageId, m_failoverTestPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The last page has one way out, Finish: a Close beside it would do the same under another name.
    setOption(QWizard::NoCancelButtonOnLastPage);
    connect(m_runPage, &RunPage::standbyRequested, this, &WizardWindow::openStandby);
    const auto closeIfAsked = [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    };
    connect(m_runPage, &RunPage::runFinished, this, closeIfAsked);
    connect(m_failoverTestPage, &FailoverTestPage::drillFinished, this, closeIfAsked);
    // Where am I: the node and the whole procedure beside every page.
    m_map = new ProcedureMap(m_model, *this);
    setSideWidget(m_map);
    // The run page's view is made when the page is first shown: the map follows it from then on.
    connect(m_runPage, &WizardPage::built, m_map, [this] { m_map->follow(m_runPage->view()); });
    // The node is asked its name once the window is on screen: the first paint does not share the machine
    // with the node's first command.
    QTimer::singleShot(0, this, [this] { m_model.identifyNode(); });
    retranslate();
    resize(1120, 720);
}

void WizardWindow::retranslate()
{
    // The window's title names the node (the map sets it, with the node's host name once it answered).
    m_map->refresh();
    setButtonText(QWizard::BackButton, tr("< &Back", "@action:button"));
    setButtonText(QWizard::NextButton, tr("&Next >", "@action:button"));
    setButtonText(QWizard::FinishButton, tr("&Finish", "@action:button"));
    setButtonText(QWizard::CancelButton, tr("Close", "@action:button"));
}

void WizardWindow::initializePage(int id)
{
    // Every page's initializePage() fills widgets it makes only now: made here, for all of them at once.
    if (auto* shown = qobject_cast<WizardPage*>(page(id)))
        shown->ensureBuilt();
    QWizard::initializePage(id);
}

void WizardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

namespace {

/** Asks a yes/no question whose safe answer (@p stayText) is the default: Enter at 3 a.m. must not lose work.
 */
bool confirmed(QWidget* parent, const QString& title, const QString& text, const QString& goText,
               const QString& stayText)
{
    QMessageBox ask(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* go = ask.addButton(goText, QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(stayText, QMessageBox::RejectRole));
    ask.exec();
    return ask.clickedButton() == go;
}

} // namespace

void WizardWindow::reject()
{
    // Answers typed on the pages and not yet run would be lost to a stray Escape: asked first.
    const bool editing = currentId() > int(WelcomePageId) && currentId() <= int(ReviewPageId);
    if (editing && !m_closeWhenStopped) {
        if (confirmed(this, tr("Close the wizard?", "@title:window"),
                      tr("The answers on these pages are not kept when the wizard closes (the review page "
                         "can save them to a file). The progress of a run is always kept in its checkpoint.",
                         "@info"),
                      tr("&Close", "@action:button"), tr("&Stay", "@action:button")))
            QWizard::reject();
        return;
    }
    if (!runningView()) {
        QWizard::reject();
        return;
    }
    if (!confirmed(this, tr("A step is running", "@title:window"),
                   tr("The wizard is running a step on this node. Stop after this step and close? The "
                      "checkpoint keeps everything done; opening the wizard again offers to resume.",
                      "@info"),
                   tr("&Stop and close", "@action:button"), tr("&Keep running", "@action:button")))
        return;
    RunView* running = runningView();
    if (!running) {
        QWizard::reject();
        return;
    }
    m_closeWhenStopped = true;
    running->stopButton()->click();
}

RunView* WizardWindow::runningView() const
{
    for (RunView* view : {m_runPage->view(), m_failoverTestPage->view()})
        if (view && view->isRunning())
            return view;
    return nullptr;
}

void WizardWindow::endForSignal()
{
    if (runningView()) {
        // The engine sees the same request and stops after the command under way; a dialog waiting for
        // the operator (the password) would keep it waiting, so it is dismissed.
        m_closeWhenStopped = true;
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
        return;
    }
    if (isVisible())
        QWizard::reject();
}

void WizardWindow::watchForSignals()
{
    Interruption::install();
    // The handlers only record the signal; the GUI thread looks at it a few times a second.
    auto* watch = new QTimer(qApp);
    watch->setInterval(100);
    QObject::connect(watch, &QTimer::timeout, qApp, [] {
        if (!Interruption::requested())
            return;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<WizardWindow*>(widget))
                window->endForSignal();
    });
    watch->start();
}

void WizardWindow::openStandby(const QString& ownerRecord)
{
    Options standby = m_model.options();
    standby.root = QFileInfo(standby.root).absolutePath() + QStringLiteral("/node2");
    standby.stateDir.clear();
    standby.answersFile.clear();
    standby.ownerRecord = ownerRecord;
    QDir().mkpath(standby.root);
    // The drill from this window drives the standby it opened.
    m_model.setPeerRoot(standby.root);
    auto* window = new WizardWindow(standby);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->move(pos() + QPoint(40, 40));
    window->show();
    Q_EMIT standbyOpened(window);
}

int runGui(const Options& options)
{
    Language::apply(Language::initial(options.language));
    WizardWindow window(options);
    // The benchmark measures the start up to the first page on screen (dce-ha-bench).
    FirstPaint::watch(&window);
    window.show();
    WizardWindow::watchForSignals();
    return QApplication::exec();
}

} // namespace dceha
