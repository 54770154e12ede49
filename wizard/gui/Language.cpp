#include "Language.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dceha {

namespace {

struct Translators
{
    QTranslator wizard;
    QTranslator qt;
    QString code = QStringLiteral("en");
};

Translators& translators()
{
    static Translators t;
    return t;
}

/** Japanese text drawn in a fallback font is taller than the Latin font's metrics say, and wrapped labels
 * (the wizard's subtitles) lose their last line: for Japanese the application font is a Japanese one. */
void chooseFont(const QString& code)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    static const QFont original = QGuiApplication::font();
    QFont font = original;
    if (code == QLatin1String("ja")) {
        const QStringList japanese = QFontDatabase::families(QFontDatabase::Japanese);
        const QString preferred = QStringLiteral("Noto Sans CJK JP");
        const QString family = japanese.contains(preferred) ? preferred
                               : japanese.isEmpty()         ? QString()
                                                            : japanese.first();
        if (!family.isEmpty())
            font.setFamilies({family, original.family()});
    }
    QGuiApplication::setFont(font);
}

} // namespace

QList<Language::Choice> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString Language::initial(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    for (const auto& c : available())
        if (c.code == system)
            return system;
    return QStringLiteral("en");
}

bool Language::apply(const QString& code)
{
    Translators& t = translators();
    if (code == t.code)
        return true;
    QCoreApplication::removeTranslator(&t.wizard);
    QCoreApplication::removeTranslator(&t.qt);
    if (code == QLatin1String("en")) {
        t.code = code;
        chooseFont(code);
        return true;
    }
    if (!t.wizard.load(QStringLiteral(":/i18n/dce-ha-wizard_%1.qm").arg(code))) {
        // Back to the language that was there.
        const QString previous = t.code;
        t.code = QStringLiteral("en");
        apply(previous);
        return false;
    }
    QCoreApplication::installTranslator(&t.wizard);
    // Qt's own texts (standard dialogs, context menus) from qt6-translations-l10n when installed.
    if (t.qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    t.code = code;
    chooseFont(code);
    return true;
}

QString Language::current()
{
    return translators().code;
}

} // namespace dceha
