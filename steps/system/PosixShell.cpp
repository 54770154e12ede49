#include "PosixShell.h"

namespace dceha {
namespace posixshell {

QByteArray quote(const QByteArray& word)
{
    // Inside single quotes a POSIX shell takes every byte as it is (XCU 2.2.2), newlines, `$`, backquotes and
    // non-ASCII bytes included; only the quote itself ends them, so it is closed, escaped and reopened.
    QByteArray out;
    out.reserve(word.size() + 2);
    out += '\'';
    for (const char c : word) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

QByteArray commandLine(const QList<QByteArray>& argv, bool exec)
{
    // The line travels as text (ssh's argument, a QString): a word whose bytes are not UTF-8 (an ISO 8859-1
    // file name) would not arrive as it was. Such a word is rebuilt on the other side from octal escapes by
    // printf (POSIX: `\ddd` in its format), with a final x that keeps trailing newlines from $(…), removed by
    // ${v%x} — all of it in POSIX sh and AIX 4.2's ksh88.
    QByteArray prelude, words;
    for (int i = 0; i < argv.size(); ++i) {
        const QByteArray& word = argv.at(i);
        if (!words.isEmpty())
            words += ' ';
        if (QString::fromUtf8(word).toUtf8() == word) {
            words += quote(word);
            continue;
        }
        const QByteArray name = "dceha_w" + QByteArray::number(i);
        QByteArray format;
        for (const char c : word)
            format += '\\' + QByteArray::number(uchar(c), 8).rightJustified(3, '0');
        prelude += name + "=$(printf '" + format + "x'); " + name + "=${" + name + "%x}; ";
        words += "\"$" + name + "\"";
    }
    return prelude.isEmpty() && !exec ? words : prelude + "exec " + words;
}

QByteArray commandLine(const QStringList& argv)
{
    QList<QByteArray> words;
    for (const auto& a : argv)
        words << a.toUtf8();
    return commandLine(words);
}

} // namespace posixshell
} // namespace dceha
