// The installed copy, as the Debian package lays it out: `cmake --install` into a temporary DESTDIR, then the
// installed programs run from there with nothing of the build tree (the procedure, the examples and the
// translations are in the programs, the simulated node beside the wizard); --version and --help agree with
// the man page; the package CPack builds declares its dependencies and holds the same files.
#include "Wizard.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class tst_Install : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_usr;

    struct Ran
    {
        int exitCode = -1;
        QString out;
    };
    /** @p program with @p args, the build tree out of reach (no DCEHA_AIXSIM, no build directory in PATH). */
    static Ran run(const QString& program, const QStringList& args, const QStringList& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DCEHA_AIXSIM"));
        for (const auto& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return {-2, QString::fromUtf8(p.readAll())};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }
    static QString buildDir() { return QFileInfo(QStringLiteral(DCEHA_BIN_DIR)).absolutePath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Ran r =
            run(QStringLiteral("cmake"),
                {QStringLiteral("--install"), buildDir(), QStringLiteral("--prefix"), QStringLiteral("/usr")},
                {QStringLiteral("DESTDIR=") + m_dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        m_usr = m_dir.path() + QStringLiteral("/usr");
    }

    void theLayoutIsADebianOne_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* path :
             {"bin/dce-ha-wizard", "bin/aixsim", "libexec/dce-ha-wizard/dce-ha-wizard-gui",
              "share/man/man1/dce-ha-wizard.1", "share/man/man1/aixsim.1",
              "share/applications/dce-ha-wizard.desktop", "share/metainfo/dce-ha-wizard.metainfo.xml",
              "share/doc/dce-ha-wizard/README.md",
              "share/doc/dce-ha-wizard/examples/hot-standby-cascading-owner.yaml",
              "share/doc/dce-ha-wizard/examples/mutual-takeover-cascading-standby.yaml",
              "share/doc/dce-ha-wizard/script-templates/start.ksh",
              "share/dce-ha-wizard/capture-cluster.ksh"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void theLayoutIsADebianOne()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo::exists(m_usr + QLatin1Char('/') + path), qPrintable(path));
        if (path.startsWith(QLatin1String("bin/")) || path.startsWith(QLatin1String("libexec/")))
            QVERIFY(QFileInfo(m_usr + QLatin1Char('/') + path).isExecutable());
    }

    void versionAndHelpAgreeWithTheManPage()
    {
        const Ran version = run(m_usr + QStringLiteral("/bin/dce-ha-wizard"), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        static const QRegularExpression number(QStringLiteral("^dce-ha-wizard (\\d+\\.\\d+\\.\\d+)\\n$"));
        const QRegularExpressionMatch m = number.match(version.out);
        QVERIFY2(m.hasMatch(), qPrintable(version.out));
        const QString man = wizard::readFile(m_usr + QStringLiteral("/share/man/man1/dce-ha-wizard.1"));
        QVERIFY2(man.contains(QStringLiteral("\"dce-ha-wizard ") + m.captured(1) + QLatin1Char('"')),
                 "the man page's header names another version");
        const Ran help = run(m_usr + QStringLiteral("/bin/dce-ha-wizard"), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // Every long option --help lists is in the man page, and every one the man page lists is in --help.
        static const QRegularExpression inHelp(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                               QRegularExpression::MultilineOption);
        static const QRegularExpression inMan(
            QStringLiteral("^\\.B[IR]? (?:\\\\-\\w \", \" )?\\\\-\\\\-([a-z][a-z\\\\-]*)"),
            QRegularExpression::MultilineOption);
        QSet<QString> helpOptions, manOptions;
        for (auto it = inHelp.globalMatch(help.out); it.hasNext();)
            helpOptions.insert(it.next().captured(1));
        for (auto it = inMan.globalMatch(man); it.hasNext();)
            manOptions.insert(it.next().captured(1).remove(QLatin1Char('\\')));
        QVERIFY(helpOptions.size() > 30);
        const QSet<QString> missingInMan = helpOptions - manOptions;
        const QSet<QString> missingInHelp = manOptions - helpOptions;
        QVERIFY2(missingInMan.isEmpty(),
                 qPrintable(QStringList(missingInMan.cbegin(), missingInMan.cend()).join(' ')));
        QVERIFY2(missingInHelp.isEmpty(),
                 qPrintable(QStringList(missingInHelp.cbegin(), missingInHelp.cend()).join(' ')));
    }

    /** The installed wizard's dry run on a simulated node, with an installed example and the installed
     * aixsim. */
    void theInstalledDryRunWorks()
    {
        const QString root = m_dir.path() + QStringLiteral("/node1");
        const QString shared = m_dir.path() + QStringLiteral("/shared");
        const Ran r =
            run(m_usr + QStringLiteral("/bin/dce-ha-wizard"),
                {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("--root"), root,
                 QStringLiteral("--shared-dasd"), shared, QStringLiteral("--answers"),
                 m_usr + QStringLiteral("/share/doc/dce-ha-wizard/examples/hot-standby-cascading-owner.yaml"),
                 QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000)));
        QVERIFY2(r.out.contains(QStringLiteral("Dry run (nothing is changed): owner node node1")),
                 qPrintable(r.out.left(2000)));
        QVERIFY(r.out.contains(QStringLiteral("What this run destroys or interrupts:")));
        // The simulated node it asked is the installed aixsim's.
        const Ran sim = run(m_usr + QStringLiteral("/bin/aixsim"),
                            {QStringLiteral("--root"), root, QStringLiteral("--shared-dasd"), shared,
                             QStringLiteral("lsvg")});
        QCOMPARE(sim.exitCode, 0);
        QCOMPARE(sim.out, QStringLiteral("rootvg\n"));
    }

    void theDebianPackageDeclaresItsDependencies()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("dpkg-dev is not installed (scripts/ensure-deps.sh installs it)");
        const QString out = m_dir.path() + QStringLiteral("/deb");
        const Ran cpack = run(QStringLiteral("cpack"), {QStringLiteral("-G"), QStringLiteral("DEB"),
                                                        QStringLiteral("-B"), out, QStringLiteral("--config"),
                                                        buildDir() + QStringLiteral("/CPackConfig.cmake")});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out.right(3000)));
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        const QString deb = out + QLatin1Char('/') + debs.first();
        const Ran depends =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
        QCOMPARE(depends.exitCode, 0);
        for (const char* package :
             {"libqt6core6", "libqt6widgets6", "libqt6svg6", "libyaml-cpp", "openssh-client", "libc6"})
            QVERIFY2(depends.out.contains(QLatin1String(package)),
                     qPrintable(package + QStringLiteral(": ") + depends.out));
        const Ran contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
        for (const char* file :
             {"./usr/bin/dce-ha-wizard", "./usr/bin/aixsim", "./usr/libexec/dce-ha-wizard/dce-ha-wizard-gui",
              "./usr/share/man/man1/dce-ha-wizard.1", "./usr/share/applications/dce-ha-wizard.desktop"})
            QVERIFY2(contents.out.contains(QLatin1String(file)), file);
    }
};

QTEST_GUILESS_MAIN(tst_Install)
#include "tst_install.moc"
