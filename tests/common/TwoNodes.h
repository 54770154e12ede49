#pragma once

// Two fresh simulated nodes of one configuration on one shared DASD, with the shipped example answers, for
// the tests of both nodes in one session (locally and over SSH).
#include "Wizard.h"
#include "procedure/Checkpoint.h"
#include "procedure/Record.h"

#include <QTemporaryDir>

/** Two fresh simulated nodes of one configuration, their answers written beside them. */
struct TwoNodes
{
    explicit TwoNodes(const QString& configuration, bool dfs = true)
    {
        n1 = dir.path() + QStringLiteral("/node1");
        n2 = dir.path() + QStringLiteral("/node2");
        shared = dir.path() + QStringLiteral("/shared");
        SimNode(n1, shared, QString(), configuration).ok(QStringLiteral("hostname"));
        SimNode(n2, shared, QString(), configuration).ok(QStringLiteral("hostname"));
        ownerAnswers = wizard::writeFile(dir.path() + QStringLiteral("/owner.yaml"),
                                         wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs));
        standbyAnswers =
            wizard::writeFile(dir.path() + QStringLiteral("/standby.yaml"),
                              wizard::exampleAnswers(configuration, QStringLiteral("standby"), dfs));
    }
    QStringList twoNode() const
    {
        return wizard::headless(n1, shared, ownerAnswers)
               << QStringLiteral("--two-node") << QStringLiteral("--peer-root") << n2
               << QStringLiteral("--standby-answers") << standbyAnswers;
    }
    QString snapshots() const
    {
        // The simulated node's scripts name its root: the same place in both clusters.
        QString both = wizard::snapshot(SimNode(n1, shared)) + QStringLiteral("\n=== node2\n") +
                       wizard::snapshot(SimNode(n2, shared));
        return both.replace(dir.path(), QStringLiteral("<dir>"));
    }
    dceha::RunRecord checkpoint(const QString& root) const
    {
        dceha::RunRecord record;
        QString error;
        if (!dceha::Checkpoint(root + QStringLiteral("/var/adm/dce-ha-wizard")).load(&record, &error))
            qWarning("%s", qPrintable(error));
        return record;
    }
    QTemporaryDir dir;
    QString n1, n2, shared, ownerAnswers, standbyAnswers;
};
