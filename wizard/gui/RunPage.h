#pragma once

#include "WizardPage.h"

namespace dceha {

/** The run: step statuses, progress, live output; Retry after a failure, Verify for operator steps, Stop. */
class RunPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RunPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QPushButton* startButton() const { return m_start; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* stopButton() const { return m_stop; }
    QListWidget* steps() const { return m_steps; }
    QLabel* status() const { return m_status; }
    int result() const { return m_result; }
    bool isRunning() const { return m_running; }

    QPushButton* standbyButton() const { return m_standby; }

Q_SIGNALS:
    void runFinished(int result);
    /** The simulated demo: the person asks for the standby node's wizard, with this node's record. */
    void standbyRequested(const QString& ownerRecord);

protected:
    void retranslate() override;

private:
    void begin(const QStringList& confirmed);
    void showStep(int index);
    QString statusWords(const QString& status) const;
    void describe();
    WizardModel& m_model;
    QListWidget* m_steps;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_output;
    QPushButton* m_start;
    QPushButton* m_confirm;
    QPushButton* m_stop;
    QPushButton* m_standby;
    QStringList m_statuses;
    int m_result = -1;
    int m_current = -1;
    QString m_stepAt;                      ///< the step the last run stopped at (failed or waiting)
    RunController* m_controller = nullptr; ///< the run this page shows (set when the page is entered)
    bool m_running = false;
    bool m_resumable = false;
    QString m_savedRecord;
};

} // namespace dceha
