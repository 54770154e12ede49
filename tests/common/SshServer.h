#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sshtest {

/** A TCP port on 127.0.0.1 nobody listens on now (bound to port 0, the kernel's choice, then released). */
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

/** Whether something accepts connections on 127.0.0.1:@p port. */
inline bool listening(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(quint16(port));
    const bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace sshtest

/** @brief Debian's OpenSSH server, started by a test on 127.0.0.1 at a free high port and stopped with it:
 * its own host key and a client key made here, no PAM, no passwords, the authorized keys in the test's
 * directory. clientConfig() is the ssh_config a client passes with -F (identity, port, user). */
class SshServer
{
public:
    /** @p name: the node's name in clientConfig() and url() (two servers stand for two nodes). */
    explicit SshServer(QString name = QStringLiteral("test-node")) : m_name(std::move(name))
    {
        m_path = m_dir.path();
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege-separation directory
        QVERIFY(keygen(QStringLiteral("host_key")));
        QVERIFY(keygen(QStringLiteral("client_key")));
        QFile::copy(m_path + QStringLiteral("/client_key.pub"), m_path + QStringLiteral("/authorized_keys"));
        m_port = sshtest::freePort();
        writeConfig();
    }
    ~SshServer() { stop(); }

    static bool available() { return QFile::exists(QStringLiteral("/usr/sbin/sshd")); }

    /** Starts sshd -D and waits until it answers. */
    bool start()
    {
        m_sshd.setProgram(QStringLiteral("/usr/sbin/sshd"));
        m_sshd.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                             m_path + QStringLiteral("/sshd_config")});
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sshd.start();
        if (!m_sshd.waitForStarted(10000))
            return false;
        return QTest::qWaitFor(
                   [this] { return sshtest::listening(m_port) || m_sshd.state() == QProcess::NotRunning; },
                   20000) &&
               m_sshd.state() == QProcess::Running;
    }
    void stop()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000)) {
                m_sshd.kill();
                m_sshd.waitForFinished();
            }
        }
    }
    /** A new host key (the server "changed"): restart to serve it. */
    bool replaceHostKey()
    {
        QFile::remove(m_path + QStringLiteral("/host_key"));
        QFile::remove(m_path + QStringLiteral("/host_key.pub"));
        return keygen(QStringLiteral("host_key"));
    }
    /** NAME=VALUE pairs every session gets (sshd's SetEnv; no spaces in them): a simulated node's test knobs
     * reach the remote aixsim this way, since ssh passes none of the client's environment. Takes effect at
     * the next start(). */
    void setSessionEnvironment(const QStringList& pairs)
    {
        m_sessionEnvironment = pairs;
        writeConfig();
    }
    int port() const { return m_port; }
    QString dir() const { return m_path; }
    QString clientConfig() const { return m_path + QStringLiteral("/ssh_config"); }
    QString url() const { return QStringLiteral("ssh://") + m_name; }
    /** One ssh_config at @p path naming every server's node (the two-node session takes one). */
    static QString combinedConfig(const QString& path, const QList<const SshServer*>& servers)
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        for (const SshServer* server : servers) {
            QFile in(server->clientConfig());
            if (in.open(QIODevice::ReadOnly))
                out.write(in.readAll());
        }
        return path;
    }

private:
    bool keygen(const QString& name)
    {
        QProcess k;
        k.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString(), QStringLiteral("-f"), m_path + QLatin1Char('/') + name});
        return k.waitForFinished(20000) && k.exitCode() == 0;
    }
    void writeConfig()
    {
        QFile server(m_path + QStringLiteral("/sshd_config"));
        QVERIFY(server.open(QIODevice::WriteOnly));
        server.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                                    "AuthorizedKeysFile %2/authorized_keys\nUsePAM no\nStrictModes no\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "PermitRootLogin prohibit-password\nPidFile %2/sshd.pid\nLogLevel ERROR\n"
                                    "MaxStartups 50\nMaxSessions 50\n"
                                    // The login shell's start-up files are this machine's root's (here bash
                                    // reads ~/.bashrc for every ssh command, ~165 ms with pyenv); an AIX
                                    // node's root runs ksh without them. A home of its own keeps them out.
                                    "SetEnv HOME=%2 %3\n")
                         .arg(m_port)
                         .arg(m_path, m_sessionEnvironment.join(QLatin1Char(' ')))
                         .toUtf8());
        QFile client(clientConfig());
        QVERIFY(client.open(QIODevice::WriteOnly));
        // The node's name as the wizard is given it, and where it really is.
        client.write(QStringLiteral("Host %3\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2/client_key\n"
                                    "  IdentitiesOnly yes\n")
                         .arg(m_port)
                         .arg(m_path, m_name)
                         .toUtf8());
    }
    QString m_name;
    QStringList m_sessionEnvironment;
    QTemporaryDir m_dir;
    QString m_path;
    int m_port = 0;
    QProcess m_sshd;
};
