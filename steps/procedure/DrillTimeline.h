#pragma once

#include "Record.h"
#include "answers/Answers.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief Where the cluster's resources are at each stage of the failover drill: which node holds each
 * service address, the shared volume group, DCE, DFS and each application.
 *
 * The drill's `drill_snapshot` steps ask both nodes (read-only; every query kept in the record as evidence)
 * and keep what they found in their step's facts; this reads it back for the GUI's *Failover test* page, the
 * terminal front-end and the record's exports. One type for the encoding, so that writer and readers agree.
 */
class DrillTimeline
{
public:
    /** One thing a node can hold. */
    struct Resource
    {
        enum class Kind
        {
            Address,     ///< a service address (ifconfig -a)
            VolumeGroup, ///< the shared VG (lsvg -o)
            Dce,         ///< DCE: every daemon of its configured components (ps -e -o comm)
            Dfs,         ///< DFS: the same for its components
            Application  ///< an application, as HACMP runs it (its scripts' last word in hacmp.out)
        };
        Kind kind = Kind::Address;
        QString name; ///< the address, the VG, the application; empty for DCE and DFS

        bool operator==(const Resource& o) const { return kind == o.kind && name == o.name; }
        /** "the service address 192.168.10.1", "DCE", "the application ledger": the record's words. */
        QString english() const;
        /** "Service address 192.168.10.1", "DCE", "Application ledger": a row of the exported timeline. */
        QString label() const;
        static QString kindName(Kind kind);
        static bool kindFromName(const QString& name, Kind* kind);
    };

    /** One snapshot: the nodes asked and who held what. */
    struct Stage
    {
        QString stepId;
        QString label; ///< the catalog's `stage` ("after the takeover"), English: the translation key
        bool taken = false;
        QStringList nodes;       ///< the two nodes, this node first
        QStringList unreachable; ///< nodes that could not be asked (their part is the operator's)
        QList<Resource> resources;
        QList<QStringList> holders; ///< per resource, the nodes that hold it (empty: none)

        /** The nodes holding @p r at this stage; empty when none or when the stage does not list it. */
        QStringList holdersOf(const Resource& r) const;
        /** A cell of the timeline: the holders ("node1 + node2"), "—" for neither node, "?" when a node could
         * not be asked and the other holds nothing, empty before the stage is taken. */
        QString cellText(const Resource& r) const;
        /** The stage as the step's facts. */
        QMap<QString, QString> toFacts() const;
        static Stage fromFacts(const QString& stepId, const QMap<QString, QString>& facts);
    };

    /** What the drill watches for these answers, in the order shown: the service addresses (the other node's
     * too in mutual takeover), the shared VG (not in mutual takeover), DCE, DFS (when installed), then the
     * applications (the other node's too in mutual takeover). */
    static QList<Resource> resourcesOf(const Answers& answers);

    /** The drill's record read back: every snapshot step (not yet taken ones too), in order. */
    static DrillTimeline fromRecord(const RunRecord& record);

    QList<Stage> stages;
    /** Every resource some stage lists, in the order of first appearance. */
    QList<Resource> resources() const;
    /** Every node some stage names, in the order of first appearance. */
    QStringList nodes() const;
    /** The stages taken so far as a plain-text table (the terminal front-end), one row per resource. */
    QString text() const;

    static constexpr const char* kStepKind = "drill_snapshot";
};

} // namespace dceha
