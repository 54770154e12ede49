// The procedure catalogs are validated against the step kinds' registry: both shipped catalogs pass and
// expand cleanly for every example answers file (with and without DFS); a misspelt key, an unknown kind or
// parameter, a missing parameter or an id given twice is refused at load and by --validate-catalog, naming
// the step.
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "procedure/Catalog.h"
#include "procedure/CatalogCheck.h"
#include "procedure/StepKind.h"
#include "procedure/StepKindRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dceha;

class tst_Catalog : public QObject
{
    Q_OBJECT

    static QByteArray shipped(const QString& role)
    {
        QFile f(QStringLiteral(DCEHA_SOURCE_DIR "/resources/procedure/%1.yaml").arg(role));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void shippedCatalogsAreValidForEveryExampleAnswers_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("dfs");
        for (const auto& configuration : Answers::configurations())
            for (const char* role : {"owner", "standby"})
                for (const bool dfs : {true, false})
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1 %2 %3")
                                       .arg(configuration, QLatin1String(role),
                                            dfs ? QStringLiteral("dfs") : QStringLiteral("no-dfs"))))
                        << configuration << QString::fromLatin1(role) << dfs;
    }

    void shippedCatalogsAreValidForEveryExampleAnswers()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, role);
        QFETCH(bool, dfs);
        const QStringList problems = CatalogCheck::problems(shipped(role));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QString error;
        const Catalog catalog = Catalog::load(role, &error);
        QVERIFY2(catalog.isValid(), qPrintable(error));
        const AnswersFile::Parsed parsed =
            AnswersFile::parse(wizard::exampleAnswers(configuration, role, dfs));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).text()));
        QStringList unresolved;
        const QList<StepDefinition> steps = catalog.expand(parsed.answers, &unresolved);
        QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(QLatin1Char('\n'))));
        QVERIFY(steps.size() > 10);
        for (const auto& step : steps) {
            QVERIFY2(StepKind::create(step.kind), qPrintable(step.id));
            if (!step.applicable)
                continue;
            // Every required parameter of an applicable step has a value once the templates are filled.
            for (const auto& p : StepKindRegistry::find(step.kind)->parameters)
                if (p.required)
                    QVERIFY2(step.params[p.name].IsDefined() && !step.params[p.name].IsNull(),
                             qPrintable(QStringLiteral("%1: %2").arg(step.id, QLatin1String(p.name))));
        }
    }

    void faultsAreRefusedNamingTheStep_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        // Each a first-occurrence replacement in the owner's catalog.
        QTest::newRow("misspelt when key")
            << QByteArray("not_configurations:") << QByteArray("not_configuraton:")
            << QStringLiteral("steps[1] (id shared-vg).when: unknown key 'not_configuraton'");
        QTest::newRow("unknown kind")
            << QByteArray("kind: volume_group") << QByteArray("kind: volume_grup")
            << QStringLiteral("(id shared-vg).kind: unknown step kind 'volume_grup'");
        QTest::newRow("unknown parameter")
            << QByteArray("pp_size_mb:") << QByteArray("pp_size:")
            << QStringLiteral("(id shared-vg).params: unknown parameter 'pp_size' for a volume_group step");
        QTest::newRow("missing parameter")
            << QByteArray("disks:") << QByteArray("disk:")
            << QStringLiteral("(id shared-vg).params: a volume_group step needs the parameter 'disks'");
        QTest::newRow("unknown step key")
            << QByteArray("    guide:") << QByteArray("    guid:") << QStringLiteral(": unknown key 'guid'");
        QTest::newRow("id twice") << QByteArray("id: shared-jfslog") << QByteArray("id: shared-vg")
                                  << QStringLiteral("'shared-vg' is the id of an earlier step");
        QTest::newRow("format") << QByteArray("dce-ha-wizard-catalog/1")
                                << QByteArray("dce-ha-wizard-catalog/9")
                                << QStringLiteral("format: 'dce-ha-wizard-catalog/9'");
        QTest::newRow("wrong type under when")
            << QByteArray("dfs: true") << QByteArray("dfs: [true]") << QStringLiteral(".when.dfs:");
    }

    void faultsAreRefusedNamingTheStep()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray text = shipped(QStringLiteral("owner"));
        const qsizetype at = text.indexOf(from);
        QVERIFY(at >= 0);
        text.replace(at, from.size(), to);

        const QStringList problems = CatalogCheck::problems(text);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        // At load: refused, not found when the step runs.
        QString error;
        QVERIFY(!Catalog::fromYaml(text, &error).isValid());
        QVERIFY2(error.contains(expected), qPrintable(error));
        // For whoever edits the procedure: the real binary lists it, exit 2.
        QTemporaryDir dir;
        const QString file = wizard::writeFile(dir.path() + QStringLiteral("/catalog.yaml"), text);
        const WizardResult r = wizard::run({QStringLiteral("--validate-catalog"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file + QStringLiteral(": ")) && r.err.contains(expected), qPrintable(r.err));
    }

    void validateCatalogAcceptsTheShippedOnes()
    {
        for (const char* role : {"owner", "standby"}) {
            const QString file =
                QStringLiteral(DCEHA_SOURCE_DIR "/resources/procedure/%1.yaml").arg(QLatin1String(role));
            const WizardResult r = wizard::run({QStringLiteral("--validate-catalog"), file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QStringLiteral("a valid procedure catalog")));
        }
        // Not a regular file: refused at once.
        const WizardResult r = wizard::run({QStringLiteral("--validate-catalog"), QStringLiteral("/tmp")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
