// kill -9 of the wizard at named instants of a full owner run, then resume: the run always completes, the
// node ends as after an uninterrupted run, no line is duplicated, and the checkpoint always loads.
//
// The instants are chosen, not slept for: aixsim's AIXSIM_KILL_CALLER kills the wizard before a command, in
// the middle of its commit, after it (the wizard never learns the result) or some microseconds after it
// (while the wizard records the result and saves its checkpoint). Each row is a chain: the run is killed at
// its Nth command, the resume a few commands into its new work, that resume's resume again, and so on until
// one completes. A resume first runs the node checks and rechecks the steps done; the chain learns how many
// commands that takes (a kill that changed nothing in the checkpoint moves the next one further), so its
// kills land all along the procedure. The points, the distances and the microseconds are drawn from a
// printed seed (DCEHA_INTERRUPTION_SEED repeats a run). DCEHA_INTERRUPTION_SWEEP=1 adds one row per command
// of the reference run and point (a single kill each), for long runs such as the sanitizer build.
#include "Wizard.h"
#include "procedure/Record.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

class tst_Interruption : public QObject
{
    Q_OBJECT

    static constexpr int kChains = 3;
    /** How far into a resume's new work a chain's next kill lands, at most. */
    static constexpr int kMaxAdvance = 8;
    static constexpr int kLateUsecMax = 40000;

    /** One call of the reference run: the command and its call number on the node. */
    struct Call
    {
        QString command;
        int number = 0;
    };

    QString m_answers;
    QString m_reference;
    QList<Call> m_calls;
    quint32 m_seed = 0;
    QTemporaryDir m_dir;

    static QString state(const SimNode& node)
    {
        return wizard::snapshot(node).replace(node.root(), QStringLiteral("ROOT"));
    }

    static QList<Call> calls(const SimNode& node)
    {
        QList<Call> list;
        for (const auto& line : node.file(QStringLiteral("/.aixsim/calls.log")).split(QLatin1Char('\n'))) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() >= 2)
                list.append({fields.at(1), fields.at(0).toInt()});
        }
        return list;
    }

    static int commandsRun(const SimNode& node) { return int(calls(node).size()); }

    static int callsOf(const SimNode& node, const QString& command)
    {
        int n = 0;
        for (const auto& call : calls(node))
            n += call.command == command ? 1 : 0;
        return n;
    }

    static QString duplicatedLine(const QString& text)
    {
        QSet<QString> seen;
        for (const auto& line : text.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (seen.contains(line))
                return line;
            seen.insert(line);
        }
        return {};
    }

    QStringList environment(const QString& kill = {}) const
    {
        QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")};
        if (!kill.isEmpty())
            env << QStringLiteral("AIXSIM_KILL_CALLER=") + kill;
        return env;
    }

    /** A kill instant drawn from @p random. */
    static QString point(QRandomGenerator& random)
    {
        switch (random.bounded(4)) {
        case 0:
            return QStringLiteral("before");
        case 1:
            return QStringLiteral("commit");
        case 2:
            return QStringLiteral("after");
        default:
            return QStringLiteral("late=%1").arg(random.bounded(kLateUsecMax));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("DCEHA_INTERRUPTION_SEED")
                     ? quint32(qEnvironmentVariableIntValue("DCEHA_INTERRUPTION_SEED"))
                     : 20261202u;
        qInfo("seed %u (DCEHA_INTERRUPTION_SEED=%u repeats this run)", m_seed, m_seed);
        m_answers = wizard::writeFile(
            m_dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const SimNode node(m_dir.path() + QStringLiteral("/reference/node1"),
                           m_dir.path() + QStringLiteral("/reference/shared"));
        node.ok(QStringLiteral("hostname"));
        const qsizetype before = calls(node).size();
        const WizardResult r =
            wizard::run(wizard::headless(node.root(), node.shared(), m_answers), environment());
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        m_reference = state(node);
        m_calls = calls(node).mid(before);
        QVERIFY(m_calls.size() > 40);
        qInfo("reference run: %lld commands", qlonglong(m_calls.size()));
    }

    /** The kill point itself: the wizard dies at the instant named, and only there. */
    void killPointKillsTheWizardThere_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("commandDone");
        QTest::newRow("before") << QStringLiteral("before") << false;
        QTest::newRow("commit") << QStringLiteral("commit") << true; // finished by the next command
        QTest::newRow("after") << QStringLiteral("after") << true;
        QTest::newRow("late") << QStringLiteral("late=0") << true;
    }

    void killPointKillsTheWizardThere()
    {
        QFETCH(QString, point);
        QFETCH(bool, commandDone);
        QTemporaryDir dir;
        const SimNode node(dir.path() + QStringLiteral("/node1"), dir.path() + QStringLiteral("/shared"));
        node.ok(QStringLiteral("hostname"));
        const WizardResult killed = wizard::run(wizard::headless(node.root(), node.shared(), m_answers),
                                                environment(QStringLiteral("mkvg:1:") + point));
        QCOMPARE(killed.exitCode, -1);
        QCOMPARE(callsOf(node, QStringLiteral("mkvg")), commandDone ? 1 : 0);
        // The next simulated command sees the VG the killed mkvg made, or none.
        const QString vgs = node.ok(QStringLiteral("lsvg"));
        QCOMPARE(vgs.contains(QLatin1String("dcevg")), commandDone);
        // Killed with or right after mkvg, the wizard ran nothing after it (the lsvg above is the test's).
        const QList<Call> all = calls(node);
        QVERIFY(all.size() >= 2);
        if (point == QLatin1String("commit") || point == QLatin1String("after"))
            QCOMPARE(all.at(all.size() - 2).command, QStringLiteral("mkvg"));
    }

    /** How far a run got, as its checkpoint says: the steps done and the commands recorded. */
    static int progress(const QString& checkpoint)
    {
        dceha::RunRecord record;
        QString error;
        if (!dceha::RunRecord::fromYaml(wizard::readFile(checkpoint).toUtf8(), &record, &error))
            return -1;
        int n = 0;
        for (const auto& step : record.steps)
            n += int(step.actions.size()) + (step.status == dceha::StepRecord::Status::Done ? 1 : 0);
        return n;
    }

    void killAndResume_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<quint32>("seed");
        for (int c = 0; c < kChains; ++c)
            QTest::newRow(qPrintable(QStringLiteral("chain %1").arg(c))) << c + 1 << m_seed + quint32(c);
        if (qEnvironmentVariableIntValue("DCEHA_INTERRUPTION_SWEEP") > 0) {
            // Seed 0: the single kill's point is the row's, not drawn.
            for (qsizetype i = 0; i < m_calls.size(); ++i)
                for (int p = 0; p < 4; ++p)
                    QTest::newRow(qPrintable(
                        QStringLiteral("single %1 %2 point %3").arg(i + 1).arg(m_calls.at(i).command).arg(p)))
                        << int(i + 1) << quint32(p);
        }
    }

    void killAndResume()
    {
        QFETCH(int, first);
        QFETCH(quint32, seed);
        const bool single = QByteArray(QTest::currentDataTag()).startsWith("single");
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const SimNode node(dir.path() + QStringLiteral("/node1"), dir.path() + QStringLiteral("/shared"));
        node.ok(QStringLiteral("hostname"));
        const QString checkpoint = node.root() + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml");
        const QStringList args = wizard::headless(node.root(), node.shared(), m_answers);

        int kills = 0;
        QStringList landed;
        int offset = first;
        int prefix = 0; // commands a resume runs before its new work, as learned so far
        int reached = 0;
        static const QStringList kPoints{QStringLiteral("before"), QStringLiteral("commit"),
                                         QStringLiteral("after"), QStringLiteral("late=2000")};
        while (kills < 400) {
            const QString point = single ? kPoints.at(int(seed)) : tst_Interruption::point(random);
            // The node's command that many commands into this run (calls.log holds every one so far).
            const int ordinal = commandsRun(node) + offset;
            const QString kill = QStringLiteral("@%1:%2").arg(ordinal).arg(point);
            QElapsedTimer clock;
            clock.start();
            const WizardResult r = wizard::run(args, environment(kill));
            const qint64 ms = clock.elapsed();
            if (r.exitCode == 3) // the run completed before that command: the chain ends here
                break;
            QVERIFY2(r.exitCode == -1, qPrintable(QStringLiteral("killed at %1: exit %2\n%3")
                                                      .arg(kill)
                                                      .arg(r.exitCode)
                                                      .arg((r.out + r.err).right(900))));
            ++kills;
            const QList<Call> all = calls(node);
            // A command killed before it started is not on record.
            landed << QStringLiteral("%1 %2 (%3 ms)")
                          .arg(kill, all.size() >= ordinal ? all.at(ordinal - 1).command
                                                           : QStringLiteral("(not started)"))
                          .arg(ms);
            if (QFileInfo::exists(checkpoint)) {
                dceha::RunRecord record;
                QString error;
                QVERIFY2(dceha::RunRecord::fromYaml(wizard::readFile(checkpoint).toUtf8(), &record, &error),
                         qPrintable(QStringLiteral("after the kill at %1: %2").arg(kill, error)));
            }
            if (single)
                break;
            const int now = QFileInfo::exists(checkpoint) ? progress(checkpoint) : 0;
            if (now <= reached)
                prefix += kChains; // the kill landed before any new work: the next lands further
            reached = qMax(reached, now);
            offset = prefix + 1 + int(random.bounded(kMaxAdvance));
        }
        QVERIFY2(kills < 400, "the chain never completed");
        qInfo("%d kills: %s", kills, qPrintable(landed.join(QLatin1String(", "))));
        QVERIFY(kills > 0);

        const WizardResult resumed = wizard::run(args, environment());
        QVERIFY2(resumed.exitCode == 3, qPrintable(QStringLiteral("after the kills at %1:\n%2")
                                                       .arg(landed.join(QLatin1String(", ")),
                                                            (resumed.out + resumed.err).right(900))));
        QCOMPARE(state(node), m_reference);
        for (const char* file : {"/etc/environment", "/etc/services"}) {
            const QString dup = duplicatedLine(node.file(QLatin1String(file)));
            QVERIFY2(
                dup.isEmpty(),
                qPrintable(QStringLiteral("%1 has a duplicated line: %2").arg(QLatin1String(file), dup)));
        }
        QStringList stanzas;
        for (const auto& line : node.file(QStringLiteral("/etc/filesystems")).split(QLatin1Char('\n')))
            if (line.endsWith(QLatin1Char(':')))
                stanzas << line;
        QCOMPARE(QSet<QString>(stanzas.cbegin(), stanzas.cend()).size(), stanzas.size());
    }
};

QTEST_GUILESS_MAIN(tst_Interruption)
#include "tst_interruption.moc"
