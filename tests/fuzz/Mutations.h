#pragma once

// The fuzz suite's seeded mutations: a portable random sequence and the mutators that derive, from a valid
// input, the damaged ones the wizard must refuse cleanly. The same seed gives the same mutations everywhere.
#include "procedure/RecordSeal.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <functional>

namespace fuzz {

/** splitmix64: the same sequence on every platform and standard library (std:: distributions are not). */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T> const T& pick(const QList<T>& l) { return l.at(below(int(l.size()))); }

private:
    quint64 m_state;
};

/** The lines of @p text, and back. */
QList<QByteArray> lines(const QByteArray& text);
QByteArray joined(const QList<QByteArray>& l);

/** @p text with one match of @p re's capture group @p group, drawn by @p rng, replaced by @p with; @p hit
 * tells whether anything matched (when nothing did, @p text is returned as it was). */
QByteArray randomSpan(const QByteArray& text, Rng& rng, const QRegularExpression& re, int group,
                      const QByteArray& with, bool* hit = nullptr);

using Mutator = std::function<QByteArray(const QByteArray&, Rng&)>;
struct NamedMutator
{
    QString name;
    Mutator apply;
};

/** The sixteen mutators (Mutators.cpp), in the order a seed picks them from. */
QList<NamedMutator> mutators();

/** The mutators (byte flips, cuts, deleted or doubled lines, renamed keys, type confusion, duplicate keys, a
 * second document, huge numbers, deep nesting, aliases, control characters, invalid UTF-8, NUL bytes, block
 * scalars) applied to whole inputs, with the bank of inputs that splices take lines from. */
class Mutations
{
public:
    Mutations();

    /** Adds an input to the bank, for splices across families. */
    void addToBank(const QByteArray& input) { m_bank.append(input); }

    /** A mutation of @p input: one mutator, or (one time in five) several in a row, or a splice. */
    QByteArray mutate(const QByteArray& input, Rng& rng, QString* name) const;

    /** The record's or checkpoint's text, mutated: the whole file (its integrity line then no longer
     * matches), or — @p reseal — its YAML only, sealed again so that the parser behind the seal is reached.
     * Half of those mutations are aimed at the embedded answers, the part the handoff reads. */
    QByteArray mutateRecord(const dceha::RecordSeal::Check& seal, Rng& rng, bool reseal, QString* name) const;

private:
    QList<NamedMutator> m_mutators;
    QList<QByteArray> m_bank; // every input, for splices across families
};

} // namespace fuzz
