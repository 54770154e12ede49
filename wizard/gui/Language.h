#pragma once

#include <QList>
#include <QString>

namespace dceha {

/** @brief The languages the GUI speaks, and switching between them at any time: the wizard's own translation
 * (built from the .ts files in translations/ into the binary) and Qt's (standard dialogs), when the system
 * has it. */
class Language
{
public:
    struct Choice
    {
        QString code;       ///< "en", "de", "ja"
        QString nativeName; ///< how the language names itself (never translated)
    };
    static QList<Choice> available();
    /** The language for a --language value, else the system's when supported, else English. */
    static QString initial(const QString& requested);
    /** Installs the translations for @p code; every widget then receives QEvent::LanguageChange.
     * @return false when the wizard has no translation for it (the language stays as it was). */
    static bool apply(const QString& code);
    static QString current();
};

} // namespace dceha
