#include "TwoNodeSession.h"

#include <spdlog/spdlog.h>

namespace dceha {

TwoNodeSession::TwoNodeSession() = default;
TwoNodeSession::~TwoNodeSession() = default;

QString TwoNodeSession::nodeName(Node node)
{
    return node == Node::Owner ? QStringLiteral("owner") : QStringLiteral("standby");
}

bool TwoNodeSession::waitsForOtherNode(const StepDefinition& step)
{
    if (step.kind != QLatin1String("operator"))
        return false;
    const YAML::Node checks = step.params["other_node_probe"];
    return step.params["other_record_reaches"] || step.params["other_record_done"] ||
           (checks && checks.IsSequence() && checks.size() > 0);
}

QList<TwoNodeSession::Position> TwoNodeSession::runOrder(const QList<StepDefinition>& owner,
                                                         const QList<StepDefinition>& standby)
{
    const auto lastWait = [](const QList<StepDefinition>& steps) {
        int last = int(steps.size()) - 1;
        for (int i = 0; i < steps.size(); ++i)
            if (steps.at(i).applicable && waitsForOtherNode(steps.at(i)))
                last = i;
        return last;
    };
    const int ownerSplit = lastWait(owner);
    const int standbySplit = lastWait(standby);
    QList<Position> order;
    const auto add = [&order](Node node, int from, int to) {
        for (int i = from; i <= to; ++i)
            order.append({node, i});
    };
    add(Node::Owner, 0, ownerSplit);
    add(Node::Standby, 0, standbySplit);
    add(Node::Owner, ownerSplit + 1, int(owner.size()) - 1);
    add(Node::Standby, standbySplit + 1, int(standby.size()) - 1);
    return order;
}

bool TwoNodeSession::waitingForOtherNode(Session& session)
{
    const QString id = session.waitingStep();
    for (const auto& step : session.steps())
        if (step.id == id)
            return waitsForOtherNode(step);
    return false;
}

bool TwoNodeSession::refuse(Node node, Session::Result result, const QStringList& lines)
{
    m_result = result;
    m_resultNode = node;
    m_refusal.clear();
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_refusal << (i == 0 ? QStringLiteral("the %1 node: %2").arg(nodeName(node), lines.at(i))
                             : lines.at(i));
    return false;
}

bool TwoNodeSession::open(const SessionSetup& owner, const SessionSetup& standby)
{
    if (!owner.procedure.isEmpty() || !standby.procedure.isEmpty())
        return refuse(Node::Owner, Session::Result::Refused,
                      {QStringLiteral("the two-node session runs the integration; the drill runs from the "
                                      "owner with its other node given (--drill --peer)")});
    m_owner = std::make_unique<Session>();
    if (!m_owner->open(owner))
        return refuse(Node::Owner, m_owner->result(), m_owner->refusal());
    if (m_owner->answers().role != QLatin1String("owner"))
        return refuse(Node::Owner, Session::Result::Refused,
                      {QStringLiteral("--answers has role %1: the two-node session takes the owner's answers "
                                      "there and the standby's in --standby-answers")
                           .arg(m_owner->answers().role)});
    for (const auto& notice : m_owner->notices())
        m_notices << QStringLiteral("owner: ") + notice;

    // The standby is checked now, before the owner changes anything: its answers against the owner's, its
    // node (reached, its host key, its pre-flight). Nothing is locked or changed by the check.
    m_standbySetup = standby;
    m_standbySetup.ownerRecordFile.clear();
    m_standbySetup.ownerRecord = nullptr;
    SessionSetup check = m_standbySetup;
    check.ownerRecord = &m_owner->record();
    check.dryRun = true;
    Session checked;
    const bool standbyFits = checked.open(check);
    if (!standbyFits)
        return refuse(Node::Standby, checked.result(), checked.refusal());
    if (checked.answers().role != QLatin1String("standby"))
        return refuse(
            Node::Standby, Session::Result::Refused,
            {QStringLiteral("--standby-answers has role %1, not standby").arg(checked.answers().role)});
    if (checked.record().hostname == m_owner->record().hostname)
        return refuse(Node::Standby, Session::Result::Refused,
                      {QStringLiteral("the standby node is %1, the owner node itself; nothing was changed: "
                                      "name the other node of the cluster")
                           .arg(checked.record().hostname)});
    for (const auto& notice : checked.notices())
        m_notices << QStringLiteral("standby: ") + notice;
    m_result = Session::Result::Complete;
    return true;
}

bool TwoNodeSession::openPreview(const SessionSetup& owner, const SessionSetup& standby)
{
    SessionSetup ownerDry = owner;
    ownerDry.dryRun = true;
    SessionSetup standbyDry = standby;
    standbyDry.dryRun = true;
    if (!open(ownerDry, standbyDry))
        return false;
    // The standby's plan as it stands before the owner's part: its waits for the owner show as waits.
    return openStandby();
}

bool TwoNodeSession::openStandby()
{
    // Opened for real now: its pre-flight sees the node as the owner's part left it, the owner's record
    // (in memory) says what the owner did.
    SessionSetup setup = m_standbySetup;
    setup.ownerRecord = &m_owner->record();
    m_standby = std::make_unique<Session>();
    if (!m_standby->open(setup)) {
        refuse(Node::Standby, m_standby->result(), m_standby->refusal());
        m_standby.reset();
        return false;
    }
    for (const auto& notice : m_standby->notices())
        m_notices << QStringLiteral("standby: ") + notice;
    // Each node's waits for the other are checked on the other node and in its record.
    m_standby->attachOther(&m_owner->system(), m_owner->record().hostname, &m_owner->record());
    m_owner->attachOther(&m_standby->system(), m_standby->record().hostname, &m_standby->record());
    return true;
}

Session::Result TwoNodeSession::runPart(Node node, int part, Session& session)
{
    if (partStarting)
        partStarting(node, part, session);
    m_resultNode = node;
    m_result = session.run();
    return m_result;
}

Session::Result TwoNodeSession::run()
{
    // Part 1 of the owner: up to its wait for the standby (after the release of the shared DASD).
    const Session::Result owner1 = runPart(Node::Owner, 1, *m_owner);
    const bool ownerWaits = owner1 == Session::Result::Waiting && waitingForOtherNode(*m_owner);
    if (owner1 != Session::Result::Complete && !ownerWaits)
        return m_result;
    if (!openStandby())
        return m_result;
    // The standby's integration, up to its wait for the owner's cluster manager.
    const Session::Result standby1 = runPart(Node::Standby, 1, *m_standby);
    const bool standbyWaits = standby1 == Session::Result::Waiting && waitingForOtherNode(*m_standby);
    if (standby1 != Session::Result::Complete && !standbyWaits)
        return m_result;
    // The owner's cluster start, its wait resolved by the standby's record.
    if (ownerWaits && runPart(Node::Owner, 2, *m_owner) != Session::Result::Complete)
        return m_result;
    // The standby's cluster start, its wait resolved by the owner's cluster manager.
    if (standbyWaits)
        runPart(Node::Standby, 2, *m_standby);
    else
        m_resultNode = Node::Standby;
    return m_result;
}

} // namespace dceha
