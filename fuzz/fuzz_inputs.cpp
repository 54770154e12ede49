// libFuzzer entry point for the parsers of every input the wizard reads (not part of ctest; see
// fuzz/CMakeLists.txt): the answers file, the owner's record through the handoff, a record or checkpoint
// with its integrity line. Besides "no crash, no sanitizer report, no exception", it checks the round trips
// the engine promises: accepted answers serialize to a form that is accepted again with the same digest, an
// accepted record written back reads again, a sealed text checks as sealed with the same body.
//
//   cmake --preset fuzzers && cmake --build --preset fuzzers
//   mkdir -p build-fuzzers/corpus
//   build-fuzzers/bin/fuzz_inputs -dict=fuzz/inputs.dict -max_total_time=600 -timeout=10 \
//       build-fuzzers/corpus resources/answers
//
// The first directory is the growing corpus, the ones after it seeds (an owner's record or a checkpoint can
// be added as seeds too). A finding is written as crash-<sha1>; replay it with `fuzz_inputs crash-<sha1>`.
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "procedure/Record.h"
#include "procedure/RecordSeal.h"
#include "report/RecordExport.h"
#include "system/YamlInput.h"

#include <QFile>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "fuzz_inputs: %s %s\n", what, qPrintable(detail));
    std::abort();
}

QByteArray resource(const char* name)
{
    QFile f(QStringLiteral(":/dceha/answers/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        broken("missing resource", QLatin1String(name));
    return f.readAll();
}

const QByteArray& ownerAnswers()
{
    static const QByteArray text = resource("hot-standby-cascading-owner.yaml");
    return text;
}

const QByteArray& standbyAnswers()
{
    static const QByteArray text = resource("hot-standby-cascading-standby.yaml");
    return text;
}

void answers(const QByteArray& text)
{
    const auto parsed = dceha::AnswersFile::parse(text);
    if (!parsed.errors.isEmpty())
        return;
    const QByteArray canonical = dceha::AnswersFile::serialize(parsed.answers);
    const auto again = dceha::AnswersFile::parse(canonical);
    if (!again.errors.isEmpty())
        broken("accepted answers serialize to refused ones:", again.errors.first().text());
    if (again.digest != parsed.digest)
        broken("the canonical form of accepted answers has another digest");
    if (const auto changed = dceha::AnswersFile::differences(parsed.answers, again.answers);
        !changed.isEmpty())
        broken("the canonical form of accepted answers differs in", changed.join(QStringLiteral(", ")));
    (void)dceha::AnswersFile::differences(parsed.answers, dceha::Answers());
}

void record(const QByteArray& text)
{
    dceha::RunRecord r;
    QString error;
    if (!dceha::RunRecord::fromYaml(text, &r, &error))
        return;
    dceha::RunRecord back;
    if (!dceha::RunRecord::fromYaml(r.toYaml(), &back, &error))
        broken("an accepted record written back is refused:", error);
    for (const auto format : {dceha::RecordExport::Format::Markdown, dceha::RecordExport::Format::Html,
                              dceha::RecordExport::Format::Yaml, dceha::RecordExport::Format::Replay})
        (void)dceha::RecordExport::render(r, format);
    // The record's answers, as the standby's handoff reads them.
    (void)dceha::Handoff::fromOwner(standbyAnswers(), r.answersYaml);
    answers(r.answersYaml);
}

void seal(const QByteArray& text)
{
    const auto check = dceha::RecordSeal::check(text);
    if (!check.ok())
        return;
    const auto again = dceha::RecordSeal::check(dceha::RecordSeal::seal(check.body, check.steps));
    if (!again.ok() || again.body != check.body || again.steps != check.steps)
        broken("a sealed body sealed again does not check:", again.problem);
    record(check.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    dceha::YamlProblem problem;
    (void)dceha::YamlInput::parse(text, &problem);
    answers(text);
    // The standby's answers against the owner's, and the owner's (a record's answers) against the standby's;
    // an input holding the separator gives both sides.
    const dceha::Handoff handoff = dceha::Handoff::fromOwner(text, ownerAnswers());
    answers(handoff.answers);
    (void)dceha::Handoff::fromOwner(standbyAnswers(), text);
    if (const qsizetype cut = text.indexOf("\n#8<\n"); cut >= 0)
        answers(dceha::Handoff::fromOwner(text.left(cut), text.mid(cut + 5)).answers);
    record(text);
    seal(text);
    return 0;
}
