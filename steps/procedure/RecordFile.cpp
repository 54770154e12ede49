#include "RecordFile.h"

#include "RecordSeal.h"
#include "system/AtomicFileWriter.h"
#include "system/InputFile.h"

#include <QDir>
#include <QFile>

namespace dceha {

bool RecordFile::read(const QString& path, RunRecord* record, QString* error, QByteArray* seal)
{
    const auto text = InputFile::read(path, error);
    if (!text)
        return false;
    const RecordSeal::Check check = RecordSeal::check(*text);
    QString why = check.problem;
    if (check.ok()) {
        RunRecord parsed;
        if (!RunRecord::fromYaml(check.body, &parsed, &why))
            why = QStringLiteral("it is not a readable record (%1)").arg(why);
        else if (parsed.steps.size() != check.steps)
            why = QStringLiteral("it holds %1 steps where its integrity line says %2")
                      .arg(parsed.steps.size())
                      .arg(check.steps);
        else {
            *record = parsed;
            if (seal)
                *seal = check.sha256;
            return true;
        }
    }
    *error = QStringLiteral("%1 is damaged: %2").arg(path, why);
    return false;
}

QByteArray RecordFile::sealed(const RunRecord& record)
{
    return RecordSeal::seal(record.toYaml(), int(record.steps.size()));
}

bool RecordFile::write(const QString& path, const QByteArray& content, QString* error, bool executable)
{
    const QString absolute = QDir(path).absolutePath();
    if (InputFile::kindOf(absolute) == InputFile::Kind::Other) {
        *error = QStringLiteral("cannot write %1: it is not a regular file").arg(path);
        return false;
    }
    const FileEdit edit = AtomicFileWriter().replace(absolute, path, content);
    if (!edit.ok) {
        *error = edit.error;
        return false;
    }
    if (executable) {
        QFile f(absolute);
        if (!f.setPermissions(f.permissions() | QFileDevice::ExeOwner)) {
            *error = QStringLiteral("cannot make %1 executable: %2").arg(path, f.errorString());
            return false;
        }
    }
    return true;
}

} // namespace dceha
