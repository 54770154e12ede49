#pragma once

#include "CellPage.h"
#include "ClusterPage.h"
#include "DfsPage.h"
#include "FailoverTestPage.h"
#include "NetworkPage.h"
#include "PreflightPage.h"
#include "ReviewPage.h"
#include "RunPage.h"
#include "ScriptsPage.h"
#include "StoragePage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardModel.h"

#include <QWizard>

namespace dceha {

class ProcedureMap;

/** @brief The GUI: a QWizard over the engine. The pages ask and show; the engine (in a worker thread) works.
 */
class WizardWindow : public QWizard
{
    Q_OBJECT

public:
    explicit WizardWindow(const Options& options, QWidget* parent = nullptr);
    WizardModel& model() { return m_model; }
    RunPage* runPage() const { return m_runPage; }
    FailoverTestPage* failoverTestPage() const { return m_failoverTestPage; }
    ProcedureMap* procedureMap() const { return m_map; }

public Q_SLOTS:
    /** Cancel, Escape and the window's close button: while a run is under way, asks first; the checkpoint
     * always keeps the progress, so reopening resumes. */
    void reject() override;
    /** SIGINT, SIGTERM or SIGHUP arrived: a run under way stops after its current command (the checkpoint
     * marks the step interrupted) and the window then closes; a window without a run closes at once. */
    void endForSignal();

public:
    /** Installs the signal handlers and has every wizard window end (endForSignal) once a signal arrives. */
    static void watchForSignals();

Q_SIGNALS:
    /** The simulated demo's standby node opened in a second window (tests drive it). */
    void standbyOpened(WizardWindow* window);

protected:
    void changeEvent(QEvent* event) override;
    /** Makes the page's widgets first (WizardPage::ensureBuilt), then lets the page fill them. */
    void initializePage(int id) override;

private:
    void retranslate();
    void openStandby(const QString& ownerRecord);
    /** The run under way in this window (the integration's or the drill's), if any. */
    RunView* runningView() const;
    WizardModel m_model;
    ProcedureMap* m_map = nullptr;
    RunPage* m_runPage;
    FailoverTestPage* m_failoverTestPage;
    bool m_closeWhenStopped = false;
};

/** Starts the GUI. */
int runGui(const Options& options);

} // namespace dceha
