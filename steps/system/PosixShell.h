#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace dceha {

/** @brief Words for a POSIX shell the wizard does not control (the remote login shell ssh hands its command
 * line to: AIX 4.2's ksh or sh). ssh sends one string; these make it the exact argument list again. */
namespace posixshell {

/** @p word as one word whatever its bytes (NUL excepted: no argument can hold one): in single quotes, where
 * nothing is special, each `'` written as `'\''`. The empty word is `''`. */
QByteArray quote(const QByteArray& word);
/** The words quoted one by one and joined by blanks: what `sh -c` on the other side splits back into them.
 * The line is valid UTF-8 whatever the words' bytes: a word that is not is rebuilt there by printf. With
 * @p exec the shell becomes the program (exec), keeping its process id. */
QByteArray commandLine(const QList<QByteArray>& argv, bool exec = false);
/** The same for text arguments, as UTF-8. */
QByteArray commandLine(const QStringList& argv);

} // namespace posixshell

} // namespace dceha
