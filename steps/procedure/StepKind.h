#pragma once

#include "StepContext.h"
#include "StepMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace dceha {

/** What a probe found. */
struct Probe
{
    enum class State
    {
        Done,
        NotDone,
        Blocked
    };
    State state = State::NotDone;
    /** Blocked: why the step cannot run (a conflict to resolve by hand); otherwise what was seen. */
    StepMessage detail;

    FailureCategory blockedBy = FailureCategory::None; ///< Blocked: the failure the step gets

    static Probe done(StepMessage detail = {})
    {
        return {State::Done, std::move(detail), FailureCategory::None};
    }
    static Probe notDone(StepMessage detail = {})
    {
        return {State::NotDone, std::move(detail), FailureCategory::None};
    }
    static Probe blocked(StepMessage detail, FailureCategory category = FailureCategory::Precondition)
    {
        return {State::Blocked, std::move(detail), category};
    }
};

/** One thing a step will do, shown before anything runs. */
struct PlannedAction
{
    // The review page shows the plan in the person's language (dry runs without a translator stay English).
    Q_DECLARE_TR_FUNCTIONS(PlannedAction)

public:
    enum class Type
    {
        Command,
        FileEdit,
        Note
    };
    /** What a command reads on its standard input. */
    enum class Input
    {
        None,
        Literal, ///< @ref input, shown
        Secret   ///< the cell_admin password, asked when the command runs; never shown nor recorded
    };
    Type type = Type::Note;
    QStringList argv;        ///< Command
    QString path;            ///< FileEdit
    QString description;     ///< FileEdit: what changes; Note: the text
    QStringList environment; ///< Command: NAME=value set for it (and shown with it)
    Input inputKind = Input::None;
    QByteArray input; ///< Input::Literal
    static PlannedAction command(QStringList argv, QStringList environment = {})
    {
        PlannedAction a;
        a.type = Type::Command;
        a.argv = std::move(argv);
        a.environment = std::move(environment);
        return a;
    }
    /** A command with @p input on its standard input (Literal) or the password (Secret, @p input empty). */
    static PlannedAction command(QStringList argv, Input kind, QByteArray input = {},
                                 QStringList environment = {})
    {
        PlannedAction a = command(std::move(argv), std::move(environment));
        a.inputKind = kind;
        a.input = std::move(input);
        return a;
    }
    static PlannedAction edit(QString path, QString what)
    {
        PlannedAction a;
        a.type = Type::FileEdit;
        a.path = std::move(path);
        a.description = std::move(what);
        return a;
    }
    static PlannedAction note(QString text)
    {
        PlannedAction a;
        a.description = std::move(text);
        return a;
    }
    /** The line the dry run and the review show: `$ NAME=value command args`, and what its input is. */
    QString text() const;
    /** Whether a recorded command is this planned one: the same arguments and environment. */
    bool isCommand(const QStringList& argv, const QStringList& environment) const
    {
        return type == Type::Command && this->argv == argv && this->environment == environment;
    }
};

/** The end of an apply: its state, its category when it failed (kept in the record) and its message.
 * Move-only: one apply has one result, handed on, never duplicated. */
class Outcome
{
public:
    enum class State
    {
        Done,
        Failed,
        Waiting
    };
    Outcome(State state, StepMessage message, FailureCategory category)
        : state(state), message(std::move(message)), category(category)
    {}
    Outcome(Outcome&&) = default;
    Outcome& operator=(Outcome&&) = default;
    Outcome(const Outcome&) = delete;
    Outcome& operator=(const Outcome&) = delete;

    State state = State::Done;
    StepMessage message;
    FailureCategory category = FailureCategory::None; ///< with Failed: why, for the record
    static Outcome done() { return {State::Done, {}, FailureCategory::None}; }
    static Outcome failed(StepMessage why, FailureCategory category = FailureCategory::Command)
    {
        return {State::Failed, std::move(why), category};
    }
    static Outcome waiting(StepMessage what)
    {
        return {State::Waiting, std::move(what), FailureCategory::None};
    }
};

/** @brief A kind of step: the contract every catalog step is interpreted through.
 *
 * probe (read-only: is the work already there? can it be done?) → plan (the exact commands and file edits,
 * read-only) → apply (safe to repeat after an interruption at any instant) → verify (by default the probe
 * again). Helpers run commands and edit files through the System and write each action into the step's
 * record, so no kind can forget to. */
class StepKind
{
public:
    virtual ~StepKind() = default;

    virtual Probe probe(StepContext& c) = 0;
    virtual QList<PlannedAction> plan(StepContext& c) = 0;
    virtual Outcome apply(StepContext& c) = 0;
    virtual Probe verify(StepContext& c) { return probe(c); }
    /** A resumed run's check that a done step's work is still there (drift), by default verify. A kind whose
     * final state later steps legitimately change in part says here what must stay. */
    virtual Probe recheck(StepContext& c) { return verify(c); }
    /** False for steps whose effect later steps undo (mounts, starts, stops): a resumed run does not
     * re-verify them once done. */
    virtual bool persistent() const { return true; }
    /** What the step reads from the answers besides its parameters: with the kind and the parameters, the
     * step's inputs (StepRecord::inputs); a change redoes it on a revised run (Runner::revise). Never asks
     * the node. */
    virtual QString answerInputs(const Answers&) const { return {}; }

    /** The kind named in a catalog, or nullptr when there is none. */
    static std::unique_ptr<StepKind> create(const QString& kind);
    static QStringList kindNames();

protected:
    /** Runs a command through the System, records it; stdin/secret/env as given. */
    static CommandResult run(StepContext& c, const QStringList& argv, const QByteArray& input = {},
                             bool secretInput = false, const QStringList& environment = {});
    /** Runs a planned command as planned (its environment and input; @p secret for Input::Secret). */
    static CommandResult run(StepContext& c, const PlannedAction& planned, const QByteArray& secret = {});
    /** Replaces a file's content atomically, recording the change and a short diff. */
    static bool writeFile(StepContext& c, const QString& path, const QByteArray& content,
                          const QString& change, bool recordContent = false);
    /** mkdir -p, recorded when the directory was not there. @return empty, or why not. */
    static QString makeDirectory(StepContext& c, const QString& path);
    /** A symbolic link @p path to @p target, recorded. @return empty, or why not. */
    static QString makeSymlink(StepContext& c, const QString& target, const QString& path);
    /** chmod, recorded when the mode changes. @return empty, or why not. */
    static QString setMode(StepContext& c, const QString& path, int mode);
    static void note(StepContext& c, const QString& text);
    /** Keeps @p value under @p name in the step's record (facts): what a resumed step must know again. */
    static void remember(StepContext& c, const QString& name, const QString& value)
    {
        c.record.facts.insert(name, value);
    }
    static QString recall(StepContext& c, const QString& name) { return c.record.facts.value(name); }
    /** "cmd failed (exit N): stderr" for a failed command. */
    static QString failure(const CommandResult& r, const QStringList& argv);

    static QString param(StepContext& c, const char* name);
    static QStringList paramList(StepContext& c, const char* name);
};

} // namespace dceha
