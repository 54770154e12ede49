#pragma once

#include "Record.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace dceha {

/** @brief Where the checkpoint keeps long outputs (`checkpoint.outputs` beside `checkpoint.yaml`): each one
 * appended once, as `# output bytes=N sha256=HEX`, a newline, N bytes and a newline, and named from the
 * checkpoint by offset, length and checksum (ActionRecord::stdOutStored).
 *
 * So the checkpoint stays small however much the commands printed: a change of a step writes its outputs
 * once, never again, and deciding where to resume reads the steps, not thousands of installp lines per
 * step. An output is made durable (fdatasync) before the checkpoint that names it is written, so a crash
 * never leaves a checkpoint naming an output that is not there; an output appended but never named (the
 * crash came between) is only space. Read back, each output is checked against its checksum. */
class CheckpointOutputs
{
public:
    /** Outputs longer than this are kept aside; shorter ones stay in the checkpoint. */
    static constexpr qsizetype kAsideBytes = 8 * 1024;

    explicit CheckpointOutputs(QString path) : m_path(std::move(path)) {}
    ~CheckpointOutputs();
    CheckpointOutputs(const CheckpointOutputs&) = delete;
    CheckpointOutputs& operator=(const CheckpointOutputs&) = delete;

    /** Keeps aside every long output of @p step not kept yet (setting its StoredOutput). @return false with
     * @p error (the file and errno) when one could not be written: the checkpoint must not be saved then. */
    bool store(StepRecord& step, QString* error);
    /** Reads back every output of @p record that is kept aside and not in it yet. @return false with
     * @p error naming the file and the first output that is missing or does not match its checksum; the
     * outputs that could be read are filled in, the others say that they were lost. */
    bool fill(RunRecord& record, QString* error) const;
    /** One output, checked. */
    std::optional<QString> read(const StoredOutput& stored, QString* error) const;
    /** Removes the file (the checkpoint that named its outputs was set aside whole). */
    void remove();
    QString path() const { return m_path; }

private:
    bool append(const QString& text, StoredOutput* stored, QString* error);
    /** @return the file open for reading, or -1 with @p error set. */
    int openForReading(QString* error) const;
    std::optional<QString> readFrom(int fd, const StoredOutput& stored, QString* error) const;
    QString m_path;
    int m_fd = -1;
    qint64 m_size = -1; ///< the file's length as this process last wrote it
};

} // namespace dceha
