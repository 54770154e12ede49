#include "FilesystemsFile.h"

namespace aixsim {

QString FilesystemsFile::Stanza::value(const QString& key) const
{
    for (const auto& [k, v] : attributes)
        if (k == key)
            return v;
    return {};
}

void FilesystemsFile::Stanza::set(const QString& key, const QString& value)
{
    for (auto& kv : attributes)
        if (kv.first == key) {
            kv.second = value;
            return;
        }
    attributes.append({key, value});
}

FilesystemsFile FilesystemsFile::parse(const QByteArray& text)
{
    FilesystemsFile file;
    Stanza* current = nullptr;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('*'))) {
            if (file.m_stanzas.isEmpty())
                file.m_header << line;
            continue;
        }
        if (trimmed.isEmpty())
            continue;
        if (!line.at(0).isSpace() && trimmed.endsWith(QLatin1Char(':'))) {
            file.m_stanzas.append(Stanza{trimmed.chopped(1), {}});
            current = &file.m_stanzas.last();
            continue;
        }
        const int eq = int(trimmed.indexOf(QLatin1Char('=')));
        if (current && eq > 0)
            current->attributes.append({trimmed.left(eq).trimmed(), trimmed.mid(eq + 1).trimmed()});
    }
    return file;
}

QByteArray FilesystemsFile::serialize() const
{
    QString out;
    for (const auto& h : m_header)
        out += h + QLatin1Char('\n');
    if (!m_header.isEmpty())
        out += QLatin1Char('\n');
    for (const auto& s : m_stanzas) {
        out += s.mountPoint + QLatin1String(":\n");
        for (const auto& [k, v] : s.attributes)
            out += QLatin1String("\t") + k.leftJustified(15) + QLatin1String(" = ") + v + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

FilesystemsFile::Stanza* FilesystemsFile::find(const QString& mountPoint)
{
    for (auto& s : m_stanzas)
        if (s.mountPoint == mountPoint)
            return &s;
    return nullptr;
}

FilesystemsFile::Stanza* FilesystemsFile::findByDevice(const QString& device)
{
    for (auto& s : m_stanzas)
        if (s.value(QStringLiteral("dev")) == device)
            return &s;
    return nullptr;
}

bool FilesystemsFile::remove(const QString& mountPoint)
{
    for (int i = 0; i < m_stanzas.size(); ++i)
        if (m_stanzas.at(i).mountPoint == mountPoint) {
            m_stanzas.removeAt(i);
            return true;
        }
    return false;
}

FilesystemsFile::Stanza FilesystemsFile::jfsStanza(const QString& mountPoint, const QString& device,
                                                   const QString& log, bool automount)
{
    Stanza s{mountPoint, {}};
    s.set(QStringLiteral("dev"), device);
    s.set(QStringLiteral("vfs"), QStringLiteral("jfs"));
    s.set(QStringLiteral("log"), log);
    s.set(QStringLiteral("mount"), automount ? QStringLiteral("true") : QStringLiteral("false"));
    s.set(QStringLiteral("options"), QStringLiteral("rw"));
    s.set(QStringLiteral("account"), QStringLiteral("false"));
    return s;
}

} // namespace aixsim
