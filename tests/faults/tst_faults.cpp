// Every command the wizard runs, made to fail once (with its real AIX message and exit code): the run stops
// with exit 1, the failed step's record holds the command and its output, and the next run completes with the
// same final state as a run without faults. Owner and standby.
#include "Wizard.h"
#include "procedure/Record.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Faults : public QObject
{
    Q_OBJECT

    struct Fault
    {
        QString command;
        int call = 0; ///< the Nth call of the command on that node is the first one that is an action
        QStringList argv;
    };

    QTemporaryDir m_dir;
    QString m_ownerAnswers;
    QString m_standbyAnswers;
    QString m_ownerState;
    QString m_standbyState;
    QList<Fault> m_ownerFaults;
    QList<Fault> m_standbyFaults;

    static QString state(const SimNode& node)
    {
        return wizard::snapshot(node).replace(node.root(), QStringLiteral("ROOT"));
    }

    /** For each command the record shows as an action, the call number of its first action in calls.log. */
    static QList<Fault> faultsOf(const QString& recordFile, const SimNode& node)
    {
        dceha::RunRecord record;
        QString error;
        if (!dceha::RunRecord::fromYaml(wizard::readFile(recordFile).toUtf8(), &record, &error))
            qFatal("record: %s", qPrintable(error));
        const QStringList calls =
            node.file(QStringLiteral("/.aixsim/calls.log")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QList<Fault> out;
        QSet<QString> seen;
        for (const auto& step : record.steps)
            for (const auto& a : step.actions) {
                if (a.type != dceha::ActionRecord::Type::Command || seen.contains(a.argv.value(0)))
                    continue;
                for (const auto& line : calls) {
                    const QStringList f = line.split(QLatin1Char('\t'));
                    if (f.mid(1) == a.argv) {
                        out.append({a.argv.value(0), f.value(0).toInt(), a.argv});
                        seen.insert(a.argv.value(0));
                        break;
                    }
                }
            }
        return out;
    }

    /** A cluster at @ref path; for the standby, with the owner already integrated. */
    struct Cluster
    {
        QString path, shared, n1, n2, ownerRecord;
    };
    QString m_ownerDone; ///< the cluster as the owner's run leaves it, prepared once and copied for each row

    static bool copyTree(const QString& from, const QString& to)
    {
        QDir(to).removeRecursively();
        return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
    }

    /** A fresh cluster in the one working directory (the simulated nodes' state names its paths, so every
     * row works at the same path); with the owner done, a copy of the prepared one. */
    Cluster cluster(bool ownerDone)
    {
        Cluster c;
        c.path = m_dir.path() + QStringLiteral("/cluster");
        c.shared = c.path + QStringLiteral("/shared");
        c.n1 = c.path + QStringLiteral("/node1");
        c.n2 = c.path + QStringLiteral("/node2");
        c.ownerRecord = c.path + QStringLiteral("/owner-record.yaml");
        if (ownerDone && !m_ownerDone.isEmpty()) {
            if (!copyTree(m_ownerDone, c.path))
                qFatal("cannot copy the prepared cluster");
            return c;
        }
        QDir(c.path).removeRecursively();
        SimNode(c.n1, c.shared).ok(QStringLiteral("hostname"));
        SimNode(c.n2, c.shared).ok(QStringLiteral("hostname"));
        if (ownerDone) {
            const WizardResult r = wizard::run(wizard::headless(c.n1, c.shared, m_ownerAnswers)
                                                   << QStringLiteral("--record") << c.ownerRecord,
                                               {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
            if (r.exitCode != 3)
                qWarning("owner run: %s", qPrintable(r.out + r.err));
            m_ownerDone = m_dir.path() + QStringLiteral("/owner-done");
            if (!copyTree(c.path, m_ownerDone))
                qFatal("cannot keep the prepared cluster");
        }
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ownerAnswers = wizard::writeFile(
            m_dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        m_standbyAnswers = wizard::writeFile(
            m_dir.path() + QStringLiteral("/standby.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")));
        Cluster c = cluster(true);
        m_ownerState = state(SimNode(c.n1, c.shared));
        m_ownerFaults = faultsOf(c.ownerRecord, SimNode(c.n1, c.shared));
        const QString standbyRecord = m_dir.path() + QStringLiteral("/standby-record.yaml");
        const WizardResult r = wizard::run(wizard::headless(c.n2, c.shared, m_standbyAnswers)
                                           << QStringLiteral("--from-owner-record") << c.ownerRecord
                                           << QStringLiteral("--record") << standbyRecord);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        m_standbyState = state(SimNode(c.n2, c.shared));
        m_standbyFaults = faultsOf(standbyRecord, SimNode(c.n2, c.shared));
        QStringList names;
        for (const auto& f : m_ownerFaults + m_standbyFaults)
            names << f.command;
        qInfo("commands made to fail: %s", qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(m_ownerFaults.size() >= 12);
        QVERIFY(m_standbyFaults.size() >= 6);
    }

    void failOnce_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("call");
        for (const auto& f : m_ownerFaults)
            QTest::newRow(qPrintable(QStringLiteral("owner ") + f.argv.join(QLatin1Char(' '))))
                << QStringLiteral("owner") << f.command << f.call;
        for (const auto& f : m_standbyFaults)
            QTest::newRow(qPrintable(QStringLiteral("standby ") + f.argv.join(QLatin1Char(' '))))
                << QStringLiteral("standby") << f.command << f.call;
    }

    void failOnce()
    {
        QFETCH(QString, role);
        QFETCH(QString, command);
        QFETCH(int, call);
        const bool owner = role == QLatin1String("owner");
        Cluster c = cluster(!owner);
        const QString root = owner ? c.n1 : c.n2;
        QStringList runArgs = wizard::headless(root, c.shared, owner ? m_ownerAnswers : m_standbyAnswers);
        if (!owner)
            runArgs << QStringLiteral("--from-owner-record") << c.ownerRecord;
        const QString record = c.path + QStringLiteral("/record.yaml");

        const WizardResult failed = wizard::run(QStringList(runArgs) << QStringLiteral("--record") << record,
                                                {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw"),
                                                 QStringLiteral("AIXSIM_FAIL=%1:%2").arg(command).arg(call)});
        QVERIFY2(failed.exitCode == 1, qPrintable(failed.out + failed.err));
        QVERIFY2(failed.out.contains(QStringLiteral("… failed")), qPrintable(failed.out));
        dceha::RunRecord r;
        QString error;
        QVERIFY2(dceha::RunRecord::fromYaml(wizard::readFile(record).toUtf8(), &r, &error),
                 qPrintable(error));
        QCOMPARE(r.result, QStringLiteral("failed"));
        const dceha::StepRecord* failedStep = nullptr;
        for (const auto& s : r.steps)
            if (s.status == dceha::StepRecord::Status::Failed)
                failedStep = &s;
        QVERIFY(failedStep);
        // The record says why: a command failed (not a precondition, not the verification).
        QCOMPARE(failedStep->failure, dceha::FailureCategory::Command);
        QVERIFY(wizard::readFile(record).contains(QStringLiteral("failure: command")));
        QVERIFY(!failedStep->actions.isEmpty());
        const dceha::ActionRecord& last = failedStep->actions.last();
        QCOMPARE(last.argv.value(0), command);
        QVERIFY(last.exitCode != 0);
        QVERIFY2(!last.stdErr.isEmpty(), "the failed command's output is in the record");
        QVERIFY2(failedStep->message.contains(last.stdErr.trimmed().section(QLatin1Char('\n'), 0, 0)),
                 qPrintable(failedStep->message));

        const WizardResult resumed = wizard::run(runArgs, {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.out + resumed.err));
        QCOMPARE(state(SimNode(root, c.shared)), owner ? m_ownerState : m_standbyState);
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
