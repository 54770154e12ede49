// The System layer: arguments reach programs whole and uninterpreted, stdin, timeout, exit codes; paths
// resolve under the target root; atomic file replacement keeps mode, makes a backup, and survives a kill
// at any instant (old or new content, never half).
#include "system/AtomicFileWriter.h"
#include "system/CommandMap.h"
#include "system/RealSystem.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace dceha;

class tst_System : public QObject
{
    Q_OBJECT

    static QString helper(const char* name)
    {
        return QStringLiteral(DCEHA_BIN_DIR "/") + QLatin1String(name);
    }

    static RealSystem systemWithPrintArgs(const QString& root)
    {
        CommandMap map;
        map.setPath(QStringLiteral("print_args"), helper("print_args"));
        return RealSystem(root, map);
    }

    static CommandSpec spec(const QString& name, const QStringList& args)
    {
        CommandSpec s;
        s.name = name;
        s.args = args;
        return s;
    }

private Q_SLOTS:
    void argumentsAreNeverInterpreted_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("spaces") << "a b  c";
        QTest::newRow("double quotes") << "say \"hi\"";
        QTest::newRow("single quotes") << "it's";
        QTest::newRow("semicolon") << "x; touch /tmp/pwned";
        QTest::newRow("command substitution") << "$(touch /tmp/pwned)";
        QTest::newRow("backquotes") << "`id`";
        QTest::newRow("newline") << "line1\nline2";
        QTest::newRow("glob") << "*";
        QTest::newRow("redirect") << "> /tmp/pwned";
        QTest::newRow("variable") << "$HOME";
        QTest::newRow("empty") << "";
    }

    void argumentsAreNeverInterpreted()
    {
        QFETCH(QString, argument);
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        const CommandResult r =
            system.run(spec(QStringLiteral("print_args"), {argument, QStringLiteral("next")}));
        QVERIFY(r.ok());
        QCOMPARE(QString::fromUtf8(r.stdOut), QStringLiteral("argc=2\n<%1>\n<next>\nstdin=").arg(argument));
        QCOMPARE(r.argv, (QStringList{helper("print_args"), argument, QStringLiteral("next")}));
    }

    void stdinReachesTheProgram()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        CommandSpec s = spec(QStringLiteral("print_args"), {});
        s.stdinData = "y\n";
        const CommandResult r = system.run(s);
        QVERIFY(r.ok());
        QCOMPARE(QString::fromUtf8(r.stdOut), QStringLiteral("argc=0\nstdin=y\n"));
    }

    void exitCodeAndStderrAreCaptured()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        const CommandResult r =
            system.run(spec(QStringLiteral("print_args"), {QStringLiteral("--exit"), QStringLiteral("3")}));
        QVERIFY(r.started);
        QVERIFY(!r.ok());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.stdErr, QByteArray("to stderr\n"));
    }

    void timeoutKillsTheProgram()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        CommandSpec s = spec(QStringLiteral("print_args"), {QStringLiteral("--sleep"), QStringLiteral("30")});
        s.timeoutMs = 300;
        const CommandResult r = system.run(s);
        QVERIFY(r.timedOut);
        QVERIFY(!r.ok());
        QVERIFY(r.elapsedMs < 10000);
    }

    void unknownCommandIsRefused()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        const CommandResult r =
            system.run(spec(QStringLiteral("rm"), {QStringLiteral("-rf"), QStringLiteral("/")}));
        QVERIFY(!r.started);
        QVERIFY(r.failure.contains(QStringLiteral("no program is known")));
    }

    void missingProgramFails()
    {
        CommandMap map;
        map.setPath(QStringLiteral("mklv"), QStringLiteral("/nonexistent/usr/sbin/mklv"));
        RealSystem system(QStringLiteral("/"), map);
        const CommandResult r = system.run(spec(QStringLiteral("mklv"), {}));
        QVERIFY(!r.started);
        QVERIFY(!r.failure.isEmpty());
    }

    void realNodeTableMapsToAbsolutePaths()
    {
        const CommandMap map = CommandMap::forRealNode();
        CommandMap::Invocation how;
        QVERIFY(map.resolve(QStringLiteral("mklv"), &how));
        QCOMPARE(how.program, QStringLiteral("/usr/sbin/mklv"));
        QVERIFY(map.resolve(QStringLiteral("rc.cluster"), &how));
        QCOMPARE(how.program, QStringLiteral("/usr/sbin/cluster/etc/rc.cluster"));
        for (const auto& name : map.knownNames()) {
            QVERIFY(map.resolve(name, &how));
            QVERIFY2(how.program.startsWith(QLatin1Char('/')), qPrintable(name));
        }
    }

    void simulatedNodeMapsToAixsim()
    {
        const CommandMap map = CommandMap::forSimulatedNode(QStringLiteral("/x/aixsim"), QStringLiteral("/r"),
                                                            QStringLiteral("/s"));
        CommandMap::Invocation how;
        QVERIFY(map.resolve(QStringLiteral("lsvg"), &how));
        QCOMPARE(how.program, QStringLiteral("/x/aixsim"));
        QCOMPARE(how.leadingArgs, (QStringList{"--root", "/r", "--shared-dasd", "/s", "lsvg"}));
    }

    void pathsResolveUnderTheRoot()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        QCOMPARE(system.hostPath(QStringLiteral("/etc/services")),
                 dir.path() + QStringLiteral("/etc/services"));
        QVERIFY(system.makeDirectory(QStringLiteral("/etc")).isEmpty());
        QVERIFY(system.writeFile(QStringLiteral("/etc/services"), "x\n").ok);
        QCOMPARE(*system.readFile(QStringLiteral("/etc/services")), QByteArray("x\n"));
        QVERIFY(system.makeSymlink(QStringLiteral("/.../cell/fs"), QStringLiteral("/:")).isEmpty());
        QCOMPARE(*system.linkTarget(QStringLiteral("/:")), QStringLiteral("/.../cell/fs"));
        QVERIFY(!system.linkTarget(QStringLiteral("/etc/services")));
        const RealSystem rootSystem(QStringLiteral("/"), CommandMap());
        QCOMPARE(rootSystem.hostPath(QStringLiteral("/etc")), QStringLiteral("/etc"));
    }

    void writeKeepsModeAndMakesBackup()
    {
        QTemporaryDir dir;
        RealSystem system = systemWithPrintArgs(dir.path());
        system.makeDirectory(QStringLiteral("/etc"));
        const QString host = system.hostPath(QStringLiteral("/etc/environment"));
        QFile f(host);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PATH=/usr/bin\n");
        f.close();
        ::chmod(QFile::encodeName(host).constData(), 0640);

        const FileEdit edit = system.writeFile(QStringLiteral("/etc/environment"), "PATH=/usr/bin\nX=1\n");
        QVERIFY(edit.ok);
        QVERIFY(edit.changed);
        QCOMPARE(edit.sha256Before, AtomicFileWriter::sha256Hex("PATH=/usr/bin\n"));
        QCOMPARE(edit.sha256After, AtomicFileWriter::sha256Hex("PATH=/usr/bin\nX=1\n"));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(host).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
        QVERIFY(edit.backupPath.startsWith(QStringLiteral("/etc/environment.dce-ha-wizard.")));
        QCOMPARE(*system.readFile(edit.backupPath), QByteArray("PATH=/usr/bin\n"));
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path() + QStringLiteral("/etc")).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // The same content again changes nothing (and makes no new backup).
        const FileEdit again = system.writeFile(QStringLiteral("/etc/environment"), "PATH=/usr/bin\nX=1\n");
        QVERIFY(again.ok);
        QVERIFY(!again.changed);
        QVERIFY(again.backupPath.isEmpty());
    }

    /** kill -9 at random instants of a replacement: the file is always the old or the new content. */
    void atomicReplaceSurvivesKill()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/services");
        const QByteArray oldContent(4 * 1024 * 1024, 'a');
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(oldContent);
        }
        int sawOld = 0;
        int sawNew = 0;
        for (int i = 0; i < 40; ++i) {
            const char fill = (i % 2) ? 'a' : 'b';
            QProcess writer;
            writer.start(helper("atomic_writer"), {file, QString(QLatin1Char(fill)), QStringLiteral("30")});
            QVERIFY(writer.waitForStarted());
            QThread::msleep(QRandomGenerator::global()->bounded(60));
            writer.kill();
            writer.waitForFinished();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray now = f.readAll();
            QCOMPARE(now.size(), oldContent.size());
            const bool allA = now.count('a') == now.size();
            const bool allB = now.count('b') == now.size();
            QVERIFY2(allA || allB, "the file holds a mix of old and new content");
            (allA == (fill == 'a') ? sawNew : sawOld) += 1;
        }
        qInfo("kills before the rename: %d, after: %d", sawOld, sawNew);
    }
};

QTEST_GUILESS_MAIN(tst_System)
#include "tst_system.moc"
