// The owner-to-standby handoff: a standby run given the owner's record takes the answers both nodes must
// agree on from it, refuses answers that disagree, and starts its shared-DASD steps only once the owner's
// record shows the shared DASD released (or the operator confirms).
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "procedure/ScriptGenerator.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Handoff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shared, m_n1, m_n2, m_record;

    QStringList standbyArgs(const QString& answers) const
    {
        return {QStringLiteral("--headless"),
                QStringLiteral("--simulate"),
                QStringLiteral("--root"),
                m_n2,
                QStringLiteral("--shared-dasd"),
                m_shared,
                QStringLiteral("--answers"),
                answers,
                QStringLiteral("--from-owner-record"),
                m_record};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shared = m_dir.path() + QStringLiteral("/shared");
        m_n1 = m_dir.path() + QStringLiteral("/node1");
        m_n2 = m_dir.path() + QStringLiteral("/node2");
        m_record = m_dir.path() + QStringLiteral("/owner-record.yaml");
        SimNode(m_n1, m_shared).ok(QStringLiteral("hostname"));
        SimNode(m_n2, m_shared).ok(QStringLiteral("hostname"));
        const QString owner = wizard::writeFile(
            m_dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const WizardResult r =
            wizard::run({QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("--root"),
                         m_n1, QStringLiteral("--shared-dasd"), m_shared, QStringLiteral("--answers"), owner,
                         QStringLiteral("--record"), m_record},
                        {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
    }

    /** A standby resumed without the owner's record: what was handed over comes from its run in progress
     * (the checkpoint's answers); what these answers give themselves is kept, and only shared answers move.
     */
    void aResumedStandbyTakesTheHandoverFromItsRun()
    {
        const QByteArray run =
            dceha::Handoff::fromOwner(
                wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")),
                wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")))
                .answers;
        const QByteArray mine =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby"));
        const dceha::Handoff h = dceha::Handoff::fromRunInProgress(mine, run);
        QCOMPARE(h.prefilled, QStringList{QStringLiteral("applications")});
        QCOMPARE(dceha::AnswersFile::parse(h.answers).digest, dceha::AnswersFile::parse(run).digest);
        // An answer given here wins; the run's value is not taken for it.
        const dceha::Handoff own = dceha::Handoff::fromRunInProgress(
            mine + "applications: [ { name: other, start: [/bin/true], stop: [/bin/true] } ]\n", run);
        QVERIFY(own.prefilled.isEmpty());
        QCOMPARE(dceha::AnswersFile::parse(own.answers).answers.applications.value(0).name,
                 QStringLiteral("other"));
    }

    /** Mutual takeover: each node's own application server, applications and service address are the
     * other's peer ones, so a standby that leaves them out gets the owner's peer values, and one that gives
     * the owner's own server as its own is refused, naming both fields. */
    void mutualTakeoverSwapsOwnAndPeer()
    {
        const QByteArray owner =
            wizard::exampleAnswers(QStringLiteral("mutual-takeover-cascading"), QStringLiteral("owner"));
        const QByteArray minimal =
            "role: standby\n"
            "network: { service: [9.3.240.4], boot: [9.3.240.3], standby: [9.3.240.67] }\n"
            "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40 }\n"
            "dce: { install_media: /dev/cd0, servers: [], clients: [all_cl] }\n";
        const dceha::Handoff h = dceha::Handoff::fromOwner(minimal, owner);
        QVERIFY2(h.conflicts.isEmpty(), qPrintable(h.conflicts.join(QLatin1Char('\n'))));
        const dceha::AnswersFile::Parsed parsed = dceha::AnswersFile::parse(h.answers);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).text()));
        const dceha::Answers& a = parsed.answers;
        QCOMPARE(a.appServerName, QStringLiteral("dceapp2"));
        QCOMPARE(a.peerAppServerName, QStringLiteral("dceapp1"));
        QCOMPARE(a.peerServiceAddresses, QStringList{QStringLiteral("9.3.240.2")});
        QCOMPARE(a.applications.value(0).name, QStringLiteral("payroll"));
        QCOMPARE(a.peerApplications.value(0).name, QStringLiteral("ledger"));
        QVERIFY(h.prefilled.contains(QStringLiteral("peer_applications")));
        // Both nodes hold the same two pairs of scripts; what differs is only what must: the exclusions.
        const dceha::AnswersFile::Parsed o = dceha::AnswersFile::parse(owner);
        const auto mine =
            dceha::ScriptGenerator(o.answers, {}, QStringLiteral("/usr/bin"), QStringLiteral("n")).scripts();
        const auto theirs =
            dceha::ScriptGenerator(a, {}, QStringLiteral("/usr/bin"), QStringLiteral("n")).scripts();
        QStringList minePaths, theirPaths;
        for (const auto& s : mine)
            minePaths << s.path;
        for (const auto& s : theirs)
            theirPaths << s.path;
        std::sort(minePaths.begin(), minePaths.end());
        std::sort(theirPaths.begin(), theirPaths.end());
        QCOMPARE(minePaths, theirPaths);

        const dceha::Handoff other = dceha::Handoff::fromOwner(minimal + "app_server: dceapp3\n", owner);
        QCOMPARE(other.conflicts.size(), 1);
        QVERIFY2(other.conflicts.first().startsWith(QStringLiteral(
                     "app_server: the owner's peer_app_server is dceapp2, these answers have dceapp3")),
                 qPrintable(other.conflicts.first()));
        // The owner's own server given as the standby's: the answers' own rule refuses it.
        const dceha::Handoff same = dceha::Handoff::fromOwner(minimal + "app_server: dceapp1\n", owner);
        QCOMPARE(dceha::AnswersFile::parse(same.answers).errors.value(0).field,
                 QStringLiteral("peer_app_server"));
    }

    void disagreementIsRefused()
    {
        const QString answers =
            wizard::writeFile(m_dir.path() + QStringLiteral("/disagree.yaml"),
                              QByteArray(wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"),
                                                                QStringLiteral("standby")))
                                  .replace("cell_name: ha.example.com", "cell_name: other.example.com")
                                  .replace("jfslog: dcelog", "jfslog: dcelog2"));
        const WizardResult r = wizard::run(standbyArgs(answers));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "cell_name: the owner has ha.example.com, these answers have other.example.com")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("shared_vg: the owner has")));
        QCOMPARE(SimNode(m_n2, m_shared).ok(QStringLiteral("lsvg")), QStringLiteral("rootvg\n"));
    }

    /** Type-confused standby answers: refused naming the field (once an uncaught yaml-cpp exception). */
    void typeConfusedStandbyAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("network: 5") << QByteArray(
                                           "role: standby\nnetwork: 5\ndce: { install_media: /dev/cd0 }\n")
                                    << "network"
                                    << "must be a mapping";
        QTest::newRow("cell_name a list")
            << QByteArray(
                   "role: standby\ncell_name: [a, b]\nnetwork: { boot: [9.3.240.3], standby: [9.3.240.67] }\n"
                   "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40 }\n")
            << "cell_name"
            << "single value, not a list";
        QTest::newRow("shared_vg a scalar")
            << QByteArray(
                   "role: standby\nshared_vg: dcevg\nnetwork: { boot: [9.3.240.3], standby: [9.3.240.67] }\n"
                   "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40 }\n")
            << "shared_vg"
            << "must be a mapping";
        QTest::newRow("duplicate key")
            << QByteArray(
                   "role: standby\nrole: owner\nnetwork: { boot: [9.3.240.3], standby: [9.3.240.67] }\n")
            << "role"
            << "given twice";
    }

    void typeConfusedStandbyAnswersAreRefused()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const QString before = wizard::tree(m_n2);
        const QString file = wizard::writeFile(m_dir.path() + QStringLiteral("/confused.yaml"), answers);
        const WizardResult r = wizard::run(standbyArgs(file));
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.exitCode).arg(r.out, r.err)));
        const QString line = r.err.section(QStringLiteral("  ") + field + QStringLiteral(": "), 1)
                                 .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.contains(rule), qPrintable(r.err));
        QCOMPARE(wizard::tree(m_n2), before);
    }

    /** The owner's answers as its record holds them: type-confused or missing ones refuse the handoff (the
     * agreement check is never skipped). */
    void badOwnerAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("owner");
        QTest::addColumn<QString>("conflict");
        const QByteArray good =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"));
        QTest::newRow("configuration a list")
            << QByteArray(good).replace("configuration: hot-standby-cascading", "configuration: [a, b]")
            << "answers.configuration: must be a single value, not a list";
        QTest::newRow("network a scalar") << QByteArray(good).replace("network:\n", "network: 5\nnetwork_:\n")
                                          << "answers.network: must be a mapping";
        QTest::newRow("no answers") << QByteArray() << "holds no answers";
        QTest::newRow("answers null") << QByteArray("~\n") << "holds no answers";
        QTest::newRow("answers a list") << QByteArray("[a, b]\n") << "holds no answers";
        QTest::newRow("duplicate key") << good + "cell_name: other.example.com\n"
                                       << "cell_name: is given twice";
        QTest::newRow("a standby's answers")
            << wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby"))
            << "answers.role: is 'standby', not owner";
    }

    void badOwnerAnswersAreRefused()
    {
        QFETCH(QByteArray, owner);
        QFETCH(QString, conflict);
        const dceha::Handoff h = dceha::Handoff::fromOwner(
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")),
            owner);
        QVERIFY2(h.conflicts.join(QLatin1Char('\n')).contains(conflict),
                 qPrintable(h.conflicts.join(QLatin1Char('\n'))));
    }

    /** What the application-server scripts are made from is handed over whole: the owner's applications and
     * event wrappers reach a standby that leaves them out, a standby with other ones is refused, and both
     * nodes' scripts come out byte-identical (they differ only in the node they were written on, which no
     * script names). */
    void theScriptsAnswersAreHandedOver()
    {
        QByteArray owner = wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"),
                                                  QStringLiteral("owner"), true, false);
        owner += "applications:\n  - { name: payroll, start: [/opt/payroll/bin/start], stop: "
                 "[/opt/payroll/bin/stop] }\n"
                 "event_wrappers: true\n";
        const dceha::AnswersFile::Parsed ownerParsed = dceha::AnswersFile::parse(owner);
        QVERIFY2(ownerParsed.errors.isEmpty(), qPrintable(ownerParsed.errors.value(0).text()));
        const QByteArray minimal = "role: standby\n"
                                   "network: { boot: [9.3.240.3], standby: [9.3.240.67] }\n"
                                   "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40 }\n";
        const dceha::Handoff h = dceha::Handoff::fromOwner(minimal, owner);
        QVERIFY2(h.conflicts.isEmpty(), qPrintable(h.conflicts.join(QLatin1Char('\n'))));
        QVERIFY2(h.prefilled.contains(QStringLiteral("applications")) &&
                     h.prefilled.contains(QStringLiteral("event_wrappers")),
                 qPrintable(h.prefilled.join(QLatin1Char(' '))));
        const dceha::AnswersFile::Parsed standby = dceha::AnswersFile::parse(h.answers);
        QVERIFY2(standby.errors.isEmpty(), qPrintable(standby.errors.value(0).text()));
        QCOMPARE(standby.answers.applications.size(), 1);
        QCOMPARE(standby.answers.applications.first().name, QStringLiteral("payroll"));
        QVERIFY(standby.answers.eventWrappers);
        // The scripts of both nodes, each written on its own node, are the same bytes but for what must
        // differ: the node named in the header comment, and the node's own boot and standby addresses that
        // RPC_UNSUPPORTED_NETADDRS excludes (guide, ch. 2).
        const auto scriptsOf = [](const dceha::Answers& a, const QString& host) {
            QList<QPair<QString, QString>> out;
            for (const auto& script :
                 dceha::ScriptGenerator(a, QString(), QStringLiteral("/usr/bin"), host).scripts())
                out.append({script.path, QString::fromUtf8(script.content)
                                             .replace(host, QStringLiteral("HOST"))
                                             .replace(a.excludedAddresses(), QStringLiteral("EXCLUDED"))});
            return out;
        };
        const auto ownerScripts = scriptsOf(ownerParsed.answers, QStringLiteral("node1"));
        const auto standbyScripts = scriptsOf(standby.answers, QStringLiteral("node2"));
        QCOMPARE(standbyScripts.size(), ownerScripts.size());
        QVERIFY(ownerScripts.size() >= 2);
        for (qsizetype i = 0; i < ownerScripts.size(); ++i) {
            QCOMPARE(standbyScripts.at(i).first, ownerScripts.at(i).first);
            QVERIFY2(standbyScripts.at(i).second == ownerScripts.at(i).second,
                     qPrintable(ownerScripts.at(i).first + QStringLiteral(" differs between the nodes")));
        }
        // The application is started and stopped on the standby too (it was lost there before).
        QVERIFY(std::any_of(standbyScripts.cbegin(), standbyScripts.cend(), [](const auto& script) {
            return script.second.contains(QStringLiteral("/opt/payroll/bin/start"));
        }));
        // A standby that names other applications is refused, naming the field and both values.
        const dceha::Handoff other = dceha::Handoff::fromOwner(
            minimal + "applications:\n  - { name: ledger, start: [/bin/true], stop: [/bin/true] }\n", owner);
        QVERIFY2(!other.conflicts.isEmpty() &&
                     other.conflicts.first().startsWith(QStringLiteral("applications: "
                                                                       "the owner has")),
                 qPrintable(other.conflicts.join(QLatin1Char('\n'))));
    }

    void minimalStandbyAnswersArePrefilled()
    {
        // Only what is the standby's own: its role, its addresses, its DFS cache and install media.
        const QString answers = wizard::writeFile(m_dir.path() + QStringLiteral("/minimal.yaml"),
                                                  "role: standby\n"
                                                  "network: { boot: [9.3.240.3], standby: [9.3.240.67] }\n"
                                                  "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40 }\n"
                                                  "dce: { install_media: /dev/cd0 }\n");
        const WizardResult r = wizard::run(standbyArgs(answers));
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "From the owner's record: configuration, cell_name, dfs, shared_vg, dfs_aggregates, "
                     "scripts_dir, app_server, applications, network.service")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(
            QStringLiteral("Check that the owner node released the shared DASD … already done")));
        QVERIFY(r.out.contains(QStringLiteral("Import the shared volume group dcevg … done")));
        QVERIFY(SimNode(m_n2, m_shared).ok(QStringLiteral("lsvg")).contains(QStringLiteral("dcevg")));
    }
};

QTEST_GUILESS_MAIN(tst_Handoff)
#include "tst_handoff.moc"
