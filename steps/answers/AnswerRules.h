#pragma once

#include "Answers.h"

#include <QList>

namespace dceha {

/** @brief The answer rules that need no node: the configuration's exceptions, names, addresses, paths,
 * programs and the AIX 4.x LVM limits. AnswersFile::parse applies them after reading; the rules that need
 * the node are NodeChecks'.
 * @return every refusal (field path and sentence), in the order found; empty when the answers follow them. */
QList<AnswerError> checkAnswerRules(const Answers& answers);

/** The DCE server and client components mkdce accepts, in the order the GUI offers them. */
const QStringList& dceServerComponents();
const QStringList& dceClientComponents();

} // namespace dceha
