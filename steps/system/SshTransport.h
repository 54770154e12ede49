#pragma once

#include "CommandResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dceha {

/** Where a remote node is: `ssh://[USER@]HOST[:PORT]`. */
struct SshTarget
{
    QString user; ///< empty: ssh's own (the ssh_config's User, else the local user)
    QString host;
    int port = 0; ///< 0: ssh's own (the ssh_config's Port, else 22)

    /** @p error names the rule broken ("ssh://HOST: the port must be a number from 1 to 65535"). */
    static std::optional<SshTarget> parse(const QString& url, QString* error);
    QString text() const;
};

/** @brief One remote node reached through Debian's OpenSSH client (the wizard has no SSH code of its own):
 * one master connection (ControlMaster/ControlPersist, its socket in a private directory), BatchMode, a
 * connect timeout, keep-alives, and host keys checked strictly against the wizard's own known-hosts file in
 * that directory, never the user's. Every argument reaches the remote program as it was: the command line the
 * remote shell gets is quoted word by word (PosixShell.h). A secret goes on standard input only, never into
 * the remote argv or environment. ssh's own failures (exit 255: no route, refused, authentication, a changed
 * host key) are a transport failure, kept apart from the remote command's exit status. */
class SshTransport
{
public:
    /** @param privateDir the directory (mode 0700, made if missing) for the control socket and known_hosts.
     * @param sshConfig an ssh_config passed to every call (-F: identity, port, user, jump host); empty: none,
     * so that the user's ~/.ssh/config does not change what the wizard does either. */
    SshTransport(SshTarget target, QString privateDir, QString sshConfig = {});
    /** Ends the master connection. */
    ~SshTransport();
    SshTransport(const SshTransport&) = delete;
    SshTransport& operator=(const SshTransport&) = delete;

    const SshTarget& target() const { return m_target; }
    QString knownHostsFile() const;

    enum class HostKey
    {
        Known,      ///< the key the host offers is the one known
        Unknown,    ///< first contact: nothing known for this host
        Changed,    ///< a key is known for this host, and the host offers another
        Unreachable ///< the host's keys could not be read (see error)
    };
    struct HostKeyCheck
    {
        HostKey status = HostKey::Unreachable;
        QStringList offered; ///< the host's keys' fingerprints, `SHA256:…`
        QStringList known;   ///< the fingerprints known for it
        QString error;
    };
    /** What the host offers against what the known-hosts file says (ssh-keyscan, ssh-keygen -l/-F). */
    HostKeyCheck checkHostKey() const;
    /** Adds the host's key whose fingerprint is @p fingerprint (as shown to the operator, or given with
     * --accept-host-key) to the known hosts; refused when the host offers no such key. */
    bool acceptHostKey(const QString& fingerprint, QString* error);

    /** Runs @p argv on the node (through its login shell, every word quoted) with @p input on its standard
     * input. A transport failure sets CommandResult::failure (`ssh: …`) and leaves exitCode at 255. */
    CommandResult run(const QStringList& argv, const QByteArray& input = {}, int timeoutMs = 600000);
    /** The same with argument bytes as they are (a node whose files are not UTF-8). */
    CommandResult runBytes(const QList<QByteArray>& argv, const QByteArray& input, int timeoutMs);

    /** The options every ssh call gets (for tests and the record). */
    QStringList options() const;
    /** Ends the master connection now (the next call opens another). */
    void closeMaster();

private:
    /** `ssh -G`'s effective host name and port for the target (what ssh-keyscan must ask). */
    QPair<QString, int> effectiveAddress() const;
    /** The host keys @p host offers on @p port, as ssh-keyscan lists them (its stderr in @p err). */
    QByteArray offeredKeys(const QString& host, int port, QByteArray* err) const;
    QString m_dir;
    SshTarget m_target;
    QString m_config;
};

} // namespace dceha
