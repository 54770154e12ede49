// Every YAML file shipped under resources/ loads; the simulator's message table is well formed; every
// command the simulated node answers to has a program on a real node.
#include "system/CommandMap.h"

#include <QDirIterator>
#include <QProcess>
#include <QtTest>
#include <yaml-cpp/yaml.h>

class tst_Resources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyYamlFileLoads_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(DCEHA_SOURCE_DIR "/resources"),
                        {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(int(qstrlen(DCEHA_SOURCE_DIR)) + 1))) << path;
            ++count;
        }
        QVERIFY(count >= 3);
    }

    void everyYamlFileLoads()
    {
        QFETCH(QString, path);
        try {
            const YAML::Node root = YAML::LoadFile(QFile::encodeName(path).toStdString());
            QVERIFY(root.IsMap());
            QVERIFY(root.size() > 0);
        } catch (const YAML::Exception& e) {
            QFAIL(e.what());
        }
    }

    void messageTableIsWellFormed()
    {
        const YAML::Node root = YAML::LoadFile(DCEHA_SOURCE_DIR "/resources/aixsim/messages.yaml");
        QVERIFY(root["messages"].IsMap());
        for (const auto& m : root["messages"]) {
            QVERIFY(m.second["text"].IsScalar());
            QVERIFY(m.second["confirmed"].IsScalar());
            const QString id = QString::fromStdString(m.first.as<std::string>());
            const QString text = QString::fromStdString(m.second["text"].as<std::string>());
            // LVM messages start with their number, JFS ones carry it after the program name.
            if (id.startsWith(QLatin1String("0516-")))
                QVERIFY2(text.startsWith(id), qPrintable(id));
            if (id.startsWith(QLatin1String("0506-")))
                QVERIFY2(text.contains(QStringLiteral(": ") + id + QLatin1Char(' ')), qPrintable(id));
        }
        for (const auto& f : root["injected_failures"]) {
            QVERIFY(f.second["messages"].size() > 0);
            QVERIFY(f.second["exit"].as<int>() != 0);
        }
    }

    void everySimulatedCommandHasARealProgram()
    {
        QProcess p;
        p.start(QStringLiteral(DCEHA_BIN_DIR "/aixsim"), {QStringLiteral("--list-commands")});
        QVERIFY(p.waitForFinished());
        const QStringList simulated =
            QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(simulated.size() > 30);
        const dceha::CommandMap real = dceha::CommandMap::forRealNode();
        const YAML::Node failures =
            YAML::LoadFile(DCEHA_SOURCE_DIR "/resources/aixsim/messages.yaml")["injected_failures"];
        for (const auto& name : simulated) {
            // The simulator's own: a real node is powered on by hand, and the demo application stands for
            // the administrator's own programs.
            if (name == QLatin1String("poweron") || name == QLatin1String("dceapp"))
                continue;
            dceha::CommandMap::Invocation how;
            QVERIFY2(real.resolve(name, &how), qPrintable(name));
            QVERIFY2(failures[name.toStdString()],
                     qPrintable(QStringLiteral("no injected failure for ") + name));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Resources)
#include "tst_resources.moc"
