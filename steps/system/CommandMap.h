#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief How an AIX command name becomes a program and leading arguments.
 *
 * On a real node the table comes from resources/aix-commands.yaml (name → absolute path, e.g. mklv →
 * /usr/sbin/mklv). Under --simulate every name maps to the aixsim multi-call program with the node's
 * root and shared DASD directory in front: `aixsim --root R --shared-dasd D mklv …`. A name missing from
 * the real table is refused rather than looked up on PATH, so the wizard never runs an unexpected binary. */
class CommandMap
{
public:
    struct Invocation
    {
        QString program;
        QStringList leadingArgs;
    };

    /** The table for a real AIX node, read from the embedded resources/aix-commands.yaml. */
    static CommandMap forRealNode();
    /** Every command name goes to @p aixsimPath with the node's root and shared DASD directory. */
    static CommandMap forSimulatedNode(const QString& aixsimPath, const QString& root,
                                       const QString& sharedDasd);

    /** @return false when @p name is unknown (the caller reports it; nothing runs). */
    bool resolve(const QString& name, Invocation* out) const;
    bool isSimulated() const { return m_simulated; }
    QStringList knownNames() const { return m_paths.keys(); }

    /** Adds or replaces one real-node mapping (used to load the table and by tests). */
    void setPath(const QString& name, const QString& program) { m_paths.insert(name, program); }

private:
    bool m_simulated = false;
    QString m_aixsim;
    QStringList m_simPrefix;
    QHash<QString, QString> m_paths;
};

} // namespace dceha
