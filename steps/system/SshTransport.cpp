#include "SshTransport.h"

#include "PosixShell.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace dceha {

namespace {

/** The first line the remote shell writes to stderr: its process id (removed from the command's stderr). */
constexpr const char* kPidMarker = "echo dceha-remote-pid";
constexpr const char* kPidLine = "dceha-remote-pid ";

/** Runs a local OpenSSH tool to its end (ssh-keyscan, ssh-keygen, ssh -G, ssh -O). */
QProcess::ExitStatus tool(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err,
                          int* code, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForStarted(10000)) {
        *code = -1;
        *err = program.toUtf8() + ": " + p.errorString().toUtf8();
        return QProcess::CrashExit;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *code = -1;
        *err = program.toUtf8() + ": no answer within " + QByteArray::number(timeoutMs / 1000) + " s";
        return QProcess::CrashExit;
    }
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    *code = p.exitCode();
    return p.exitStatus();
}

/** The `SHA256:…` fingerprints in ssh-keygen -l's output. */
QStringList shaFingerprints(const QByteArray& listing)
{
    static const QRegularExpression sha(QStringLiteral("SHA256:[A-Za-z0-9+/=]+"));
    QStringList prints;
    for (auto it = sha.globalMatch(QString::fromUtf8(listing)); it.hasNext();)
        prints << it.next().captured(0);
    return prints;
}

/** The `SHA256:…` fingerprints ssh-keygen -l prints for the keys in @p file. */
QStringList fingerprintsOf(const QString& file)
{
    QByteArray out, err;
    int code = 0;
    tool(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), file}, &out, &err, &code);
    return shaFingerprints(out);
}

QString hostPattern(const QString& host, int port)
{
    return port == 22 || port == 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

} // namespace

std::optional<SshTarget> SshTarget::parse(const QString& url, QString* error)
{
    static const QRegularExpression form(QStringLiteral(
        "^ssh://(?:([A-Za-z_][A-Za-z0-9_.-]{0,31})@)?([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?::([0-9]{1,5}))?/"
        "?$"));
    const auto m = form.match(url);
    if (!m.hasMatch()) {
        *error =
            QStringLiteral("%1: expected ssh://[USER@]HOST[:PORT] (a user name, a host name or IPv4 address, "
                           "a port number)")
                .arg(url);
        return std::nullopt;
    }
    SshTarget t;
    t.user = m.captured(1);
    t.host = m.captured(2);
    if (!m.captured(3).isEmpty()) {
        t.port = m.captured(3).toInt();
        if (t.port < 1 || t.port > 65535) {
            *error = QStringLiteral("%1: the port must be a number from 1 to 65535").arg(url);
            return std::nullopt;
        }
    }
    return t;
}

QString SshTarget::text() const
{
    return QStringLiteral("ssh://") + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host +
           (port ? QStringLiteral(":%1").arg(port) : QString());
}

SshTransport::SshTransport(SshTarget target, QString privateDir, QString sshConfig)
    : m_dir(std::move(privateDir)), m_target(std::move(target)), m_config(std::move(sshConfig))
{
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

SshTransport::~SshTransport()
{
    closeMaster();
}

QString SshTransport::knownHostsFile() const
{
    return m_dir + QStringLiteral("/known_hosts");
}

QStringList SshTransport::options() const
{
    QStringList o;
    if (!m_config.isEmpty())
        o << QStringLiteral("-F") << m_config;
    else
        o << QStringLiteral("-F") << QStringLiteral("/dev/null");
    // %C: a hash of the connection (local host, remote host, port, user): short enough for a socket path.
    o << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
      << QStringLiteral("ControlPath=") + m_dir + QStringLiteral("/cm-%C") << QStringLiteral("-o")
      << QStringLiteral("ControlPersist=300") << QStringLiteral("-o") << QStringLiteral("BatchMode=yes")
      << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=15") << QStringLiteral("-o")
      << QStringLiteral("ServerAliveInterval=15") << QStringLiteral("-o")
      << QStringLiteral("ServerAliveCountMax=3") << QStringLiteral("-o")
      << QStringLiteral("StrictHostKeyChecking=yes") << QStringLiteral("-o")
      << QStringLiteral("UserKnownHostsFile=") + knownHostsFile() << QStringLiteral("-o")
      << QStringLiteral("GlobalKnownHostsFile=/dev/null") << QStringLiteral("-o")
      << QStringLiteral("HashKnownHosts=no") << QStringLiteral("-o") << QStringLiteral("SendEnv=-*")
      << QStringLiteral("-o") << QStringLiteral("LogLevel=ERROR");
    if (m_target.port)
        o << QStringLiteral("-p") << QString::number(m_target.port);
    if (!m_target.user.isEmpty())
        o << QStringLiteral("-l") << m_target.user;
    return o;
}

QPair<QString, int> SshTransport::effectiveAddress() const
{
    // ssh -G prints the configuration it would use: HostName and Port from the ssh_config included.
    QByteArray out, err;
    int code = 0;
    tool(QStringLiteral("ssh"), options() << QStringLiteral("-G") << m_target.host, &out, &err, &code);
    QString host = m_target.host;
    int port = m_target.port ? m_target.port : 22;
    for (const auto& line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("hostname ")))
            host = line.mid(9).trimmed();
        else if (line.startsWith(QLatin1String("port ")))
            port = line.mid(5).trimmed().toInt();
    }
    return {host, port};
}

QByteArray SshTransport::offeredKeys(const QString& host, int port, QByteArray* err) const
{
    QByteArray out;
    int code = 0;
    tool(QStringLiteral("ssh-keyscan"),
         {QStringLiteral("-p"), QString::number(port), QStringLiteral("-T"), QStringLiteral("15"), host},
         &out, err, &code);
    return out;
}

SshTransport::HostKeyCheck SshTransport::checkHostKey() const
{
    HostKeyCheck c;
    const auto [host, port] = effectiveAddress();
    QByteArray err;
    int code = 0;
    const QByteArray out = offeredKeys(host, port, &err);
    QTemporaryFile keys(m_dir + QStringLiteral("/offered-XXXXXX"));
    if (out.trimmed().isEmpty() || !keys.open()) {
        c.error = QStringLiteral("%1 offers no host key (ssh-keyscan -p %2 %3: %4)")
                      .arg(m_target.text())
                      .arg(port)
                      .arg(host, QString::fromUtf8(err).trimmed());
        return c;
    }
    keys.write(out);
    keys.flush();
    c.offered = fingerprintsOf(keys.fileName());
    // ssh-keygen -F: the known_hosts entries for the host, with -l their fingerprints.
    QByteArray known;
    tool(QStringLiteral("ssh-keygen"),
         {QStringLiteral("-l"), QStringLiteral("-F"), hostPattern(host, port), QStringLiteral("-f"),
          knownHostsFile()},
         &known, &err, &code);
    c.known = shaFingerprints(known);
    if (c.known.isEmpty())
        c.status = HostKey::Unknown;
    else if (std::any_of(c.known.cbegin(), c.known.cend(),
                         [&c](const QString& k) { return c.offered.contains(k); }))
        c.status = HostKey::Known;
    else
        c.status = HostKey::Changed;
    return c;
}

bool SshTransport::acceptHostKey(const QString& fingerprint, QString* error)
{
    const auto [host, port] = effectiveAddress();
    QByteArray err;
    const QByteArray out = offeredKeys(host, port, &err);
    // Only the key whose fingerprint the operator saw (or gave): each offered line checked alone.
    for (const auto& line : out.split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        QTemporaryFile one(m_dir + QStringLiteral("/offered-XXXXXX"));
        if (!one.open())
            break;
        one.write(line + '\n');
        one.flush();
        if (!fingerprintsOf(one.fileName()).contains(fingerprint))
            continue;
        QFile known(knownHostsFile());
        if (!known.open(QIODevice::Append) || known.write(line + '\n') != line.size() + 1) {
            *error = QStringLiteral("%1 cannot be written: %2").arg(knownHostsFile(), known.errorString());
            return false;
        }
        return true;
    }
    *error =
        QStringLiteral("%1 offers no host key with the fingerprint %2").arg(m_target.text(), fingerprint);
    return false;
}

CommandResult SshTransport::run(const QStringList& argv, const QByteArray& input, int timeoutMs)
{
    QList<QByteArray> words;
    for (const auto& a : argv)
        words << a.toUtf8();
    return runBytes(words, input, timeoutMs);
}

CommandResult SshTransport::runBytes(const QList<QByteArray>& argv, const QByteArray& input, int timeoutMs)
{
    CommandResult r;
    r.program = QStringLiteral("ssh");
    for (const auto& a : argv)
        r.argv << QString::fromUtf8(a);
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    // The remote command line as one argument after "--": ssh hands it to the login shell, which splits it
    // back into exactly these words.
    // The remote shell says its process id first (on stderr, removed below), then becomes the command: a
    // command that outlives its timeout is ended there by that number (AIX 4.2 has no timeout(1)).
    QStringList args = options() << m_target.host << QStringLiteral("--")
                                 << QString::fromUtf8(QByteArray(kPidMarker) + " $$ >&2; " +
                                                      posixshell::commandLine(argv, true));
    p.start(QStringLiteral("ssh"), args);
    if (!p.waitForStarted(10000)) {
        r.failure = QStringLiteral("ssh: cannot be started: ") + p.errorString();
        return r;
    }
    r.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.timedOut = true;
        r.failure =
            QStringLiteral("no answer from %1 within %2 s").arg(m_target.text()).arg(timeoutMs / 1000);
    }
    r.stdOut = p.readAllStandardOutput();
    r.stdErr = p.readAllStandardError();
    QByteArray pid;
    if (r.stdErr.startsWith(kPidLine)) {
        const qsizetype end = r.stdErr.indexOf('\n');
        pid = r.stdErr.mid(qsizetype(qstrlen(kPidLine)), end - qsizetype(qstrlen(kPidLine))).trimmed();
        r.stdErr.remove(0, end < 0 ? r.stdErr.size() : end + 1);
    }
    if (r.timedOut && !pid.isEmpty()) {
        // Its process group (sshd makes the session's shell a group leader), then the process itself.
        CommandResult ended = runBytes({"sh", "-c",
                                        "kill -TERM -$1 2>/dev/null || kill -TERM $1 || exit 1; sleep 1; "
                                        "kill -KILL -$1 2>/dev/null; exit 0",
                                        "sh", pid},
                                       {}, 30000);
        r.failure +=
            ended.ok()
                ? QStringLiteral("; the command was ended there (process %1)").arg(QString::fromLatin1(pid))
                : QStringLiteral("; the command could not be ended there (process %1)")
                      .arg(QString::fromLatin1(pid));
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = !r.timedOut && p.exitStatus() != QProcess::NormalExit;
    r.elapsedMs = clock.elapsed();
    r.connectionLost = r.exitCode == 255;
    if (r.exitCode == 255 && r.failure.isEmpty()) {
        // ssh's own: the connection, the authentication, the host key. (A remote command that itself exits
        // 255 reads the same; AIX's commands do not use it.)
        r.failure =
            QStringLiteral("ssh to %1 failed: %2")
                .arg(m_target.text(), QString::fromUtf8(r.stdErr).trimmed().section(QLatin1Char('\n'), -3));
    }
    return r;
}

void SshTransport::closeMaster()
{
    QByteArray out, err;
    int code = 0;
    tool(QStringLiteral("ssh"), options() << QStringLiteral("-O") << QStringLiteral("exit") << m_target.host,
         &out, &err, &code, 10000);
}

} // namespace dceha
