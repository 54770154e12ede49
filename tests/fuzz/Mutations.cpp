// The fuzz suite's mutations of a whole input: mutators chained or spliced, and records and checkpoints
// mutated whole or behind their seal.
#include "Mutations.h"

#include <QRegularExpression>
#include <QStringList>

using dceha::RecordSeal;

namespace fuzz {

Mutations::Mutations() : m_mutators(mutators()) {}

QByteArray Mutations::mutate(const QByteArray& input, Rng& rng, QString* name) const
{
    const int roll = rng.below(100);
    if (roll < 5) { // a splice: lines of another input
        const QList<QByteArray> from = lines(rng.pick(m_bank));
        QList<QByteArray> l = lines(input);
        const int at = rng.below(int(from.size()));
        const QList<QByteArray> chunk = from.mid(at, 1 + rng.below(6));
        const int to = rng.below(int(l.size()) + 1);
        for (int i = int(chunk.size()) - 1; i >= 0; --i)
            l.insert(to, chunk.at(i));
        *name = QStringLiteral("splice");
        return joined(l);
    }
    const int n = roll < 25 ? 2 + rng.below(3) : 1;
    QByteArray out = input;
    QStringList names;
    for (int i = 0; i < n; ++i) {
        const NamedMutator& m = m_mutators.at(rng.below(int(m_mutators.size())));
        out = m.apply(out, rng);
        names << m.name;
    }
    *name = names.join(QLatin1Char('+'));
    return out;
}

QByteArray Mutations::mutateRecord(const RecordSeal::Check& seal, Rng& rng, bool reseal, QString* name) const
{
    if (!reseal) {
        const QByteArray whole = RecordSeal::seal(seal.body, seal.steps);
        if (rng.chance(25)) { // the integrity line itself
            QByteArray t = whole;
            const int at = int(t.lastIndexOf("# dce-ha-wizard-seal/"));
            QByteArray trailer = t.mid(at);
            trailer = randomSpan(trailer, rng, QRegularExpression(QStringLiteral("=([0-9a-f]+)")), 1,
                                 rng.pick(QList<QByteArray>{"-1", "2147483648", "99999999999999999999", "",
                                                            "x", "0", "1e309", "00"}));
            *name = QStringLiteral("trailer");
            return t.left(at) + (rng.chance(80) ? trailer : mutate(trailer, rng, name));
        }
        return mutate(whole, rng, name);
    }
    QByteArray body = seal.body;
    const int answersAt = int(body.indexOf("\nanswers:"));
    QByteArray mutated;
    if (answersAt >= 0 && rng.chance(50)) {
        int end = answersAt + 1;
        do
            end = int(body.indexOf('\n', end + 1));
        while (end >= 0 && end + 1 < body.size() && (body.at(end + 1) == ' ' || body.at(end + 1) == '-'));
        if (end < 0)
            end = int(body.size());
        mutated =
            body.left(answersAt) + mutate(body.mid(answersAt, end - answersAt), rng, name) + body.mid(end);
        *name = QStringLiteral("answers:") + *name;
    } else {
        mutated = mutate(body, rng, name);
    }
    // The integrity line's step count follows the mutation when it kept the steps readable.
    const int steps = int(mutated.count("\n  - id: ") + (mutated.startsWith("  - id: ") ? 1 : 0));
    return RecordSeal::seal(mutated, rng.chance(90) ? steps : seal.steps);
}

} // namespace fuzz
