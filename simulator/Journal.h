#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace aixsim {

/** @brief What one simulated command changes on disk, committed all at once.
 *
 * A command queues its file changes (node files, mount links, LV data directories, the state files); at
 * commit the whole list is first written to a journal file (one atomic rename), then carried out, then the
 * journal removed. A command killed before the journal exists changed nothing; one killed after is finished
 * by the next aixsim call on the same shared DASD, which replays the journal before anything else. Every
 * operation is safe to replay. */
class Journal
{
public:
    struct Op
    {
        enum class Kind : quint8
        {
            Write,
            MoveDirectory,
            Link,
            Remove,
            MakePath,
            RemoveTree
        };
        Kind kind = Kind::Write;
        QString path;    ///< host path
        QString other;   ///< MoveDirectory: the destination; Link: the link's target
        QByteArray data; ///< Write: the content
    };

    void write(const QString& path, const QByteArray& data);
    void moveDirectory(const QString& from, const QString& to)
    {
        m_ops.append({Op::Kind::MoveDirectory, from, to, {}});
    }
    void link(const QString& target, const QString& path)
    {
        m_ops.append({Op::Kind::Link, path, target, {}});
    }
    void remove(const QString& path) { m_ops.append({Op::Kind::Remove, path, {}, {}}); }
    void makePath(const QString& path) { m_ops.append({Op::Kind::MakePath, path, {}, {}}); }
    void removeTree(const QString& path) { m_ops.append({Op::Kind::RemoveTree, path, {}, {}}); }

    /** The content a queued write gives @p path, if one is queued. */
    const QByteArray* pendingWrite(const QString& path) const;
    bool isEmpty() const { return m_ops.isEmpty(); }

    /** Journal file, then the operations, then the journal removed. */
    bool commit(const QString& journalFile);
    /** Finishes a commit a killed command left (no-op without a journal file). */
    static void recover(const QString& journalFile);

    /** Called once half-way through carrying out the next commit's operations (AIXSIM_KILL_CALLER's
     * `commit` point; for a commit with nothing to carry out, at its instant), then forgotten. */
    static void atNextMidCommit(std::function<void()> hook);
    /** A commit with nothing to carry out (a query's): the hook's instant passes all the same. */
    static void passCommitInstant();

private:
    static void apply(const QList<Op>& ops);
    QList<Op> m_ops;
};

} // namespace aixsim
