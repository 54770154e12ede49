#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace aixsim {

/** @brief AIX's /etc/filesystems: `*` comment lines, then stanzas (`MOUNTPOINT:` at column 0, indented
 * `name = value` lines, a blank line between). Parsed and written back preserving comments and order. */
class FilesystemsFile
{
public:
    struct Stanza
    {
        QString mountPoint;
        QList<QPair<QString, QString>> attributes;
        QString value(const QString& key) const;
        void set(const QString& key, const QString& value);
    };

    static FilesystemsFile parse(const QByteArray& text);
    QByteArray serialize() const;

    Stanza* find(const QString& mountPoint);
    /** The stanza whose dev is /dev/@p lvName, if any. */
    Stanza* findByDevice(const QString& device);
    void append(const Stanza& stanza) { m_stanzas << stanza; }
    bool remove(const QString& mountPoint);
    const QList<Stanza>& stanzas() const { return m_stanzas; }

    /** A new stanza in the layout crfs writes. */
    static Stanza jfsStanza(const QString& mountPoint, const QString& device, const QString& log,
                            bool automount);

private:
    QStringList m_header;
    QList<Stanza> m_stanzas;
};

} // namespace aixsim
