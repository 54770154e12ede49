#pragma once

#include "Record.h"

#include <QByteArray>
#include <QString>

namespace dceha {

/** @brief The checkpoint's append-only journal (`checkpoint.journal` beside `checkpoint.yaml`): each change
 * of one step's status since the checkpoint was last written whole, so that a change costs what changed, not
 * the whole record (a real `installp` prints thousands of lines, and a long run records them all).
 *
 * The file starts with the line `# dce-ha-wizard-journal/1 base=SHA256 check=C`, the checksum in the
 * integrity line of the checkpoint it follows: a journal left behind by a checkpoint since written whole (a
 * crash between the rename and the removal) names another checkpoint and is ignored. Then one entry per
 * change:
 * `# entry step=INDEX bytes=N sha256=HEX check=C`, a newline and N bytes: that step's record as YAML
 * (RunRecord::stepToYaml, long outputs named, not held). Each line carries a check of its own fields (C),
 * each body its SHA-256. An entry is written with one write() and made durable (fdatasync) before append()
 * returns, so a crash leaves every entry whose append returned whole, and after them at most what the next
 * append wrote, cut or not written at all (a power loss need not keep a write's order): whatever is wrong
 * after the last whole entry is that append, read as not there and cut off before the next one. Something
 * wrong that a whole entry follows means the file was damaged, as does a whole entry that does not fit the
 * checkpoint's steps: the checkpoint is then refused like a damaged one.
 */
class CheckpointJournal
{
public:
    explicit CheckpointJournal(QString path) : m_path(std::move(path)) {}
    ~CheckpointJournal();
    CheckpointJournal(const CheckpointJournal&) = delete;
    CheckpointJournal& operator=(const CheckpointJournal&) = delete;

    /** What replay() found. */
    struct Replay
    {
        enum class State
        {
            Absent,  ///< no journal: the checkpoint is whole
            Applied, ///< its entries (maybe none) are in the record
            Stale,   ///< it follows another checkpoint: nothing applied
            Damaged  ///< see problem: nothing applied
        };
        State state = State::Absent;
        int entries = 0;       ///< entries applied
        qint64 validBytes = 0; ///< where the last whole entry ends (a cut one after it is not counted)
        QString problem;
    };

    /** Applies the entries that follow the checkpoint sealed with @p base onto @p record (in order: a later
     * entry for a step replaces an earlier one). @p record is left unchanged unless the state is Applied. A
     * cut entry at the end is remembered: the next append cuts it off first. */
    Replay replay(const QByteArray& base, RunRecord* record, qint64 limit);

    /** Appends step @p index of @p record, after the checkpoint sealed with @p base (a journal that follows
     * another checkpoint, or none, is started anew; one that ends in a cut entry is cut back first). Durable
     * when it returns true; on false (@p error: the file and errno) the file is as it was. */
    bool append(const QByteArray& base, const RunRecord& record, int index, QString* error);

    /** Removes the journal (the checkpoint was just written whole). */
    void remove();
    /** Forgets what this process knows of the file (it was renamed aside or removed by someone else). */
    void forget();
    QString path() const { return m_path; }

    static QByteArray header(const QByteArray& base);

private:
    bool open(const QByteArray& base, QString* error);

    QString m_path;
    int m_fd = -1;
    QByteArray m_base;     ///< the checkpoint the open journal follows
    qint64 m_size = 0;     ///< bytes of whole entries in the open journal
    qint64 m_keep = -1;    ///< set by a replay: the length to cut the journal back to before appending
    QByteArray m_keepBase; ///< … when it follows this checkpoint
    bool m_broken = false; ///< an append failed and could not be undone: no more appends
};

} // namespace dceha
