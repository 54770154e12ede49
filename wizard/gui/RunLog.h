#pragma once

#include <QTreeWidget>

namespace dceha {

struct ActionRecord;

/** @brief What each command of a run said, as it happens: one row per step (its number of all, node and
 * title, when it started, its status and time once ended), under it every command with its argument list in
 * the terminal's font, its exit status and time, and its standard output and standard error apart (each
 * collapsible; a failed command's open), the file edits with their backups, and why a step failed or what it
 * waits for. The last row is kept in view while the run goes on. */
class RunLog : public QTreeWidget
{
    Q_OBJECT
public:
    explicit RunLog(QWidget* parent = nullptr);

    /** Empties the log (another run's steps are shown). */
    void clearLog();
    /** A step starts: its separator row, "3/27 owner: title — 14:02:11". */
    void beginStep(int number, int total, const QString& title);
    /** A command is about to run (its line as echoed): shown at once, completed by recorded(). */
    void commandStarting(const QString& line);
    /** An action of the step under way is in the record: a command's exit status, time and output, a file
     * edit, a note. */
    void recorded(const ActionRecord& action);
    /** The step ended: its status (@p mark as the step list shows it, and in words) and time on its row; a
     * failure's or a wait's message under it. */
    void endStep(const QString& mark, const QString& statusWords, bool failed, const QString& message);
    /** A line that belongs to no step (a refusal, a note of the controller). */
    void addMessage(const QString& text, bool problem);
    /** Everything shown, one row a line, indented by depth (tests; the clipboard's Copy all). */
    QString text() const;

    /** Lines of one stream shown before the rest is left to the record. */
    static constexpr int kShownLines = 400;

    /** Whether the last row is in view (the log follows the run until the person scrolls up). */
    bool followsTheEnd() const { return m_follow; }
    /** The deepest last row, the one kept in view. */
    QTreeWidgetItem* lastRow() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    /** The log shrinks when the status above it grows (a wait's instructions): the last row stays in view. */
    void resizeEvent(QResizeEvent* event) override;

private:
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& text);
    void addStream(QTreeWidgetItem* command, const QString& label, const QString& output, bool problem);
    void keepLastInView();
    QTreeWidgetItem* m_step = nullptr;    ///< the step under way's row
    QTreeWidgetItem* m_pending = nullptr; ///< the command echoed and not yet recorded
    QString m_stepTitle;
    qint64 m_stepStarted = 0;
    bool m_follow = true;
};

} // namespace dceha
