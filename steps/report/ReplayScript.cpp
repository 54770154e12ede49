// The record as a POSIX sh replay script: what ran, in order, each argument quoted, under a comment naming
// the guide step; file changes as idempotent edits; the cell_admin password asked for when needed, never
// written.
#include "RecordExport.h"

#include <algorithm>

#include "procedure/ClusterEvents.h"
#include "procedure/ScriptGenerator.h"

namespace dceha {

namespace {

QString q(const QString& s)
{
    return ScriptGenerator::quote(s);
}

QString commented(const QString& text, const QString& prefix = QStringLiteral("# "))
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (auto& l : lines)
        l = prefix + l;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const char* kPreamble = R"SH(set -u
PATH=/usr/bin:/usr/sbin:/etc:/usr/sbin/cluster/utilities:/usr/sbin/cluster/etc:/opt/dcelocal/bin
export PATH
# On the simulated AIX node: AIXSIM=path/to/aixsim AIXSIM_ROOT=DIR AIXSIM_SHARED_DASD=DIR sh THIS_SCRIPT
ROOT=${AIXSIM_ROOT:-}
if [ -n "${AIXSIM:-}" ]; then
    run() { "$AIXSIM" --root "$AIXSIM_ROOT" --shared-dasd "$AIXSIM_SHARED_DASD" "$@"; }
else
    run() { "$@"; }
fi
fail() { printf 'replay: %s\n' "$*" >&2; exit 1; }
# File edits, each idempotent: a line added once, a line removed if present.
append_line() {
    grep -qxF -- "$2" "$ROOT$1" 2>/dev/null && return 0
    if [ -s "$ROOT$1" ] && [ -n "$(tail -c 1 "$ROOT$1")" ]; then printf '\n' >> "$ROOT$1"; fi
    printf '%s\n' "$2" >> "$ROOT$1"
}
remove_line() {
    [ -f "$ROOT$1" ] || return 0
    grep -vxF -- "$2" "$ROOT$1" > "$ROOT$1.replay.$$"
    cat "$ROOT$1.replay.$$" > "$ROOT$1" && rm -f "$ROOT$1.replay.$$"
}
# HACMP completes its events after rc.cluster and clstop return: wait for EVENT in hacmp.out after byte N.
hacmp_log_size() {
    if [ -f "$ROOT/tmp/hacmp.out" ]; then wc -c < "$ROOT/tmp/hacmp.out" | tr -d ' '; else echo 0; fi
}
wait_for_event() {
    waited=0
    while [ "$waited" -le 900 ]; do
        fresh=$(tail -c +$(($2 + 1)) "$ROOT/tmp/hacmp.out" 2>/dev/null)
        case $fresh in
        *"EVENT COMPLETED: $1"*) return 0 ;;
        *"EVENT FAILED"*) printf '%s\n' "$fresh" >&2; return 1 ;;
        esac
        sleep 1
        waited=$((waited + 1))
    done
    return 1
}
ask_password() {
    if [ -z "${DCE_CELL_ADMIN_PASSWORD:-}" ]; then
        printf 'cell_admin password: ' >&2
        stty -echo 2>/dev/null
        read -r DCE_CELL_ADMIN_PASSWORD
        stty echo 2>/dev/null
        printf '\n' >&2
    fi
}
)SH";

} // namespace

QByteArray RecordExport::replayScript(const RunRecord& r)
{
    const QString recordedRoot = r.root == QLatin1String("/") ? QString() : r.root;
    QString sh = QStringLiteral("#!/bin/sh\n");
    sh += commented(
        QStringLiteral(
            "Replay of a dce-ha-wizard run: %1 node %2, %3, recorded %4 (result: %5).\n"
            "Recorded on: %6; by %7 with dce-ha-wizard %8.\n"
            "The commands that ran, in order, each under the guide step it belongs to. Read it before\n"
            "running it: it changes the node the way the wizard did. Operator steps appear as comments.")
            .arg(r.role, r.hostname, r.configuration, when(r.startedAt), r.result, targetBanner(r),
                 r.operatorName.isEmpty() ? QStringLiteral("unknown") : r.operatorName,
                 r.wizardVersion.isEmpty() ? QStringLiteral("unknown") : r.wizardVersion));
    sh += QLatin1String(kPreamble);
    int delimiter = 0;
    for (const auto& s : r.steps) {
        if (s.status == StepRecord::Status::Skipped || s.actions.isEmpty())
            continue;
        sh += QStringLiteral("\n# --- %1: %2\n# %3\n").arg(s.id, s.title, s.guide);
        // A step that waited for HACMP marks where hacmp.out ended before its commands.
        const bool waits = std::any_of(s.actions.cbegin(), s.actions.cend(), [](const ActionRecord& a) {
            return a.type == ActionRecord::Type::Note && !ClusterEvents::waitedEvent(a.text).isEmpty();
        });
        if (waits)
            sh += QStringLiteral("hacmp_mark=$(hacmp_log_size)\n");
        for (const auto& a : s.actions) {
            switch (a.type) {
            case ActionRecord::Type::Command: {
                if (a.query) // the drill's evidence: a question to the node, not a change to replay
                    continue;
                if (!a.node.isEmpty()) {
                    sh += commented(QStringLiteral("on %1: %2").arg(a.node, a.argv.join(QLatin1Char(' '))));
                    continue;
                }
                QStringList argv;
                for (const auto& arg : a.argv)
                    argv << q(arg);
                QString line = QStringLiteral("run ") + argv.join(QLatin1Char(' '));
                if (a.exitCode != 0) {
                    sh += commented(QStringLiteral("failed in the recorded run (exit %1), retried below: %2")
                                        .arg(a.exitCode)
                                        .arg(line));
                    continue;
                }
                QStringList exports;
                for (const auto& kv : a.environment)
                    exports << QStringLiteral("%1=%2; export %1;")
                                   .arg(kv.section(QLatin1Char('='), 0, 0),
                                        q(kv.section(QLatin1Char('='), 1)));
                if (!exports.isEmpty())
                    line = QStringLiteral("(") + exports.join(QLatin1Char(' ')) + QLatin1Char(' ') + line +
                           QLatin1Char(')');
                if (a.stdinNote.startsWith(QLatin1String("(secret")))
                    sh +=
                        QStringLiteral("ask_password\nprintf '%s\\n' \"$DCE_CELL_ADMIN_PASSWORD\" | ") + line;
                else if (!a.stdinNote.isEmpty())
                    sh += QStringLiteral("printf '%s' ") + q(a.stdinNote) + QStringLiteral(" | ") + line;
                else
                    sh += line;
                sh += QStringLiteral(" || fail ") +
                      q(a.argv.join(QLatin1Char(' ')) + QStringLiteral(" failed")) + QLatin1Char('\n');
                break;
            }
            case ActionRecord::Type::File:
                if (a.operation == QLatin1String("mkdir")) {
                    sh += QStringLiteral("mkdir -p \"$ROOT\"%1 || fail %2\n")
                              .arg(q(a.path), q(QStringLiteral("mkdir ") + a.path));
                } else if (a.operation == QLatin1String("chmod")) {
                    sh += QStringLiteral("chmod %1 \"$ROOT\"%2 || fail %3\n")
                              .arg(q(a.mode), q(a.path),
                                   q(QStringLiteral("chmod ") + a.mode + QLatin1Char(' ') + a.path));
                } else if (a.operation == QLatin1String("symlink")) {
                    sh += QStringLiteral("[ -L \"$ROOT\"%1 ] || ln -s %2 \"$ROOT\"%1 || fail %3\n")
                              .arg(q(a.path), q(a.target),
                                   q(QStringLiteral("ln -s ") + a.target + QLatin1Char(' ') + a.path));
                } else if (!a.content.isEmpty()) {
                    // The whole file: the recorded node's root becomes this node's.
                    QString content = a.content;
                    if (!recordedRoot.isEmpty())
                        content.replace(recordedRoot, QStringLiteral("@DCEHA_ROOT@"));
                    const QString eof = QStringLiteral("DCEHA_EOF_%1").arg(++delimiter);
                    sh += QStringLiteral("mkdir -p \"$(dirname \"$ROOT\"%1)\"\n").arg(q(a.path));
                    sh += QStringLiteral("sed \"s#@DCEHA_ROOT@#$ROOT#g\" > \"$ROOT\"%1 <<'%2'\n%3%4%2\n")
                              .arg(q(a.path), eof, content,
                                   content.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
                } else {
                    const QStringList lines = a.diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    for (const auto& l : lines)
                        if (l.startsWith(QLatin1Char('-')))
                            sh += QStringLiteral("remove_line %1 %2\n").arg(q(a.path), q(l.mid(1)));
                    for (const auto& l : lines)
                        if (l.startsWith(QLatin1Char('+')))
                            sh += QStringLiteral("append_line %1 %2\n").arg(q(a.path), q(l.mid(1)));
                }
                break;
            case ActionRecord::Type::Note:
                sh += commented(a.text);
                if (const QString event = ClusterEvents::waitedEvent(a.text); !event.isEmpty())
                    sh += QStringLiteral("wait_for_event %1 \"$hacmp_mark\" || fail %2\n")
                              .arg(q(event), q(QStringLiteral("HACMP's ") + event +
                                               QStringLiteral(" did not complete")));
                break;
            }
        }
    }
    sh += QStringLiteral("\nprintf 'replay: done\\n'\n");
    return sh.toUtf8();
}

} // namespace dceha
