#pragma once

#include "Session.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace dceha {

/** @brief Both nodes' integration in one session, in the order chapter 3 of the guide has them: the owner's
 * part up to the release of the shared DASD, the standby's integration (the owner's record handed over in
 * memory), the owner's cluster start, then the standby's.
 *
 * Each node is an ordinary Session (its own state directory, checkpoint, lock, log and record); this class
 * only orders their runs. The waits between the nodes (the standby's owner-released and
 * owner-cluster-started, the owner's standby-integrated) are resolved by checks of the other node and of its
 * record (OperatorStep's other_node_probe and other_record_reaches), never by a confirmation taken on trust.
 * A part that stops for any other reason (a failure, an operator step of its own, a signal) ends the session
 * there; the same command again resumes both nodes from their checkpoints. */
class TwoNodeSession
{
public:
    /** Which node a part or a result belongs to. */
    enum class Node
    {
        Owner,
        Standby
    };

    TwoNodeSession();
    ~TwoNodeSession();
    TwoNodeSession(const TwoNodeSession&) = delete;
    TwoNodeSession& operator=(const TwoNodeSession&) = delete;

    /** Opens the owner's session and checks the standby's (answers agreeing with the owner's, its
     * pre-flight, its host key) before anything changes on either node; false when either is refused or
     * locked (result(), refusal(): the refusing node named). The standby's session itself is opened when
     * its part begins, so that its pre-flight sees the shared DASD the owner released. */
    bool open(const SessionSetup& owner, const SessionSetup& standby);
    /** The dry run of both nodes: both sessions opened as dry runs (nothing locked or changed), for their
     * preview(); run() is not to be called. */
    bool openPreview(const SessionSetup& owner, const SessionSetup& standby);
    Session::Result result() const { return m_result; }
    const QStringList& refusal() const { return m_refusal; }
    const QStringList& notices() const { return m_notices; }
    /** The node whose part produced result() (the one that stopped, or the standby when complete). */
    Node resultNode() const { return m_resultNode; }

    /** Called before each part with the node's Session and the part's number (1 or 2 for each node): the
     * front-end sets that Session's Runner hooks (progress, password, interruption) and says what runs. */
    std::function<void(Node, int part, Session&)> partStarting;

    /** Runs the parts in order until both nodes are complete or one stops. */
    Session::Result run();

    Session& owner() { return *m_owner; }
    /** The standby's session once its part began (nullptr before). */
    Session* standby() { return m_standby.get(); }

    /** Whether @p step is a wait for the other node that the two-node session resolves by checking it. */
    static bool waitsForOtherNode(const StepDefinition& step);
    static QString nodeName(Node node);
    /** Both nodes' steps in the order the session runs them: the owner's up to its last wait for the
     * standby, the standby's up to its last wait for the owner, the rest of the owner's, the rest of the
     * standby's. Each entry: the node and the step's index in that node's list. */
    struct Position
    {
        Node node;
        int index;
    };
    static QList<Position> runOrder(const QList<StepDefinition>& owner, const QList<StepDefinition>& standby);

private:
    /** The step a Waiting session waits at, if it is a wait for the other node. */
    static bool waitingForOtherNode(Session& session);
    Session::Result runPart(Node node, int part, Session& session);
    bool openStandby();
    bool refuse(Node node, Session::Result result, const QStringList& lines);

    SessionSetup m_standbySetup;
    std::unique_ptr<Session> m_owner;
    std::unique_ptr<Session> m_standby;
    Session::Result m_result = Session::Result::Refused;
    Node m_resultNode = Node::Owner;
    QStringList m_refusal;
    QStringList m_notices;
};

} // namespace dceha
