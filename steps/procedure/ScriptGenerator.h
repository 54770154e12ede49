#pragma once

#include "answers/Answers.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dceha {

/** @brief The application server scripts (and optional event wrappers) a node's answers call for, from the
 * templates in resources/scripts/. Pure: the same answers and node give the same bytes. */
class ScriptGenerator
{
public:
    struct Script
    {
        QString path; ///< node path, in scripts_dir
        QByteArray content;
        /** Why the script could not be generated (a faulty template); empty when @ref content is it. */
        QString refusal;
    };

    /** @param root the node's root as the scripts must see it ("" on a real node).
     * @param bin the directory of start.dce, hostname & co. ("/usr/bin" on AIX).
     * @param homeHostname this node's host name (said in the scripts' first comment).
     * @param templates the directory of the templates (the built-in ones unless a test gives others). */
    ScriptGenerator(const Answers& answers, QString root, QString bin, QString homeHostname,
                    QString templates = QStringLiteral(":/dceha/scripts"));

    /** Every script this node needs: its own application server's start and stop scripts, in mutual
     * takeover also the other node's (which this node runs after a takeover), then the event wrappers. */
    QList<Script> scripts() const;
    /** On the simulated node: the applications' programs that are the node's own (under its root), run there
     * by their host path; any other program is the host's. */
    void setNodePrograms(QStringList programs) { m_nodePrograms = std::move(programs); }
    QString startScript() const;
    QString stopScript() const;
    /** The command that registers this node's application server with HACMP. */
    QStringList registration() const;
    /** Mutual takeover: the other node's application server's scripts on this node (empty outside). */
    QString peerStartScript() const;
    QString peerStopScript() const;
    /** Mutual takeover: the command that registers the other node's application server (empty outside). */
    QStringList peerRegistration() const;

    /** A value quoted for ksh/sh: '…' with embedded quotes escaped. The one quoting of every value a
     * generated script holds (and of the replay script's arguments): the shell reads it back byte for byte,
     * whatever it contains. */
    static QString quote(const QString& value);
    /** A value as a script's comment may show it: every control character (a newline would end the comment
     * and make the rest a command) replaced by '?'. */
    static QString commentText(const QString& value);
    /** What is wrong with a template's placeholders: one message per line that has a placeholder anywhere
     * but in a comment, on a line of its own (@@IF_X@@, @@END_X@@, the applications' blocks) or as the
     * whole value of an assignment (`script=@@SCRIPT@@`, substituted quoted). A placeholder inside quotes
     * written by hand would let a value end the quotes. The generator refuses a template with any. */
    static QStringList templateProblems(const QString& templateText);

private:
    QString kind() const;
    /** Where the start or stop script of the application server @p server lives. */
    QString scriptPath(const QString& action, const QString& server) const;
    /** The script @p path from the template @p templateName, or its refusal. @p takeover: the other node's
     * application server, as this node runs it after a mutual takeover. */
    Script render(const QString& path, const QString& templateName, const QString& name,
                  const QMap<QString, QString>& extra, bool takeover = false) const;

    const Answers& m_answers;
    QString m_root;
    QString m_bin;
    QString m_home;
    QString m_templates;
    QStringList m_nodePrograms;
};

} // namespace dceha
