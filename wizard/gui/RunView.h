#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace dceha {

class RunController;
class RunLog;
struct StepDefinition;

/** @brief A procedure's run as the person sees it: the steps with their status, the progress, what the run
 * is doing or why it stopped, the commands' output, and Start (Resume, Retry), Verify and continue (operator
 * steps), Stop after this step. The integration's Run page and the Failover test page show their run in one.
 */
class RunView : public QWidget
{
    Q_OBJECT
public:
    explicit RunView(QWidget* parent = nullptr);
    /** A step's title as the lists show it: in both nodes' list, with the node it runs on in front. */
    static QString titleOf(const StepDefinition& step);

    /** Shows @p controller's steps (none done yet in this view) and follows its signals from now on.
     * @p resumable: a checkpoint is there, so Start resumes. */
    void setController(RunController* controller, bool resumable);
    /** Texts in the application's language (the owner calls it from its retranslate()). */
    void retranslate();
    /** Says again what the run is doing or why it stopped (after the owner changed what @ref statusNote
     * adds). */
    void describe();
    /** What the owner adds to the status for a run that ended with @p result at @p step (may be empty). */
    std::function<QString(int result, const QString& step)> statusNote;
    /** A procedure that may run again once complete (the drill): Start then says "Run again" and starts it
     * over from its first step. */
    void setRepeatable(bool repeatable) { m_repeatable = repeatable; }
    /** What the status says when every step is done. */
    std::function<QString()> completeText;
    /** Asked when Start (Resume, Retry, Run again) is pressed, before the run begins: false leaves it
     * unstarted (the confirmation before the run was declined, the password is missing). None: it begins. */
    std::function<bool()> confirmStart;
    /** Each step's status as the last run left it (empty: to do), in steps()'s order. */
    const QStringList& statuses() const { return m_statuses; }
    /** The row of the step under way (-1: none). */
    int currentStep() const { return m_current; }

    QPushButton* startButton() const { return m_start; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* stopButton() const { return m_stop; }
    QListWidget* steps() const { return m_steps; }
    QLabel* status() const { return m_status; }
    /** "Step 3 of 27 · 0:42 elapsed" while a run goes on, what the last run did after. */
    QLabel* position() const { return m_position; }
    /** What every command said (RunLog). */
    RunLog* log() const { return m_log; }
    /** The row of buttons, for the owner's own (after Start, Verify and Stop). */
    QHBoxLayout* buttons() const { return m_buttons; }
    /** The last run's result (-1 before any): 0 complete, 1 failed, 2 refused, 3 waiting, 4 locked, 5
     * stopped. */
    int result() const { return m_result; }
    bool isRunning() const { return m_running; }
    /** The step the last run stopped at (failed or waiting). */
    QString stepAt() const { return m_stepAt; }

Q_SIGNALS:
    /** A run starts (Start, Retry, Resume or Verify pressed). */
    void started();
    /** The run ended; the view's buttons and status already show it. */
    void finished(int result, const QString& step);
    /** A step's status changed (the procedure map follows it). */
    void progressed();

private:
    void begin(const QStringList& confirmed, bool startOver = false);
    void showStep(int index);
    QString statusWords(const QString& status) const;

    QListWidget* m_steps;
    QProgressBar* m_progress;
    QLabel* m_status;
    RunLog* m_log;
    QLabel* m_position;
    QTimer* m_clock;
    QElapsedTimer m_elapsed;
    void showPosition();
    QHBoxLayout* m_buttons;
    QPushButton* m_start;
    QPushButton* m_confirm;
    QPushButton* m_stop;
    QStringList m_statuses;
    int m_result = -1;
    int m_current = -1;
    QString m_stepAt;
    /** The run shown; a controller the model replaced (answers or the other node's root changed) is gone and
     * its connections with it. */
    QPointer<RunController> m_controller;
    bool m_running = false;
    bool m_resumable = false;
    bool m_repeatable = false;
};

} // namespace dceha
