#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <type_traits>

namespace dceha {

/** @brief What a step says (why it failed, what it found): English in the record, the operator's language
 * on screen.
 *
 * Made from a source text marked for lupdate in the context "Step" and its arguments, filled in the way
 * QString::arg fills them (each arg() call the lowest placeholders left), so a message reads the same as
 * the QString it replaces:
 *
 *     Probe::blocked(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists in %2")).arg(name, vg));
 *
 * Text that is not the wizard's own (a command's output, a composed failure) is taken verbatim, never
 * translated. */
class StepMessage
{
public:
    StepMessage() = default;
    /** @p source must outlive the message: a string literal marked with QT_TRANSLATE_NOOP("Step", …). */
    explicit StepMessage(const char* source) : m_source(source) {}
    /** Verbatim text (a command's output, an engine composition): the same in every language. */
    StepMessage(QString verbatim) : m_verbatim(std::move(verbatim)) {}

    /** Fills the lowest placeholders left with @p args, as QString::arg(a, b, …) does. */
    template <typename... Args> StepMessage arg(const Args&... args) const
    {
        StepMessage m = *this;
        m.m_groups.append(QStringList{text(args)...});
        return m;
    }

    /** The record's text: the source in English with its arguments. */
    QString english() const { return fill(m_source ? QString::fromUtf8(m_source) : m_verbatim); }
    /** The text in the language the front-end installed (English without a translator). */
    QString localized() const
    {
        return fill(m_source ? QCoreApplication::translate("Step", m_source) : m_verbatim);
    }
    bool isEmpty() const { return !m_source && m_verbatim.isEmpty(); }

private:
    static QString text(const QString& s) { return s; }
    static QString text(QLatin1String s) { return QString(s); }
    static QString text(const char* s) { return QString::fromUtf8(s); }
    template <typename N, typename = std::enable_if_t<std::is_arithmetic_v<N>>> static QString text(N n)
    {
        return QString::number(n);
    }
    QString fill(QString t) const;

    const char* m_source = nullptr;
    QString m_verbatim;
    QList<QStringList> m_groups; ///< the arguments of each arg() call, in order
};

} // namespace dceha
