#pragma once

#include "Answers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace YAML {
class Emitter;
}

namespace dceha {

/** @brief Reads and writes answers files, and checks every rule that needs no node: keys, types, names,
 * addresses, paths, the configuration's exceptions. Rules that need the node (the HACMP adapter list) are
 * NodeChecks'. */
class AnswersFile
{
    // The refusals are shown in the GUI's language (English without a translator: headless, logs).
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)

public:
    struct Parsed
    {
        Answers answers;
        QList<AnswerError> errors;
        /** sha256 of the canonical form: equal digests mean equal answers, whatever the file's layout. */
        QByteArray digest;
    };

    static Parsed parse(const QByteArray& yamlText);
    /** The canonical YAML form (no secrets: Answers has none), typed: it reads back the same in any YAML
     * parser, YAML 1.1 ones included (a string `no` is quoted, a size stays a number). */
    static QByteArray serialize(const Answers& answers);
    /** The same canonical form written into @p out (the record embeds it). */
    static void emit(YAML::Emitter& out, const Answers& answers);
    /** Fields whose values differ, as dotted paths (for "the answers changed" refusals). */
    static QStringList differences(const Answers& a, const Answers& b);
};

} // namespace dceha
