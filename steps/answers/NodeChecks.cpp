#include "NodeChecks.h"

#include "AnswersFile.h"

#include <QMap>

namespace dceha {

QList<AnswerError> checkAnswersAgainstNode(System& system, const Answers& answers)
{
    QList<AnswerError> errors;
    CommandSpec spec;
    spec.name = QStringLiteral("cllsif");
    spec.args = {QStringLiteral("-c")};
    spec.timeoutMs = 60000;
    const CommandResult r = system.run(spec);
    if (!r.ok()) {
        errors.append(
            {QStringLiteral("network.service"),
             AnswersFile::tr(
                 "HACMP's adapter list could not be read (cllsif -c: %1); HACMP must be installed and "
                 "configured first (guide ch. 3, step 1)")
                 .arg(r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure)});
        return errors;
    }
    // label:type:network:net_type:attribute:node:address:…
    QMap<QString, QString> typeOf;
    for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() >= 7)
            typeOf.insert(f.at(6), f.at(1));
    }
    for (int i = 0; i < answers.serviceAddresses.size(); ++i) {
        const QString address = answers.serviceAddresses.at(i);
        if (typeOf.value(address) != QLatin1String("service"))
            errors.append(
                {QStringLiteral("network.service[%1]").arg(i),
                 typeOf.contains(address)
                     ? AnswersFile::tr("%1 is an HACMP %2 address, not a service IP label")
                           .arg(address, typeOf.value(address))
                     : AnswersFile::tr("%1 is not an HACMP service IP label of this cluster (cllsif)")
                           .arg(address)});
    }
    return errors;
}

QList<AnswerError> checkStateDirectory(const Answers& answers, const QString& stateDir)
{
    QList<AnswerError> errors;
    for (const auto& mp : answers.sharedMountPoints())
        if (stateDir == mp || stateDir.startsWith(mp + QLatin1Char('/')))
            errors.append(
                {QStringLiteral("--state"),
                 AnswersFile::tr(
                     "%1 is under the shared mount point %2: the checkpoint must stay on this node's "
                     "local disk")
                     .arg(stateDir, mp)});
    return errors;
}

} // namespace dceha
