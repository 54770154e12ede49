#pragma once

#include <QWidget>

namespace dceha {

/** @brief A small drawing of an HACMP configuration: the two nodes, the shared DASD, who runs what and which
 * node takes over (and whether resources fall back). Drawn from SVG made here, in the current language. */
class ConfigurationDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigurationDiagram(QWidget* parent = nullptr);
    /** @p configuration as in the answers; @p ownerRole: this node is the owner (else the standby). */
    void setConfiguration(const QString& configuration, bool ownerRole);
    /** The SVG document drawn (tests read it). */
    QByteArray svg() const { return m_svg; }
    QSize sizeHint() const override;
    /** @p text in lines of at most @p width pixels of the diagram's font, broken only where Qt's boundary
     * finders allow a line to end and a word to end (no break inside a katakana word nor before ー). */
    static QStringList wrapLines(const QString& text, qreal width, bool bold = false);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QString m_configuration;
    bool m_owner = true;
    QByteArray m_svg;
};

} // namespace dceha
