#include "Options.h"

#include "report/RecordExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>

namespace dceha {

bool Options::parse(const QCoreApplication& app, Options* o, int* exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Integrates IBM DCE/DFS with an HACMP cluster on AIX, step by step, as the guide's "
        "chapter 3 documents it.\n"
        "Exit codes: 0 complete, 1 a step failed (or the checkpoint, record or an export could not "
        "be written),\n"
        "2 bad usage, answers or inputs (nothing changed), 3 waiting for an operator step, 4 "
        "another instance\n"
        "holds this node or its state directory, 5 stopped by a signal (run again to resume)."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run without windows, from --answers."));
    const QCommandLineOption gui(QStringLiteral("gui"),
                                 QStringLiteral("Open the GUI even without a detected display."));
    const QCommandLineOption terminal(
        QStringLiteral("terminal"),
        QStringLiteral("Use the terminal front-end even where a display exists."));
    const QCommandLineOption answers(QStringLiteral("answers"), QStringLiteral("The answers file (YAML)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  QStringLiteral("Target root of the node (default /)."),
                                  QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("State directory: checkpoint, lock and log (default "
                                                  "<root>/var/adm/dce-ha-wizard, a node path)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      QStringLiteral("Work on the simulated AIX node."));
    const QCommandLineOption shared(
        QStringLiteral("shared-dasd"),
        QStringLiteral("Directory standing for the shared disks (simulated node)."), QStringLiteral("DIR"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QStringLiteral("Show every step, its guide reference, commands and file edits; "
                       "change nothing."));
    const QCommandLineOption restart(
        QStringLiteral("restart"),
        QStringLiteral("Archive the checkpoint and start over (work already on the node is "
                       "still recognised)."));
    const QCommandLineOption revise(
        QStringLiteral("revise"),
        QStringLiteral("Resume the run in progress with changed answers: only the done steps whose inputs "
                       "changed run again (the refusal without it names them)."));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     QStringLiteral("Confirm the operator step STEP_ID."),
                                     QStringLiteral("STEP_ID"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Write the YAML record to FILE at the end."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption ownerRecord(QStringLiteral("from-owner-record"),
                                         QStringLiteral("Standby: the owner node's record."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption drill(
        QStringLiteral("drill"),
        QStringLiteral(
            "Run the failover drill (the guide's chapter 2 failover and reintegration actions, each "
            "checked) instead of the integration; with the owner node's answers, once both nodes "
            "are integrated."));
    const QCommandLineOption peerRoot(
        QStringLiteral("peer-root"),
        QStringLiteral("The drill on the simulated cluster: the other node's root "
                       "(same --shared-dasd); without it the other node's actions "
                       "are operator steps. With --discover: the other simulated node, read too "
                       "(the shared disks by PVID, a major number free on both)."),
        QStringLiteral("DIR"));
    const QCommandLineOption node(
        QStringLiteral("node"),
        QStringLiteral(
            "The node to integrate, reached over SSH (Debian's OpenSSH client): ssh://[USER@]HOST[:PORT]. "
            "Its commands run there; the checkpoint, the record and the log stay here. With "
            "--simulate, the remote host runs the simulated node (--root and --shared-dasd are its "
            "paths)."),
        QStringLiteral("URL"));
    const QCommandLineOption sshConfig(
        QStringLiteral("ssh-config"),
        QStringLiteral("An ssh_config for every ssh call (identity, port, user, "
                       "jump host)."),
        QStringLiteral("FILE"));
    const QCommandLineOption acceptHostKey(
        QStringLiteral("accept-host-key"),
        QStringLiteral("At first contact with --node: accept its host key when its fingerprint is this one "
                       "(SHA256:…, as ssh-keygen -l shows it on the node)."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption preflight(
        QStringLiteral("preflight"),
        QStringLiteral("Check every precondition on the node (HACMP's adapters and resource groups, the "
                       "disks, capacity, major number, DFS cache, media, programs) and print the findings "
                       "with their evidence; change nothing. Exit 0 no failure, 2 a failure."));
    const QCommandLineOption discover(
        QStringLiteral("discover"),
        QStringLiteral("Read the node (HACMP's configuration, adapters, disks, volume groups, major numbers) "
                       "and print an answers file derived from it, each value commented with where it "
                       "came from; change nothing."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --discover: this node's role, owner or standby "
                                                 "(default: from HACMP's node priorities)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Echo every command."));
    const QCommandLineOption exportRecord(
        QStringLiteral("export"),
        QStringLiteral("Export the record as FORMAT (markdown, html, yaml, replay) to FILE; "
                       "repeatable. Without --answers: from the saved checkpoint."),
        QStringLiteral("FORMAT:FILE"));
    const QCommandLineOption validateCatalog(
        QStringLiteral("validate-catalog"),
        QStringLiteral(
            "Check the procedure catalog FILE (steps, when keys, kinds, parameters) and list every "
            "problem; run nothing. Exit 0 valid, 2 not."),
        QStringLiteral("FILE"));
    const QCommandLineOption twoNode(
        QStringLiteral("two-node"),
        QStringLiteral(
            "Integrate both nodes in one session: the owner (--answers, --node or --root) up to the "
            "release of the shared DASD, the standby (--standby-answers, --peer or --peer-root), "
            "the owner's cluster start, the standby's; the waits between them checked on the "
            "other node."));
    const QCommandLineOption standbyAnswers(QStringLiteral("standby-answers"),
                                            QStringLiteral("With --two-node: the standby's answers (YAML)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption peer(
        QStringLiteral("peer"),
        QStringLiteral("The other node reached over SSH, ssh://[USER@]HOST[:PORT]: the standby with "
                       "--two-node, the other node with --drill. With --simulate, --peer-root is its "
                       "simulated root there."),
        QStringLiteral("URL"));
    const QCommandLineOption acceptPeerHostKey(
        QStringLiteral("accept-peer-host-key"),
        QStringLiteral("At first contact with --peer: accept its host key when its fingerprint is this one."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption standbyRecord(
        QStringLiteral("standby-record"),
        QStringLiteral("With --two-node: write the standby's YAML record to FILE at the end (--record is the "
                       "owner's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption peerState(
        QStringLiteral("peer-state"),
        QStringLiteral(
            "With --two-node: the standby's state directory (default as --state's, for its node)."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("The GUI's language: en, de or ja (default: the system's when supported, else en)."),
        QStringLiteral("CODE"));
    p.addOptions({language,      headless,        gui,         terminal,       answers,  root,
                  state,         simulate,        shared,      dryRun,         restart,  revise,
                  confirm,       record,          ownerRecord, drill,          peerRoot, verbose,
                  exportRecord,  validateCatalog, preflight,   discover,       role,     node,
                  sshConfig,     acceptHostKey,   twoNode,     standbyAnswers, peer,     acceptPeerHostKey,
                  standbyRecord, peerState});
    if (!p.parse(app.arguments())) {
        std::fprintf(stderr, "dce-ha-wizard: %s\n", qPrintable(p.errorText()));
        *exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        *exitCode = 0;
        return false;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("dce-ha-wizard %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "dce-ha-wizard: unexpected argument '%s' (see --help)\n",
                     qPrintable(p.positionalArguments().first()));
        *exitCode = 2;
        return false;
    }
    o->headless = p.isSet(headless);
    o->gui = p.isSet(gui);
    if (o->gui && (o->headless || p.isSet(terminal))) {
        std::fputs("dce-ha-wizard: --gui cannot be combined with --headless or --terminal\n", stderr);
        *exitCode = 2;
        return false;
    }
    o->answersFile = p.value(answers);
    o->root = QDir(p.value(root)).absolutePath();
    o->stateDir = p.value(state);
    o->simulate = p.isSet(simulate);
    o->sharedDasd = p.isSet(shared) ? QDir(p.value(shared)).absolutePath() : QString();
    o->dryRun = p.isSet(dryRun);
    o->restart = p.isSet(restart);
    o->revise = p.isSet(revise);
    if (o->restart && o->revise) {
        std::fputs("dce-ha-wizard: --restart and --revise exclude each other: start over, or resume with the "
                   "changed answers\n",
                   stderr);
        *exitCode = 2;
        return false;
    }
    o->confirm = p.values(confirm);
    o->recordFile = p.value(record);
    o->ownerRecord = p.value(ownerRecord);
    o->drill = p.isSet(drill);
    o->peerRoot = p.isSet(peerRoot) ? QDir(p.value(peerRoot)).absolutePath() : QString();
    o->twoNode = p.isSet(twoNode);
    o->standbyAnswersFile = p.value(standbyAnswers);
    o->peer = p.value(peer);
    o->acceptPeerHostKey = p.value(acceptPeerHostKey);
    o->standbyRecordFile = p.value(standbyRecord);
    o->peerStateDir = p.value(peerState);
    // Headless, --peer-root names the other node of a two-node session, a drill or a discovery; the GUI and
    // the terminal front-end take it as the simulated cluster's other node (offered, not run unasked).
    if (!o->peerRoot.isEmpty() && o->headless && !o->drill && !o->twoNode && !p.isSet(discover)) {
        std::fputs("dce-ha-wizard: --peer-root is for --two-node, the drill (add --drill) or --discover\n",
                   stderr);
        *exitCode = 2;
        return false;
    }
    if (!o->peer.isEmpty() && !o->drill && !o->twoNode) {
        std::fputs("dce-ha-wizard: --peer is for --two-node or the drill (add --drill)\n", stderr);
        *exitCode = 2;
        return false;
    }
    if (!o->acceptPeerHostKey.isEmpty() && o->peer.isEmpty()) {
        std::fputs("dce-ha-wizard: --accept-peer-host-key is for a remote other node (add --peer ssh://…)\n",
                   stderr);
        *exitCode = 2;
        return false;
    }
    if ((!o->standbyAnswersFile.isEmpty() || !o->standbyRecordFile.isEmpty() || !o->peerStateDir.isEmpty()) &&
        !o->twoNode) {
        std::fputs("dce-ha-wizard: --standby-answers, --standby-record and --peer-state are for --two-node\n",
                   stderr);
        *exitCode = 2;
        return false;
    }
    if (o->twoNode) {
        const char* problem = nullptr;
        if (p.isSet(drill) || p.isSet(ownerRecord) || p.isSet(discover) || p.isSet(preflight))
            problem = "--two-node integrates both nodes: it takes no --drill, --from-owner-record, "
                      "--discover or --preflight";
        else if (o->headless && (!p.isSet(answers) || o->standbyAnswersFile.isEmpty()))
            problem = "--two-node needs --answers FILE (the owner's) and --standby-answers FILE";
        else if (o->peer.isEmpty() && o->peerRoot.isEmpty())
            problem = "--two-node needs the standby node: --peer ssh://… or, simulated, --peer-root DIR";
        else if (o->peer.isEmpty() && !p.isSet(simulate))
            problem = "--peer-root names a simulated node: add --simulate, or give the standby as --peer "
                      "ssh://…";
        else if (p.isSet(exportRecord))
            problem = "--two-node writes each node's record (--record, --standby-record); export them from "
                      "the checkpoints afterwards (--export FORMAT:FILE --state DIR)";
        if (problem) {
            std::fprintf(stderr, "dce-ha-wizard: %s\n", problem);
            *exitCode = 2;
            return false;
        }
    }
    if (o->drill && !o->ownerRecord.isEmpty()) {
        std::fputs(
            "dce-ha-wizard: --drill runs with the owner's answers; --from-owner-record is for the standby's "
            "integration\n",
            stderr);
        *exitCode = 2;
        return false;
    }
    o->verbose = p.isSet(verbose);
    o->language = p.value(language);
    if (!o->language.isEmpty() &&
        !QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}.contains(
            o->language)) {
        std::fprintf(stderr, "dce-ha-wizard: --language: '%s' is not one of en, de, ja\n",
                     qPrintable(o->language));
        *exitCode = 2;
        return false;
    }
    o->exports = p.values(exportRecord);
    o->validateCatalog = p.value(validateCatalog);
    for (const auto& e : o->exports) {
        RecordExport::Format format;
        if (!e.contains(QLatin1Char(':')) ||
            !RecordExport::parseFormat(e.section(QLatin1Char(':'), 0, 0), &format) ||
            e.section(QLatin1Char(':'), 1).isEmpty()) {
            std::fprintf(stderr, "dce-ha-wizard: --export %s: expected FORMAT:FILE with FORMAT one of %s\n",
                         qPrintable(e), qPrintable(RecordExport::formatNames().join(QStringLiteral(", "))));
            *exitCode = 2;
            return false;
        }
    }
    if (!o->sharedDasd.isEmpty() && !o->simulate) {
        std::fprintf(stderr, "dce-ha-wizard: --shared-dasd is for the simulated node (add --simulate)\n");
        *exitCode = 2;
        return false;
    }
    o->node = p.value(node);
    o->sshConfig = p.value(sshConfig);
    o->acceptHostKey = p.value(acceptHostKey);
    if ((!o->sshConfig.isEmpty() || !o->acceptHostKey.isEmpty()) && o->node.isEmpty()) {
        std::fputs(
            "dce-ha-wizard: --ssh-config and --accept-host-key are for a remote node (add --node ssh://…)\n",
            stderr);
        *exitCode = 2;
        return false;
    }
    o->preflight = p.isSet(preflight);
    o->discover = p.isSet(discover);
    o->role = p.value(role);
    if (o->discover &&
        (o->preflight || o->drill || o->dryRun || !o->answersFile.isEmpty() || !o->exports.isEmpty())) {
        std::fputs("dce-ha-wizard: --discover reads the node and prints answers: it takes no --answers, "
                   "--preflight, --drill, --dry-run or --export\n",
                   stderr);
        *exitCode = 2;
        return false;
    }
    if (!o->role.isEmpty() && !o->discover) {
        std::fputs("dce-ha-wizard: --role is for --discover (the answers file names the role)\n", stderr);
        *exitCode = 2;
        return false;
    }
    if (!o->role.isEmpty() && o->role != QLatin1String("owner") && o->role != QLatin1String("standby")) {
        std::fprintf(stderr, "dce-ha-wizard: --role: '%s' is not one of owner, standby\n",
                     qPrintable(o->role));
        *exitCode = 2;
        return false;
    }
    if (o->preflight && o->answersFile.isEmpty()) {
        std::fputs("dce-ha-wizard: --preflight needs --answers FILE\n", stderr);
        *exitCode = 2;
        return false;
    }
    if (o->headless && o->answersFile.isEmpty() && o->exports.isEmpty()) {
        std::fprintf(stderr, "dce-ha-wizard: --headless needs --answers FILE\n");
        *exitCode = 2;
        return false;
    }
    return true;
}

QString Options::stateDirNodePath() const
{
    if (!node.isEmpty())
        return stateDirHostPath(); // not on the node: never under its shared mount points
    if (stateDir.isEmpty())
        return QStringLiteral("/var/adm/dce-ha-wizard");
    const QString host = QDir(stateDir).absolutePath();
    if (root != QLatin1String("/") && host.startsWith(root + QLatin1Char('/')))
        return host.mid(root.size());
    return host;
}

QString Options::stateDirHostPath() const
{
    // A state directory given explicitly is a path on this machine; the default lives under the node's root,
    // or, for a remote node, on this machine, one directory per node (its checkpoint, record, log, known
    // hosts).
    if (!stateDir.isEmpty())
        return QDir(stateDir).absolutePath();
    if (!node.isEmpty()) {
        QString name = node.mid(node.indexOf(QLatin1String("://")) + 3);
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        const QString base = qEnvironmentVariableIsEmpty("XDG_STATE_HOME")
                                 ? QDir::homePath() + QStringLiteral("/.local/state")
                                 : qEnvironmentVariable("XDG_STATE_HOME");
        return base + QStringLiteral("/dce-ha-wizard/") + name;
    }
    return (root == QLatin1String("/") ? QString() : root) + stateDirNodePath();
}

} // namespace dceha

namespace dceha {

QString Options::aixsimProgram()
{
    const QString fromEnv = qEnvironmentVariable("DCEHA_AIXSIM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Beside the program (a build tree, or bin/ of an installed copy); the installed GUI, in
    // libexec/dce-ha-wizard, finds it in bin/.
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {here + QStringLiteral("/aixsim"), here + QStringLiteral("/../../bin/aixsim")})
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    return here + QStringLiteral("/aixsim");
}

Options Options::standbyOptions() const
{
    Options s = *this;
    s.answersFile = standbyAnswersFile;
    s.root = peerRoot.isEmpty() ? QStringLiteral("/") : peerRoot;
    s.node = peer;
    s.acceptHostKey = acceptPeerHostKey;
    s.stateDir = peerStateDir;
    s.recordFile = standbyRecordFile;
    s.peer.clear();
    s.peerRoot.clear();
    s.acceptPeerHostKey.clear();
    return s;
}

SessionSetup Options::sessionSetup() const
{
    SessionSetup setup;
    setup.root = root;
    setup.sharedDasd = sharedDasd;
    setup.simulate = simulate;
    setup.aixsim = aixsimProgram();
    setup.stateDirNode = stateDirNodePath();
    setup.stateDirHost = stateDirHostPath();
    setup.ownerRecordFile = ownerRecord;
    setup.dryRun = dryRun;
    setup.verbose = verbose;
    setup.policy = restart  ? SessionSetup::CheckpointPolicy::StartOver
                   : revise ? SessionSetup::CheckpointPolicy::Revise
                            : SessionSetup::CheckpointPolicy::Resume;
    setup.confirmed = confirm;
    setup.procedure = drill ? QStringLiteral("drill") : QString();
    setup.peerRoot = peerRoot;
    setup.node = node;
    setup.sshConfig = sshConfig.isEmpty() ? QString() : QDir(sshConfig).absolutePath();
    setup.acceptHostKey = acceptHostKey;
    if (drill) {
        setup.peer = peer;
        setup.acceptPeerHostKey = acceptPeerHostKey;
    }
    return setup;
}

} // namespace dceha
