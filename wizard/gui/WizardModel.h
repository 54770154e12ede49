#pragma once

#include "../cli/Options.h"
#include "RunController.h"
#include "answers/AnswersFile.h"
#include "answers/DiscoveredAnswers.h"
#include "procedure/NodeDiscovery.h"
#include "system/SshTransport.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace dceha {

/** @brief What the GUI's pages share: the options, the answers being edited (as YAML text, checked by the
 * engine's own rules), and, from the review page on, the run controller. Pages only ask and show. */
class WizardModel : public QObject
{
    Q_OBJECT

public:
    explicit WizardModel(Options options, QObject* parent = nullptr);
    /** Waits for the node queries still under way (askNode). */
    ~WizardModel() override;

    const Options& options() const { return m_options; }
    /** Loads answers from YAML text (a file, or an example); @return the engine's verdict. */
    void setAnswersText(const QByteArray& text);
    QByteArray answersText() const { return m_text; }
    /** Changes the answers field by field (the pages' edits): re-serialised and checked again. */
    void editAnswers(const std::function<void(Answers&)>& edit);
    /** The engine's messages for the fields under @p prefix (e.g. "network"). */
    QStringList problemsFor(const QString& prefix) const;
    QStringList problemsFor(const QStringList& prefixes) const;
    /** The same refusals with their fields apart (the page names a field as it shows it). */
    QList<AnswerError> errorsFor(const QStringList& prefixes) const;

    /** Asks the node in a worker thread, so that the window never waits for it: @p ask runs there with a
     * System of its own; @p done runs in the GUI thread with the answer, unless @p context is gone by then.
     */
    template <typename R>
    void askNode(QObject* context, std::function<R(NodeDiscovery&)> ask, std::function<void(R)> done)
    {
        std::shared_ptr<System> system = makeSystem();
        QPointer<QObject> guard(context);
        QThread* thread =
            QThread::create([this, system, ask = std::move(ask), guard, done = std::move(done)] {
                NodeDiscovery discovery(*system);
                R answer = ask(discovery);
                // Posted to the model, which outlives the thread (its destructor waits for it).
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, answer] {
                        if (guard)
                            done(answer);
                    },
                    Qt::QueuedConnection);
            });
        m_askers.append(thread);
        connect(thread, &QThread::finished, this, [this, thread] {
            m_askers.removeOne(thread);
            thread->deleteLater();
        });
        thread->start();
    }
    using Adapter = NodeDiscovery::Adapter;
    using Disk = NodeDiscovery::Disk;
    const AnswersFile::Parsed& parsed() const { return m_parsed; }
    /** The shipped example answers for a configuration, role and DFS choice (the demo cluster's values). */
    static QByteArray exampleAnswers(const QString& configuration, const QString& role, bool dfs);

    /** Errors in the answers themselves and against the owner's record (the node is not asked: the
     * controller's review does that, off the GUI thread); empty when the review may start. */
    QStringList answerProblems() const;
    /** The standby's answers in a two-node window (as given, or the demo's example); empty when none. */
    QByteArray standbyAnswers() const;
    /** Makes the controller for the current answers (after answerProblems() is empty). */
    RunController* controller();
    /** The controller made last, if any (never makes one). */
    const RunController* existingController() const { return m_controller.get(); }

    /** The failover drill (the owner's answers, both nodes integrated): its controller, made again when the
     * answers or the other node's root changed. */
    RunController* drillController();
    /** The simulated cluster's other node, which the drill drives too: --peer-root, or the standby this
     * window opened. Empty: the other node's part is the operator's. */
    QString peerRoot() const { return m_peerRoot; }
    void setPeerRoot(const QString& root) { m_peerRoot = root; }
    /** Both nodes in this window (--two-node, or the welcome page's choice): the pages edit the owner's
     * answers, the standby's are @p standbyAnswers (empty: on the simulated demo, the shipped example for
     * the owner's configuration), with what both nodes share handed over from the owner's. */
    void setTwoNode(bool on, const QByteArray& standbyAnswers = {});
    bool twoNode() const { return m_twoNode; }
    /** Whether this window can run both nodes: the other node given (--peer-root on the simulated cluster,
     * or --peer). */
    bool canRunBothNodes() const;
    /** Where the standby is, as the person reads it (its simulated root or its ssh:// address). */
    QString standbyPlace() const;
    /** The nodes as the welcome page gives them: @p node the node to integrate (ssh://…; empty: this
     * machine's, or the simulated one), @p peer the other node (empty: --peer-root's, if any). */
    void setNodes(const QString& node, const QString& peer);
    /** Reaches the remote nodes (none: nothing to do): each one's host key checked against the wizard's known
     * hosts, off the GUI thread; at first contact the person is shown the key's fingerprint and asked
     * (@p parent the dialog's); a changed key is refused with both. @return false, with the reason in
     * @p error, when a node cannot be used. */
    bool connectNodes(QWidget* parent, QString* error);
    /** The node's host name as it answered `hostname` (identifyNode()); empty until it has. */
    QString nodeHostname() const { return m_hostname; }
    /** Asks the node its host name off the GUI thread (a remote node once connectNodes() reached it);
     * nodeIdentified() when it answered. */
    void identifyNode();
    /** What the node is, as the banner says it: a simulated node, this AIX node, or the remote node HOST. */
    QString targetText() const;
    /** The node as a sentence names it: "node1 (simulated node)", or what it is until it answered. */
    QString nodeDescription() const;
    /** Saves the drill's record beside its checkpoint as drill-record.yaml and .html; @return the path
     * without extension, empty when it cannot be written. */
    QString saveDrillRecord();

    /** The owner node's record (standby runs): answers both nodes share are taken from it, and its done steps
     * tell the standby the shared DASD was released. @return false (and why) when it is no owner's record. */
    bool setOwnerRecord(const QString& file, QString* error);
    bool hasOwnerRecord() const { return m_owner.has_value(); }
    /** The owner's configuration, from its record (empty without one). */
    QString ownerConfiguration() const { return m_owner ? m_owner->configuration : QString(); }
    /** Whether the owner installed DFS, from its record. */
    bool ownerDfs() const;
    /** The answer keys the owner's record filled in. */
    QStringList prefilledKeys() const { return m_prefilled; }

    /** The checkpoint of a run on this node, if any: its answers and progress. */
    struct CheckpointInfo
    {
        bool exists = false;
        QString role, configuration;
        int done = 0, total = 0;
        QByteArray answersYaml;
        QByteArray answersDigest;
        /** Why the checkpoint there cannot be resumed (damaged, or not a file); empty when it can. */
        QString problem;
        bool notAFile = false;
    };
    CheckpointInfo checkpoint() const;
    /** The checkpoint of a run in progress, if any: "N of M steps done", else empty. */
    QString checkpointSummary() const;
    /** Resume: the answers are the checkpoint's (the run continues where it stopped). */
    bool resumeFromCheckpoint();
    /** Whether the answers came from the checkpoint (the pages show them, the run resumes with them). */
    bool resuming() const { return m_resuming; }
    /** Saves the run's record beside the checkpoint as record-ROLE.yaml (the standby reads the owner's) and
     * record-ROLE.html (for people); @return the path without extension, empty when it cannot be written. */
    QString saveRecord();
    /** Start over: the checkpoint is archived beside itself; @return the archive's path (empty on failure).
     */
    QString startOver();

    /** What discovery found on this node (the cluster page asks for it, DiscoveredAnswers.h): HACMP's
     * configuration and this node's role, the values derived from the node, and each one's source. */
    struct Discovery
    {
        QString configuration, role;
        QString why; ///< how the configuration follows from HACMP's groups
        Answers answers;
        QMap<QString, QString> sources;
        QStringList problems;
    };
    void setDiscovery(const DiscoveredAnswers& discovered);
    const std::optional<Discovery>& discovery() const { return m_discovery; }
    /** The answers for @p configuration and @p role: the example's (the demo cluster's values), with what
     * discovery found on this node in place of the example's (addresses, VG, disks, PP size, major,
     * application server, scripts directory) when discovery agrees on the configuration. */
    QByteArray startingAnswers(const QString& configuration, const QString& role, bool dfs) const;
    /** Where the value of @p field comes from: "discovered" (with its source in @p source) while it is what
     * discovery found, "typed" once changed, empty when discovery said nothing of it. */
    QString originOf(const QString& field, QString* source = nullptr) const;

Q_SIGNALS:
    void answersChanged();
    /** The node answered its host name (nodeHostname()). */
    void nodeIdentified();
    /** The answers taken from the owner's record (shown to the person). */
    void prefilled(const QStringList& keys);

public Q_SLOTS:
    /** The cell_admin password: the one typed on the cell page, else DCE_CELL_ADMIN_PASSWORD, else asked in
     * a no-echo dialog (called from the engine's thread). */
    QByteArray askPassword();
    /** Asks before a step that restarts a node or stops the cluster and was not confirmed before the run
     * (it runs again, or came after): @p step its title, @p what what it does (called from the engine's
     * thread). */
    bool confirmDisruption(const QString& step, const QStringList& what);

public:
    /** The cell_admin password typed on the cell page: in memory only, never written; empty when none. */
    void setPassword(const QByteArray& password);
    /** Whether a run that needs the password has it without asking (typed, or DCE_CELL_ADMIN_PASSWORD). */
    bool hasPassword() const;

private:
    std::unique_ptr<System> makeSystem() const;
    std::shared_ptr<SshTransport> m_transport; ///< the remote node's, once its host key is known

    Options m_options;
    QByteArray m_text;
    AnswersFile::Parsed m_parsed;
    std::optional<RunRecord> m_owner;
    QString m_ownerFile;
    QStringList m_handoffConflicts;
    QStringList m_prefilled;
    std::unique_ptr<RunController> m_controller;
    std::unique_ptr<RunController> m_drillController;
    QByteArray m_drillDigest;
    QString m_drillPeerRoot;
    QString m_peerRoot;
    bool m_twoNode = false;
    QByteArray m_standbyText; ///< the standby's answers as given (two-node)
    QList<QThread*> m_askers; ///< askNode's threads under way
    QByteArray m_controllerDigest;
    bool m_resuming = false;
    std::optional<Discovery> m_discovery;
    QString m_hostname;
    QByteArray m_password; ///< cleared (overwritten) when replaced and when the model goes
};

} // namespace dceha
