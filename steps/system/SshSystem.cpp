#include "SshSystem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace dceha {

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/** Replaces a file there: the temporary file gets the old one's mode and owner from cp -p (AIX 4.2 has no
 * chmod --reference), the content from stdin, then mv; the backup is a cp -p. Any failure removes the
 * temporary file and exits 1. */
constexpr const char* kReplace =
    "p=$1; t=$2; b=$3\n"
    "if [ -f \"$p\" ]; then cp -p \"$p\" \"$t\" || exit 1\n"
    "  if [ -n \"$b\" ]; then cp -p \"$p\" \"$b\" || { rm -f \"$t\"; exit 1; }; fi\n"
    "fi\n"
    "cat > \"$t\" || { rm -f \"$t\"; exit 1; }\n"
    "mv -f \"$t\" \"$p\" || { rm -f \"$t\"; exit 1; }\n";

QString why(const CommandResult& r)
{
    return r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure;
}

} // namespace

SshSystem::SshSystem(std::shared_ptr<SshTransport> transport, const QString& remoteRoot, CommandMap commands)
    : System(remoteRoot), m_transport(std::move(transport)), m_commands(std::move(commands))
{}

SshSystem::~SshSystem()
{
    releaseNodeLock();
}

bool SshSystem::acquireNodeLock(const QString& holder, QString* error)
{
    // mkdir is atomic on every Unix: of two workstations one makes the directory, the other finds it.
    const QString dir = hostPath(nodeLockPath());
    const QString line =
        holder + QStringLiteral(" since ") + QDateTime::currentDateTime().toString(Qt::ISODate);
    const CommandResult made = shell(QStringLiteral("mkdir -p \"$(dirname \"$1\")\" && mkdir \"$1\" && "
                                                    "printf '%s\\n' \"$2\" > \"$1/holder\""),
                                     {dir, line});
    if (made.ok()) {
        m_locked = true;
        return true;
    }
    if (!made.failure.isEmpty()) {
        *error = made.failure;
        return false;
    }
    const auto current = readFile(nodeLockPath() + QStringLiteral("/holder"));
    const QString held = current ? QString::fromUtf8(*current).trimmed() : QString();
    if (held.startsWith(holder + QStringLiteral(" since "))) {
        // Ours, left by a run that ended without removing it (killed): taken over, said in the marker.
        shell(QStringLiteral("printf '%s\\n' \"$2\" > \"$1/holder\""), {dir, line});
        m_locked = true;
        return true;
    }
    *error =
        QStringLiteral("%1 is being integrated from another workstation or state directory (%2 holds %3); "
                       "refused, nothing changed. If that run is gone, remove the directory %3 on the node.")
            .arg(m_transport->target().text(), held.isEmpty() ? QStringLiteral("an unreadable marker") : held,
                 nodeLockPath());
    return false;
}

void SshSystem::releaseNodeLock()
{
    if (!m_locked)
        return;
    m_locked = false;
    shell(QStringLiteral("rm -f \"$1/holder\" && rmdir \"$1\""), {hostPath(nodeLockPath())});
}

CommandResult SshSystem::run(const CommandSpec& spec)
{
    CommandMap::Invocation how;
    if (!m_commands.resolve(spec.name, &how)) {
        CommandResult r;
        r.failure = QStringLiteral("%1 is not a command the wizard knows (resources/aix-commands.yaml)")
                        .arg(spec.name);
        return r;
    }
    // The environment a command is given goes through env(1) in its argument list (ssh passes none):
    // never a secret (those are on stdin only).
    QStringList argv;
    if (!spec.environment.isEmpty()) {
        argv << QStringLiteral("env");
        for (const auto& [name, value] : spec.environment)
            argv << name + QLatin1Char('=') + value;
    }
    argv << how.program << how.leadingArgs << spec.args;
    CommandResult r = m_transport->run(argv, spec.stdinData, spec.timeoutMs);
    r.program = how.program;
    r.argv = QStringList{how.program} + how.leadingArgs + spec.args;
    return r;
}

CommandResult SshSystem::shell(const QString& script, const QStringList& args, const QByteArray& input) const
{
    return m_transport->run(
        QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} + args, input,
        120000);
}

bool SshSystem::exists(const QString& nodePath) const
{
    return shell(QStringLiteral("test -f \"$1\" || test -d \"$1\" || test -h \"$1\" || test -r \"$1\""),
                 {hostPath(nodePath)})
        .ok();
}

bool SshSystem::isDirectory(const QString& nodePath) const
{
    return shell(QStringLiteral("test -d \"$1\""), {hostPath(nodePath)}).ok();
}

std::optional<int> SshSystem::modeFromLs(const QString& field)
{
    if (field.size() < 10)
        return std::nullopt;
    int mode = 0;
    const int bits[3] = {0400, 040, 04};
    const int special[3] = {04000, 02000, 01000};
    for (int who = 0; who < 3; ++who) {
        const QChar r = field.at(1 + who * 3), w = field.at(2 + who * 3), x = field.at(3 + who * 3);
        if (r == QLatin1Char('r'))
            mode |= bits[who];
        else if (r != QLatin1Char('-'))
            return std::nullopt;
        if (w == QLatin1Char('w'))
            mode |= bits[who] >> 1;
        else if (w != QLatin1Char('-'))
            return std::nullopt;
        // x, or s/t with x, S/T without.
        if (x == QLatin1Char('x'))
            mode |= bits[who] >> 2;
        else if (x == QLatin1Char('s') || x == QLatin1Char('t'))
            mode |= (bits[who] >> 2) | special[who];
        else if (x == QLatin1Char('S') || x == QLatin1Char('T'))
            mode |= special[who];
        else if (x != QLatin1Char('-'))
            return std::nullopt;
    }
    return mode;
}

std::optional<int> SshSystem::modeOf(const QString& nodePath) const
{
    const CommandResult r = shell(QStringLiteral("ls -ld \"$1\""), {hostPath(nodePath)});
    if (!r.ok())
        return std::nullopt;
    return modeFromLs(QString::fromUtf8(r.stdOut).section(QLatin1Char(' '), 0, 0));
}

std::optional<QString> SshSystem::linkTarget(const QString& nodePath) const
{
    // ls -ld shows a link as `lrwxrwxrwx … NAME -> TARGET` (AIX 4.2 has no readlink(1)).
    const QString path = hostPath(nodePath);
    const CommandResult r = shell(QStringLiteral("test -h \"$1\" && ls -ld \"$1\""), {path});
    if (!r.ok())
        return std::nullopt;
    const QString line = QString::fromUtf8(r.stdOut).trimmed();
    const QString marker = path + QStringLiteral(" -> ");
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    return line.mid(at + marker.size());
}

std::optional<QByteArray> SshSystem::readFile(const QString& nodePath) const
{
    const CommandResult r = shell(QStringLiteral("test -f \"$1\" && cat \"$1\""), {hostPath(nodePath)});
    if (!r.ok())
        return std::nullopt;
    return r.stdOut;
}

FileEdit SshSystem::writeFile(const QString& nodePath, const QByteArray& content, bool backup)
{
    FileEdit e;
    e.path = nodePath;
    const auto old = readFile(nodePath);
    e.existed = old.has_value();
    e.sha256Before = old ? sha256(*old) : QByteArray();
    e.sha256After = sha256(content);
    if (old && *old == content) {
        e.ok = true;
        return e;
    }
    const QString host = hostPath(nodePath);
    const QString dir = host.section(QLatin1Char('/'), 0, -2);
    const QString name = host.section(QLatin1Char('/'), -1);
    // The names AtomicFileWriter gives, so that removeStaleTemporaries finds what a dropped connection left.
    const QString tmp = dir + QStringLiteral("/.") + name + QStringLiteral(".dce-ha-wizard.tmp.") +
                        QString::number(QCoreApplication::applicationPid());
    const QString backupNode = backup && e.existed ? nodePath + backupSuffix() : QString();
    const CommandResult r =
        shell(QLatin1String(kReplace), {host, tmp, backupNode.isEmpty() ? QString() : hostPath(backupNode)},
              content);
    if (!r.ok()) {
        e.error = QStringLiteral("%1 could not be replaced on %2: %3")
                      .arg(nodePath, m_transport->target().text(), why(r));
        return e;
    }
    e.ok = true;
    e.changed = true;
    e.backupPath = backupNode;
    return e;
}

QStringList SshSystem::removeStaleTemporaries(const QString& nodePath)
{
    const QString host = hostPath(nodePath);
    const QString dir = host.section(QLatin1Char('/'), 0, -2);
    const QString name = host.section(QLatin1Char('/'), -1);
    const CommandResult listed = shell(QStringLiteral("ls -a \"$1\""), {dir});
    const QRegularExpression stale(
        QStringLiteral("^(\\.%1\\.dce-ha-wizard\\.tmp\\.\\d+|%1\\.dce-ha-wizard\\.\\d{8}-\\d{6}\\.tmp)$")
            .arg(QRegularExpression::escape(name)));
    QStringList removed;
    for (const auto& entry : QString::fromUtf8(listed.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (stale.match(entry).hasMatch() &&
            shell(QStringLiteral("rm -f \"$1\""), {dir + QLatin1Char('/') + entry}).ok())
            removed << nodePath.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + entry;
    return removed;
}

QString SshSystem::makeDirectory(const QString& nodePath)
{
    const CommandResult r = shell(QStringLiteral("mkdir -p \"$1\""), {hostPath(nodePath)});
    return r.ok() ? QString() : QStringLiteral("cannot create directory %1: %2").arg(nodePath, why(r));
}

QString SshSystem::makeSymlink(const QString& target, const QString& linkPath)
{
    const CommandResult r = shell(QStringLiteral("ln -s \"$1\" \"$2\""), {target, hostPath(linkPath)});
    return r.ok() ? QString()
                  : QStringLiteral("cannot create symbolic link %1 -> %2: %3").arg(linkPath, target, why(r));
}

QString SshSystem::setMode(const QString& nodePath, int mode)
{
    const CommandResult r =
        shell(QStringLiteral("chmod \"$1\" \"$2\""), {QString::number(mode, 8), hostPath(nodePath)});
    return r.ok() ? QString() : QStringLiteral("cannot change the mode of %1: %2").arg(nodePath, why(r));
}

} // namespace dceha
