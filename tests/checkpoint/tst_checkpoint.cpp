// The checkpoint as a run keeps it: written whole at the run's start and end, each step change in between
// appended to its journal. What a crash can leave (a journal cut anywhere in its last entry, a journal left
// by an earlier checkpoint) reads back as the last change that was saved; what a damaged disk leaves (a
// whole entry that does not match, or does not fit) is refused; a failed append leaves the files as they
// were and the run can go on from there. Long outputs are kept aside, written once, read back checked, and
// not read at all to decide where to resume.
#include "procedure/Checkpoint.h"
#include "procedure/RecordFile.h"
#include "system/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace dceha;

class tst_Checkpoint : public QObject
{
    Q_OBJECT

    static RunRecord sample(int steps)
    {
        RunRecord r;
        r.hostname = QStringLiteral("node1");
        r.role = QStringLiteral("owner");
        r.configuration = QStringLiteral("hot-standby-cascading");
        r.answersYaml = "role: owner\n";
        r.startedAt = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000"), Qt::ISODateWithMs);
        for (int i = 0; i < steps; ++i) {
            StepRecord s;
            s.id = QStringLiteral("step-%1").arg(i);
            s.title = QStringLiteral("Step %1").arg(i);
            r.steps << s;
        }
        return r;
    }

    /** Step @p index run with a command that printed @p lines lines. */
    static void change(RunRecord& r, int index, StepRecord::Status status, int lines = 3)
    {
        StepRecord& s = r.steps[index];
        s.status = status;
        ActionRecord a;
        a.type = ActionRecord::Type::Command;
        a.argv = {QStringLiteral("mklv"), QStringLiteral("-y"), s.id};
        a.exitCode = 0;
        for (int l = 0; l < lines; ++l)
            a.stdOut += QStringLiteral("line %1 of %2\n").arg(l).arg(s.id);
        a.at = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:01.000"), Qt::ISODateWithMs);
        s.actions << a;
    }

    /** Step @p index run as change() says, and saved as the run saves it: journalled. */
    static bool journalled(const Checkpoint& checkpoint, RunRecord& r, int index, StepRecord::Status status,
                           int lines = 3)
    {
        change(r, index, status, lines);
        return checkpoint.saveStep(r, index);
    }

    static QByteArray yamlOf(const QString& stateDir)
    {
        RunRecord r;
        QString error;
        if (!Checkpoint(stateDir).load(&r, &error))
            return "refused: " + error.toUtf8();
        return r.toYaml();
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }

private Q_SLOTS:
    void changesBetweenWholeWritesAreJournalled()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(4);
        QVERIFY(checkpoint.save(r));
        const QByteArray whole = read(checkpoint.path());
        for (int i = 0; i < 4; ++i) {
            change(r, i, StepRecord::Status::Running);
            QVERIFY(checkpoint.saveStep(r, i));
            change(r, i, StepRecord::Status::Done, 200);
            QVERIFY(checkpoint.saveStep(r, i));
        }
        // checkpoint.yaml itself is untouched: every change is in the journal, and a reader sees them all.
        QCOMPARE(read(checkpoint.path()), whole);
        QVERIFY(QFile::exists(checkpoint.journalPath()));
        QCOMPARE(yamlOf(dir.path()), r.toYaml());
        // Written whole again (the run's end): one file, no journal.
        QVERIFY(checkpoint.save(r));
        QVERIFY(!QFile::exists(checkpoint.journalPath()));
        QCOMPARE(yamlOf(dir.path()), r.toYaml());
    }

    void aResumedRunAppendsToTheJournalItRead()
    {
        QTemporaryDir dir;
        RunRecord r = sample(3);
        {
            Checkpoint first(dir.path());
            QVERIFY(first.save(r));
            change(r, 0, StepRecord::Status::Done);
            QVERIFY(first.saveStep(r, 0));
        }
        Checkpoint second(dir.path());
        RunRecord loaded;
        QString error;
        QVERIFY2(second.load(&loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toYaml(), r.toYaml());
        change(loaded, 1, StepRecord::Status::Done);
        QVERIFY(second.saveStep(loaded, 1));
        QCOMPARE(yamlOf(dir.path()), loaded.toYaml());
    }

    void aCutLastEntryIsTheChangeThatWasNotSaved_data()
    {
        QTest::addColumn<int>(
            "keep"); // bytes of the last entry left by the crash (<0: counted from a landmark)
        QTest::newRow("none of it") << 0;
        QTest::newRow("part of its line") << 5;
        QTest::newRow("its line without the newline") << -2;
        QTest::newRow("its line") << -1;
        QTest::newRow("half of it") << 1000;
        QTest::newRow("all but one byte") << -3;
    }

    void aCutLastEntryIsTheChangeThatWasNotSaved()
    {
        QFETCH(int, keep);
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        const RunRecord saved = r;
        const qint64 before = QFileInfo(checkpoint.journalPath()).size();
        QVERIFY(journalled(checkpoint, r, 1, StepRecord::Status::Done, 100));
        const QByteArray journal = read(checkpoint.journalPath());
        const QByteArray last = journal.mid(before);
        const qsizetype lineEnd = last.indexOf('\n');
        qsizetype cut = keep;
        if (keep == -1)
            cut = lineEnd + 1;
        else if (keep == -2)
            cut = lineEnd;
        else if (keep == -3)
            cut = last.size() - 1;
        QVERIFY(cut < last.size());
        write(checkpoint.journalPath(), journal.left(before + cut));
        QCOMPARE(yamlOf(dir.path()), saved.toYaml());
        // The resumed run's next change follows the last whole entry: the cut one is gone.
        Checkpoint resumed(dir.path());
        RunRecord loaded;
        QString error;
        QVERIFY2(resumed.load(&loaded, &error), qPrintable(error));
        change(loaded, 2, StepRecord::Status::Done);
        QVERIFY(resumed.saveStep(loaded, 2));
        QCOMPARE(yamlOf(dir.path()), loaded.toYaml());
        QVERIFY(!read(checkpoint.journalPath()).contains("line 99 of step-1"));
    }

    void aDamagedJournalIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("why");
        QTest::newRow("an output changed") << QByteArray("line 1 of step-0") << QByteArray("line 1 of step-X")
                                           << QStringLiteral("does not match its checksum");
        QTest::newRow("an entry line garbled")
            << QByteArray("# entry step=1 ") << QByteArray("# entry stop=1 ") << QStringLiteral("malformed");
        // A flipped digit breaks the line's own check: damage, never taken for a cut append.
        QTest::newRow("an entry's length changed")
            << QByteArray("# entry step=1 bytes=") << QByteArray("# entry step=1 bytes=9")
            << QStringLiteral("malformed");
        // Lines made whole again (their check recomputed): they parse, and do not fit.
        QTest::newRow("a step the checkpoint does not hold")
            << QByteArray("# entry step=1 ") << QByteArray("# entry step=7 ")
            << QStringLiteral("which the checkpoint does not hold there");
        QTest::newRow("another step's place")
            << QByteArray("# entry step=1 ") << QByteArray("# entry step=2 ")
            << QStringLiteral("which the checkpoint does not hold there");
        QTest::newRow("not a journal") << QByteArray("# dce-ha-wizard-journal/1") << QByteArray("# something")
                                       << QStringLiteral("does not start with the journal's line");
        QTest::newRow("its base changed")
            << QByteArray("base=") << QByteArray("base=0") << QStringLiteral("does not match its own check");
    }

    /** The line starting at @p at with its check recomputed, as the wizard would have written it. */
    static void recheck(QByteArray& journal, qsizetype at)
    {
        const qsizetype end = journal.indexOf('\n', at);
        const QByteArray line = journal.mid(at, end - at);
        const qsizetype check = line.indexOf(" check=");
        const QByteArray fields = line.mid(8, check - 8); // after "# entry "
        journal.replace(at, end - at,
                        line.left(check) + " check=" + AtomicFileWriter::sha256Hex(fields).left(16));
    }

    void aDamagedJournalIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, why);
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        QVERIFY(journalled(checkpoint, r, 1, StepRecord::Status::Done));
        QVERIFY(journalled(checkpoint, r, 2, StepRecord::Status::Running));
        QByteArray journal = read(checkpoint.journalPath());
        QVERIFY(journal.contains(from));
        const qsizetype at = journal.indexOf(from);
        journal.replace(at, from.size(), to);
        if (QByteArray(QTest::currentDataTag()).contains("step"))
            recheck(journal, at);
        write(checkpoint.journalPath(), journal);
        RunRecord loaded;
        QString error;
        QVERIFY(!Checkpoint(dir.path()).load(&loaded, &error));
        QVERIFY2(error.contains(why) && error.contains(checkpoint.journalPath()) &&
                     error.contains(QLatin1String("--restart")),
                 qPrintable(error));
    }

    /** A power loss need not keep a write's order: the last append can be there at its full length, its
     * bytes not (zeros). Nothing follows it: it is the change that was not saved, not damage. */
    void aLastEntryLeftUnwrittenIsTheChangeThatWasNotSaved()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        const RunRecord saved = r;
        const qint64 before = QFileInfo(checkpoint.journalPath()).size();
        QVERIFY(journalled(checkpoint, r, 1, StepRecord::Status::Done, 50));
        QByteArray journal = read(checkpoint.journalPath());
        const qsizetype bodyAt = journal.indexOf('\n', before) + 1;
        journal.replace(bodyAt, journal.size() - bodyAt, QByteArray(journal.size() - bodyAt, '\0'));
        write(checkpoint.journalPath(), journal);
        QCOMPARE(yamlOf(dir.path()), saved.toYaml());
        // Its line zeroed too.
        journal.replace(before, journal.size() - before, QByteArray(journal.size() - before, '\0'));
        write(checkpoint.journalPath(), journal);
        QCOMPARE(yamlOf(dir.path()), saved.toYaml());
        // The run goes on after the last whole entry.
        Checkpoint resumed(dir.path());
        RunRecord loaded;
        QString error;
        QVERIFY2(resumed.load(&loaded, &error), qPrintable(error));
        QVERIFY(journalled(resumed, loaded, 2, StepRecord::Status::Done));
        QCOMPARE(yamlOf(dir.path()), loaded.toYaml());
    }

    void aJournalLeftByAnEarlierCheckpointIsIgnored()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        const QByteArray old = read(checkpoint.journalPath());
        // Written whole (it holds step 0's change), and the crash came before the journal was removed.
        change(r, 1, StepRecord::Status::Failed);
        QVERIFY(checkpoint.save(r));
        write(checkpoint.journalPath(), old);
        QCOMPARE(yamlOf(dir.path()), r.toYaml());
    }

    void archiveSetsTheWholeRecordAside()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(2);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        QString error;
        const QString aside = checkpoint.archive(&error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(!checkpoint.exists());
        QVERIFY(!QFile::exists(checkpoint.journalPath()));
        RunRecord archived;
        QVERIFY2(RecordFile::read(aside, &archived, &error), qPrintable(error));
        QCOMPARE(archived.toYaml(), r.toYaml());
        // A new run's checkpoint there starts without the old journal.
        RunRecord fresh = sample(2);
        QVERIFY(checkpoint.saveStep(fresh, 0));
        QCOMPARE(yamlOf(dir.path()), fresh.toYaml());
    }

    void longOutputsAreKeptAsideAndReadBackWhole()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        change(r, 0, StepRecord::Status::Done, 5000); // about 100 KB: aside
        change(r, 1, StepRecord::Status::Done, 3);    // a few bytes: inline
        const QByteArray whole = r.toYaml();
        QVERIFY(checkpoint.saveStep(r, 0));
        QVERIFY(checkpoint.saveStep(r, 1));
        QVERIFY(r.steps[0].actions[0].stdOutStored.isSet());
        QVERIFY(!r.steps[1].actions[0].stdOutStored.isSet());
        const qint64 outputs = QFileInfo(checkpoint.outputsPath()).size();
        QVERIFY(outputs > 5000 * 15);
        // Written once: the run's end writes the record whole again, the output is only named.
        QVERIFY(checkpoint.save(r));
        QCOMPARE(QFileInfo(checkpoint.outputsPath()).size(), outputs);
        QVERIFY(QFileInfo(checkpoint.path()).size() < 8000);
        QVERIFY(!read(checkpoint.path()).contains("line 4999 of step-0"));
        QCOMPARE(yamlOf(dir.path()), whole);

        // A resume reads the steps only; the outputs come back when the record is wanted.
        Checkpoint resumed(dir.path());
        RunRecord later;
        QString error;
        QVERIFY2(resumed.load(&later, &error, Checkpoint::Outputs::Later), qPrintable(error));
        QVERIFY(later.steps[0].actions[0].stdOut.isEmpty());
        QCOMPARE(later.steps[1].actions[0].stdOut, r.steps[1].actions[0].stdOut);
        // Saved again as it is (a resumed run's start): still named, never written empty.
        QVERIFY(resumed.save(later));
        QCOMPARE(QFileInfo(checkpoint.outputsPath()).size(), outputs);
        QVERIFY2(resumed.readOutputs(later, &error), qPrintable(error));
        QCOMPARE(later.toYaml(), whole);
        QCOMPARE(yamlOf(dir.path()), whole);
    }

    void aDamagedOutputIsSaidWhereItWas()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(2);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done, 5000));
        QByteArray outputs = read(checkpoint.outputsPath());
        outputs.replace("line 2500 of step-0", "line 2500 of step-X");
        write(checkpoint.outputsPath(), outputs);
        RunRecord loaded;
        QString error;
        // Shown or exported: refused, naming the file and the place.
        QVERIFY(!Checkpoint(dir.path()).load(&loaded, &error));
        QVERIFY2(error.contains(checkpoint.outputsPath()) && error.contains(QLatin1String("checksum")),
                 qPrintable(error));
        // Resumed: the steps are read; the lost output says so in the record, in its place.
        QVERIFY2(Checkpoint(dir.path()).load(&loaded, &error, Checkpoint::Outputs::Later), qPrintable(error));
        QVERIFY(!checkpoint.readOutputs(loaded, &error));
        QVERIFY(loaded.steps[0].actions[0].stdOut.contains(QLatin1String("could not be read back")));
        // Set aside by --restart: the damaged files beside it, never read into a new run.
        const QString aside = checkpoint.archive(&error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(!QFile::exists(checkpoint.outputsPath()));
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("checkpoint.outputs.*")}).isEmpty());
    }

    void aFailedAppendLeavesTheFilesAsTheyWere()
    {
        QTemporaryDir dir;
        Checkpoint checkpoint(dir.path());
        RunRecord r = sample(3);
        QVERIFY(checkpoint.save(r));
        QVERIFY(journalled(checkpoint, r, 0, StepRecord::Status::Done));
        const RunRecord saved = r;
        const QByteArray journal = read(checkpoint.journalPath());
        // A disk that fills up mid-entry, as a file size limit: write() writes part of it, then EFBIG. The
        // step's output (kept aside, written first) is cut short, and nothing names it.
        change(r, 1, StepRecord::Status::Done, 5000);
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = rlim_t(journal.size() + 4096);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool appended = checkpoint.saveStep(r, 1, &error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!appended);
        QVERIFY2(error.contains(checkpoint.outputsPath()) && error.contains(QLatin1String("EFBIG")),
                 qPrintable(error));
        QCOMPARE(read(checkpoint.journalPath()), journal);
        QVERIFY(!QFile::exists(checkpoint.outputsPath()) || QFileInfo(checkpoint.outputsPath()).size() == 0);
        QCOMPARE(yamlOf(dir.path()), saved.toYaml());
        // With room again, the same change is saved after the last whole entry.
        QVERIFY2(checkpoint.saveStep(r, 1, &error), qPrintable(error));
        QCOMPARE(yamlOf(dir.path()), r.toYaml());

        // The journal's own entry cut short the same way (an output short enough to stay inline).
        const RunRecord lastSaved = r;
        const QByteArray journalBefore = read(checkpoint.journalPath());
        change(r, 2, StepRecord::Status::Done, 300);
        std::signal(SIGXFSZ, SIG_IGN);
        small.rlim_cur = rlim_t(journalBefore.size() + 100);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool journalled = checkpoint.saveStep(r, 2, &error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!journalled);
        QVERIFY2(error.contains(checkpoint.journalPath()), qPrintable(error));
        QCOMPARE(read(checkpoint.journalPath()), journalBefore);
        QCOMPARE(yamlOf(dir.path()), lastSaved.toYaml());
    }
};

QTEST_GUILESS_MAIN(tst_Checkpoint)
#include "tst_checkpoint.moc"
