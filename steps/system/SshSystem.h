#pragma once

#include "CommandMap.h"
#include "SshTransport.h"
#include "System.h"

#include <memory>

namespace dceha {

/** @brief A node reached over SSH: its commands run there (mapped by the same CommandMap as on the node
 * itself: the real AIX programs, or the simulated node's aixsim on the remote host), and its files are read
 * and changed there with the tools AIX 4.2 has (test, ls, cat, cp -p, mv, mkdir -p, ln -s, chmod): a file is
 * replaced atomically (a temporary file in the same directory given the old one's mode and owner by cp -p,
 * the new content written into it, then mv), a dated backup kept with cp -p. The paths are node paths under
 * the node's root there (`/` on a real node). A transport failure fails the operation like any other. */
class SshSystem : public System
{
public:
    SshSystem(std::shared_ptr<SshTransport> transport, const QString& remoteRoot, CommandMap commands);
    ~SshSystem() override;

    CommandResult run(const CommandSpec& spec) override;
    bool isSimulated() const override { return m_commands.isSimulated(); }
    SshTransport& transport() const { return *m_transport; }

    bool exists(const QString& nodePath) const override;
    bool isDirectory(const QString& nodePath) const override;
    std::optional<QString> linkTarget(const QString& nodePath) const override;
    std::optional<QByteArray> readFile(const QString& nodePath) const override;
    FileEdit writeFile(const QString& nodePath, const QByteArray& content, bool backup = true) override;
    QStringList removeStaleTemporaries(const QString& nodePath) override;
    QString makeDirectory(const QString& nodePath) override;
    QString makeSymlink(const QString& target, const QString& linkPath) override;
    std::optional<int> modeOf(const QString& nodePath) const override;
    QString setMode(const QString& nodePath, int mode) override;

    /** Marks the node as worked on from here: the directory /var/adm/dce-ha-wizard.lock under its root, made
     * atomically by mkdir, holding who (@p holder: this workstation and its state directory) and since when.
     * A marker of another holder refuses (@p error names it and how to clear it); one of this holder (a run
     * of ours that ended without removing it: the workstation's own lock keeps two of ours apart) is taken
     * over. */
    bool acquireNodeLock(const QString& holder, QString* error);
    /** Removes the marker, if this System made or took it. */
    void releaseNodeLock();
    static QString nodeLockPath() { return QStringLiteral("/var/adm/dce-ha-wizard.lock"); }

    /** The permission bits of an `ls -l` mode string (`-rwsr-x--T` → 05754), nullopt when it is none. */
    static std::optional<int> modeFromLs(const QString& field);

private:
    /** Runs a short POSIX sh script there with @p args as $1…; the transport's result. */
    CommandResult shell(const QString& script, const QStringList& args, const QByteArray& input = {}) const;
    std::shared_ptr<SshTransport> m_transport;
    bool m_locked = false;
    CommandMap m_commands;
};

} // namespace dceha
