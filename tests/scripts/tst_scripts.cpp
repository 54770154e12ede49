// The generated application server scripts: every variant passes ksh -n and shellcheck -s ksh; each variant,
// executed against the simulated node (no environment from the caller), does what the guide asks in the
// order it asks: endpoint map and credentials removed before start.dce, DFS after DCE, applications after
// DCE/DFS and stopped before them, the host name restored even when start.dce fails, a failure in the exit
// status. Hostile values in every answer that reaches a script (generated directly, and through the wizard
// for what its validation accepts) run nothing and reach the application byte for byte; no template quotes
// a value by hand.
#include "ScriptAnswers.h"
#include "ScriptRun.h"
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "procedure/ScriptGenerator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dceha;
using namespace scripttest;

class tst_Scripts : public QObject
{
    Q_OBJECT

    IntegratedNodes m_nodes; // built once per configuration and DFS choice, shared by the rows

private Q_SLOTS:
    void variantsPassChecks_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        QTest::addColumn<bool>("apps");
        QTest::addColumn<bool>("wrappers");
        for (const auto& c : Answers::configurations())
            for (bool dfs : {false, true})
                for (bool apps : {false, true})
                    QTest::newRow(qPrintable(
                        QStringLiteral("%1%2%3").arg(c, dfs ? QStringLiteral(" dfs") : QStringLiteral(" dce"),
                                                     apps ? QStringLiteral(" apps") : QString())))
                        // No event wrappers in mutual takeover (the guide's failover actions do not apply).
                        << c << dfs << apps << (apps && c != QLatin1String("mutual-takeover-cascading"));
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
        // Mutual takeover: this node's server's scripts and the other node's, as this node runs them.
        const bool mutual = configuration.startsWith(QLatin1String("mutual"));
        QCOMPARE(scripts.size(), (mutual ? 4 : 2) + (wrappers ? 2 : 0));
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
        QCOMPARE(
            start.contains(QStringLiteral("\nrotating_hostname='dcesvc'\n")) &&
                start.contains(QStringLiteral("if ! \"${bin}/hostname\" \"${rotating_hostname}\"; then")),
            configuration.contains(QLatin1String("rotating")));
        QCOMPARE(start.contains(QStringLiteral("start.dfs")),
                 dfs && !configuration.startsWith(QLatin1String("mutual")));
        QCOMPARE(start.contains(QStringLiteral("start.dce")),
                 !configuration.startsWith(QLatin1String("mutual")));
        if (mutual) {
            QCOMPARE(scripts.at(0).path, QStringLiteral("/usr/local/hacmp/dce/start_dceapp1"));
            QCOMPARE(scripts.at(2).path, QStringLiteral("/usr/local/hacmp/dce/start_dceapp2"));
            QCOMPARE(scripts.at(3).path, QStringLiteral("/usr/local/hacmp/dce/stop_dceapp2"));
            QVERIFY(start.contains(QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS='9.3.240.1:9.3.240.66'\n")));
            // Run after a takeover, the other node's server excludes this node's own service address too.
            const QString takeover = QString::fromUtf8(scripts.at(2).content);
            QVERIFY(takeover.contains(
                QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS='9.3.240.1:9.3.240.66:9.3.240.2'\n")));
            QVERIFY(takeover.contains(QStringLiteral("application server dceapp2")));
        }
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
        QByteArray text = wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs, false);
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

    void mutualTakeoverScriptsExecuted()
    {
        // The mutual-takeover scripts run on the simulated node: this node's own server keeps the node's
        // own exclusions and starts its applications; the other node's server, which this node runs only
        // after taking that node's resource group over, starts the other node's applications and excludes
        // this node's service address as well. Neither touches DCE (the clients stay up on both nodes).
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const SimNode node(root, dir.path() + QStringLiteral("/shared"), QString(),
                           QStringLiteral("mutual-takeover-cascading"));
        node.ok(QStringLiteral("hostname"));
        const QString appLog = root + QStringLiteral("/tmp/app.log");
        QByteArray text = wizard::exampleAnswers(QStringLiteral("mutual-takeover-cascading"),
                                                 QStringLiteral("owner"), true, false);
        text +=
            QStringLiteral("applications:\n"
                           "  - { name: ledger, start: [/bin/sh, -c, \"echo start ledger "
                           "$RPC_UNSUPPORTED_NETADDRS >> %1\"], stop: [/bin/sh, -c, \"echo stop ledger >> "
                           "%1\"] }\n"
                           "peer_applications:\n"
                           "  - { name: payroll, start: [/bin/sh, -c, \"echo start payroll "
                           "$RPC_UNSUPPORTED_NETADDRS >> %1\"], stop: [/bin/sh, -c, \"echo stop payroll >> "
                           "%1\"] }\n")
                .arg(appLog)
                .toUtf8();
        const AnswersFile::Parsed parsed = AnswersFile::parse(text);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).text()));
        for (const auto& s : ScriptGenerator(parsed.answers, root, root + QStringLiteral("/.aixsim/bin"),
                                             QStringLiteral("node1"))
                                 .scripts()) {
            wizard::writeFile(root + s.path, s.content);
            QFile::setPermissions(root + s.path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QString dir_ = root + QStringLiteral("/usr/local/hacmp/dce/");
        for (const char* script : {"start_dceapp1", "start_dceapp2", "stop_dceapp2", "stop_dceapp1"}) {
            int rc = -1;
            const QString out = run(dir_ + QLatin1String(script), {}, &rc);
            QVERIFY2(rc == 0, qPrintable(out));
            QVERIFY2(!out.contains(QStringLiteral(".dce")) && !out.contains(QStringLiteral(".dfs")),
                     qPrintable(out));
        }
        QCOMPARE(wizard::readFile(appLog), QStringLiteral("start ledger 9.3.240.1:9.3.240.66\n"
                                                          "start payroll 9.3.240.1:9.3.240.66:9.3.240.2\n"
                                                          "stop payroll\n"
                                                          "stop ledger\n"));
        // Event wrappers are refused in mutual takeover, naming the field.
        const AnswersFile::Parsed wrapped = AnswersFile::parse(text + "event_wrappers: true\n");
        QCOMPARE(wrapped.errors.value(0).field, QStringLiteral("event_wrappers"));
    }

    void templatesQuoteNoValueByHand_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* t : {"start", "stop", "event"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void templatesQuoteNoValueByHand()
    {
        // A placeholder inside quotes written in a template ('@@SCRIPT@@', "… @@SCRIPT@@") lets a value end
        // the quotes: the generator's own check finds none in the shipped templates, and neither does a
        // plain scan of their code lines for a placeholder after an opening quote.
        QFETCH(QString, name);
        QFile f(QStringLiteral(DCEHA_SOURCE_DIR "/resources/scripts/%1.ksh").arg(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("@@")));
        const QStringList problems = ScriptGenerator::templateProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        static const QRegularExpression quoted(QStringLiteral("['\"][^'\"]*@@[A-Z_]+@@"));
        for (const auto& line : text.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1Char('#')))
                QVERIFY2(!quoted.match(line).hasMatch(), qPrintable(line));
    }

    void faultyTemplatesRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("refused");
        QTest::newRow("single-quoted") << QStringLiteral("exec '@@SCRIPT@@'") << true;
        QTest::newRow("inside double quotes") << QStringLiteral("print -r -- \"running @@SCRIPT@@\"") << true;
        QTest::newRow("quoted assignment") << QStringLiteral("script=\"@@SCRIPT@@\"") << true;
        QTest::newRow("quoted prefix") << QStringLiteral("rm -f '@@ROOT@@'/opt/dcelocal/x") << true;
        QTest::newRow("bare in a command") << QStringLiteral("rm -f @@ROOT@@/x") << true;
        QTest::newRow("assignment then a comment") << QStringLiteral("x=@@ROOT@@ # the root") << true;
        QTest::newRow("assignment") << QStringLiteral("script=@@SCRIPT@@") << false;
        QTest::newRow("indented assignment")
            << QStringLiteral("    RPC_UNSUPPORTED_NETADDRS=@@EXCLUDED@@") << false;
        QTest::newRow("comment") << QStringLiteral("# wrapper for '@@APP_SERVER@@'") << false;
        QTest::newRow("condition") << QStringLiteral("@@IF_DFS@@") << false;
        QTest::newRow("applications") << QStringLiteral("@@START_APPLICATIONS@@") << false;
    }

    void faultyTemplatesRefused()
    {
        QFETCH(QString, line);
        QFETCH(bool, refused);
        const QStringList problems =
            ScriptGenerator::templateProblems(QStringLiteral("#!/bin/ksh\n") + line + QLatin1Char('\n'));
        QCOMPARE(problems.size(), refused ? 1 : 0);
        if (refused)
            QVERIFY2(problems.first().startsWith(QLatin1String("line 2 ")), qPrintable(problems.first()));
    }

    void faultyTemplateGivesNoScript()
    {
        // A template with a hand-quoted placeholder: no script at all, a refusal naming the template and
        // the line (the scripts step fails with it instead of writing a script).
        QTemporaryDir templates;
        for (const char* name : {"start", "stop"}) {
            QFile in(QStringLiteral(":/dceha/scripts/%1.ksh").arg(QLatin1String(name)));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            if (qstrcmp(name, "stop") == 0)
                text += "print -r -- \"stopping @@APP_SERVER@@\"\n";
            wizard::writeFile(templates.path() + QStringLiteral("/%1.ksh").arg(QLatin1String(name)), text);
        }
        const Answers a = answers(QStringLiteral("hot-standby-cascading"), true, false, true);
        const auto scripts = ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"),
                                             QStringLiteral("node1"), templates.path())
                                 .scripts();
        QCOMPARE(scripts.size(), 4);
        QVERIFY2(scripts.at(0).refusal.isEmpty(), qPrintable(scripts.at(0).refusal));
        QVERIFY(scripts.at(1).content.isEmpty());
        QVERIFY2(scripts.at(1).refusal.contains(QLatin1String("resources/scripts/stop.ksh is faulty: line ")),
                 qPrintable(scripts.at(1).refusal));
        // The event template is missing from that directory: refused as unreadable, not an empty script.
        QVERIFY2(scripts.at(2).refusal.contains(QLatin1String("event.ksh is faulty: it cannot be read")),
                 qPrintable(scripts.at(2).refusal));
    }

    void commentsShowValuesInertly()
    {
        // A value in a comment: no character of it ends the comment (nor reads as a line break).
        const QString value = QStringLiteral("a\nb\rc\td\u0085e\u2028f\u202eg\u00e9'\"$(x)");
        const QString shown = ScriptGenerator::commentText(value);
        QCOMPARE(shown, QStringLiteral("a?b?c?d?e?f?g\u00e9'\"$(x)"));
        QCOMPARE(ScriptGenerator::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    }

    void hostileValuesAreInert_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        QTest::addColumn<bool>("wrappers");
        QTest::addColumn<bool>("apps");
        for (const auto& c : Answers::configurations())
            for (bool dfs : {false, true})
                for (bool wrappers : {false, true})
                    for (bool apps : {false, true})
                        QTest::newRow(
                            qPrintable(QStringLiteral("%1 %2%3%4")
                                           .arg(c, dfs ? QStringLiteral("dfs") : QStringLiteral("dce"),
                                                wrappers ? QStringLiteral(" wrappers") : QString(),
                                                apps ? QStringLiteral(" apps") : QString())))
                            << c << dfs << wrappers << apps;
    }

    void hostileValuesAreInert()
    {
        // Every answer that reaches a script made hostile (scripts_dir, app_server, rotating_hostname, the
        // excluded addresses, the applications' names and arguments, the node's host name), generated
        // directly: the answers validation may refuse some of these values, the generator must not depend
        // on it. Each variant passes ksh -n and shellcheck, and its scripts and wrappers executed on the
        // simulated node run nothing injected and pass the arguments to the application byte for byte.
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        QFETCH(bool, wrappers);
        QFETCH(bool, apps);
        IntegratedNode* n = m_nodes.integrated(configuration, dfs);
        QVERIFY2(n->problem.isEmpty(), qPrintable(n->problem));
        const SimNode& node = n->node;
        const QString root = node.root();
        const QString markers = n->dir.path() + QStringLiteral("/injected");
        QDir(markers).removeRecursively();
        QVERIFY(QDir().mkpath(markers));

        Answers a =
            AnswersFile::parse(wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs, false))
                .answers;
        a.scriptsDir = QStringLiteral("/usr/local/hacmp/") + hostile(markers, QStringLiteral("scripts_dir"));
        a.appServerName = hostile(markers, QStringLiteral("app_server"));
        a.rotatingHostname = hostile(markers, QStringLiteral("rotating_hostname"));
        a.bootAddresses << hostile(markers, QStringLiteral("boot"));
        if (a.isMutualTakeover()) {
            a.peerServiceAddresses << hostile(markers, QStringLiteral("peer_service"));
            a.peerAppServerName = hostile(markers, QStringLiteral("peer_app_server"));
        }
        a.eventWrappers = wrappers;
        const QList<QStringList> args{hostileArguments(markers, QStringLiteral("start1")),
                                      hostileArguments(markers, QStringLiteral("stop1")),
                                      hostileArguments(markers, QStringLiteral("start2")),
                                      hostileArguments(markers, QStringLiteral("stop2"))};
        if (apps)
            a.applications = {
                {hostile(markers, QStringLiteral("name1")), withProgram(args[0]), withProgram(args[1])},
                {QStringLiteral("o'brien \"$(touch${IFS}%1/name2)\"\n").arg(markers), withProgram(args[2]),
                 withProgram(args[3])}};
        if (apps && a.isMutualTakeover())
            a.peerApplications = a.applications;
        // The host name only reaches the scripts' comments.
        const QString home = hostile(markers, QStringLiteral("home_hostname"));
        node.ok(QStringLiteral("hostname"), {QStringLiteral("node1")});

        const auto scripts = ScriptGenerator(a, root, root + QStringLiteral("/.aixsim/bin"), home).scripts();
        // Mutual takeover: this node's server's scripts and the other node's, as this node runs them.
        const bool mutual = configuration.startsWith(QLatin1String("mutual"));
        QCOMPARE(scripts.size(), (mutual ? 4 : 2) + (wrappers ? 2 : 0));
        for (const auto& s : scripts) {
            QVERIFY(s.content.startsWith("#!/bin/ksh\n"));
            QVERIFY(QFile::setPermissions(wizard::writeFile(root + s.path, s.content),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            // Checked under a plain name too, so that the checkers' reports stay readable.
            const QString name = s.path.section(QLatin1Char('/'), -1);
            const QString file =
                wizard::writeFile(n->dir.path() + QStringLiteral("/check/") + name, s.content);
            int rc = -1;
            QString out = run(QStringLiteral("/bin/ksh"), {QStringLiteral("-n"), file}, &rc);
            QVERIFY2(rc == 0, qPrintable(name + QStringLiteral(": ksh -n: ") + out));
            // Some of shellcheck's guesses are the point here, the values being meant literally: its notes
            // (severity info: "$… does not expand in single quotes", "want to escape a single quote?") and
            // SC2089/SC2090 ("quotes in an assigned value stay literal", raised by `export
            // RPC_UNSUPPORTED_NETADDRS`, which expands nothing). Its warnings and errors still fail.
            out =
                run(QStringLiteral("/usr/bin/shellcheck"),
                    {QStringLiteral("-s"), QStringLiteral("ksh"), QStringLiteral("-S"),
                     QStringLiteral("warning"), QStringLiteral("-e"), QStringLiteral("SC2089,SC2090"), file},
                    &rc, {QStringLiteral("LC_ALL=C.UTF-8")}); // it prints the non-ASCII lines it reports
            QVERIFY2(rc == 0, qPrintable(name + QStringLiteral(": shellcheck:\n") + out));
        }
        QVERIFY2(injected(markers).isEmpty(), qPrintable(injected(markers).join(QLatin1Char(' '))));

        const QString kind = kindOf(a);
        const QString start = root + a.scriptsDir + QStringLiteral("/start_") + kind;
        const QString stop = root + a.scriptsDir + QStringLiteral("/stop_") + kind;
        QStringList started{QStringLiteral("RPC_UNSUPPORTED_NETADDRS=") + a.excludedAddresses()};
        if (a.isRotating())
            started << QStringLiteral("setting it to ") + a.rotatingHostname;
        if (apps)
            started << printed(args[0]) << printed(args[2]);
        started << QStringLiteral("exit status 0");
        const QStringList stopped =
            apps ? QStringList{printed(args[3]), printed(args[1]), QStringLiteral("exit status 0")}
                 : QStringList{QStringLiteral("exit status 0")};
        const QString hostname = QStringLiteral("node1\n");

        QString problem = executionProblem(start, {}, markers, started);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(node.ok(QStringLiteral("hostname")), hostname); // restored (or never changed)
        problem = executionProblem(stop, {}, markers, stopped);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (wrappers) {
            // HACMP passes the event's arguments to the wrappers: hostile too, and only logged.
            const QStringList eventArgs{hostile(markers, QStringLiteral("event_argument")),
                                        QStringLiteral("graceful")};
            problem = executionProblem(
                root + a.scriptsDir + QStringLiteral("/node_down_post"), eventArgs, markers,
                QStringList{QStringLiteral("node_down_post: node_down_post ") +
                            eventArgs.join(QLatin1Char(' ')) + QStringLiteral(": running ") + start} +
                    started);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(node.ok(QStringLiteral("hostname")), hostname);
            problem = executionProblem(
                root + a.scriptsDir + QStringLiteral("/node_up_pre"), eventArgs, markers,
                QStringList{QStringLiteral("node_up_pre: node_up_pre ") + eventArgs.join(QLatin1Char(' ')) +
                            QStringLiteral(": running ") + stop} +
                    stopped);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        if (a.isMutualTakeover()) {
            // The other node's server, as this node runs it after a takeover: its own service address is
            // excluded too.
            started.replace(0, QStringLiteral("RPC_UNSUPPORTED_NETADDRS=") + a.takeoverExcludedAddresses());
            const QString peer = root + a.scriptsDir + QLatin1Char('/');
            problem =
                executionProblem(peer + QStringLiteral("start_") + a.peerAppServerName, {}, markers, started);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            problem =
                executionProblem(peer + QStringLiteral("stop_") + a.peerAppServerName, {}, markers, stopped);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void wizardScriptsWithHostileArguments_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        for (const auto& c : Answers::configurations())
            for (bool dfs : {false, true})
                QTest::newRow(qPrintable(c + (dfs ? QStringLiteral(" dfs") : QStringLiteral(" dce"))))
                    << c << dfs;
    }

    void wizardScriptsWithHostileArguments()
    {
        // Through the real binary, what the answers validation accepts (application arguments are free text
        // but for newlines): the scripts and wrappers the wizard wrote run nothing injected and pass each
        // argument whole.
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        IntegratedNode* n = m_nodes.integrated(configuration, dfs);
        QVERIFY2(n->problem.isEmpty(), qPrintable(n->problem));
        const QString root = n->node.root();
        const QString markers = n->wizardMarkers();
        const bool mutual = configuration == QLatin1String("mutual-takeover-cascading");
        const QString dir = root + QStringLiteral("/usr/local/hacmp/dce/");
        const QString kind = mutual ? QStringLiteral("dceapp1")
                             : dfs  ? QStringLiteral("dfs")
                                    : QStringLiteral("dce");
        n->node.ok(QStringLiteral("hostname"), {"node1"});
        const QStringList started{printed(hostileArguments(markers, QStringLiteral("start1"), false)),
                                  printed(hostileArguments(markers, QStringLiteral("start2"), false)),
                                  QStringLiteral("exit status 0")};
        const QStringList stopped{printed(hostileArguments(markers, QStringLiteral("stop2"), false)),
                                  printed(hostileArguments(markers, QStringLiteral("stop1"), false)),
                                  QStringLiteral("exit status 0")};
        for (const auto& [script, expected] : {std::pair{QStringLiteral("start_") + kind, started},
                                               std::pair{QStringLiteral("stop_") + kind, stopped},
                                               std::pair{QStringLiteral("node_down_post"), started},
                                               std::pair{QStringLiteral("node_up_pre"), stopped}}) {
            if (mutual && script.startsWith(QLatin1String("node_"))) // no event wrappers in mutual takeover
                continue;
            const QString problem = executionProblem(dir + script, {}, markers, expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void mutualTakeoverExcludesTheTakingOverNodesAddress()
    {
        // Each node has its own server's scripts and the other's: the first keep the node's own exclusions,
        // the other's (which the node runs only after a takeover) exclude its service address as well. No
        // host name decides at run time.
        const Answers a = answers(QStringLiteral("mutual-takeover-cascading"), false, false, false);
        const auto scripts =
            ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"), QStringLiteral("node1")).scripts();
        QCOMPARE(scripts.size(), 4);
        const QString own = QString::fromUtf8(scripts.at(0).content);
        const QString theirs = QString::fromUtf8(scripts.at(2).content);
        QVERIFY(own.contains(QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS='9.3.240.1:9.3.240.66'\n")));
        QVERIFY(
            theirs.contains(QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS='9.3.240.1:9.3.240.66:9.3.240.2'\n")));
        for (const QString& script : {own, theirs})
            QVERIFY(!script.contains(QStringLiteral("hostname")));
        QCOMPARE(ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"), QStringLiteral("node1"))
                     .peerRegistration(),
                 (QStringList{QStringLiteral("claddserv"), QStringLiteral("-s"), QStringLiteral("dceapp2"),
                              QStringLiteral("-b"), QStringLiteral("/usr/local/hacmp/dce/start_dceapp2"),
                              QStringLiteral("-e"), QStringLiteral("/usr/local/hacmp/dce/stop_dceapp2")}));
    }
};

QTEST_GUILESS_MAIN(tst_Scripts)
#include "tst_scripts.moc"
