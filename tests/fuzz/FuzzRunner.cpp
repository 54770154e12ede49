// The fuzz suite's runner: cases run through the real dce-ha-wizard binary, a few at a time, and judged.
#include "FuzzRunner.h"

#include "Wizard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace fuzz {
namespace {

QString firstDifference(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
    for (int i = 0; i < qMax(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("'%1' became '%2'").arg(a.value(i).left(200), b.value(i).left(200));
    return QString();
}

QByteArray bytes(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool namesField(const QString& err)
{
    // `  shared_vg.filesystems[1].size_mb: …` on a line of its own, or inside the sentence after `(` or
    // `: ` (`… is not a readable record (steps[3].status: …)`), or `(file): …` for the text as a whole.
    static const QRegularExpression field(QStringLiteral(
        "(^|\\n|\\(|: )\\s*(\\(file\\)|[A-Za-z_]\\w*(\\[\\d+\\])*(\\.[A-Za-z_]\\w*(\\[\\d+\\])*)*):\\s"));
    static const QRegularExpression sentence(QStringLiteral("^(dce-ha-wizard|To recover|Changed)$"));
    auto it = field.globalMatch(err);
    while (it.hasNext())
        if (!sentence.match(it.next().captured(2)).hasMatch())
            return true;
    return false;
}

bool namesFile(const QString& err, const QStringList& files)
{
    for (const auto& f : files)
        if (!f.isEmpty() && (err.contains(f) || err.contains(QFileInfo(f).fileName())))
            return true;
    return false;
}

bool sanitizerReport(const QString& err)
{
    return err.contains(QLatin1String("ERROR: AddressSanitizer")) ||
           err.contains(QLatin1String("ERROR: LeakSanitizer")) ||
           err.contains(QLatin1String("runtime error:")) || err.contains(QLatin1String("terminate called"));
}

} // namespace

bool copyNode(const QString& root, const QString& shared, const QString& toRoot, const QString& toShared)
{
    QDir().mkpath(QFileInfo(toRoot).absolutePath());
    for (const auto& [from, to] : {std::pair{root, toRoot}, std::pair{shared, toShared}}) {
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
        if (!cp.waitForFinished(60000) || cp.exitStatus() != QProcess::NormalExit || cp.exitCode() != 0)
            return false;
    }
    for (const QString& dir : {toRoot, toShared}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String("/checkpoint.yaml")))
                continue;
            const QByteArray before = bytes(file);
            QByteArray after = before;
            after.replace(shared.toUtf8(), toShared.toUtf8()).replace(root.toUtf8(), toRoot.toUtf8());
            if (after != before)
                wizard::writeFile(file, after);
        }
    }
    return true;
}

QString nodeState(const QString& root, const QString& shared)
{
    QString state = wizard::tree(root) + QStringLiteral("\n==== shared\n") + wizard::tree(shared);
    return state.replace(shared, QStringLiteral("SHARED")).replace(root, QStringLiteral("ROOT"));
}

void FuzzRunner::runAll(QList<Case>& cases) const
{
    QEventLoop loop;
    int next = 0, running = 0;
    std::function<void()> launch = [&] {
        while (running < jobs && next < cases.size()) {
            const int i = next++;
            Case& c = cases[i];
            wizard::writeFile(c.inputPath, c.input);
            auto* p = new QProcess;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            for (const char* v :
                 {"AIXSIM_FAIL", "AIXSIM_DELAY_MS", "DCE_CELL_ADMIN_PASSWORD", "DISPLAY", "WAYLAND_DISPLAY"})
                e.remove(QLatin1String(v));
            for (const auto& kv : c.env)
                e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            p->setProcessEnvironment(e);
            p->setStandardOutputFile(QProcess::nullDevice());
            auto* timer = new QTimer(p);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, p, [&cases, i, p] {
                cases[i].hung = true;
                p->kill();
            });
            const auto done = [&, i, p] {
                --running;
                p->deleteLater();
                launch();
                if (running == 0 && next >= cases.size())
                    loop.quit();
            };
            QObject::connect(p, &QProcess::finished, p,
                             [&cases, i, p, done](int code, QProcess::ExitStatus status) {
                                 Case& c = cases[i];
                                 c.exitCode = code;
                                 c.crashed = status == QProcess::CrashExit && !c.hung;
                                 c.err = QString::fromUtf8(p->readAllStandardError());
                                 done();
                             });
            QObject::connect(p, &QProcess::errorOccurred, p,
                             [&cases, i, p, done](QProcess::ProcessError error) {
                                 if (error != QProcess::FailedToStart)
                                     return;
                                 cases[i].failedToStart = true;
                                 cases[i].err = p->errorString();
                                 done();
                             });
            ++running;
            p->start(wizard::binary(), c.args);
            p->closeWriteChannel();
            timer->start(timeoutMs);
        }
    };
    launch();
    if (running > 0)
        loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList FuzzRunner::judge(const QString& family, QList<Case>& cases, Totals* totals) const
{
    QStringList violations;
    for (Case& c : cases) {
        ++totals->tried;
        QString why;
        if (c.failedToStart)
            why = QStringLiteral("did not start: ") + c.err;
        else if (c.hung) {
            ++totals->hangs;
            why = QStringLiteral("hang: no exit after %1 s").arg(timeoutMs / 1000);
        } else if (c.crashed || sanitizerReport(c.err)) {
            ++totals->crashes;
            why = c.crashed ? QStringLiteral("crash (signal, exit status %1)").arg(c.exitCode)
                            : QStringLiteral("sanitizer report");
        } else if (c.exitCode < 0 || c.exitCode > 5) {
            ++totals->contract;
            why = QStringLiteral("exit code %1 is not in the contract {0..5}").arg(c.exitCode);
        } else if (c.mustRefuse && c.exitCode != 2) {
            ++totals->contract;
            why = QStringLiteral("refused in a dry run, but a real run exited %1").arg(c.exitCode);
        } else if (c.exitCode == 2) {
            const bool field = namesField(c.err);
            if (c.parseOnly && c.err.contains(QLatin1String("HACMP's adapter list could not be read")))
                ++totals->accepted; // the parsers took it; the parse-only simulator stops the node check
            else if (field)
                ++totals->refusedWithField;
            else if (namesFile(c.err, c.namedFiles))
                ++totals->refusedFileOnly;
            else {
                ++totals->contract;
                why = QStringLiteral("refused without naming a field or the file");
            }
            if (why.isEmpty() && !c.copiedNode.isEmpty()) {
                const QString shared = c.copiedNode + QStringLiteral("-shared");
                const QString pristine = c.checkpointPath.isEmpty() ? pristineTree : waitingTree;
                if (const QString now = nodeState(c.copiedNode, shared); now != pristine) {
                    ++totals->contract;
                    why = QStringLiteral("refused, but the node changed: ") + firstDifference(pristine, now);
                } else if (!c.checkpointPath.isEmpty() && bytes(c.checkpointPath) != c.input) {
                    ++totals->contract;
                    why = QStringLiteral("refused, but the checkpoint was rewritten");
                }
            }
        } else {
            if (c.exitCode == 0 || c.exitCode == 3)
                ++totals->accepted;
            else
                ++totals->otherExit;
            if (!c.outputPath.isEmpty() && c.exitCode == 0 && !QFileInfo::exists(c.outputPath)) {
                ++totals->contract;
                why = QStringLiteral("export reported success but wrote nothing");
            }
        }
        if (verbose)
            qInfo("fuzz %s #%d (%s): exit %d%s: %s", qPrintable(family), c.index, qPrintable(c.mutation),
                  c.exitCode,
                  c.hung      ? " (hung)"
                  : c.crashed ? " (crashed)"
                              : "",
                  qPrintable(c.err.trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | ")).left(300)));
        if (!why.isEmpty()) {
            const QString dir = findings + QStringLiteral("/%1-%2").arg(family).arg(c.index);
            QDir().mkpath(dir);
            wizard::writeFile(dir + QStringLiteral("/input.yaml"), c.input);
            wizard::writeFile(dir + QStringLiteral("/stderr.txt"), c.err.toUtf8());
            wizard::writeFile(dir + QStringLiteral("/case.txt"),
                              QStringLiteral("seed %1 family %2 case %3 mutation %4\nexit %5\n%6\n"
                                             "dce-ha-wizard %7\n")
                                  .arg(seed)
                                  .arg(family)
                                  .arg(c.index)
                                  .arg(c.mutation)
                                  .arg(c.exitCode)
                                  .arg(why, c.args.join(QLatin1Char(' ')))
                                  .toUtf8());
            const QString err = c.err.trimmed().section(QLatin1Char('\n'), -3);
            violations << QStringLiteral("%1 #%2 (%3): %4 — saved in %5%6")
                              .arg(family)
                              .arg(c.index)
                              .arg(c.mutation, why, dir,
                                   err.isEmpty() ? QString() : QStringLiteral("; stderr ends: ") + err);
        }
    }
    return violations;
}

} // namespace fuzz
