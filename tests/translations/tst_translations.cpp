// The translations: complete for every string the GUI and the catalogs show, placeholders and mnemonics kept,
// and a language switch that changes what the wizard says.
#include "gui/Language.h"
#include "procedure/StepMessage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <yaml-cpp/yaml.h>

namespace {

const QString kSource = QStringLiteral(DCEHA_SOURCE_DIR);

/** One message of a .ts file. */
struct Message
{
    QString context, source, comment, translation, type;
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString& file)
{
    QList<Message> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context"))
            context.clear();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message{context, {}, {}, {}, {}};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            m.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << m;
        }
    }
    return out;
}

QString cString(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

/** translations/procedure_strings.cpp as the catalogs make it. */
QString procedureStrings()
{
    QString out = QStringLiteral(
        "// Generated from resources/procedure/*.yaml by tests/translations/tst_translations.cpp (run it\n"
        "// with DCEHA_UPDATE_GOLDEN=1 after changing a catalog): the step titles, guide references,\n"
        "// descriptions, instructions and the drill's stages, for lupdate. Never compiled. The engine\n"
        "// fills ${name} after translating: keep them as they are.\n"
        "// clang-format off\n"
        "static const char* const procedureStrings[] = {\n");
    for (const auto& role : {QStringLiteral("owner"), QStringLiteral("standby"), QStringLiteral("drill")}) {
        const YAML::Node root = YAML::LoadFile(
            (kSource + QStringLiteral("/resources/procedure/%1.yaml").arg(role)).toStdString());
        for (const auto& step : root["steps"]) {
            const QString id = QString::fromStdString(step["id"].as<std::string>());
            for (const char* field : {"title", "guide", "description", "instructions"}) {
                if (!step[field])
                    continue;
                QString text = QString::fromStdString(step[field].as<std::string>());
                // As the engine reads them (Catalog::expand): titles simplified, the rest verbatim.
                if (QLatin1String(field) == QLatin1String("title"))
                    text = text.simplified();
                out += QStringLiteral("    //: %1.yaml, step %2, %3\n").arg(role, id, QLatin1String(field));
                out += QStringLiteral("    QT_TRANSLATE_NOOP(\"procedure\", %1),\n").arg(cString(text));
            }
            // The drill's stages name the Failover test page's timeline columns.
            if (step["params"] && step["params"]["stage"]) {
                out += QStringLiteral("    //: %1.yaml, step %2, stage (a column of the drill's timeline)\n")
                           .arg(role, id);
                out += QStringLiteral("    QT_TRANSLATE_NOOP(\"procedure\", %1),\n")
                           .arg(cString(QString::fromStdString(step["params"]["stage"].as<std::string>())));
            }
        }
    }
    out += QStringLiteral("};\n// clang-format on\n");
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%\\d+|\\$\\{[^}]+\\}"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

int mnemonics(const QString& text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return int(t.count(QLatin1Char('&')));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void procedureStringsMatchTheCatalogs()
    {
        const QString file = kSource + QStringLiteral("/translations/procedure_strings.cpp");
        const QString expected = procedureStrings();
        if (qEnvironmentVariableIsSet("DCEHA_UPDATE_GOLDEN")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(expected.toUtf8());
        }
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(QString::fromUtf8(in.readAll()) == expected,
                 "translations/procedure_strings.cpp is older than the catalogs: run tst_translations with "
                 "DCEHA_UPDATE_GOLDEN=1, then update_translations");
    }

    void theEngineListNamesEveryFileWithTranslatableStrings()
    {
        // The one list the build gives lupdate: an engine file with a translatable string left off it would
        // have its strings untranslated and unnoticed.
        const QStringList listed = QStringLiteral(DCEHA_ENGINE_TRANSLATED_SOURCES).split(QLatin1Char(','));
        static const QRegularExpression marker(
            QStringLiteral("\\btr\\(|QT_TRANSLATE_NOOP|QCoreApplication::translate\\("));
        QDirIterator it(QStringLiteral(DCEHA_SOURCE_DIR "/steps"), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int found = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (!marker.match(QString::fromUtf8(f.readAll())).hasMatch())
                continue;
            ++found;
            QVERIFY2(
                listed.contains(path),
                qPrintable(path + QStringLiteral(" has translatable strings but is not in "
                                                 "DCEHA_ENGINE_TRANSLATED_SOURCES (wizard/CMakeLists.txt)")));
        }
        QVERIFY(found >= 5);
    }

    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, language);
        // What the sources ask for today, extracted by lupdate itself into a scratch file.
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scratch.ts"));
        QProcess lupdate;
        // The engine's translated sources: the build's own list (wizard/CMakeLists.txt).
        const QStringList engine = QStringLiteral(DCEHA_ENGINE_TRANSLATED_SOURCES).split(QLatin1Char(','));
        lupdate.start(QStringLiteral(DCEHA_LUPDATE),
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), kSource + QStringLiteral("/wizard/gui")}
                          << engine
                          << QStringList{kSource + QStringLiteral("/translations/procedure_strings.cpp"),
                                         QStringLiteral("-ts"), scratch});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> wanted = readTs(scratch);
        QVERIFY2(wanted.size() > 150, qPrintable(QString::number(wanted.size())));

        QMap<QString, Message> have;
        for (const auto& m :
             readTs(kSource + QStringLiteral("/translations/dce-ha-wizard_%1.ts").arg(language)))
            have.insert(m.key(), m);
        QStringList missing;
        QStringList wrong;
        for (const auto& m : wanted) {
            const Message t = have.value(m.key());
            if (t.translation.isEmpty() || !t.type.isEmpty()) {
                missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(70));
                continue;
            }
            if (placeholders(t.translation) != placeholders(m.source))
                wrong << QStringLiteral("%1: \"%2\": placeholders %3 → %4")
                             .arg(m.context, m.source.left(50), placeholders(m.source).join(QLatin1Char(' ')),
                                  placeholders(t.translation).join(QLatin1Char(' ')));
            if (mnemonics(m.source) != mnemonics(t.translation))
                wrong << QStringLiteral("%1: \"%2\": the translation must keep one & mnemonic")
                             .arg(m.context, m.source.left(50));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings without a finished %2 translation:\n")
                                .arg(missing.size())
                                .arg(language) +
                            missing.join(QLatin1Char('\n'))));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void switchingTheLanguageChangesTheTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void switchingTheLanguageChangesTheTexts()
    {
        QFETCH(QString, language);
        auto cluster = [] { return QCoreApplication::translate("dceha::ClusterPage", "Cluster", "@title"); };
        auto step = [] { return QCoreApplication::translate("procedure", "Install and configure HACMP"); };
        // A step's message (the logical-volume step's probe): English in the record, translated on screen.
        const dceha::StepMessage said = dceha::StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists in %2"))
                                            .arg(QStringLiteral("dcevarlv"), QStringLiteral("dcevg"));
        QVERIFY(dceha::Language::apply(language));
        QCOMPARE(dceha::Language::current(), language);
        QVERIFY(cluster() != QLatin1String("Cluster"));
        QVERIFY(step() != QLatin1String("Install and configure HACMP"));
        QCOMPARE(said.english(), QStringLiteral("dcevarlv exists in dcevg"));
        QVERIFY(said.localized() != said.english());
        QVERIFY2(said.localized().contains(QStringLiteral("dcevarlv")) &&
                     said.localized().contains(QStringLiteral("dcevg")),
                 qPrintable(said.localized()));
        QVERIFY(dceha::Language::apply(QStringLiteral("en")));
        QCOMPARE(cluster(), QStringLiteral("Cluster"));
        QCOMPARE(step(), QStringLiteral("Install and configure HACMP"));
    }

    void anUnknownLanguageChangesNothing()
    {
        QVERIFY(dceha::Language::apply(QStringLiteral("de")));
        QVERIFY(!dceha::Language::apply(QStringLiteral("xx")));
        QCOMPARE(dceha::Language::current(), QStringLiteral("de"));
        QVERIFY(dceha::Language::apply(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
