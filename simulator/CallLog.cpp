#include "CallLog.h"

#include <QFile>

namespace aixsim {

CallLog::CallLog(const QString& root) : m_path(root + QStringLiteral("/.aixsim/calls.log"))
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const qsizetype end = line.indexOf('\t', tab + 1);
        m_commands << QString::fromUtf8(line.mid(tab + 1, end < 0 ? -1 : end - tab - 1));
        ++m_total;
    }
}

int CallLog::callsOf(const QString& command) const
{
    return int(m_commands.count(command));
}

int CallLog::append(const QString& command, const QStringList& args)
{
    const int call = callsOf(command) + 1;
    // One line per call, whatever the arguments hold.
    QStringList fields{QString::number(call), command};
    for (QString arg : args)
        fields << arg.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QFile file(m_path);
    if (file.open(QIODevice::Append))
        file.write((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
    m_commands << command;
    ++m_total;
    return call;
}

} // namespace aixsim
