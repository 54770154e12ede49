#pragma once

#include <QByteArray>
#include <QString>

namespace dceha {

/** @brief The integrity trailer of a checkpoint or an exported record: one YAML comment line at the very end,
 * `# dce-ha-wizard-seal/1 steps=N bytes=B sha256=HEX`, over every byte before it.
 *
 * A file cut short (a full disk, a crash without the atomic rename, a copy interrupted) loses or breaks its
 * trailer even when what is left is still valid YAML; a file edited by hand no longer matches its checksum.
 * Being a comment, the trailer keeps the file readable by any YAML parser. */
class RecordSeal
{
public:
    static constexpr int kVersion = 1;

    struct Check
    {
        enum class State
        {
            Sealed,  ///< trailer present and matching
            Missing, ///< no trailer at the end (cut short, or not written by the wizard)
            Damaged  ///< a trailer whose byte count or checksum does not match, or of an unknown version
        };
        State state = State::Missing;
        int steps = -1;    ///< the step count the trailer declares
        QByteArray body;   ///< the content before the trailer
        QString problem;   ///< what is wrong, in words, when not Sealed
        QByteArray sha256; ///< the trailer's checksum (hex), when Sealed

        bool ok() const { return state == State::Sealed; }
    };

    /** @return @p yaml followed by its trailer (@p steps: the number of steps the record holds). */
    static QByteArray seal(const QByteArray& yaml, int steps);
    static Check check(const QByteArray& text);
    /** The checksum in the trailer of @p sealed, as seal() just made it (not checked again). */
    static QByteArray digestOf(const QByteArray& sealed);
};

} // namespace dceha
