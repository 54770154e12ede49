#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace aixsim {

/** @brief The simulated node's message table (resources/aixsim/messages.yaml), so the texts, message
 * numbers and exit codes live in one reviewable place and not in the command code. */
class Messages
{
public:
    struct InjectedFailure
    {
        QStringList messages;
        int exitCode = 1;
    };

    static const Messages& table();

    /** The message @p id with %1, %2… filled from @p args; an unknown id yields a visible placeholder. */
    QString text(const QString& id, const QStringList& args = {}) const;
    /** The failure AIXSIM_FAIL makes @p command print, with {prog} and {arg} filled. */
    InjectedFailure injected(const QString& command, const QString& lastArg) const;
    bool hasInjection(const QString& command) const { return m_injected.contains(command); }

private:
    Messages();
    QHash<QString, QString> m_texts;
    QHash<QString, InjectedFailure> m_injected;
};

} // namespace aixsim
