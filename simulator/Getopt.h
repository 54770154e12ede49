#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace aixsim {

/** @brief POSIX getopt as AIX commands use it: `-acgXd MEDIA` groups flags, a flag followed by ':' in the
 * spec takes a value (attached or next), `--` ends the options. Repeated flags keep every value. */
struct Options
{
    QMap<QChar, QStringList> flags;
    QStringList operands;
    QString error; ///< set when an unknown flag or a missing value was met

    bool has(QChar f) const { return flags.contains(f); }
    QString value(QChar f) const { return flags.value(f).isEmpty() ? QString() : flags.value(f).last(); }
    QStringList values(QChar f) const { return flags.value(f); }

    static Options parse(const QStringList& args, const QString& spec)
    {
        Options o;
        int i = 0;
        for (; i < args.size(); ++i) {
            const QString& a = args.at(i);
            if (a == QLatin1String("--")) {
                ++i;
                break;
            }
            if (!a.startsWith(QLatin1Char('-')) || a.size() == 1)
                break;
            for (int k = 1; k < a.size(); ++k) {
                const QChar f = a.at(k);
                const int at = int(spec.indexOf(f));
                if (at < 0) {
                    o.error = QStringLiteral("illegal option -- %1").arg(f);
                    return o;
                }
                const bool takesValue = at + 1 < spec.size() && spec.at(at + 1) == QLatin1Char(':');
                if (!takesValue) {
                    o.flags[f];
                    continue;
                }
                if (k + 1 < a.size()) {
                    o.flags[f] << a.mid(k + 1);
                } else if (i + 1 < args.size()) {
                    o.flags[f] << args.at(++i);
                } else {
                    o.error = QStringLiteral("option requires an argument -- %1").arg(f);
                    return o;
                }
                break;
            }
        }
        o.operands = args.mid(i);
        return o;
    }
};

} // namespace aixsim
