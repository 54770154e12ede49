#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

/** @brief A simulated AIX node for tests: runs the built aixsim with a root (and optionally a shared DASD
 * directory) and returns what the command did. */
struct SimResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class SimNode
{
public:
    SimNode(QString root, QString shared, QString node = QString(), QString configuration = QString())
        : m_root(std::move(root)), m_shared(std::move(shared)), m_node(std::move(node)),
          m_configuration(std::move(configuration))
    {}

    static QString aixsim() { return QStringLiteral(DCEHA_BIN_DIR "/aixsim"); }
    QString root() const { return m_root; }
    QString shared() const { return m_shared; }

    SimResult run(const QString& command, const QStringList& args = {}, const QByteArray& input = {},
                  const QStringList& env = {}) const
    {
        QStringList argv{QStringLiteral("--root"), m_root};
        if (!m_shared.isEmpty())
            argv << QStringLiteral("--shared-dasd") << m_shared;
        if (!m_node.isEmpty())
            argv << QStringLiteral("--node") << m_node;
        if (!m_configuration.isEmpty())
            argv << QStringLiteral("--configuration") << m_configuration;
        argv << command << args;
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("AIXSIM_FAIL"));
        e.remove(QStringLiteral("AIXSIM_DELAY_MS"));
        e.remove(QStringLiteral("AIXSIM_KILL_CALLER"));
        e.remove(QStringLiteral("AIXSIM_HOLD"));
        for (const auto& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(aixsim(), argv);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /** Runs a command that must succeed; returns its stdout. */
    QString ok(const QString& command, const QStringList& args = {}, const QByteArray& input = {}) const
    {
        const SimResult r = run(command, args, input);
        if (r.exitCode != 0)
            qWarning("aixsim %s %s failed (%d): %s", qPrintable(command),
                     qPrintable(args.join(QLatin1Char(' '))), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QStringLiteral("<failed>");
    }

    QString file(const QString& nodePath) const
    {
        QFile f(m_root + nodePath);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /** Where the node's /tmp/hacmp.out ends now: a wait for an event reads only what comes after. */
    qsizetype hacmpLogEnd() const { return file(QStringLiteral("/tmp/hacmp.out")).toUtf8().size(); }

    /** Waits until the cluster manager logged `EVENT COMPLETED: EVENT` after @p from (HACMP's events
     * complete after rc.cluster and clstop return). False when an event failed or none came in time. */
    bool waitForEvent(const QString& event, qsizetype from, int timeoutMs = 60000) const
    {
        const QString done = QStringLiteral("EVENT COMPLETED: ") + event;
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const QString fresh =
                QString::fromUtf8(file(QStringLiteral("/tmp/hacmp.out")).toUtf8().mid(from));
            if (fresh.contains(done))
                return true;
            if (fresh.contains(QLatin1String("EVENT FAILED")) || deadline.hasExpired())
                return false;
            QThread::msleep(10);
        }
    }

    /** Runs rc.cluster or clstop and waits for the event that ends its work (`node_up_complete`,
     * `node_down_complete`): exit code -2 with hacmp.out as the error when it failed or did not come. */
    SimResult runAndWait(const QString& command, const QStringList& args, const QString& event) const
    {
        const qsizetype from = hacmpLogEnd();
        SimResult r = run(command, args);
        if (r.exitCode == 0 && !waitForEvent(event, from))
            r = {-2, r.out, file(QStringLiteral("/tmp/hacmp.out"))};
        return r;
    }

    /** The owner's usual shared VG: dcevg on hdisk2 with dcelog and the three DCE filesystems, mounted. */
    bool buildSharedVg() const
    {
        bool good = run(QStringLiteral("mkvg"), {"-n", "-V", "50", "-y", "dcevg", "hdisk2"}).exitCode == 0;
        good =
            good && run(QStringLiteral("mklv"), {"-t", "jfslog", "-y", "dcelog", "dcevg", "1"}).exitCode == 0;
        good = good && run(QStringLiteral("logform"), {"/dev/dcelog"}, "y\n").exitCode == 0;
        const QList<QStringList> fs = {
            {"dcevarlv", "/var/dce", "16"}, {"dceetclv", "/etc/dce", "4"}, {"dcekrb5lv", "/krb5", "2"}};
        for (const auto& f : fs) {
            good =
                good && run(QStringLiteral("mklv"), {"-t", "jfs", "-y", f[0], "dcevg", f[2]}).exitCode == 0;
            good = good && run(QStringLiteral("crfs"), {"-v", "jfs", "-d", f[0], "-m", f[1], "-A", "no", "-p",
                                                        "rw", "-a", "logname=dcelog"})
                                   .exitCode == 0;
            good = good && run(QStringLiteral("mount"), {f[1]}).exitCode == 0;
        }
        return good;
    }

private:
    QString m_root, m_shared, m_node, m_configuration;
};
