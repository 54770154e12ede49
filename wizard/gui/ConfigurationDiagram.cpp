#include "ConfigurationDiagram.h"

#include <QTextBoundaryFinder>

#include <QEvent>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

namespace dceha {

namespace {

constexpr int kWidth = 720;
constexpr int kHeight = 230;
constexpr int kFontPx = 12;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QStringList ConfigurationDiagram::wrapLines(const QString& text, qreal width, bool bold)
{
    QFont font(QStringLiteral("sans-serif"));
    font.setPixelSize(kFontPx);
    font.setBold(bold);
    const QFontMetricsF metrics(font);
    // Where a line may end: a line-break opportunity (UAX #14: never before ー or a small kana) that is also
    // a word boundary (UAX #29: a katakana word such as フェイルオーバー stays whole), as Qt's boundary
    // finders say.
    QList<qsizetype> breaks;
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    for (qsizetype at = lines.toNextBoundary(); at > 0; at = lines.toNextBoundary()) {
        words.setPosition(at);
        if (at == text.size() || words.isAtBoundary())
            breaks << at;
    }
    QStringList out;
    QString line;
    auto fits = [&](const QString& candidate) {
        return metrics.horizontalAdvance(candidate.trimmed()) <= width;
    };
    qsizetype from = 0;
    for (const qsizetype to : std::as_const(breaks)) {
        const QString piece = text.mid(from, to - from);
        from = to;
        if (line.isEmpty() || fits(line + piece)) {
            line += piece;
            continue;
        }
        out << line.trimmed();
        line = piece;
    }
    if (!line.trimmed().isEmpty())
        out << line.trimmed();
    return out;
}

namespace {

QString textBlock(qreal x, qreal y, const QString& text, qreal width, const QString& attributes = {})
{
    QString out;
    const QStringList lines =
        ConfigurationDiagram::wrapLines(text, width, attributes.contains(QLatin1String("bold")));
    for (int i = 0; i < lines.size(); ++i)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" %3>%4</text>\n")
                   .arg(x)
                   .arg(y + i * (kFontPx + 3))
                   .arg(attributes, escaped(lines.at(i)));
    return out;
}

QString node(qreal x, const QString& title, const QString& duties, bool thisNode, const QString& thisLabel)
{
    const QString stroke = thisNode ? QStringLiteral("#1565c0") : QStringLiteral("#555");
    const QString width = thisNode ? QStringLiteral("3") : QStringLiteral("1.5");
    QString out =
        QStringLiteral("<rect x=\"%1\" y=\"30\" width=\"230\" height=\"110\" rx=\"8\" fill=\"#f5f7fa\" "
                       "stroke=\"%2\" stroke-width=\"%3\"/>\n")
            .arg(x)
            .arg(stroke, width);
    if (thisNode)
        out += QStringLiteral("<text x=\"%1\" y=\"22\" fill=\"#1565c0\" font-weight=\"bold\">%2</text>\n")
                   .arg(x + 4)
                   .arg(escaped(thisLabel));
    out += textBlock(x + 10, 50, title, 210, QStringLiteral("font-weight=\"bold\""));
    out += textBlock(x + 10, 88, duties, 210);
    return out;
}

QString arrow(qreal y, bool rightwards, const QString& label)
{
    const qreal from = rightwards ? 262 : 458;
    const qreal to = rightwards ? 452 : 268;
    const qreal head = rightwards ? -8 : 8;
    QString out = QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#333\" "
                                 "stroke-width=\"1.5\"/>\n")
                      .arg(from)
                      .arg(y)
                      .arg(to);
    out += QStringLiteral("<polygon points=\"%1,%2 %3,%4 %3,%5\" fill=\"#333\"/>\n")
               .arg(to + (rightwards ? 6 : -6))
               .arg(y)
               .arg(to + head + (rightwards ? 6 : -6))
               .arg(y - 4)
               .arg(y + 4);
    // The label sits above the arrow, however many lines it takes.
    const qreal above = qreal(ConfigurationDiagram::wrapLines(label, 180).size() - 1) * (kFontPx + 3);
    out += textBlock(270, y - 6 - above, label, 180, QStringLiteral("font-size=\"11\""));
    return out;
}

} // namespace

ConfigurationDiagram::ConfigurationDiagram(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    rebuild();
}

void ConfigurationDiagram::setConfiguration(const QString& configuration, bool ownerRole)
{
    m_configuration = configuration;
    m_owner = ownerRole;
    rebuild();
}

QSize ConfigurationDiagram::sizeHint() const
{
    return {kWidth * 3 / 4, kHeight * 3 / 4};
}

void ConfigurationDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ConfigurationDiagram::rebuild()
{
    const bool mutual = m_configuration == QLatin1String("mutual-takeover-cascading");
    const bool rotating = m_configuration == QLatin1String("hot-standby-rotating");
    const bool oneSided = m_configuration == QLatin1String("one-sided-takeover-cascading");
    const QString thisNode = tr("this node", "@label diagram");
    QString ownerDuties = tr("DCE (and DFS) servers, the applications", "@label diagram");
    QString standbyDuties = tr("idle: waits to take over", "@label diagram");
    if (oneSided)
        standbyDuties = tr("runs its own, non-critical applications", "@label diagram");
    if (rotating)
        ownerDuties = tr("DCE (and DFS) under the rotating host name, the applications", "@label diagram");
    if (mutual) {
        ownerDuties = tr("its applications, DCE/DFS clients only", "@label diagram");
        standbyDuties = ownerDuties;
    }
    QString body;
    // In mutual takeover neither node is "the standby": each is the home of its own resource group.
    body += node(20,
                 mutual ? tr("Peer node A: home of its own resource group", "@label diagram")
                        : tr("Owner node (highest priority)", "@label diagram"),
                 ownerDuties, m_owner, thisNode);
    body += node(470,
                 mutual ? tr("Peer node B: home of its own resource group", "@label diagram")
                        : tr("Standby/takeover node", "@label diagram"),
                 standbyDuties, !m_owner, thisNode);
    if (mutual) {
        body += arrow(62, true, tr("takes over the other's applications", "@label diagram"));
        body += arrow(112, false, tr("takes over the other's applications", "@label diagram"));
    } else {
        body += arrow(62, true, tr("takes over when the owner fails", "@label diagram"));
        if (rotating)
            body +=
                textBlock(270, 104, tr("no fall-back: the resources stay where they are", "@label diagram"),
                          180, QStringLiteral("font-size=\"11\" font-style=\"italic\""));
        else
            body += arrow(112, false, tr("gives them back when the owner rejoins", "@label diagram"));
    }
    // The shared DASD, cabled to both nodes.
    body += QStringLiteral(
        "<line x1=\"135\" y1=\"140\" x2=\"300\" y2=\"185\" stroke=\"#555\"/>\n"
        "<line x1=\"585\" y1=\"140\" x2=\"420\" y2=\"185\" stroke=\"#555\"/>\n"
        "<rect x=\"300\" y=\"172\" width=\"120\" height=\"40\" fill=\"#e3e8ef\" "
        "stroke=\"#555\"/>\n"
        "<ellipse cx=\"360\" cy=\"172\" rx=\"60\" ry=\"9\" fill=\"#eef2f7\" stroke=\"#555\"/>\n"
        "<ellipse cx=\"360\" cy=\"212\" rx=\"60\" ry=\"9\" fill=\"#e3e8ef\" stroke=\"#555\"/>\n");
    body +=
        textBlock(305, 196, tr("shared DASD", "@label diagram"), 110, QStringLiteral("font-weight=\"bold\""));
    body += textBlock(430, 196,
                      mutual ? tr("the applications' data; no DCE filesystems", "@label diagram")
                             : tr("/var/dce, /etc/dce, /krb5 (and the DFS aggregates)", "@label diagram"),
                      280, QStringLiteral("font-size=\"11\""));
    const QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                                       "width=\"%1\" height=\"%2\" font-family=\"sans-serif\" "
                                       "font-size=\"%3\">\n%4</svg>\n")
                            .arg(kWidth)
                            .arg(kHeight)
                            .arg(kFontPx)
                            .arg(body);
    m_svg = svg.toUtf8();
    setAccessibleName(tr("Diagram of the configuration", "@label"));
    setAccessibleDescription(
        mutual ? tr("Each node runs its own applications and takes over the other's.", "@info")
        : rotating
            ? tr("The standby node takes over when the owner fails; the resources do not fall back.", "@info")
            : tr("The standby node takes over when the owner fails and gives the resources back when the "
                 "owner rejoins.",
                 "@info"));
    update();
}

void ConfigurationDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer renderer(m_svg);
    // Scaled to the widget, proportions kept, centred.
    QSizeF size(kWidth, kHeight);
    size.scale(QSizeF(width(), height()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    renderer.render(&painter, target);
}

} // namespace dceha
