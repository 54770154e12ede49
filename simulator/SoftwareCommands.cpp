// Software installation on the simulated node: lslpp and installp, against media files under the root.
#include "Commands.h"
#include "Getopt.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace aixsim {

namespace {

struct MediaEntry
{
    QString level, description;
};

QMap<QString, MediaEntry> readMedia(const QByteArray& text)
{
    QMap<QString, MediaEntry> out;
    for (const auto& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() >= 2)
            out.insert(f.at(0), MediaEntry{f.at(1), f.mid(2).join(QLatin1Char(' '))});
    }
    return out;
}

/** What installing a DCE fileset lays down: /opt/dcelocal with its var and etc links ([u] in the reference:
 * /opt/dcelocal/var → /var/dce, /opt/dcelocal/etc → /etc/dce), so DCE's data lands on whatever is mounted
 * there: on shared DASD when the guide's order was followed, in the root filesystem when it was not. */
void layDownDce(Node& n)
{
    QDir().mkpath(n.hostPath(QStringLiteral("/opt/dcelocal/bin")));
    QDir().mkpath(n.hostPath(QStringLiteral("/var/dce")));
    QDir().mkpath(n.hostPath(QStringLiteral("/etc/dce")));
    for (const auto& [link, target] :
         {std::pair{"/opt/dcelocal/var", "/var/dce"}, std::pair{"/opt/dcelocal/etc", "/etc/dce"}}) {
        const QString host = n.hostPath(QLatin1String(link));
        if (!QFileInfo(host).isSymLink())
            QFile::link(n.hostPath(QLatin1String(target)), host);
    }
}

} // namespace

int lslpp(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("lLh"));
    if (!o.error.isEmpty() || !o.has(QLatin1Char('l'))) {
        s.err(QStringLiteral("Usage: lslpp -l [fileset...]\n"));
        return 2;
    }
    const auto& installed = s.self().state().filesets;
    QStringList names;
    int rc = 0;
    if (o.operands.isEmpty())
        names = installed.keys();
    for (const auto& pattern : o.operands) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        bool any = false;
        for (auto it = installed.cbegin(); it != installed.cend(); ++it)
            if (re.match(it.key()).hasMatch()) {
                names << it.key();
                any = true;
            }
        if (!any)
            rc = s.fail(QStringLiteral("0504-132"), {pattern});
    }
    if (names.isEmpty())
        return rc;
    QString text =
        QStringLiteral("  Fileset                      Level  State      Description         \n"
                       "  ----------------------------------------------------------------------------\n"
                       "Path: /usr/lib/objrepos\n");
    for (const auto& name : names)
        text += QStringLiteral("  ") + name.leftJustified(26) + installed.value(name).rightJustified(9) +
                QStringLiteral("  COMMITTED  ") + name.section(QLatin1Char('.'), 0, 0) +
                QStringLiteral(" fileset\n");
    s.out(text);
    return rc;
}

int installp(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("acgXNQqd:Y"));
    if (!o.error.isEmpty() || !o.has(QLatin1Char('a')) || !o.has(QLatin1Char('d')) || o.operands.isEmpty()) {
        s.err(QStringLiteral("Usage: installp -acgXd DEVICE fileset... | all\n"));
        return 2;
    }
    Node& n = s.self();
    const QString media = o.value(QLatin1Char('d'));
    QFile file(n.hostPath(media));
    if (!file.open(QIODevice::ReadOnly))
        return s.fail(QStringLiteral("installp-media"), {media});
    const QMap<QString, MediaEntry> onMedia = readMedia(file.readAll());
    QStringList wanted = o.operands == QStringList{QStringLiteral("all")} ? onMedia.keys() : o.operands;
    QStringList missing;
    for (const auto& f : wanted)
        if (!onMedia.contains(f))
            missing << f;
    if (!missing.isEmpty())
        return s.fail(QStringLiteral("installp-missing"), {missing.join(QLatin1Char(' ')), media});

    QString summary =
        QStringLiteral("+-----------------------------------------------------------------------------+\n"
                       "                    Installation Summary\n"
                       "                    --------------------\n"
                       "Name                        Level           Part        Event       Result\n"
                       "-------------------------------------------------------------------------------\n");
    for (const auto& f : wanted) {
        const bool already = n.state().filesets.contains(f);
        n.state().filesets.insert(f, onMedia.value(f).level);
        if (f.startsWith(QLatin1String("dce.")))
            layDownDce(n);
        summary += f.leftJustified(28) + onMedia.value(f).level.leftJustified(16) +
                   QStringLiteral("USR         APPLY       ") +
                   (already ? QStringLiteral("ALREADY_INSTALLED\n") : QStringLiteral("SUCCESS\n"));
    }
    s.out(summary);
    return 0;
}

} // namespace aixsim
