#pragma once

#include "RunView.h"
#include "WizardPage.h"

#include <QPointer>

namespace dceha {

/** The integration's run (a RunView): Retry after a failure, Verify for operator steps, Stop; on the
 * simulated cluster's owner, the standby node's wizard is opened from here. */
class RunPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RunPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    RunView* view() const { return m_view; }
    QPushButton* startButton() const { return m_view->startButton(); }
    QPushButton* confirmButton() const { return m_view->confirmButton(); }
    QPushButton* stopButton() const { return m_view->stopButton(); }
    QListWidget* steps() const { return m_view->steps(); }
    QLabel* status() const { return m_view->status(); }
    int result() const { return m_view ? m_view->result() : -1; }
    bool isRunning() const { return m_view && m_view->isRunning(); }

    QPushButton* standbyButton() const { return m_standby; }

Q_SIGNALS:
    void runFinished(int result);
    /** The simulated demo: the person asks for the standby node's wizard, with this node's record. */
    void standbyRequested(const QString& ownerRecord);

protected:
    void retranslate() override;
    void build() override;

private:
    /** Before the first start on this page: the password there if the plan needs it, and the person's yes to
     * what the plan destroys and interrupts (ConfirmRunDialog). */
    bool confirmBegin();
    WizardModel& m_model;
    RunView* m_view = nullptr;
    QPointer<RunController> m_confirmedFor; ///< the controller whose plan was confirmed on this visit
    QPushButton* m_standby = nullptr;
    QString m_savedRecord;
};

} // namespace dceha
