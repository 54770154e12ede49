#pragma once

#include "system/System.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace dceha {

/** @brief What a run has seen of the node since its last change: each query's answer, kept until a step
 * changes something.
 *
 * A step probes, plans, applies and verifies; the probe and the plan ask the node the same questions
 * (`lsvg dcevg` for the free partitions, `lvlstmajor`, `mount`), so does apply until its first command, and
 * the next step's probe asks what this one's verification just did (`mount`, `lslv NAME`). Between two
 * changes the answers cannot differ (the wizard holds the node's lock and runs one command at a time), so
 * the view answers them once. Every change a step makes through its context (a command, a file written, a
 * directory, a link, a mode) forgets them all, so the verification after a change always asks the node
 * again; each run (each process) starts with an empty view, so a resumed run sees the node as it is now. A
 * query whose answer changes by itself (HACMP finishing an event after its command returned) is asked with
 * queryNow. */
class NodeView
{
public:
    explicit NodeView(System& system) : m_system(system) {}

    static constexpr int kTimeoutMs = 120000;
    /** The answer to @p argv (a read-only command), from the node the first time since the last change. */
    CommandResult query(const QStringList& argv, int timeoutMs = kTimeoutMs);
    /** Asks the node again, whatever the view holds (polling), and keeps the new answer. */
    CommandResult queryNow(const QStringList& argv, int timeoutMs = kTimeoutMs);
    /** The node changed (or may have): every answer is forgotten. @p argv, the command that changed it (none:
     * a file), says whether the facts below are too. */
    void changed(const QStringList& argv = {});

    /** A VG's PP size, once a query gave it: mkvg -s sets it and no command changes it after (chvg has no
     * flag for it), so it outlives the changes of the run's steps; forgotten only when a command makes,
     * removes or redefines a VG (kVgDefiningCommands in NodeView.cpp). */
    std::optional<int> ppSizeOf(const QString& vg) const
    {
        const auto it = m_ppSizes.constFind(vg);
        return it == m_ppSizes.constEnd() ? std::nullopt : std::optional<int>(*it);
    }
    void rememberPpSize(const QString& vg, int mb) { m_ppSizes.insert(vg, mb); }

    /** Queries answered from the view so far, and those that ran (the step's log line says both). */
    int answeredFromView() const { return m_fromView; }
    int ran() const { return m_ran; }

private:
    System& m_system;
    QHash<QStringList, CommandResult> m_answers;
    QHash<QString, int> m_ppSizes;
    int m_fromView = 0;
    int m_ran = 0;
};

/** @brief The node as the pre-flight sees it: a System whose programs are answered through a NodeView, so
 * that the pre-flight's questions (the same `lspv` for the disks and their PVIDs, `hostname` for the
 * cluster's view and the record) are asked once, and the run's first steps find their answers there. Only
 * for what changes nothing: every command it is given must be a query. Files go to the node itself. */
class ViewedSystem : public System
{
public:
    ViewedSystem(System& node, NodeView& view) : System(node.root()), m_node(node), m_view(view) {}

    /** A query without input or environment: from the view; anything else from the node as it is. */
    CommandResult run(const CommandSpec& spec) override;
    bool isSimulated() const override { return m_node.isSimulated(); }
    bool exists(const QString& nodePath) const override { return m_node.exists(nodePath); }
    bool isDirectory(const QString& nodePath) const override { return m_node.isDirectory(nodePath); }
    std::optional<QString> linkTarget(const QString& nodePath) const override
    {
        return m_node.linkTarget(nodePath);
    }
    std::optional<QByteArray> readFile(const QString& nodePath) const override
    {
        return m_node.readFile(nodePath);
    }
    std::optional<int> modeOf(const QString& nodePath) const override { return m_node.modeOf(nodePath); }
    /** Changes are not the pre-flight's: refused here, never passed on. */
    FileEdit writeFile(const QString& nodePath, const QByteArray& content, bool backup = true) override;
    QStringList removeStaleTemporaries(const QString& nodePath) override;
    QString makeDirectory(const QString& nodePath) override;
    QString makeSymlink(const QString& target, const QString& linkPath) override;
    QString setMode(const QString& nodePath, int mode) override;

private:
    System& m_node;
    NodeView& m_view;
};

} // namespace dceha
