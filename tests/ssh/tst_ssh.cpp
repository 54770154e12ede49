// The OpenSSH transport against a real sshd this test starts on 127.0.0.1 (Debian's openssh-server, its own
// host and client keys, no PAM): targets, host keys at first contact and changed, exit statuses kept apart
// from ssh's own, every byte string reaching the remote program unchanged (a seeded property test), secrets
// on standard input only, a connection dropped in the middle of a command.
#include "SshServer.h"
#include "TwoNodes.h"
#include "Wizard.h"
#include "procedure/Checkpoint.h"
#include "system/PosixShell.h"
#include "system/SshTransport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace dceha;

class tst_Ssh : public QObject
{
    Q_OBJECT

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<SshServer> m_peer; ///< the second node of the two-node cases
    QTemporaryDir m_state;
    QString m_bothConfig; ///< an ssh_config naming both nodes

    std::unique_ptr<SshTransport> transport(const QString& dir) const
    {
        QString error;
        const auto target = SshTarget::parse(m_server->url(), &error);
        return std::make_unique<SshTransport>(*target, dir, m_server->clientConfig());
    }
    static QString fingerprintOf(const QString& pub)
    {
        QProcess k;
        k.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), pub});
        k.waitForFinished();
        return QString::fromUtf8(k.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    }
    /** A transport whose known hosts hold the server's key. */
    std::unique_ptr<SshTransport> trusted(const QString& dir) const
    {
        auto t = transport(dir);
        QString error;
        if (!t->acceptHostKey(fingerprintOf(m_server->dir() + QStringLiteral("/host_key.pub")), &error))
            qWarning("%s", qPrintable(error));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshServer::available())
            QSKIP("no /usr/sbin/sshd: scripts/ensure-deps.sh installs openssh-server");
        m_server = std::make_unique<SshServer>();
        QVERIFY2(m_server->start(), "sshd did not start");
        m_peer = std::make_unique<SshServer>(QStringLiteral("test-peer"));
        QVERIFY2(m_peer->start(), "the second sshd did not start");
        m_bothConfig = SshServer::combinedConfig(m_state.path() + QStringLiteral("/both_config"),
                                                 {m_server.get(), m_peer.get()});
        QVERIFY(!m_bothConfig.isEmpty());
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_peer.reset();
    }

    void targetsAreParsed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error"); // a fragment, empty: accepted
        QTest::newRow("host") << "ssh://node1"
                              << ""
                              << "node1" << 0 << "";
        QTest::newRow("user, host, port") << "ssh://root@node1.example.com:2222"
                                          << "root"
                                          << "node1.example.com" << 2222 << "";
        QTest::newRow("address") << "ssh://admin@9.3.240.1"
                                 << "admin"
                                 << "9.3.240.1" << 0 << "";
        QTest::newRow("no scheme") << "node1"
                                   << ""
                                   << "" << 0 << "expected ssh://[USER@]HOST[:PORT]";
        QTest::newRow("a shell in the host") << "ssh://node1;reboot"
                                             << ""
                                             << "" << 0 << "expected ssh://";
        QTest::newRow("an option for a host") << "ssh://-oProxyCommand=x"
                                              << ""
                                              << "" << 0 << "expected ssh://";
        QTest::newRow("port 0") << "ssh://node1:0"
                                << ""
                                << "" << 0 << "from 1 to 65535";
        QTest::newRow("port too large") << "ssh://node1:70000"
                                        << ""
                                        << "" << 0 << "from 1 to 65535";
    }
    void targetsAreParsed()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, error);
        QString why;
        const auto t = SshTarget::parse(url, &why);
        if (!error.isEmpty()) {
            QVERIFY(!t);
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QVERIFY2(t, qPrintable(why));
        QCOMPARE(t->user, user);
        QCOMPARE(t->host, host);
        QCOMPARE(t->port, port);
        QCOMPARE(t->text(), url);
    }

    /** First contact: the key is unknown and nothing runs; a wrong fingerprint is refused; the right one is
     * kept in the wizard's own known hosts, and then commands run. */
    void theHostKeyIsCheckedAtFirstContact()
    {
        QTemporaryDir dir;
        auto t = transport(dir.path() + QStringLiteral("/ssh"));
        const QString real = fingerprintOf(m_server->dir() + QStringLiteral("/host_key.pub"));
        QVERIFY(real.startsWith(QLatin1String("SHA256:")));
        const auto first = t->checkHostKey();
        QCOMPARE(int(first.status), int(SshTransport::HostKey::Unknown));
        QCOMPARE(first.offered, QStringList{real});
        CommandResult r = t->run({QStringLiteral("true")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.failure.contains(QStringLiteral("Host key verification failed")), qPrintable(r.failure));
        QString error;
        QVERIFY(
            !t->acceptHostKey(QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), &error));
        QVERIFY2(error.contains(QStringLiteral("offers no host key with the fingerprint SHA256:AAAA")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(t->knownHostsFile()) || QFile(t->knownHostsFile()).size() == 0);
        QVERIFY2(t->acceptHostKey(real, &error), qPrintable(error));
        QCOMPARE(int(t->checkHostKey().status), int(SshTransport::HostKey::Known));
        r = t->run({QStringLiteral("echo"), QStringLiteral("hello")});
        QVERIFY2(r.ok(), qPrintable(r.failure + QString::fromUtf8(r.stdErr)));
        QCOMPARE(r.stdOut, QByteArray("hello\n"));
    }

    /** The remote command's exit status and its stderr are its own; ssh's failures are a transport failure.
     */
    void exitStatusesAreKeptApartFromSsh()
    {
        QTemporaryDir dir;
        auto t = trusted(dir.path());
        CommandResult r = t->run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.failure.isEmpty());
        QCOMPARE(r.stdOut, QByteArray("out\n"));
        QCOMPARE(r.stdErr, QByteArray("err\n"));
        // A node that cannot be reached: exit 255 and ssh's message as the failure, never the command's
        // status.
        QString error;
        auto nowhere =
            std::make_unique<SshTransport>(*SshTarget::parse(QStringLiteral("ssh://127.0.0.1:1"), &error),
                                           dir.path() + QStringLiteral("/nowhere"));
        r = nowhere->run({QStringLiteral("true")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.failure.startsWith(QStringLiteral("ssh to ssh://127.0.0.1:1 failed:")),
                 qPrintable(r.failure));
    }

    /** Any byte string but NUL reaches the remote program as it was: thousands of seeded random words, rich
     * in what a shell would interpret (; $( ) ` ' " \ newlines, globs, non-ASCII bytes), checked as the
     * remote program received them. */
    void everyByteStringArrivesUnchanged()
    {
        QTemporaryDir dir;
        auto t = trusted(dir.path());
        QRandomGenerator random(20261203);
        const QByteArray special =
            QByteArrayLiteral(";$()`'\"\\\n\t *?[]{}|&<>!#~=%^- \r\x7f\xc3\xa9\xff\x01");
        int checked = 0;
        for (int call = 0; call < 40; ++call) {
            QList<QByteArray> words;
            for (int i = 0; i < 50; ++i) {
                QByteArray w;
                const int length = int(random.bounded(0, 24));
                for (int k = 0; k < length; ++k)
                    w += random.bounded(0, 3) == 0 ? char(random.bounded(1, 256))
                                                   : special.at(int(random.bounded(0, int(special.size()))));
                words << w;
            }
            // printf writes each argument NUL-terminated: the bytes the remote program got, exactly.
            QList<QByteArray> argv{"sh", "-c", "printf '%s\\0' \"$@\"", "sh"};
            argv += words;
            const CommandResult r = t->runBytes(argv, {}, 60000);
            QVERIFY2(r.ok(), qPrintable(r.failure + QString::fromUtf8(r.stdErr)));
            QList<QByteArray> got = r.stdOut.split('\0');
            QCOMPARE(got.takeLast(), QByteArray());
            QCOMPARE(got.size(), words.size());
            for (int i = 0; i < words.size(); ++i)
                QVERIFY2(got.at(i) == words.at(i),
                         qPrintable(QStringLiteral("word %1 of call %2: sent %3, got %4")
                                        .arg(i)
                                        .arg(call)
                                        .arg(QString::fromLatin1(words.at(i).toHex()),
                                             QString::fromLatin1(got.at(i).toHex()))));
            checked += int(words.size());
        }
        QCOMPARE(checked, 2000);
    }

    /** A secret given as input reaches the remote program's standard input, and neither its argument list nor
     * its environment (read from the remote /proc). */
    void aSecretIsOnlyOnStandardInput()
    {
        QTemporaryDir dir;
        auto t = trusted(dir.path());
        const QByteArray secret = "Pa$$ w0rd;x'`id`";
        const CommandResult r =
            t->run({QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral(
                        "IFS= read -r got; printf '%s\\n' \"$got\"; tr '\\0' ' ' < /proc/$$/cmdline; echo; "
                        "tr '\\0' '\\n' < /proc/$$/environ")},
                   secret + '\n');
        QVERIFY2(r.ok(), qPrintable(r.failure + QString::fromUtf8(r.stdErr)));
        const QList<QByteArray> lines = r.stdOut.split('\n');
        QCOMPARE(lines.value(0), secret);
        const QByteArray rest = r.stdOut.mid(secret.size() + 1);
        QVERIFY2(!rest.contains(secret), rest.constData());
        QVERIFY(!rest.contains("Pa$$"));
    }

    /** The master connection ended in the middle of a command: the command's run fails as a transport failure
     * at once (not after the command's own time), and the next call connects again. */
    void aDroppedConnectionFailsTheRunningCommand()
    {
        QTemporaryDir dir;
        auto t = trusted(dir.path());
        QVERIFY(t->run({QStringLiteral("true")}).ok()); // the master is up
        CommandResult r;
        std::thread running([&] { r = t->run({QStringLiteral("sleep"), QStringLiteral("30")}, {}, 60000); });
        QTest::qWait(1000);
        t->closeMaster();
        running.join();
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.elapsedMs < 20000);
        QVERIFY2(!r.failure.isEmpty(), qPrintable(QString::fromUtf8(r.stdErr)));
        const CommandResult again = t->run({QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(again.ok(), qPrintable(again.failure));
    }

    /** The owner's integration of the demo cluster over SSH (the remote host runs the simulated node) leaves
     * the node as the same run on this machine does; a first contact without --accept-host-key, or with
     * another key's fingerprint, changes nothing. */
    void theSameAnswersGiveTheSameNodeOverSsh()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        const QString answers = wizard::writeFile(
            dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};
        const auto lay = [&] {
            QDir(root).removeRecursively();
            QDir(shared).removeRecursively();
            SimNode(root, shared).ok(QStringLiteral("hostname"));
            SimNode(dir.path() + QStringLiteral("/node2"), shared).ok(QStringLiteral("hostname"));
        };
        lay();
        WizardResult r = wizard::run(wizard::headless(root, shared, answers), env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        const QString local = wizard::snapshot(SimNode(root, shared));
        QDir(dir.path() + QStringLiteral("/node2")).removeRecursively();
        lay();
        const QString before = wizard::snapshot(SimNode(root, shared));
        const QStringList remote{QStringLiteral("--node"),       m_server->url(),
                                 QStringLiteral("--ssh-config"), m_server->clientConfig(),
                                 QStringLiteral("--state"),      dir.path() + QStringLiteral("/state")};
        r = wizard::run(wizard::headless(root, shared, answers) + remote, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("first contact with ssh://test-node: its host key is SHA256:")),
            qPrintable(r.err));
        r = wizard::run(wizard::headless(root, shared, answers) + remote +
                            QStringList{QStringLiteral("--accept-host-key"),
                                        QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
                        env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not the key ssh://test-node offers")), qPrintable(r.err));
        QCOMPARE(wizard::snapshot(SimNode(root, shared)), before);
        const QString key = fingerprintOf(m_server->dir() + QStringLiteral("/host_key.pub"));
        r = wizard::run(wizard::headless(root, shared, answers) + remote +
                            QStringList{QStringLiteral("--accept-host-key"), key},
                        env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("The host key ") + key), qPrintable(r.out));
        QCOMPARE(wizard::snapshot(SimNode(root, shared)), local);
        // The node's marker is gone with the run; one another workstation holds refuses (exit 4), nothing
        // run.
        const QString marker = root + QStringLiteral("/var/adm/dce-ha-wizard.lock");
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(QDir().mkpath(marker));
        wizard::writeFile(marker + QStringLiteral("/holder"),
                          "admin-pc:/home/admin/state since 2026-12-03T01:00:00\n");
        r = wizard::run(wizard::headless(root, shared, answers) + remote, env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(
            r.err.contains(QStringLiteral("is being integrated from another workstation or state directory "
                                          "(admin-pc:/home/admin/state since 2026-12-03T01:00:00 holds")),
            qPrintable(r.err));
        QDir(marker).removeRecursively();
        // Run again: nothing is done twice (every step found done or verified), over the same connection.
        r = wizard::run(wizard::headless(root, shared, answers) + remote, env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QCOMPARE(wizard::snapshot(SimNode(root, shared)), local);
    }

    /** A command past its timeout is ended on the node too (by its process id, its process group), not only
     * its ssh here; the command's own stderr never shows the wizard's marker. */
    void aCommandPastItsTimeoutIsEndedThere()
    {
        QTemporaryDir dir;
        auto t = trusted(dir.path());
        const CommandResult quick =
            t->run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo e >&2")});
        QCOMPARE(quick.stdErr, QByteArray("e\n"));
        const CommandResult r = t->run({QStringLiteral("sleep"), QStringLiteral("47")}, {}, 1500);
        QVERIFY(r.timedOut);
        QVERIFY2(r.failure.contains(QStringLiteral("the command was ended there")), qPrintable(r.failure));
        const auto stillThere = [&t] {
            return t
                ->run({QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("ps -e -o args | grep -c '^sleep 47$'")})
                .stdOut.trimmed();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stillThere(), QByteArray("0"), 10000);
    }

    /** A host whose key changed is refused, with both fingerprints to show; nothing runs there. */
    void aChangedHostKeyIsRefused()
    {
        SshServer other;
        QVERIFY(other.start());
        QTemporaryDir dir;
        QString error;
        const auto target = SshTarget::parse(other.url(), &error);
        SshTransport t(*target, dir.path(), other.clientConfig());
        const QString before = fingerprintOf(other.dir() + QStringLiteral("/host_key.pub"));
        QVERIFY2(t.acceptHostKey(before, &error), qPrintable(error));
        QVERIFY(t.run({QStringLiteral("true")}).ok());
        t.closeMaster();
        other.stop();
        QVERIFY(other.replaceHostKey());
        QVERIFY(other.start());
        const QString after = fingerprintOf(other.dir() + QStringLiteral("/host_key.pub"));
        QVERIFY(after != before);
        const auto check = t.checkHostKey();
        QCOMPARE(int(check.status), int(SshTransport::HostKey::Changed));
        QCOMPARE(check.known, QStringList{before});
        QCOMPARE(check.offered, QStringList{after});
        const CommandResult r = t.run({QStringLiteral("touch"), dir.path() + QStringLiteral("/ran")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/ran")));
    }

private:
    /** Both nodes' state after the two-node command on this machine (fresh nodes): what the same command
     * over SSH must leave. Empty when that run did not complete. */
    static QString locally(const QString& configuration, bool dfs)
    {
        TwoNodes c(configuration, dfs);
        const WizardResult r =
            wizard::run(c.twoNode(), {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.out + r.err));
        return r.exitCode == 0 ? c.snapshots() : QString();
    }
    /** A wizard started by the test itself (to act while it runs), with the cell_admin password. */
    static void withPassword(QProcess& p)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DCE_CELL_ADMIN_PASSWORD"), QStringLiteral("Pa$$ w0rd;x"));
        p.setProcessEnvironment(e);
    }
    QStringList overSsh(const TwoNodes& c) const
    {
        return c.twoNode() << QStringLiteral("--node") << m_server->url() << QStringLiteral("--peer")
                           << m_peer->url() << QStringLiteral("--ssh-config") << m_bothConfig
                           << QStringLiteral("--state") << c.dir.path() + QStringLiteral("/state-node1")
                           << QStringLiteral("--peer-state") << c.dir.path() + QStringLiteral("/state-node2")
                           << QStringLiteral("--accept-host-key")
                           << fingerprintOf(m_server->dir() + QStringLiteral("/host_key.pub"))
                           << QStringLiteral("--accept-peer-host-key")
                           << fingerprintOf(m_peer->dir() + QStringLiteral("/host_key.pub"));
    }

private Q_SLOTS:
    /** The two-node rehearsal over SSH, each node behind its own sshd: one command, both nodes left as the
     * same command leaves them on this machine; the records and checkpoints on the workstation. */
    void bothNodesOverSsh_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        // With DFS the owner releases the shared DASD by a reboot; mutual takeover has no release at all.
        QTest::newRow("hot-standby-cascading DFS") << QStringLiteral("hot-standby-cascading") << true;
        QTest::newRow("mutual-takeover-cascading DCE only")
            << QStringLiteral("mutual-takeover-cascading") << false;
    }
    void bothNodesOverSsh()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        const QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};
        const QString here = locally(configuration, dfs);
        QVERIFY(!here.isEmpty());
        TwoNodes c(configuration, dfs);
        const WizardResult r = wizard::run(overSsh(c), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Complete: both nodes are integrated")));
        QCOMPARE(c.snapshots(), here);
        // What runs where: the nodes keep no state of the wizard's, the workstation both checkpoints.
        QVERIFY(!QFileInfo::exists(c.n1 + QStringLiteral("/var/adm/dce-ha-wizard")));
        QVERIFY(!QFileInfo::exists(c.n2 + QStringLiteral("/var/adm/dce-ha-wizard")));
        for (const char* state : {"/state-node1", "/state-node2"}) {
            QVERIFY(
                QFileInfo::exists(c.dir.path() + QLatin1String(state) + QStringLiteral("/checkpoint.yaml")));
            QVERIFY(QFileInfo::exists(c.dir.path() + QLatin1String(state) +
                                      QStringLiteral("/dce-ha-wizard.log")));
        }
        // The standby's log holds the standby's steps only, the owner's the owner's.
        const QString ownerLog =
            wizard::readFile(c.dir.path() + QStringLiteral("/state-node1/dce-ha-wizard.log"));
        const QString standbyLog =
            wizard::readFile(c.dir.path() + QStringLiteral("/state-node2/dce-ha-wizard.log"));
        QVERIFY(ownerLog.contains(QStringLiteral("step standby-integrated done")));
        QVERIFY(!ownerLog.contains(QStringLiteral("[info] step owner-cluster-started")));
        QVERIFY(standbyLog.contains(QStringLiteral("step owner-cluster-started done")));
        QVERIFY(!standbyLog.contains(QStringLiteral("[info] step standby-integrated")));
        if (configuration != QLatin1String("hot-standby-cascading"))
            return;
        // The failover drill from the workstation too, driving both nodes over SSH; the other node's host key
        // is new to the owner's state directory, accepted at first contact.
        const WizardResult drill = wizard::run(
            wizard::headless(c.n1, c.shared, c.ownerAnswers)
                << QStringLiteral("--drill") << QStringLiteral("--node") << m_server->url()
                << QStringLiteral("--peer") << m_peer->url() << QStringLiteral("--peer-root") << c.n2
                << QStringLiteral("--ssh-config") << m_bothConfig << QStringLiteral("--state")
                << c.dir.path() + QStringLiteral("/state-node1") << QStringLiteral("--accept-peer-host-key")
                << fingerprintOf(m_peer->dir() + QStringLiteral("/host_key.pub")),
            env);
        QVERIFY2(drill.exitCode == 0, qPrintable(drill.out + drill.err));
        QVERIFY(drill.out.contains(QStringLiteral("Complete: the failover drill passed")));
    }

    /** The connection to a node dropped in the middle of a step (its master connection ended while the
     * step's command runs there): that step fails, never recorded done; the same command then reconnects and
     * completes both nodes, nothing done twice (the final state is the uninterrupted run's). */
    void aConnectionDroppedMidStepFailsItAndTheNextRunCompletes()
    {
        const QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};
        const QString here = locally(QStringLiteral("hot-standby-cascading"), true);
        QVERIFY(!here.isEmpty());
        TwoNodes c(QStringLiteral("hot-standby-cascading"), true);
        // The standby's first mklv (its DFS cache LV) holds until the test says; ssh passes no environment,
        // so the knob reaches the remote aixsim through the peer's sshd.
        const QString release = c.dir.path() + QStringLiteral("/release");
        m_peer->stop();
        m_peer->setSessionEnvironment(
            {QStringLiteral("AIXSIM_HOLD=mklv"), QStringLiteral("AIXSIM_HOLD_RELEASE=") + release});
        QVERIFY(m_peer->start());
        QProcess wizardRun;
        withPassword(wizardRun);
        wizardRun.start(wizard::binary(), overSsh(c));
        const bool held =
            QTest::qWaitFor([&] { return QFile::exists(release + QStringLiteral(".held")); }, 120000);
        // The master of the standby's connection ends (as when the network or sshd goes): its ssh calls fail.
        QString error;
        const auto target = SshTarget::parse(m_peer->url(), &error);
        SshTransport(*target, c.dir.path() + QStringLiteral("/state-node2/ssh"), m_bothConfig).closeMaster();
        QVERIFY2(wizardRun.waitForFinished(120000), "the wizard did not end");
        wizard::writeFile(release, "go\n");
        m_peer->stop();
        m_peer->setSessionEnvironment({});
        QVERIFY(m_peer->start());
        QVERIFY(held);
        const QString out = QString::fromUtf8(wizardRun.readAllStandardOutput());
        QVERIFY2(wizardRun.exitCode() == 1, qPrintable(out + wizardRun.readAllStandardError()));
        QVERIFY2(
            out.contains(QStringLiteral(
                "standby [ 5/19] Create the logical volume dfscachelv for the DFS client cache … failed")),
            qPrintable(out));
        dceha::RunRecord record;
        QVERIFY(dceha::Checkpoint(c.dir.path() + QStringLiteral("/state-node2")).load(&record, &error));
        const dceha::StepRecord* caught = record.step(QStringLiteral("dfs-cache-lv"));
        QVERIFY(caught);
        QCOMPARE(caught->status, dceha::StepRecord::Status::Failed);
        // The held command, released, ends on the node on its own; the next run probes the step first.
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(QStringLiteral("pgrep"),
                                                   {QStringLiteral("-f"), QStringLiteral("aixsim.*") + c.n2 +
                                                                              QStringLiteral(".*mklv")}) != 0,
                                 30000);
        const WizardResult again = wizard::run(overSsh(c), env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(c.snapshots(), here);
    }

    /** The terminal front-end on a remote node: at first contact it shows the host key's fingerprint and
     * goes on only when the person types yes (anything else refuses, nothing changed); then the owner's run
     * goes over SSH as headless does. */
    void theTerminalFrontEndAsksForTheHostKey()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        SimNode(root, shared).ok(QStringLiteral("hostname"));
        SimNode(dir.path() + QStringLiteral("/node2"), shared).ok(QStringLiteral("hostname"));
        const QString before = wizard::snapshot(SimNode(root, shared));
        const auto terminal = [&](const QByteArray& typed) {
            const WizardResult r = wizard::runOnTerminal(
                {QStringLiteral("--terminal"), QStringLiteral("--simulate"), QStringLiteral("--root"), root,
                 QStringLiteral("--shared-dasd"), shared, QStringLiteral("--node"), m_server->url(),
                 QStringLiteral("--ssh-config"), m_server->clientConfig(), QStringLiteral("--state"),
                 dir.path() + QStringLiteral("/state")},
                typed, {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")});
            return qMakePair(r.exitCode, r.out);
        };
        const QString key = fingerprintOf(m_server->dir() + QStringLiteral("/host_key.pub"));
        auto [code, out] = terminal("y\n");
        QCOMPARE(code, 2);
        QVERIFY2(
            out.contains(QStringLiteral("First contact with ssh://test-node. Its host key is:\r\n  ") + key),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("The host key was not accepted; nothing was changed.")),
                 qPrintable(out));
        QCOMPARE(wizard::snapshot(SimNode(root, shared)), before);
        // yes; then the configuration, the role and DFS by default, run the plan, and quit at the wait.
        std::tie(code, out) = terminal("yes\n\n\n\nyes\nq\n");
        QVERIFY2(out.contains(QStringLiteral("The host key ") + key + QStringLiteral(" is accepted")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Wait until the standby node's integration is complete")),
                 qPrintable(out.right(3000)));
        QVERIFY(SimNode(root, shared).ok(QStringLiteral("lsvg")).contains(QStringLiteral("dcevg")));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/state/checkpoint.yaml")));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")));
    }

    /** The owner's release by a reboot, as a real node does it from a workstation: shutdown -Fr ends the
     * connection before it reports back and the node does not answer for a while. The wizard waits until the
     * node is back with a new boot time and goes on: both nodes complete in the one command. */
    void aRebootThatDropsTheConnectionIsWaitedFor()
    {
        const QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};
        const QString here = locally(QStringLiteral("hot-standby-cascading"), true);
        QVERIFY(!here.isEmpty());
        TwoNodes c(QStringLiteral("hot-standby-cascading"), true);
        const QString release = c.dir.path() + QStringLiteral("/release");
        m_server->stop();
        m_server->setSessionEnvironment(
            {QStringLiteral("AIXSIM_HOLD=shutdown"), QStringLiteral("AIXSIM_HOLD_RELEASE=") + release});
        QVERIFY(m_server->start());
        QProcess wizardRun;
        withPassword(wizardRun);
        wizardRun.setProcessChannelMode(QProcess::MergedChannels);
        wizardRun.start(wizard::binary(), overSsh(c));
        const bool held =
            QTest::qWaitFor([&] { return QFile::exists(release + QStringLiteral(".held")); }, 120000);
        // The node goes away: its sshd stops, the connection ends; then the restart itself completes.
        const QString bootBefore = SimNode(c.n1, c.shared).ok(QStringLiteral("who"), {"-b"});
        QString error;
        const auto target = SshTarget::parse(m_server->url(), &error);
        SshTransport(*target, c.dir.path() + QStringLiteral("/state-node1/ssh"), m_bothConfig).closeMaster();
        m_server->stop();
        // The held shutdown went with its connection (held before its work, it did nothing); the node
        // restarts all the same, as a real node does once shutdown has begun.
        const QString heldShutdown = QStringLiteral("aixsim.*") + c.n1 + QStringLiteral(".*shutdown");
        QProcess::execute(QStringLiteral("pkill"),
                          {QStringLiteral("-KILL"), QStringLiteral("-f"), heldShutdown});
        QTRY_VERIFY_WITH_TIMEOUT(
            QProcess::execute(QStringLiteral("pgrep"), {QStringLiteral("-f"), heldShutdown}) != 0, 30000);
        wizard::writeFile(release, "go\n");
        SimNode(c.n1, c.shared).ok(QStringLiteral("shutdown"), {"-Fr"});
        QVERIFY(SimNode(c.n1, c.shared).ok(QStringLiteral("who"), {"-b"}) != bootBefore);
        // Back up: the wizard, asking all along, finds the new boot time and goes on.
        m_server->setSessionEnvironment({});
        QVERIFY(m_server->start());
        QVERIFY(held);
        const bool ended = wizardRun.waitForFinished(180000);
        if (!ended) {
            wizardRun.kill();
            wizardRun.waitForFinished();
        }
        const QString out = QString::fromUtf8(wizardRun.readAll());
        QVERIFY2(ended && wizardRun.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Complete: both nodes are integrated")), qPrintable(out));
        QCOMPARE(c.snapshots(), here);
        dceha::RunRecord record;
        QVERIFY(dceha::Checkpoint(c.dir.path() + QStringLiteral("/state-node1")).load(&record, &error));
        const dceha::StepRecord* reboot = record.step(QStringLiteral("release-by-reboot"));
        QVERIFY(reboot);
        bool connectionEnded = false, back = false;
        for (const auto& a : reboot->actions) {
            connectionEnded |=
                a.text.startsWith(QStringLiteral("the connection to the node ended with the shutdown"));
            back |= a.text.startsWith(QStringLiteral("back after "));
        }
        QVERIFY(connectionEnded && back);
    }
};

QTEST_GUILESS_MAIN(tst_Ssh)
#include "tst_ssh.moc"
