#include "DiscoverCommand.h"

#include "answers/AnswersFile.h"
#include "answers/DiscoveredAnswers.h"
#include "procedure/ExitCode.h"
#include "procedure/NodeDiscovery.h"
#include "system/CommandMap.h"
#include "system/RealSystem.h"

#include <QFileInfo>
#include <cstdio>
#include <memory>

namespace dceha {

namespace {

void complain(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("dce-ha-wizard: ") + text + QLatin1Char('\n')), stderr);
}

std::unique_ptr<RealSystem> nodeAt(const Options& o, const QString& root)
{
    return std::make_unique<RealSystem>(
        root, o.simulate ? CommandMap::forSimulatedNode(Options::aixsimProgram(), root, o.sharedDasd)
                         : CommandMap::forRealNode());
}

} // namespace

int runDiscover(const Options& o)
{
    if (o.simulate && !QFileInfo(Options::aixsimProgram()).isExecutable()) {
        complain(QStringLiteral("the simulated node's program %1 is missing").arg(Options::aixsimProgram()));
        return ExitRefused;
    }
    if (!o.peerRoot.isEmpty() && !o.simulate) {
        complain(QStringLiteral("--peer-root names a simulated node: it needs --simulate"));
        return ExitRefused;
    }
    if (!o.peerRoot.isEmpty() && !QFileInfo(o.peerRoot).isDir()) {
        complain(QStringLiteral("the other node's root %1 is not a directory").arg(o.peerRoot));
        return ExitRefused;
    }
    const auto here = nodeAt(o, o.root);
    const NodeDiscovery::ClusterView view = NodeDiscovery(*here).clusterView();
    std::optional<NodeDiscovery::ClusterView> peerView;
    if (!o.peerRoot.isEmpty()) {
        const auto peer = nodeAt(o, o.peerRoot);
        peerView = NodeDiscovery(*peer).clusterView();
        if (peerView->hostname.isEmpty() || peerView->hostname == view.hostname) {
            complain(QStringLiteral("the node at %1 is %2, not the other node of this cluster")
                         .arg(o.peerRoot, peerView->hostname.isEmpty() ? QStringLiteral("not answering")
                                                                       : QStringLiteral("this node")));
            return ExitRefused;
        }
    }
    const DiscoveredAnswers d = DiscoveredAnswers::derive(view, peerView ? &*peerView : nullptr, o.role);
    std::fwrite(d.text.constData(), 1, size_t(d.text.size()), stdout);
    std::fflush(stdout);
    for (const auto& p : d.problems)
        complain(QStringLiteral("not discovered: ") + p);
    if (!d.problems.isEmpty())
        return ExitRefused;
    // What is printed must be what --answers accepts once the cell name is added: checked here, so that a
    // defect of the derivation is said rather than left to the administrator.
    const auto parsed = AnswersFile::parse(d.text + "cell_name: discovered.example.com\n");
    if (!parsed.errors.isEmpty()) {
        for (const auto& e : parsed.errors)
            complain(QStringLiteral("the derived answers are refused (a defect of --discover): ") + e.text());
        return ExitFailed;
    }
    return ExitComplete;
}

} // namespace dceha
