#pragma once

#include "procedure/Record.h"

#include <QList>
#include <QString>

namespace dceha {

/** @brief What a run changed on the node, read from its record: the files it edited with their backups,
 * the directories and links it made, the scripts it wrote, and the LVM, JFS, DCE/DFS and HACMP objects its
 * commands made (a table of the commands that make something). What the summary page and the exports list
 * under "what changed". Queries, waits and checks are not changes and are left out. */
struct NodeChange
{
    enum class Kind
    {
        File,          ///< an edited file (its backup named)
        Script,        ///< a generated script written whole
        Directory,     ///< mkdir, symlink, chmod
        VolumeGroup,   ///< mkvg, importvg, varyoffvg
        LogicalVolume, ///< mklv, logform
        Filesystem,    ///< crfs, mount
        DceDfs,        ///< installp, mkdce, mkdfs, newaggr, dfsexport
        Cluster        ///< claddserv, clsync, the cluster started or stopped
    };
    Kind kind;
    QString stepId;
    /** The object and how: "/etc/environment: set RPC_UNSUPPORTED_NETADDRS (backup …)", "$ mklv …". */
    QString what;
    /** The node it happened on, for the drill's steps on the other node (empty: the record's own). */
    QString node;

    /** Every change in @p record, in the order they were made. */
    static QList<NodeChange> of(const RunRecord& record);
    /** The kind's heading in English (the exports; the GUI has its own, translated). */
    static QString heading(Kind kind);
};

} // namespace dceha
