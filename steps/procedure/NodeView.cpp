#include "NodeView.h"

namespace dceha {

namespace {

/** The commands that make, remove or redefine a volume group (AIX 4.3 Commands Reference): after one of
 * them a VG's PP size is asked again. */
const QStringList kVgDefiningCommands = {QStringLiteral("mkvg"), QStringLiteral("importvg"),
                                         QStringLiteral("exportvg"), QStringLiteral("reducevg"),
                                         QStringLiteral("redefinevg")};

} // namespace

void NodeView::changed(const QStringList& argv)
{
    m_answers.clear();
    // By its name however the catalog spells its path (/usr/sbin/mkvg).
    if (!argv.isEmpty() && kVgDefiningCommands.contains(argv.first().section(QLatin1Char('/'), -1)))
        m_ppSizes.clear();
}

CommandResult NodeView::query(const QStringList& argv, int timeoutMs)
{
    if (const auto known = m_answers.constFind(argv); known != m_answers.constEnd()) {
        ++m_fromView;
        return *known;
    }
    return queryNow(argv, timeoutMs);
}

CommandResult NodeView::queryNow(const QStringList& argv, int timeoutMs)
{
    CommandSpec spec;
    spec.name = argv.value(0);
    spec.args = argv.mid(1);
    spec.timeoutMs = timeoutMs;
    CommandResult r = m_system.run(spec);
    ++m_ran;
    // An answer that did not come (a timeout, a signal) is not an answer: the next query asks again.
    if (r.started && !r.timedOut && !r.crashed && !r.interrupted)
        m_answers.insert(argv, r);
    return r;
}

CommandResult ViewedSystem::run(const CommandSpec& spec)
{
    if (!spec.stdinData.isEmpty() || !spec.environment.isEmpty())
        return m_node.run(spec);
    return m_view.query(QStringList{spec.name} + spec.args, spec.timeoutMs);
}

namespace {

const QString kNotHere = QStringLiteral("the pre-flight changes nothing on the node");

} // namespace

FileEdit ViewedSystem::writeFile(const QString& nodePath, const QByteArray&, bool)
{
    FileEdit refused;
    refused.path = nodePath;
    refused.error = kNotHere;
    return refused;
}

QStringList ViewedSystem::removeStaleTemporaries(const QString&)
{
    return {};
}

QString ViewedSystem::makeDirectory(const QString&)
{
    return kNotHere;
}

QString ViewedSystem::makeSymlink(const QString&, const QString&)
{
    return kNotHere;
}

QString ViewedSystem::setMode(const QString&, int)
{
    return kNotHere;
}

} // namespace dceha
