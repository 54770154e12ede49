// The generated application server scripts: every variant passes ksh -n and shellcheck -s ksh; each variant,
// executed against the simulated node (no environment from the caller), does what the guide asks in the
// order it asks: endpoint map and credentials removed before start.dce, DFS after DCE, applications after
// DCE/DFS and stopped before them, the host name restored even when start.dce fails, a failure in the exit
// status.
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "procedure/ScriptGenerator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dceha;

class tst_Scripts : public QObject
{
    Q_OBJECT

    static Answers answers(const QString& configuration, bool dfs, bool apps, bool wrappers)
    {
        QByteArray text = wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs);
        if (apps)
            text += "applications:\n"
                    "  - { name: payroll, start: [/bin/sh, -c, \"echo \\\"start payroll $0\\\" >> "
                    "\\\"$1\\\"\", x, APPLOG], "
                    "stop: [/bin/sh, -c, \"echo \\\"stop payroll\\\" >> \\\"$1\\\"\", x, APPLOG] }\n"
                    "  - { name: \"o'brien\", start: [/bin/sh, -c, \"echo \\\"start o'brien\\\" >> "
                    "\\\"$1\\\"\", x, APPLOG], "
                    "stop: [/bin/sh, -c, \"echo \\\"stop o'brien\\\" >> \\\"$1\\\"\", x, APPLOG] }\n";
        if (wrappers)
            text += "event_wrappers: true\n";
        return AnswersFile::parse(text).answers;
    }

    static QString run(const QString& program, const QStringList& args, int* exitCode,
                       const QStringList& env = {})
    {
        QProcess p;
        // No environment from the caller beyond a minimal PATH: the scripts must set what they need.
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        for (const auto& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(QStringLiteral("/tmp"));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(60000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void variantsPassChecks_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        QTest::addColumn<bool>("apps");
        QTest::addColumn<bool>("wrappers");
        for (const char* c : {"hot-standby-cascading", "hot-standby-rotating", "mutual-takeover-cascading"})
            for (bool dfs : {false, true})
                for (bool apps : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1%2%3").arg(
                        QLatin1String(c), dfs ? QStringLiteral(" dfs") : QStringLiteral(" dce"),
                        apps ? QStringLiteral(" apps") : QString())))
                        << QString::fromLatin1(c) << dfs << apps << apps;
    }

    void variantsPassChecks()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        QFETCH(bool, apps);
        QFETCH(bool, wrappers);
        const Answers a = answers(configuration, dfs, apps, wrappers);
        QTemporaryDir dir;
        const auto scripts =
            ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"), QStringLiteral("node1")).scripts();
        QCOMPARE(scripts.size(), wrappers ? 4 : 2);
        for (const auto& s : scripts) {
            QVERIFY(s.content.startsWith("#!/bin/ksh\n"));
            QVERIFY2(!s.content.contains("@@"), s.content.constData());
            QVERIFY(!s.content.contains("save hostname ="));
            const QString file = wizard::writeFile(
                dir.path() + QLatin1Char('/') + s.path.section(QLatin1Char('/'), -1), s.content);
            int rc = -1;
            QString out = run(QStringLiteral("/bin/ksh"), {QStringLiteral("-n"), file}, &rc);
            QVERIFY2(rc == 0, qPrintable(s.path + QStringLiteral(": ksh -n: ") + out));
            out = run(QStringLiteral("/usr/bin/shellcheck"),
                      {QStringLiteral("-s"), QStringLiteral("ksh"), file}, &rc);
            QVERIFY2(rc == 0, qPrintable(s.path + QStringLiteral(": shellcheck:\n") + out));
        }
        const QString start = QString::fromUtf8(scripts.first().content);
        QCOMPARE(start.contains(QStringLiteral("hostname' 'dcesvc'")),
                 configuration.contains(QLatin1String("rotating")));
        QCOMPARE(start.contains(QStringLiteral("start.dfs")),
                 dfs && !configuration.startsWith(QLatin1String("mutual")));
        QCOMPARE(start.contains(QStringLiteral("start.dce")),
                 !configuration.startsWith(QLatin1String("mutual")));
        if (configuration.startsWith(QLatin1String("mutual")))
            QVERIFY(start.contains(QStringLiteral("RPC_UNSUPPORTED_NETADDRS='9.3.240.4'")));
    }

    void executedOnTheSimulatedNode_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        QTest::addColumn<bool>("failStartDce");
        for (const char* c : {"hot-standby-cascading", "hot-standby-rotating"})
            for (bool dfs : {false, true})
                for (bool fail : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2%3").arg(
                        QLatin1String(c), dfs ? QStringLiteral("dfs") : QStringLiteral("dce"),
                        fail ? QStringLiteral(" start.dce fails") : QString())))
                        << QString::fromLatin1(c) << dfs << fail;
    }

    void executedOnTheSimulatedNode()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        QFETCH(bool, failStartDce);
        // A node integrated by the wizard, shared filesystems mounted again (as HACMP does before the start
        // script).
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        const SimNode node(root, shared, QString(), configuration);
        node.ok(QStringLiteral("hostname"));
        QByteArray text = wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs);
        const QString appLog = root + QStringLiteral("/tmp/app.log");
        text += QStringLiteral(
                    "applications:\n  - { name: payroll, start: [/bin/sh, -c, \"echo start payroll >> %1\"], "
                    "stop: [/bin/sh, -c, \"echo stop payroll >> %1\"] }\n")
                    .arg(appLog)
                    .toUtf8();
        const QString answersFile = wizard::writeFile(dir.path() + QStringLiteral("/owner.yaml"), text);
        const WizardResult w = wizard::run({QStringLiteral("--headless"), QStringLiteral("--simulate"),
                                            QStringLiteral("--root"), root, QStringLiteral("--shared-dasd"),
                                            shared, QStringLiteral("--answers"), answersFile},
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(w.exitCode == 3, qPrintable(w.out + w.err));
        node.ok(QStringLiteral("varyonvg"), {"dcevg"});
        for (const char* mp : {"/var/dce", "/etc/dce", "/krb5"})
            node.ok(QStringLiteral("mount"), {QLatin1String(mp)});
        // A stale endpoint map and credentials from another node's run: start.dce refuses them.
        wizard::writeFile(root + QStringLiteral("/var/dce/dced/Ep.db"), "node node2\nhost node2\n");
        wizard::writeFile(root + QStringLiteral("/var/dce/security/creds/dcecred_stale"), "old\n");

        const QString kind = dfs ? QStringLiteral("dfs") : QStringLiteral("dce");
        int rc = -1;
        const QStringList env =
            failStartDce ? QStringList{QStringLiteral("AIXSIM_FAIL=start.dce")} : QStringList{};
        const QString out = run(root + QStringLiteral("/usr/local/hacmp/dce/start_") + kind, {}, &rc, env);
        const bool rotating = configuration.contains(QLatin1String("rotating"));
        QCOMPARE(node.ok(QStringLiteral("hostname")),
                 QStringLiteral("node1\n")); // restored (or never changed)
        if (rotating)
            QVERIFY2(out.contains(QStringLiteral("setting it to dcesvc")) &&
                         out.contains(QStringLiteral("restoring the host name node1")),
                     qPrintable(out));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/dce/security/creds/dcecred_stale")));
        const QStringList lines = out.split(QLatin1Char('\n'));
        auto at = [&](const QString& text) {
            for (int i = 0; i < lines.size(); ++i)
                if (lines.at(i).contains(text))
                    return i;
            return -1;
        };
        QVERIFY2(at(QStringLiteral("removing the endpoint map")) >= 0 &&
                     at(QStringLiteral("removing the endpoint map")) < at(QStringLiteral("starting DCE")),
                 qPrintable(out));
        for (const auto& line : lines)
            if (!line.isEmpty())
                QVERIFY2(
                    QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d start_"))
                            .match(line)
                            .hasMatch() ||
                        line.contains(QLatin1String("0516")) || !line.contains(QLatin1String(": ")) ||
                        line.startsWith(QLatin1String("start.dce")),
                    qPrintable(line));
        if (failStartDce) {
            QCOMPARE(rc, 1);
            QVERIFY(out.contains(QStringLiteral("start.dce failed")));
            QVERIFY(!out.contains(QStringLiteral("starting DFS")));
            QVERIFY(!wizard::readFile(appLog).contains(QStringLiteral("start payroll")));
            QVERIFY(node.ok(QStringLiteral("lsdce")).contains(QStringLiteral("DCE:         stopped")));
            return;
        }
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY(node.ok(QStringLiteral("lsdce")).contains(QStringLiteral("DCE:         running")));
        QVERIFY(wizard::readFile(root + QStringLiteral("/var/dce/dced/Ep.db"))
                    .startsWith(QStringLiteral("node node1")));
        if (dfs) {
            QVERIFY(at(QStringLiteral("DCE started")) < at(QStringLiteral("starting DFS")));
            QVERIFY(node.ok(QStringLiteral("lsdce")).contains(QStringLiteral("DFS:         running")));
        }
        QVERIFY(at(QStringLiteral("starting the application payroll")) >
                at(dfs ? QStringLiteral("DFS started") : QStringLiteral("DCE started")));
        QCOMPARE(wizard::readFile(appLog), QStringLiteral("start payroll\n"));

        // Stop: the application first, then DFS, then DCE.
        const QString stopOut = run(root + QStringLiteral("/usr/local/hacmp/dce/stop_") + kind, {}, &rc);
        QVERIFY2(rc == 0, qPrintable(stopOut));
        const QStringList stopLines = stopOut.split(QLatin1Char('\n'));
        auto stopAt = [&](const QString& text) {
            for (int i = 0; i < stopLines.size(); ++i)
                if (stopLines.at(i).contains(text))
                    return i;
            return -1;
        };
        QVERIFY(stopAt(QStringLiteral("stopping the application payroll")) <
                stopAt(QStringLiteral("stopping DCE")));
        if (dfs)
            QVERIFY(stopAt(QStringLiteral("DFS stopped")) < stopAt(QStringLiteral("stopping DCE")));
        QCOMPARE(wizard::readFile(appLog), QStringLiteral("start payroll\nstop payroll\n"));
        QVERIFY(node.ok(QStringLiteral("lsdce")).contains(QStringLiteral("DCE:         stopped")));

        // A failing stop reports it.
        // AIXSIM_FAIL counts a node's calls of a command: the next call of stop.dce is the one to fail.
        const int next =
            int(node.file(QStringLiteral("/.aixsim/calls.log")).count(QStringLiteral("\tstop.dce\n"))) + 1;
        const QString failed = run(root + QStringLiteral("/usr/local/hacmp/dce/stop_") + kind, {}, &rc,
                                   {QStringLiteral("AIXSIM_FAIL=stop.dce:%1").arg(next)});
        QCOMPARE(rc, 1);
        QVERIFY(failed.contains(QStringLiteral("stop.dce failed")));
    }

    void mutualTakeoverAndWrappersExecuted()
    {
        // The mutual-takeover scripts, with event wrappers, run on the simulated node: at home they keep the
        // node's own exclusions; run by the other node (another host name) they exclude its service address.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const SimNode node(root, dir.path() + QStringLiteral("/shared"), QString(),
                           QStringLiteral("mutual-takeover-cascading"));
        node.ok(QStringLiteral("hostname"));
        const QString appLog = root + QStringLiteral("/tmp/app.log");
        QByteArray text =
            wizard::exampleAnswers(QStringLiteral("mutual-takeover-cascading"), QStringLiteral("owner"));
        text +=
            QStringLiteral(
                "event_wrappers: true\napplications:\n"
                "  - { name: ledger, start: [/bin/sh, -c, \"echo start $RPC_UNSUPPORTED_NETADDRS >> %1\"], "
                "stop: [/bin/sh, -c, \"echo stop >> %1\"] }\n")
                .arg(appLog)
                .toUtf8();
        const Answers a = AnswersFile::parse(text).answers;
        for (const auto& s :
             ScriptGenerator(a, root, root + QStringLiteral("/.aixsim/bin"), QStringLiteral("node1"))
                 .scripts()) {
            wizard::writeFile(root + s.path, s.content);
            QFile::setPermissions(root + s.path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        int rc = -1;
        QString out = run(root + QStringLiteral("/usr/local/hacmp/dce/node_down_post"),
                          {QStringLiteral("node2"), QStringLiteral("graceful")}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("node_down_post node2 graceful: running")));
        QCOMPARE(wizard::readFile(appLog), QStringLiteral("start 9.3.240.1:9.3.240.66\n"));
        node.ok(QStringLiteral("hostname"), {"node2"}); // the same script, run by the node that took over
        out = run(root + QStringLiteral("/usr/local/hacmp/dce/start_apps"), {}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QCOMPARE(wizard::readFile(appLog), QStringLiteral("start 9.3.240.1:9.3.240.66\nstart 9.3.240.4\n"));
        out = run(root + QStringLiteral("/usr/local/hacmp/dce/node_up_pre"), {}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY(wizard::readFile(appLog).endsWith(QStringLiteral("stop\n")));
        QVERIFY(!out.contains(QStringLiteral("stop.dce"))); // DCE clients stay up on both nodes
    }

    void mutualTakeoverExcludesTheTakingOverNodesAddress()
    {
        const Answers a = answers(QStringLiteral("mutual-takeover-cascading"), false, false, false);
        const QString start = QString::fromUtf8(
            ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"), QStringLiteral("node1"))
                .scripts()
                .first()
                .content);
        QVERIFY(start.contains(QStringLiteral("if [ \"$('/usr/bin/hostname')\" = 'node1' ]; then\n    "
                                              "RPC_UNSUPPORTED_NETADDRS='9.3.240.1:9.3.240.66'\nelse\n"
                                              "    RPC_UNSUPPORTED_NETADDRS='9.3.240.4'\nfi")));
    }
};

QTEST_GUILESS_MAIN(tst_Scripts)
#include "tst_scripts.moc"
