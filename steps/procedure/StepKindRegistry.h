#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace dceha {

class StepKind;

/** @brief The one list of step kinds: each kind's name, how to make it, and the parameters it reads.
 *
 * The catalog is validated against it when it is loaded (Catalog::problems), so a misspelt parameter or an
 * unknown kind is refused before any step runs, not found when its step is reached. */
class StepKindRegistry
{
public:
    struct Parameter
    {
        const char* name;
        bool required;
    };
    struct Entry
    {
        const char* name;
        std::unique_ptr<StepKind> (*make)();
        QList<Parameter> parameters;
        /** Whether a step of this kind may have its own `probe:` checks (beside its parameters). */
        bool stepProbe = false;
    };

    static const QList<Entry>& entries();
    /** The kind named @p name, or nullptr. */
    static const Entry* find(const QString& name);
    static QStringList names();
    /** Parameters every kind accepts (read by the Runner, not by the kind). */
    static const QList<Parameter>& commonParameters();
};

} // namespace dceha
