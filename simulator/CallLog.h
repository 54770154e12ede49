#pragma once

#include <QString>
#include <QStringList>

namespace aixsim {

/** @brief `<root>/.aixsim/calls.log`: every command a node has run, one line each (`N<TAB>command<TAB>args…`,
 * N counting that command's calls).
 *
 * The log is the only count of calls: AIXSIM_FAIL's and AIXSIM_KILL_CALLER's "Nth call" are read from it,
 * so a query changes nothing in the node's state files, and a node directory copied with its log keeps
 * its counts. */
class CallLog
{
public:
    explicit CallLog(const QString& root);

    /** Calls of @p command so far. */
    int callsOf(const QString& command) const;
    /** Calls of every command so far. */
    int total() const { return m_total; }

    /** Appends the call and closes the file at once: a command killed mid-way has its call on record all
     * the same. Returns the call's number for its command. */
    int append(const QString& command, const QStringList& args);

private:
    QString m_path;
    QStringList m_commands; ///< the command of each line so far
    int m_total = 0;
};

} // namespace aixsim
