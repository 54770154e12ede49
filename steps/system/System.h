#pragma once

#include "CommandResult.h"
#include "FileEdit.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace dceha {

/** @brief Everything the engine does to a node goes through this interface.
 *
 * A System knows the node's *target root*: every path the engine names is a node path (`/etc/services`)
 * resolved under the root (`/` on the node itself, a directory for the simulated node). Programs run
 * as argument lists; files change by atomic replacement. */
class System
{
public:
    explicit System(QString root);
    virtual ~System() = default;
    System(const System&) = delete;
    System& operator=(const System&) = delete;

    /** The target root, absolute, without a trailing slash (empty string stands for `/`). */
    QString root() const { return m_root; }
    /** @return the path on this machine for the node path @p nodePath (which must be absolute). */
    QString hostPath(const QString& nodePath) const;

    /** Runs one program; never through a shell. */
    virtual CommandResult run(const CommandSpec& spec) = 0;
    /** True when commands go to the simulated AIX node. */
    virtual bool isSimulated() const = 0;

    // Files, all by node path: on this machine's filesystem under the root (a remote System overrides them).
    virtual bool exists(const QString& nodePath) const;
    virtual bool isDirectory(const QString& nodePath) const;
    /** The target of a symbolic link, or nullopt when @p nodePath is not a link. */
    virtual std::optional<QString> linkTarget(const QString& nodePath) const;
    virtual std::optional<QByteArray> readFile(const QString& nodePath) const;
    /** Atomic replacement keeping mode and owner; a dated backup when @p backup and the file existed. */
    virtual FileEdit writeFile(const QString& nodePath, const QByteArray& content, bool backup = true);
    /** Removes what an interrupted writeFile of @p nodePath left (its temporary and backup copies).
     * @return the node paths removed. */
    virtual QStringList removeStaleTemporaries(const QString& nodePath);
    /** mkdir -p; @return an empty string on success, else why not. */
    virtual QString makeDirectory(const QString& nodePath);
    /** Creates @p linkPath pointing at @p target (a node path, stored verbatim as AIX would).
     * @return an empty string on success, else why not. */
    virtual QString makeSymlink(const QString& target, const QString& linkPath);

    /** The permission bits (07777) of @p nodePath itself, or nullopt when it is not there. */
    virtual std::optional<int> modeOf(const QString& nodePath) const;
    /** chmod; @return an empty string on success, else why not. */
    virtual QString setMode(const QString& nodePath, int mode);

    /** Suffix of the dated backups writeFile makes, e.g. `.dce-ha-wizard.20261129-203000`. */
    static QString backupSuffix();

private:
    QString m_root;
};

} // namespace dceha
