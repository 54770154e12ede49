// kill -9 at random instants of a full owner run (every simulated command slowed down so the kill can land
// inside one), then resume: the run always completes, the node ends as after an uninterrupted run, no line is
// duplicated, and the checkpoint always loads.
#include "Wizard.h"
#include "procedure/Record.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

class tst_Interruption : public QObject
{
    Q_OBJECT

    static constexpr int kDelayMs = 10;

    QString m_answers;
    QString m_reference;
    qint64 m_durationMs = 0;
    QTemporaryDir m_dir;

    static QString state(const SimNode& node)
    {
        return wizard::snapshot(node).replace(node.root(), QStringLiteral("ROOT"));
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

private Q_SLOTS:
    void initTestCase()
    {
        m_answers = wizard::writeFile(
            m_dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const QString root = m_dir.path() + QStringLiteral("/reference/node1");
        const QString shared = m_dir.path() + QStringLiteral("/reference/shared");
        const SimNode node(root, shared);
        node.ok(QStringLiteral("hostname"));
        QElapsedTimer clock;
        clock.start();
        const WizardResult r = wizard::run(wizard::headless(root, shared, m_answers),
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw"),
                                            QStringLiteral("AIXSIM_DELAY_MS=%1").arg(kDelayMs)});
        m_durationMs = clock.elapsed();
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        m_reference = state(node);
        qInfo("uninterrupted run: %lld ms", m_durationMs);
    }

    void killAndResume_data()
    {
        QTest::addColumn<int>("killAfterMs");
        // Spread over the whole run, plus random instants: 52 interruptions.
        for (int i = 0; i < 26; ++i)
            QTest::newRow(qPrintable(QStringLiteral("spread %1").arg(i))) << int(m_durationMs * i / 26);
        for (int i = 0; i < 26; ++i)
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i)))
                << int(QRandomGenerator::global()->bounded(m_durationMs));
    }

    void killAndResume()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        const SimNode node(root, shared);
        node.ok(QStringLiteral("hostname"));

        QProcess interrupted;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DCE_CELL_ADMIN_PASSWORD"), QStringLiteral("pw"));
        env.insert(QStringLiteral("AIXSIM_DELAY_MS"), QString::number(kDelayMs));
        interrupted.setProcessEnvironment(env);
        interrupted.start(wizard::binary(), wizard::headless(root, shared, m_answers));
        QVERIFY(interrupted.waitForStarted());
        QThread::msleep(ulong(killAfterMs));
        interrupted.kill();
        interrupted.waitForFinished();

        const QString checkpoint = root + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml");
        if (QFileInfo::exists(checkpoint)) {
            dceha::RunRecord record;
            QString error;
            QVERIFY2(dceha::RunRecord::fromYaml(wizard::readFile(checkpoint).toUtf8(), &record, &error),
                     qPrintable(error));
        }

        const WizardResult resumed = wizard::run(wizard::headless(root, shared, m_answers),
                                                 {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(resumed.exitCode == 3, qPrintable((resumed.out + resumed.err).right(900)));
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
