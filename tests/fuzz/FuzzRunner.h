#pragma once

// The fuzz suite's runs: the cases of one family run through the real dce-ha-wizard binary, a few at a time
// and each in bounded time, then judged against the headless contract.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fuzz {

/** One run of the wizard on a mutated input, and what came of it. */
struct Case
{
    int index = 0;
    QString mutation;
    QByteArray input;
    QString inputPath;
    QStringList args;
    QStringList env;
    QStringList namedFiles;  ///< a refusal naming one of these names "the file"
    QString copiedNode;      ///< a real run: the node copy to compare with the pristine one
    QString checkpointPath;  ///< a real run: the checkpoint that a refusal must leave as it was
    QString outputPath;      ///< an export: written when the export succeeds
    bool mustRefuse = false; ///< refused in a dry run: a real run must refuse it too
    bool parseOnly = false;  ///< on the parse-only simulator: every command fails, the node check first
    // results
    int exitCode = -1;
    bool crashed = false;
    bool hung = false;
    bool failedToStart = false;
    QString out, err;
};

struct Totals
{
    int tried = 0, refusedWithField = 0, refusedFileOnly = 0, accepted = 0, otherExit = 0, crashes = 0,
        hangs = 0, contract = 0;
};

/** Copies a node and its shared DASD (cp -a), with the paths they hold (the shared DASD's owner, the
 * generated scripts) made the copy's own. */
bool copyNode(const QString& root, const QString& shared, const QString& toRoot, const QString& toShared);

/** What a node and its shared DASD hold, their own paths written ROOT and SHARED: comparable across
 * copies. */
QString nodeState(const QString& root, const QString& shared);

/** Runs cases and judges them; the findings (the inputs that broke the contract) are saved under findings. */
class FuzzRunner
{
public:
    quint64 seed = 20240509;
    int jobs = 3;          ///< processes at once
    int timeoutMs = 20000; ///< a case not ended by then is killed: a hang
    bool verbose = false;  ///< every case printed
    QString findings;      ///< where the inputs of the cases that broke the contract are saved
    QString pristineTree;  ///< nodeState of a fresh node: what a refused real run leaves its copy as
    QString waitingTree;   ///< nodeState of the owner's node as it waits: what a refused resume leaves

    /** Runs the cases, jobs at a time, each bounded by timeoutMs. */
    void runAll(QList<Case>& cases) const;

    /** Checks every case against the contract; @return the violations, and saves their inputs. */
    QStringList judge(const QString& family, QList<Case>& cases, Totals* totals) const;
};

} // namespace fuzz
