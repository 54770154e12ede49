#pragma once

// The answers the script tests generate scripts from: the example answers with applications and wrappers, and
// hostile values (what a shell would interpret) for every answer that reaches a script, with the output
// print_args shows for them; written as YAML answers for the wizard.
#include "Wizard.h"
#include "answers/AnswersFile.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace scripttest {

using dceha::Answers;
using dceha::AnswersFile;

/** The example owner answers of @p configuration, with two applications (their start and stop append to the
 * file given as their last argument) and the event wrappers when asked. */
inline Answers answers(const QString& configuration, bool dfs, bool apps, bool wrappers)
{
    QByteArray text = wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs, false);
    if (apps)
        text += "applications:\n"
                "  - { name: payroll, start: [/bin/sh, -c, \"echo \\\"start payroll $0\\\" >> "
                "\\\"$1\\\"\", x, APPLOG], "
                "stop: [/bin/sh, -c, \"echo \\\"stop payroll\\\" >> \\\"$1\\\"\", x, APPLOG] }\n"
                "  - { name: \"o'brien\", start: [/bin/sh, -c, \"echo \\\"start o'brien\\\" >> "
                "\\\"$1\\\"\", x, APPLOG], "
                "stop: [/bin/sh, -c, \"echo \\\"stop o'brien\\\" >> \\\"$1\\\"\", x, APPLOG] }\n";
    if (wrappers)
        text += "event_wrappers: true\n";
    return AnswersFile::parse(text).answers;
}

// ---- Hostile values: every answer that reaches a script, made of what a shell would interpret.

inline QString printArgs()
{
    return QStringLiteral(DCEHA_BIN_DIR "/print_args");
}

/** The helper as a program of the simulated node too, at the same path (the wizard refuses an application
 * whose programs are not on the node). */
inline void installNodePrintArgs(const QString& root)
{
    QDir().mkpath(root + QStringLiteral(DCEHA_BIN_DIR));
    QFile::link(printArgs(), root + printArgs());
}

/** A value that creates a file named after @p field under @p markers if a shell interprets any part of
 * it: command substitution, backquotes, ';' after a single and after a double quote (each ends a quote
 * written by hand around the value), a backslash before a quote, a newline (it ends a comment or a
 * command), ${IFS} for the spaces the answers refuse, glob characters, non-ASCII, and a placeholder of
 * the templates (substituted once, never inside a value). @p newlines false: the value without its
 * newline, as the answers validation accepts application arguments. */
inline QString hostile(const QString& markers, const QString& field, bool newlines = true)
{
    const QString m = markers + QLatin1Char('/') + field;
    return QStringLiteral("$(touch${IFS}%1-dollar)`touch${IFS}%1-backquote`';touch${IFS}%1-squote;'"
                          "\";touch${IFS}%1-dquote;\"\\';touch${IFS}%1-backslash;\\")
               .arg(m) +
           (newlines ? QStringLiteral("\ntouch %1-newline\n").arg(m) : QString()) +
           QStringLiteral("#*?[a]\u00e9\u65e5\u672c@@BIN@@");
}

/** Application arguments that must reach the program byte for byte. */
inline QStringList hostileArguments(const QString& markers, const QString& field, bool newlines = true)
{
    QStringList args{hostile(markers, field, newlines),
                     QString(),
                     QStringLiteral(" two  spaces "),
                     QStringLiteral("'"),
                     QStringLiteral("\""),
                     QStringLiteral("\\"),
                     QStringLiteral("*"),
                     QStringLiteral("${IFS}"),
                     QStringLiteral("$HOME"),
                     QStringLiteral("-n"),
                     QStringLiteral("--"),
                     QStringLiteral("\u00e9\u65e5\u672c"),
                     QStringLiteral("@@ROOT@@")};
    if (newlines)
        args << QStringLiteral("a\nb");
    return args;
}

/** What print_args prints for @p args: each argument framed whole. */
inline QString printed(const QStringList& args)
{
    QString s = QStringLiteral("argc=%1\n").arg(args.size());
    for (const auto& arg : args)
        s += QLatin1Char('<') + arg + QStringLiteral(">\n");
    return s + QStringLiteral("stdin=");
}

inline QStringList withProgram(const QStringList& args)
{
    return QStringList{printArgs()} + args;
}

inline QByteArray yamlQuoted(const QString& s)
{
    return '"' +
           QString(s)
               .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
               .replace(QLatin1Char('"'), QStringLiteral("\\\""))
               .toUtf8() +
           '"';
}

inline QByteArray yamlList(const QStringList& l)
{
    QByteArrayList items;
    for (const auto& s : l)
        items << yamlQuoted(s);
    return '[' + items.join(", ") + ']';
}

inline QString kindOf(const Answers& a)
{
    return a.isMutualTakeover() ? a.appServerName : a.dfs ? QStringLiteral("dfs") : QStringLiteral("dce");
}

} // namespace scripttest
