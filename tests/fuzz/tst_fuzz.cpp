// The fuzz suite: seeded, deterministic mutations of every input the wizard reads — the example answers
// files, an owner's record and a checkpoint — run through the real dce-ha-wizard binary. Whatever the
// input: the process ends normally, in bounded time, with an exit code of the documented contract (0 to 5);
// a refusal (exit 2) names a field or the file; a refused input changes nothing on the node.
//
// DCEHA_FUZZ_SEED overrides the seed (printed at the start; every case is reproducible from the seed, its
// family and its number), DCEHA_FUZZ_SCALE multiplies the case counts (0.1 for a smoke run, 10 for a long
// one), DCEHA_FUZZ_JOBS the processes run at once (default 3), DCEHA_FUZZ_FINDINGS where the inputs that
// broke the contract are saved (default <build>/fuzz-findings), DCEHA_FUZZ_VERBOSE=1 prints every case.
#include "FuzzRunner.h"
#include "Mutations.h"
#include "Wizard.h"
#include "procedure/RecordSeal.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using dceha::RecordSeal;
using namespace fuzz;

class tst_Fuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FuzzRunner m_runner; // the seed, the processes at once, the findings directory, the pristine nodes
    double m_scale = 1.0;
    QElapsedTimer m_wall;
    Mutations m_mutations;
    QList<QPair<QString, QByteArray>> m_answers;
    QByteArray m_standbyAnswers, m_ownerAnswers, m_record, m_checkpoint;
    RecordSeal::Check m_recordSeal, m_checkpointSeal;
    QString m_n0, m_s0, m_n1, m_s1, m_n2, m_pristine, m_pristineShared, m_waitingNode, m_waitingShared;
    QString m_recordPath, m_standbyPath, m_ownerPath, m_screen, m_false;
    Totals m_all;
    QStringList m_broken; // one line per case that broke the contract, with where its input was saved

    QString path(const QString& rel) const { return m_dir.path() + QLatin1Char('/') + rel; }

    int count(int base) const { return qMax(1, int(base * m_scale)); }

    Rng rngFor(const QString& family, int index) const
    {
        return Rng(m_runner.seed ^ (quint64(qHash(family, 0)) << 20) ^ quint64(index) * 0x100000001b3ULL);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_wall.start();
        QVERIFY(m_dir.isValid());
        bool ok = false;
        if (const quint64 s = qEnvironmentVariable("DCEHA_FUZZ_SEED").toULongLong(&ok); ok)
            m_runner.seed = s;
        if (const double s = qEnvironmentVariable("DCEHA_FUZZ_SCALE").toDouble(&ok); ok && s > 0)
            m_scale = s;
        if (const int j = qEnvironmentVariable("DCEHA_FUZZ_JOBS").toInt(&ok); ok && j > 0)
            m_runner.jobs = j;
        m_runner.verbose = qEnvironmentVariableIntValue("DCEHA_FUZZ_VERBOSE") > 0;
        m_runner.findings = qEnvironmentVariable("DCEHA_FUZZ_FINDINGS");
        if (m_runner.findings.isEmpty())
            m_runner.findings = QDir::cleanPath(QStringLiteral(DCEHA_BIN_DIR "/../fuzz-findings"));
        m_runner.findings += QStringLiteral("/seed-%1").arg(m_runner.seed);
        QDir(m_runner.findings).removeRecursively();
        qInfo("fuzz: seed %llu (DCEHA_FUZZ_SEED overrides), scale %g, %d processes at once, findings in %s",
              m_runner.seed, m_scale, m_runner.jobs, qPrintable(m_runner.findings));

        const QDir answersDir(QStringLiteral(DCEHA_SOURCE_DIR "/resources/answers"));
        for (const QString& name :
             answersDir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            const QByteArray text = wizard::readFile(answersDir.filePath(name)).toUtf8();
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            m_answers.append({name, text});
            m_mutations.addToBank(text);
        }
        QCOMPARE(m_answers.size(), 8);
        m_ownerAnswers =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"));
        m_standbyAnswers =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby"));

        // The screening simulator: the node checks (cllsif, lsvg, hostname) answered by aixsim, every other
        // command failing at once. The parsers, the node checks, the catalog and the plan are all reached, at
        // the cost of two simulated commands instead of forty.
        m_screen = wizard::writeFile(path(QStringLiteral("screening-aixsim")),
                                     "#!/bin/sh\n"
                                     "case \"$5\" in cllsif|lsvg|hostname) exec '" +
                                         SimNode::aixsim().toUtf8() +
                                         "' \"$@\" ;; esac\n"
                                         "echo \"$5: not simulated in a screening run\" >&2\n"
                                         "exit 1\n");
        QVERIFY(QFile::setPermissions(m_screen, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_false = QStandardPaths::findExecutable(QStringLiteral("false"));
        QVERIFY2(!m_false.isEmpty(), "false(1) is needed: the parse-only simulator");
        // A fresh node pair for the dry runs, and a pristine copy of a fresh node for the real runs.
        m_n0 = path(QStringLiteral("node0"));
        m_s0 = path(QStringLiteral("shared0"));
        m_pristine = path(QStringLiteral("pristine"));
        m_pristineShared = path(QStringLiteral("pristine-shared"));
        SimNode(m_n0, m_s0).ok(QStringLiteral("hostname"));
        SimNode(m_pristine, m_pristineShared).ok(QStringLiteral("hostname"));
        m_runner.pristineTree = nodeState(m_pristine, m_pristineShared);

        // The owner's run up to its wait for the standby: its record and its checkpoint.
        m_n1 = path(QStringLiteral("node1"));
        m_s1 = path(QStringLiteral("shared"));
        m_n2 = path(QStringLiteral("node2"));
        SimNode(m_n1, m_s1).ok(QStringLiteral("hostname"));
        m_ownerPath = wizard::writeFile(path(QStringLiteral("owner.yaml")), m_ownerAnswers);
        m_standbyPath = wizard::writeFile(path(QStringLiteral("standby.yaml")), m_standbyAnswers);
        m_recordPath = path(QStringLiteral("owner-record.yaml"));
        const WizardResult r = wizard::run(QStringList(wizard::headless(m_n1, m_s1, m_ownerPath))
                                               << QStringLiteral("--record") << m_recordPath,
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        m_record = wizard::readFile(m_recordPath).toUtf8();
        m_checkpoint =
            wizard::readFile(m_n1 + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")).toUtf8();
        m_recordSeal = RecordSeal::check(m_record);
        m_checkpointSeal = RecordSeal::check(m_checkpoint);
        QVERIFY2(m_recordSeal.ok(), qPrintable(m_recordSeal.problem));
        QVERIFY2(m_checkpointSeal.ok(), qPrintable(m_checkpointSeal.problem));
        m_mutations.addToBank(m_recordSeal.body);
        m_mutations.addToBank(m_checkpointSeal.body);
        // The owner's node as it waits, kept aside: the real runs on a checkpoint work on copies of it.
        m_waitingNode = path(QStringLiteral("waiting"));
        m_waitingShared = path(QStringLiteral("waiting-shared"));
        QVERIFY(copyNode(m_n1, m_s1, m_waitingNode, m_waitingShared));
        QFile::remove(m_waitingNode + QStringLiteral("/var/adm/dce-ha-wizard/lock"));
        m_runner.waitingTree = nodeState(m_waitingNode, m_waitingShared);
        SimNode(m_n2, m_s1).ok(QStringLiteral("hostname"));
        // The standby's dry run with the untouched record is accepted: the mutations start from a good case.
        const WizardResult standby = wizard::run(QStringList(wizard::headless(m_n2, m_s1, m_standbyPath))
                                                 << QStringLiteral("--dry-run")
                                                 << QStringLiteral("--from-owner-record") << m_recordPath);
        QVERIFY2(standby.exitCode == 0, qPrintable(standby.err));
        qInfo("fuzz: inputs ready in %.1f s (record %lld bytes, checkpoint %lld bytes, %d steps)",
              m_wall.elapsed() / 1000.0, qlonglong(m_record.size()), qlonglong(m_checkpoint.size()),
              m_checkpointSeal.steps);
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("cases");
        // Answers files, dry run on the screening simulator: refused answers exit 2 before anything runs.
        QTest::newRow("answers") << QStringLiteral("answers") << count(550);
        // Answers a screening dry run accepts, dry-run again on the whole simulated node.
        QTest::newRow("answers-full") << QStringLiteral("answers-full") << count(3);
        // Answers a dry run refuses, run for real on a copy of a fresh node: it must be left as it was.
        QTest::newRow("answers-real") << QStringLiteral("answers-real") << count(20);
        // The standby's answers through the handoff with the owner's record.
        QTest::newRow("handoff") << QStringLiteral("handoff") << count(170);
        // The owner's record, its integrity line broken by the mutation, then sealed again after it.
        QTest::newRow("record") << QStringLiteral("record") << count(40);
        QTest::newRow("record-sealed") << QStringLiteral("record-sealed") << count(200);
        // The checkpoint rendered without running anything (--export without --answers).
        QTest::newRow("checkpoint") << QStringLiteral("checkpoint") << count(40);
        QTest::newRow("checkpoint-sealed") << QStringLiteral("checkpoint-sealed") << count(250);
        // The checkpoint resumed for real, on a copy of the owner's node as it waits for the standby.
        QTest::newRow("checkpoint-resume") << QStringLiteral("checkpoint-resume") << count(20);
    }

    void inputs()
    {
        QFETCH(QString, family);
        QFETCH(int, cases);
        QElapsedTimer clock;
        clock.start();
        const QString dir = path(QStringLiteral("cases/") + family);
        QDir().mkpath(dir);
        const QString dryNodeBefore = nodeState(m_n0, m_s0);
        const QString standbyBefore = nodeState(m_n2, m_s1);
        const QString screen = QStringLiteral("DCEHA_AIXSIM=") + m_screen;
        const QString parseOnly = QStringLiteral("DCEHA_AIXSIM=") + m_false;
        QList<Case> list;
        // answers-full and answers-real: candidates are screened first; then those accepted are dry-run on
        // the whole simulated node, those refused are run for real.
        const bool twoPass =
            family == QLatin1String("answers-full") || family == QLatin1String("answers-real");
        const int candidates = family == QLatin1String("answers-full") ? 15 * cases
                               : twoPass                               ? 3 * cases
                                                                       : cases;
        for (int i = 0; i < candidates; ++i) {
            Rng rng = rngFor(family, i);
            Case c;
            c.index = i;
            c.inputPath = dir + QStringLiteral("/%1.yaml").arg(i);
            c.namedFiles << c.inputPath;
            // Three in four runs on the parse-only simulator (every command fails: what the parsers accept
            // stops at the node check, exit 2, in milliseconds), one in four on the screening one.
            c.parseOnly = !twoPass && family != QLatin1String("checkpoint-resume") && rng.below(4) != 0;
            c.env << (c.parseOnly ? parseOnly : screen);
            if (family.startsWith(QLatin1String("answers"))) {
                const auto& source = m_answers.at(rng.below(int(m_answers.size())));
                c.input = m_mutations.mutate(source.second, rng, &c.mutation);
                c.mutation = source.first + QLatin1Char(' ') + c.mutation;
                c.args = QStringList(wizard::headless(m_n0, m_s0, c.inputPath))
                         << QStringLiteral("--dry-run");
            } else if (family == QLatin1String("handoff")) {
                c.input = m_mutations.mutate(m_standbyAnswers, rng, &c.mutation);
                c.args = QStringList(wizard::headless(m_n2, m_s1, c.inputPath))
                         << QStringLiteral("--dry-run") << QStringLiteral("--from-owner-record")
                         << m_recordPath;
                c.namedFiles << m_recordPath;
            } else if (family.startsWith(QLatin1String("record"))) {
                c.input = m_mutations.mutateRecord(m_recordSeal, rng,
                                                   family.endsWith(QLatin1String("sealed")), &c.mutation);
                c.args = QStringList(wizard::headless(m_n2, m_s1, m_standbyPath))
                         << QStringLiteral("--dry-run") << QStringLiteral("--from-owner-record")
                         << c.inputPath;
                c.namedFiles << m_standbyPath;
            } else if (family == QLatin1String("checkpoint") ||
                       family == QLatin1String("checkpoint-sealed")) {
                const QString state = dir + QStringLiteral("/state%1").arg(i);
                c.input = m_mutations.mutateRecord(m_checkpointSeal, rng,
                                                   family.endsWith(QLatin1String("sealed")), &c.mutation);
                c.inputPath = state + QStringLiteral("/checkpoint.yaml");
                c.namedFiles = QStringList{c.inputPath};
                const QString format = rng.pick(
                    QList<QString>{QStringLiteral("yaml"), QStringLiteral("yaml"), QStringLiteral("markdown"),
                                   QStringLiteral("html"), QStringLiteral("replay")});
                c.outputPath = dir + QStringLiteral("/export%1.%2").arg(i).arg(format);
                c.args = {QStringLiteral("--headless"), QStringLiteral("--state"), state,
                          QStringLiteral("--export"), format + QLatin1Char(':') + c.outputPath};
            } else { // checkpoint-resume: the node checks on the node copy, every other command fails at once
                c.copiedNode = dir + QStringLiteral("/node%1").arg(i);
                c.input = m_mutations.mutateRecord(m_checkpointSeal, rng, !rng.chance(20), &c.mutation);
                // Half of them with another answers_digest: the checkpoint's (mutated) answers are then read
                // and compared with the given ones (AnswersFile::differences) for the "answers changed"
                // refusal.
                if (const RecordSeal::Check sealed = RecordSeal::check(c.input);
                    sealed.ok() && rng.chance(50)) {
                    QByteArray body = sealed.body;
                    const int at = int(body.indexOf("\nanswers_digest: "));
                    if (at >= 0) {
                        const int end = int(body.indexOf('\n', at + 1));
                        body = body.left(at) +
                               "\nanswers_digest: " + QByteArray(64, "0123456789abcdef"[rng.below(16)]) +
                               (end < 0 ? QByteArray() : body.mid(end));
                        c.input = RecordSeal::seal(body, sealed.steps);
                        c.mutation += QStringLiteral("+digest");
                    }
                }
                c.inputPath = c.copiedNode + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml");
                c.checkpointPath = c.inputPath;
                c.namedFiles = QStringList{c.inputPath, m_ownerPath};
                c.args =
                    wizard::headless(c.copiedNode, c.copiedNode + QStringLiteral("-shared"), m_ownerPath);
                c.env << QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw");
                QVERIFY(copyNode(m_waitingNode, m_waitingShared, c.copiedNode,
                                 c.copiedNode + QStringLiteral("-shared")));
            }
            list.append(c);
        }
        Totals t;
        QStringList violations;
        if (twoPass) {
            const bool full = family == QLatin1String("answers-full");
            m_runner.runAll(list);
            violations << m_runner.judge(family + QStringLiteral("-screen"), list, &t);
            QList<Case> chosen;
            for (const Case& screened : std::as_const(list)) {
                if (screened.hung || screened.crashed || chosen.size() >= cases ||
                    screened.exitCode != (full ? 0 : 2))
                    continue;
                Case c;
                c.index = screened.index;
                c.mutation = screened.mutation;
                c.input = screened.input;
                c.inputPath = screened.inputPath;
                c.namedFiles = screened.namedFiles;
                if (full) {
                    c.args = screened.args;
                } else { // refused in the dry run, so refused for real: nothing may have changed
                    c.mustRefuse = true;
                    c.copiedNode = dir + QStringLiteral("/node%1").arg(screened.index);
                    c.args =
                        wizard::headless(c.copiedNode, c.copiedNode + QStringLiteral("-shared"), c.inputPath);
                    c.env << QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw");
                    QVERIFY(copyNode(m_pristine, m_pristineShared, c.copiedNode,
                                     c.copiedNode + QStringLiteral("-shared")));
                }
                chosen.append(c);
            }
            list = chosen;
        }
        m_runner.runAll(list);
        violations << m_runner.judge(family, list, &t);
        if (nodeState(m_n0, m_s0) != dryNodeBefore)
            violations << QStringLiteral("%1: the dry runs changed the node %2").arg(family, m_n0);
        if (nodeState(m_n2, m_s1) != standbyBefore)
            violations << QStringLiteral("%1: the standby's dry runs changed the node %2").arg(family, m_n2);
        qInfo("fuzz %s: %d cases in %.1f s: %d refused naming a field, %d refused naming the file, %d "
              "accepted, %d other documented exits, %d crashes, %d hangs, %d other contract breaks",
              qPrintable(family), t.tried, clock.elapsed() / 1000.0, t.refusedWithField, t.refusedFileOnly,
              t.accepted, t.otherExit, t.crashes, t.hangs, t.contract);
        m_all.tried += t.tried;
        m_all.refusedWithField += t.refusedWithField;
        m_all.refusedFileOnly += t.refusedFileOnly;
        m_all.accepted += t.accepted;
        m_all.otherExit += t.otherExit;
        m_all.crashes += t.crashes;
        m_all.hangs += t.hangs;
        m_all.contract += t.contract;
        m_broken << violations;
        QDir(dir).removeRecursively();
        QVERIFY2(violations.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 cases broke the contract (seed %3):\n  ")
                                .arg(violations.size())
                                .arg(t.tried)
                                .arg(m_runner.seed) +
                            violations.join(QStringLiteral("\n  "))));
    }

    void cleanupTestCase()
    {
        qInfo("fuzz total (seed %llu): %d cases tried, %d refused with a field named, %d refused naming the "
              "file, %d accepted, %d other documented exits, %d crashes, %d hangs, %d other contract breaks; "
              "%.1f s",
              m_runner.seed, m_all.tried, m_all.refusedWithField, m_all.refusedFileOnly, m_all.accepted,
              m_all.otherExit, m_all.crashes, m_all.hangs, m_all.contract, m_wall.elapsed() / 1000.0);
        if (!m_broken.isEmpty())
            qInfo("fuzz: the inputs that broke the contract are saved in %s", qPrintable(m_runner.findings));
    }
};

QTEST_GUILESS_MAIN(tst_Fuzz)
#include "tst_fuzz.moc"
